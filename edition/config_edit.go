package edition

import (
	"fmt"
	"strings"

	"github.com/sverka/sverka/internal/yamlfile"
	"github.com/sverka/sverka/texts"
)

// AddKey returns the sverka.yaml src with "key: value" added to the
// mapping that starts at pos (a pair or the documents rule, whose first
// key holds a one-line value), everything else (comments, order, quoting)
// left as it was. A block mapping gets a line after the mapping's first
// line, indented as its first key; a flow mapping on one line ({source: a,
// target: b}) gets ", key: value" before its closing brace. Any other
// layout is an error: the editor adds the line by hand.
func AddKey(src []byte, pos texts.Pos, key, value string) ([]byte, error) {
	lines := strings.SplitAfter(string(src), "\n")
	if pos.Line < 1 || pos.Line > len(lines) {
		return nil, fmt.Errorf("%s: no line %d", pos.File, pos.Line)
	}
	line := lines[pos.Line-1]
	at := yamlfile.ByteCol(line, pos.Col)
	entry := key + ": " + yamlScalar(value)
	if at < len(line) && line[at] == '{' {
		depth := 0
		for i := at; i < len(line); i++ {
			switch line[i] {
			case '{':
				depth++
			case '}':
				depth--
				if depth == 0 {
					inner := strings.TrimSpace(line[at+1 : i])
					sep := ", "
					if inner == "" {
						sep = ""
					}
					lines[pos.Line-1] = strings.TrimRight(line[:i], " ") + sep + entry + line[i:]
					return []byte(strings.Join(lines, "")), nil
				}
			}
		}
		return nil, fmt.Errorf("%s:%d: a mapping over several lines in braces: add %q to it by hand", pos.File, pos.Line, entry)
	}
	eol := lineEnd(src)
	if !strings.HasSuffix(line, "\n") {
		lines[pos.Line-1] = line + eol
	}
	indent := strings.Repeat(" ", max(pos.Col-1, 0))
	added := indent + entry + eol
	out := append(lines[:pos.Line:pos.Line], added)
	out = append(out, lines[pos.Line:]...)
	return []byte(strings.Join(out, "")), nil
}

// AppendKey returns the sverka.yaml src with the top-level "key: value"
// added at its end, everything else left as it was.
func AppendKey(src []byte, key, value string) []byte {
	out, eol := string(src), lineEnd(src)
	if out != "" && !strings.HasSuffix(out, "\n") {
		out += eol
	}
	return []byte(out + key + ": " + yamlScalar(value) + eol)
}

// lineEnd is the line end of a file written on Windows, "\r\n", where src
// has one, else "\n": a line added in the other would leave the file
// with both.
func lineEnd(src []byte) string {
	if strings.Contains(string(src), "\r\n") {
		return "\r\n"
	}
	return "\n"
}

// yamlScalar writes a file name as a YAML scalar: plain where YAML reads
// it back as the same string, else double-quoted.
func yamlScalar(s string) string {
	plain := s != "" && !strings.ContainsAny(s, ":#{}[],&*!|>'\"%@`\n\t") && strings.TrimSpace(s) == s
	if plain {
		return s
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}
