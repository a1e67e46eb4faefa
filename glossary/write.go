package glossary

import (
	"bufio"
	"bytes"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Write writes the glossary as YAML that Load reads back: keys in a fixed
// order, lists of Russian terms and renderings on one line each where they
// are short, a blank line between entries, so that a change shows as a small
// diff. Generated values (a transliteration left empty) stay empty.
//
// Entries are encoded one at a time: yaml.v3's emitter keeps every event
// of a document until it ends, so one document of 100,000 entries took
// gigabytes to write.
func Write(w io.Writer, g *Glossary) error {
	bw := bufio.NewWriter(w)
	if _, err := io.WriteString(bw, "# sverka glossary: one entry per concept; see `sverka glossary --help`.\n"); err != nil {
		return err
	}
	root := mapping()
	if g.Scheme != "" {
		add(root, "scheme", scalar(string(g.Scheme)))
	}
	if src, tgt := g.Langs(); src != "ru" || tgt != "en" {
		langs := mapping()
		add(langs, "source", scalar(src))
		add(langs, "target", scalar(tgt))
		add(root, "languages", langs)
	}
	if len(g.Entries) == 0 {
		add(root, "entries", &yaml.Node{Kind: yaml.SequenceNode})
	}
	if len(root.Content) > 0 {
		b, err := encodeNode(root)
		if err != nil {
			return err
		}
		bw.Write(b)
	}
	if len(g.Entries) > 0 {
		bw.WriteString("entries:\n")
	}
	for i, e := range g.Entries {
		// A list of one, indented under "entries:" as the whole
		// document would have it; a blank line between entries.
		b, err := encodeNode(&yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{entryNode(e)}})
		if err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte('\n')
		}
		for line := range strings.Lines(string(b)) {
			if line != "\n" {
				bw.WriteString("  ")
			}
			bw.WriteString(line)
		}
	}
	return bw.Flush()
}

// encodeNode writes one YAML document of n, indented by two.
func encodeNode(n *yaml.Node) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func entryNode(e *Entry) *yaml.Node {
	n := mapping()
	add(n, "id", scalar(e.ID))
	add(n, "kind", scalar(string(e.Kind)))
	add(n, "russian", flowList(e.Russian))
	if len(e.Forms) > 0 {
		add(n, "forms", flowList(e.Forms))
	}
	if e.CaseSensitive {
		add(n, "case-sensitive", boolNode(true))
	}
	if e.Translit != "" {
		add(n, "translit", scalar(e.Translit))
	}
	rs := &yaml.Node{Kind: yaml.SequenceNode}
	for _, r := range e.Renderings {
		if r.Status == Preferred && !r.CaseSensitive {
			rs.Content = append(rs.Content, scalar(r.Text))
			continue
		}
		m := mapping()
		m.Style = yaml.FlowStyle
		add(m, "text", scalar(r.Text))
		add(m, "status", scalar(string(r.Status)))
		if r.CaseSensitive {
			add(m, "case-sensitive", boolNode(true))
		}
		rs.Content = append(rs.Content, m)
	}
	add(n, "renderings", rs)
	if p := e.Gloss; p != nil {
		m := mapping()
		m.Style = yaml.FlowStyle
		add(m, "form", scalar(p.Form))
		if p.When != "" {
			add(m, "when", scalar(p.When))
		}
		if p.Text != "" {
			add(m, "text", scalar(p.Text))
		}
		add(n, "gloss", m)
	}
	if e.Note != "" {
		add(n, "note", text(e.Note))
	}
	if e.Definition != "" {
		add(n, "definition", text(e.Definition))
	}
	if len(e.Exceptions) > 0 {
		ex := &yaml.Node{Kind: yaml.SequenceNode}
		for _, s := range e.Exceptions {
			ex.Content = append(ex.Content, scalar(s))
		}
		add(n, "exceptions", ex)
	}
	return n
}

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }

func add(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, scalar(key), v)
}

func scalar(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

// text is a scalar that becomes a literal block when it has several lines.
func text(s string) *yaml.Node {
	n := scalar(s)
	if strings.Contains(s, "\n") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

func boolNode(b bool) *yaml.Node {
	v := "false"
	if b {
		v = "true"
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: v}
}

// flowList is a list on one line when short: russian: [Штыков, Штыкова].
func flowList(ss []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode}
	total := 0
	for _, s := range ss {
		n.Content = append(n.Content, scalar(s))
		total += len(s) + 2
	}
	if total < 60 {
		n.Style = yaml.FlowStyle
	}
	return n
}
