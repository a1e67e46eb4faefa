package glossary

import (
	"bytes"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// AppendEntries returns the glossary file src (named name, for errors)
// with entries added at the end of its entries list, everything else in
// it (comments, order, quoting, layout) left as it was: the new entries
// are written as Write writes them, indented as the list's first entry.
// The result must load with every entry it had and the new ones, or it is
// an error and src is left for the editor.
func AppendEntries(name string, src []byte, entries []*Entry) ([]byte, error) {
	if len(entries) == 0 {
		return src, nil
	}
	before, err := Load(name, bytes.NewReader(src))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := Write(&buf, &Glossary{Entries: entries}); err != nil {
		return nil, err
	}
	_, items, _ := strings.Cut("\n"+buf.String(), "\nentries:\n")
	if items == "" {
		return nil, fmt.Errorf("%s: the new entries could not be written", name)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, err
	}
	lines := strings.SplitAfter(string(src), "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	if k := len(lines) - 1; k >= 0 && !strings.HasSuffix(lines[k], "\n") {
		lines[k] += "\n"
	}
	var out string
	key, value, next := entriesNode(&doc)
	switch {
	case key == nil: // no entries list yet: one at the end
		out = strings.Join(lines, "") + "entries:\n" + items
	case value.Kind == yaml.SequenceNode && value.Style&yaml.FlowStyle == 0 && len(value.Content) > 0:
		// After the last entry: before the next top-level key and the
		// comments above it, else at the end.
		at := len(lines)
		if next != nil {
			at = next.Line - 1
			for at > 0 && isCommentOrBlank(lines[at-1]) {
				at--
			}
		}
		indent := max(value.Content[0].Column-3, 0) // the dash is two columns before the entry's first key
		items = reindent(items, indent)
		if at > 0 && strings.TrimSpace(lines[at-1]) != "" {
			items = "\n" + items
		}
		out = strings.Join(lines[:at], "") + items + strings.Join(lines[at:], "")
	case key.Line >= 1 && key.Line <= len(lines) && (value.Kind == yaml.SequenceNode && len(value.Content) == 0 || value.Tag == "!!null"):
		// "entries: []" or "entries:" with nothing: the list replaces it.
		line := lines[key.Line-1]
		comment := ""
		if i := strings.Index(line, " #"); i >= 0 {
			comment = " " + strings.TrimSpace(line[i:])
		}
		lines[key.Line-1] = strings.Repeat(" ", key.Column-1) + "entries:" + comment + "\n" + items
		out = strings.Join(lines, "")
	default:
		return nil, fmt.Errorf("%s:%d: entries is not a list written one entry under another: add the entries by hand", name, key.Line)
	}
	after, err := Load(name, strings.NewReader(out))
	if err != nil || len(after.Entries) != len(before.Entries)+len(entries) {
		return nil, fmt.Errorf("%s: adding the entries would change what it holds (%v): add them by hand", name, err)
	}
	return []byte(out), nil
}

// entriesNode finds the top-level "entries" key of a glossary document,
// its value, and the top-level key after it, if any.
func entriesNode(doc *yaml.Node) (key, value, next *yaml.Node) {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, nil, nil
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if key != nil && next == nil && m.Content[i].Line > key.Line {
			next = m.Content[i]
		}
		if m.Content[i].Value == "entries" && key == nil {
			key, value = m.Content[i], m.Content[i+1]
		}
	}
	return key, value, next
}

func isCommentOrBlank(line string) bool {
	t := strings.TrimSpace(line)
	return t == "" || strings.HasPrefix(t, "#")
}

// reindent moves the lines Write indented by two spaces to indent spaces.
func reindent(items string, indent int) string {
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	for _, l := range strings.SplitAfter(items, "\n") {
		if strings.TrimSpace(l) == "" {
			b.WriteString(l)
			continue
		}
		b.WriteString(pad + strings.TrimPrefix(l, "  "))
	}
	return b.String()
}
