package review

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/yamlfile"
)

// The edits below add lines to a YAML file the editor keeps by hand (the
// glossary, sverka.yaml) as text, where the parsed tree says they go, so
// that every comment, blank line, quote and order of the file stays as it
// was. The caller reads the result back and refuses it unless it says
// what was meant: an edit never writes a file it would misread.

// yamlText is a YAML file as lines, with its tree.
type yamlText struct {
	lines []string
	eol   string
	root  *yaml.Node
}

func parseYAMLText(name string, data []byte) (*yamlText, error) {
	if !utf8.Valid(data) || bytes.HasPrefix(data, []byte("\ufeff")) {
		return nil, fmt.Errorf("%s is not plain UTF-8: save it as UTF-8 to edit it from the review", name)
	}
	root, err := yamlfile.Parse(name, data)
	if err != nil {
		return nil, err
	}
	if root == nil || root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s is not a mapping of keys", name)
	}
	t := &yamlText{eol: "\n", root: root}
	if bytes.Contains(data, []byte("\r\n")) {
		t.eol = "\r\n"
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.TrimSuffix(text, "\n")
	t.lines = strings.Split(text, "\n")
	return t, nil
}

func (t *yamlText) bytes() []byte {
	return []byte(strings.Join(t.lines, t.eol) + t.eol)
}

// value is the value of key in mapping m, and the key node; nil when m
// has no such key.
func value(m *yaml.Node, key string) (k, v *yaml.Node) {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}

func indentOf(line string) int { return len(line) - len(strings.TrimLeft(line, " ")) }

// blockEnd is the index of the last line of the block that starts on line
// start (0-based) and goes on over the lines indented more than indent,
// blank lines between them included.
func (t *yamlText) blockEnd(start, indent int) int {
	last := start
	for i := start + 1; i < len(t.lines); i++ {
		if strings.TrimSpace(t.lines[i]) == "" {
			continue
		}
		if indentOf(t.lines[i]) <= indent {
			break
		}
		last = i
	}
	return last
}

// insertAfter puts lines after line i.
func (t *yamlText) insertAfter(i int, lines ...string) {
	t.lines = append(t.lines[:i+1], append(lines, t.lines[i+1:]...)...)
}

// dashIndent is the column (from 0) of the dash of the block sequence
// item n.
func (t *yamlText) dashIndent(n *yaml.Node) (int, bool) {
	if n.Line < 1 || n.Line > len(t.lines) {
		return 0, false
	}
	line := t.lines[n.Line-1]
	k := strings.LastIndex(line[:yamlfile.ByteCol(line, n.Column)], "-")
	if k < 0 || strings.TrimSpace(line[:k]) != "" {
		return 0, false
	}
	return k, true
}

// quoted is s as a double-quoted YAML scalar (JSON strings are).
func quoted(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// addToMapping adds "key: value" (value already YAML) to the block or
// one-line flow mapping m.
func (t *yamlText) addToMapping(m *yaml.Node, parentIndent int, key, val string) error {
	if m.Kind != yaml.MappingNode || len(m.Content) == 0 {
		return fmt.Errorf("not a mapping with keys")
	}
	if m.Style&yaml.FlowStyle != 0 {
		last := m.Content[len(m.Content)-1]
		if last.Line != m.Line {
			return fmt.Errorf("a flow mapping over several lines")
		}
		line := t.lines[m.Line-1]
		end := strings.LastIndex(line, "}")
		if end < yamlfile.ByteCol(line, m.Column) {
			return fmt.Errorf("a flow mapping whose end is not on its line")
		}
		t.lines[m.Line-1] = strings.TrimRight(line[:end], " ") + ", " + key + ": " + val + line[end:]
		return nil
	}
	first := m.Content[0]
	end := t.blockEnd(first.Line-1, parentIndent)
	t.insertAfter(end, strings.Repeat(" ", first.Column-1)+key+": "+val)
	return nil
}

// appendItem adds an item (its lines, as they go after "- ") to the end of
// the block sequence seq, indented as its items are, separated by a blank
// line when its items are.
func (t *yamlText) appendItem(seq *yaml.Node, item []string) error {
	if seq.Kind != yaml.SequenceNode || seq.Style&yaml.FlowStyle != 0 || len(seq.Content) == 0 {
		return fmt.Errorf("not a block list with items")
	}
	last := seq.Content[len(seq.Content)-1]
	dash, ok := t.dashIndent(last)
	if !ok {
		return fmt.Errorf("an item whose dash is not where it should be")
	}
	end := t.blockEnd(last.Line-1, dash)
	pad := strings.Repeat(" ", dash)
	var add []string
	if len(seq.Content) > 1 && last.Line >= 2 && strings.TrimSpace(t.lines[last.Line-2]) == "" {
		add = append(add, "")
	}
	for k, l := range item {
		if k == 0 {
			add = append(add, pad+"- "+l)
		} else {
			add = append(add, pad+"  "+l)
		}
	}
	t.insertAfter(end, add...)
	return nil
}

// addToList adds the scalar val (YAML) to the list seq: a block list or a
// flow list on one line.
func (t *yamlText) addToList(seq *yaml.Node, val string) error {
	if seq.Kind != yaml.SequenceNode {
		return fmt.Errorf("not a list")
	}
	if seq.Style&yaml.FlowStyle == 0 {
		return t.appendItem(seq, []string{val})
	}
	if len(seq.Content) > 0 && seq.Content[len(seq.Content)-1].Line != seq.Line {
		return fmt.Errorf("a flow list over several lines")
	}
	line := t.lines[seq.Line-1]
	start := yamlfile.ByteCol(line, seq.Column)
	end := strings.Index(line[start:], "]")
	if end < 0 {
		return fmt.Errorf("a flow list whose end is not on its line")
	}
	end += start
	sep := ", "
	if len(seq.Content) == 0 {
		sep = ""
	}
	t.lines[seq.Line-1] = strings.TrimRight(line[:end], " ") + sep + val + line[end:]
	return nil
}

// entryNode is the glossary entry with the id, an item of the entries
// list: the one that says so, or one without an id whose first Russian
// term makes it, as the glossary gives it one.
func (t *yamlText) entryNode(id string) (*yaml.Node, error) {
	_, entries := value(t.root, "entries")
	if entries == nil || entries.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("no entries list")
	}
	for _, e := range entries.Content {
		if _, v := value(e, "id"); v != nil {
			if v.Value == id {
				return e, nil
			}
			continue
		}
		_, ru := value(e, "russian")
		if ru != nil && ru.Kind == yaml.SequenceNode && len(ru.Content) > 0 {
			ru = ru.Content[0]
		}
		if ru != nil && ru.Kind == yaml.ScalarNode && glossary.DefaultID(ru.Value) == id {
			return e, nil
		}
	}
	return nil, fmt.Errorf("no entry %q", id)
}

// addException adds exc to the exceptions of the glossary entry id.
func (t *yamlText) addException(id, exc string) error {
	e, err := t.entryNode(id)
	if err != nil {
		return err
	}
	if _, list := value(e, "exceptions"); list != nil {
		return t.addToList(list, quoted(exc))
	}
	return t.addKey(e, "exceptions", "["+quoted(exc)+"]")
}

// addKey adds "key: val" (val already YAML) to the glossary entry e, a
// block or a flow mapping.
func (t *yamlText) addKey(e *yaml.Node, key, val string) error {
	if e.Style&yaml.FlowStyle != 0 {
		return t.addToMapping(e, 0, key, val)
	}
	dash, ok := t.dashIndent(e)
	if !ok {
		return fmt.Errorf("an entry whose dash is not where it should be")
	}
	return t.addToMapping(e, dash, key, val)
}

// addRendering adds the rendering item (YAML) to the renderings of the
// glossary entry id: to its list, to the one text it names instead of one
// (renderings: Nakhodka, which becomes a list of the two), or as the
// first where it has none.
func (t *yamlText) addRendering(id, item string) error {
	e, err := t.entryNode(id)
	if err != nil {
		return err
	}
	_, list := value(e, "renderings")
	switch {
	case list == nil:
		return t.addKey(e, "renderings", "["+item+"]")
	case list.Kind == yaml.SequenceNode:
		return t.addToList(list, item)
	case list.Kind == yaml.ScalarNode:
		return t.scalarToList(list, item)
	}
	return fmt.Errorf("an entry whose renderings are not a list")
}

// scalarToList makes the scalar n, written on one line, a flow list of
// itself and val (YAML): "Nakhodka # the port" becomes "[Nakhodka, val] #
// the port".
func (t *yamlText) scalarToList(n *yaml.Node, val string) error {
	if n.Line < 1 || n.Line > len(t.lines) {
		return fmt.Errorf("a text that is not where it should be")
	}
	line := t.lines[n.Line-1]
	col := yamlfile.ByteCol(line, n.Column)
	if col < 0 || col > len(line) {
		return fmt.Errorf("a text that is not where it should be")
	}
	var raw string
	switch n.Style {
	case 0:
		raw = n.Value
	case yaml.DoubleQuotedStyle:
		raw = quoted(n.Value)
	case yaml.SingleQuotedStyle:
		raw = "'" + strings.ReplaceAll(n.Value, "'", "''") + "'"
	default:
		return fmt.Errorf("a text written over several lines")
	}
	rest := line[col:]
	tail, ok := strings.CutPrefix(rest, raw)
	if !ok || tail != "" && !strings.ContainsRune(" \t,}", rune(tail[0])) {
		return fmt.Errorf("a text written otherwise than it reads")
	}
	if n.Style == 0 && strings.ContainsAny(raw, ",[]{}") {
		// Plain in a block, it would be cut in a flow list.
		raw = quoted(n.Value)
	}
	t.lines[n.Line-1] = line[:col] + "[" + raw + ", " + val + "]" + tail
	return nil
}

// addEntry adds an entry (its lines as YAML, without the dash) at the end
// of the glossary's entries.
func (t *yamlText) addEntry(entry []string) error {
	_, entries := value(t.root, "entries")
	if entries == nil {
		return fmt.Errorf("no entries list")
	}
	return t.appendItem(entries, entry)
}
