// Package yamlfile is the one YAML loader of sverka: every YAML file it
// reads (a glossary, a sverka.yaml) is parsed here into a yaml.Node tree
// whose errors name the file, line and column of their cause, as a
// texts.ErrorList.
//
// Aliases are refused. A yaml.Node keeps an alias as a pointer to its
// anchor, and a reader that follows it at every use expands it at every
// use: 3,000 entries pointing at one 3,000-item list made a 178 KB
// glossary take a gigabyte. yaml.v3 bounds aliases only when it decodes
// into Go values, never into nodes. Nothing sverka reads needs them.
package yamlfile

import (
	"bytes"
	"errors"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/sverka/sverka/texts"
)

// Parse decodes the YAML file b (name is used in positions) and returns
// the root of its first document, nil when it holds only comments. A file
// that is not UTF-8 (UTF-16, Windows-1251, KOI8-R) is decoded first as the
// texts are, with their detection and their errors; lines stay those of
// the file.
func Parse(name string, b []byte) (*yaml.Node, error) {
	b, err := Decode(name, b)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, syntaxError(name, b, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	var errs texts.ErrorList
	refuseAliases(name, doc.Content[0], &errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return doc.Content[0], nil
}

// Decode returns b as UTF-8: clean UTF-8 as it is, anything else decoded
// by texts.ReadSource.
func Decode(name string, b []byte) ([]byte, error) {
	if utf8.Valid(b) && bytes.IndexByte(b, 0) < 0 {
		return b, nil
	}
	src, err := texts.ReadSource(name, bytes.NewReader(b), texts.ReadOptions{})
	if err != nil {
		return nil, err
	}
	return []byte(src.Text), nil
}

// Pos returns the position of n in the file name.
func Pos(name string, n *yaml.Node) texts.Pos {
	return texts.Pos{File: name, Line: n.Line, Col: n.Column}
}

// maxAliasErrors bounds the errors of a file full of aliases: the first
// few say what to do.
const maxAliasErrors = 10

func refuseAliases(name string, n *yaml.Node, errs *texts.ErrorList) {
	if len(*errs) >= maxAliasErrors {
		return
	}
	if n.Kind == yaml.AliasNode {
		errs.Add(Pos(name, n), "alias *%s: aliases are not read, write the value out in full", n.Value)
		return
	}
	for _, c := range n.Content {
		refuseAliases(name, c, errs)
	}
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parserErrors are the messages of yaml.v3's parser (not its scanner).
// For them the parser names the line, counted from 0, where the enclosing
// collection starts, not the line of the problem.
var parserErrors = []string{
	"did not find expected <document start>",
	"did not find expected node content",
	"did not find expected key",
	"did not find expected '-' indicator",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
}

// maxSearch bounds the files whose syntax error is looked for by parsing
// their beginnings again (a few dozen parses): past it, a hostile glossary
// of 60 MB would take a minute to report; yaml.v3's own line is given.
const maxSearch = 4 << 20

// syntaxError puts the file name, the line and the column in front of the
// YAML parser's message. b is the file.
func syntaxError(name string, b []byte, err error) error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msg = strings.Join(te.Errors, "; ")
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	line := 0
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	lines := strings.SplitAfter(string(b), "\n")
	if (slices.Contains(parserErrors, msg) || line == 0) && len(b) <= maxSearch {
		// From the line after the one named (0-based: the collection's own
		// line), the first line whose text up to it no longer parses is
		// where the problem is. A message without a line (an unclosed
		// flow mapping at the end) is searched for from the top.
		from := min(line+1, len(lines))
		if line == 0 {
			from = 0
		}
		bad := sort.Search(len(lines)-from+1, func(k int) bool {
			var n yaml.Node
			return yaml.Unmarshal([]byte(strings.Join(lines[:from+k], "")), &n) != nil
		})
		line = min(from+bad, len(lines))
	}
	if line < 1 {
		line = 1
	}
	col := 1
	if line <= len(lines) {
		text := lines[line-1]
		col = 1 + utf8.RuneCountInString(text[:len(text)-len(strings.TrimLeft(text, " "))])
		if strings.TrimSpace(text) == "" {
			col = 1
		}
	}
	return texts.ErrorList{{Pos: texts.Pos{File: name, Line: line, Col: col}, Msg: msg}}
}

// ByteCol is the byte offset in line of the 1-based column col, counted
// in characters as yaml.v3's Column and texts.Pos count it: after Russian
// text the two differ, and a column used as a byte offset lands inside
// the wrong list. A column past the end is the end of the line.
func ByteCol(line string, col int) int {
	n := 1
	for i := range line {
		if n == col {
			return i
		}
		n++
	}
	return len(line)
}
