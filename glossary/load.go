package glossary

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/internal/yamlfile"
	"github.com/sverka/sverka/texts"
)

// Load reads a YAML glossary. The name is used in positions and errors.
// Every problem found is reported, each with its file:line:col, as an
// ErrorList; nothing is guessed silently except an entry's id (made from its
// first Russian term) and kind (term) when they are left out.
//
// The format, as written by Write:
//
//	scheme: ala-lc
//	entries:
//	  - id: shtormoboiazn
//	    kind: term
//	    russian: [штормобоязнь]
//	    translit: shtormoboiazn'
//	    renderings:
//	      - storm-fright                              # preferred
//	      - {text: fear of storms, status: admitted}
//	      - {text: storm phobia, status: forbidden}
//	    gloss: {form: translit, when: first-in-document}
func Load(name string, r io.Reader) (*Glossary, error) {
	b, err := input.ReadAll(r, input.MaxData)
	if err != nil {
		return nil, &input.Error{File: name, Err: err}
	}
	return parse(name, b)
}

// LoadFile reads the YAML glossary at path, which must be a regular file.
func LoadFile(path string) (*Glossary, error) {
	b, err := input.ReadFile(path, input.MaxData)
	if err != nil {
		return nil, err
	}
	return parse(path, b)
}

func parse(name string, b []byte) (*Glossary, error) {
	b, err := yamlfile.Decode(name, b)
	if err != nil {
		return nil, err
	}
	g := &Glossary{File: name}
	if len(bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\ufeff")))) == 0 {
		// Like every other empty input: most likely the wrong file, or
		// one truncated.
		return nil, ErrorList{{Pos: texts.Pos{File: name, Line: 1, Col: 1}, Msg: "empty glossary: want at least \"entries:\""}}
	}
	root, err := yamlfile.Parse(name, b)
	if err != nil {
		return nil, err
	}
	if root == nil {
		return g, nil // comments only: a glossary not yet begun
	}
	d := decoder{file: name}
	d.glossary(g, root)
	d.validate(g)
	if err := d.errs.Err(); err != nil {
		return nil, err
	}
	return g, nil
}

// decoder walks the YAML tree and collects every error.
type decoder struct {
	file string
	errs ErrorList
}

func (d *decoder) pos(n *yaml.Node) texts.Pos { return yamlfile.Pos(d.file, n) }

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs.Add(d.pos(n), format, args...)
}

// fields calls fn for each key of a mapping; unknown keys are errors.
func (d *decoder) fields(n *yaml.Node, what string, known map[string]bool, fn func(key string, k, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s: want a mapping of keys, found %s", what, describe(n))
		return
	}
	seen := make(map[string]bool)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !known[k.Value] {
			d.errorf(k, "%s: unknown key %q (want one of %s)", what, k.Value, keyList(known))
			continue
		}
		if seen[k.Value] {
			d.errorf(k, "%s: key %q given twice", what, k.Value)
			continue
		}
		seen[k.Value] = true
		fn(k.Value, k, v)
	}
}

var (
	glossaryKeys  = map[string]bool{"scheme": true, "languages": true, "entries": true}
	languageKeys  = map[string]bool{"source": true, "target": true}
	entryKeys     = map[string]bool{"id": true, "kind": true, "russian": true, "forms": true, "translit": true, "renderings": true, "gloss": true, "note": true, "definition": true, "exceptions": true, "case-sensitive": true}
	renderingKeys = map[string]bool{"text": true, "status": true, "case-sensitive": true}
	glossKeys     = map[string]bool{"form": true, "when": true, "text": true}
)

func (d *decoder) glossary(g *Glossary, n *yaml.Node) {
	d.fields(n, "glossary", glossaryKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "scheme":
			s, err := texts.ParseScheme(d.str(v, "scheme"))
			if err != nil {
				d.errorf(v, "%v", err)
			}
			g.Scheme = s
		case "languages":
			d.fields(v, "languages", languageKeys, func(key string, k, v *yaml.Node) {
				lang := strings.ToLower(strings.TrimSpace(d.str(v, key)))
				if lang == "" || strings.ContainsAny(lang, " \t/") {
					d.errorf(v, "languages: %s: want a language tag such as ru or en, found %q", key, lang)
				}
				if key == "source" {
					g.SourceLang = lang
				} else {
					g.TargetLang = lang
				}
			})
		case "entries":
			if v.Kind != yaml.SequenceNode {
				if !isNull(v) {
					d.errorf(v, "entries: want a list, found %s", describe(v))
				}
				return
			}
			for _, en := range v.Content {
				if e := d.entry(en); e != nil {
					g.Entries = append(g.Entries, e)
				}
			}
		}
	})
}

func (d *decoder) entry(n *yaml.Node) *Entry {
	e := &Entry{Pos: d.pos(n)}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "entry: want a mapping with at least russian and renderings, found %s", describe(n))
		return nil
	}
	var kindNode *yaml.Node
	d.fields(n, "entry", entryKeys, func(key string, k, v *yaml.Node) {
		switch key {
		case "id":
			e.ID = d.str(v, key)
			if strings.ContainsAny(e.ID, " \t\n") {
				d.errorf(v, "id %q: no spaces, please (use hyphens)", e.ID)
			}
		case "kind":
			kindNode = v
			e.Kind = Kind(d.str(v, key))
		case "russian":
			e.Russian = d.strs(v, key)
		case "forms":
			e.Forms = d.strs(v, key)
			for _, f := range e.Forms {
				for _, w := range strings.Fields(f) {
					if i := strings.IndexByte(w, '*'); i >= 0 && i != len(w)-1 || w == "*" {
						d.errorf(v, "form %q: a * may only end a word", f)
					}
				}
			}
		case "translit":
			e.Translit = d.str(v, key)
		case "renderings":
			e.Renderings = d.renderings(v)
		case "gloss":
			e.Gloss = d.gloss(v)
		case "note":
			e.Note = d.str(v, key)
		case "definition":
			e.Definition = d.str(v, key)
		case "exceptions":
			e.Exceptions = d.strs(v, key)
			e.ExceptionsPos = d.exceptionPositions(v)
		case "case-sensitive":
			e.CaseSensitive = d.boolean(v, key)
		}
	})
	if len(e.Russian) == 0 {
		d.errorf(n, "entry: missing russian (the Russian term or terms)")
	}
	switch {
	case e.Kind == "":
		e.Kind = Term
	case !e.Kind.valid():
		d.errorf(kindNode, "kind %q: want one of %s", e.Kind, kindList())
	}
	if e.ID == "" && len(e.Russian) > 0 {
		e.ID = DefaultID(e.Russian[0])
	}
	return e
}

func (d *decoder) renderings(n *yaml.Node) []Rendering {
	if n.Kind != yaml.SequenceNode {
		if d.textShorthand(n, "renderings") {
			return []Rendering{{Text: n.Value, Status: Preferred}}
		}
		if n.Kind != yaml.ScalarNode {
			d.errorf(n, "renderings: want a list, found %s", describe(n))
		}
		return nil
	}
	var out []Rendering
	for _, rn := range n.Content {
		r := Rendering{Status: Preferred}
		if rn.Kind == yaml.ScalarNode {
			r.Text = rn.Value
		} else {
			var statusNode *yaml.Node
			d.fields(rn, "rendering", renderingKeys, func(key string, k, v *yaml.Node) {
				switch key {
				case "text":
					r.Text = d.str(v, key)
				case "status":
					statusNode = v
					r.Status = Status(d.str(v, key))
				case "case-sensitive":
					r.CaseSensitive = d.boolean(v, key)
				}
			})
			if statusNode != nil && !r.Status.valid() {
				d.errorf(statusNode, "status %q: want preferred, admitted or forbidden", r.Status)
			}
		}
		if strings.TrimSpace(r.Text) == "" {
			d.errorf(rn, "rendering: missing text")
			continue
		}
		out = append(out, r)
	}
	return out
}

func (d *decoder) gloss(n *yaml.Node) *GlossPolicy {
	if isNull(n) {
		return nil
	}
	p := &GlossPolicy{}
	if n.Kind == yaml.ScalarNode {
		p.Form = n.Value // gloss: translit
	} else {
		d.fields(n, "gloss", glossKeys, func(key string, k, v *yaml.Node) {
			switch key {
			case "form":
				p.Form = d.str(v, key)
			case "when":
				p.When = d.str(v, key)
			case "text":
				p.Text = d.str(v, key)
			}
		})
	}
	if p.Form != GlossTranslit && p.Form != GlossTranslation {
		d.errorf(n, "gloss: form %q: want %s or %s", p.Form, GlossTranslit, GlossTranslation)
	}
	if p.When == "" {
		p.When = GlossFirstInDocument
	} else if p.When != GlossFirstInDocument && p.When != GlossAlways {
		d.errorf(n, "gloss: when %q: want %s or %s", p.When, GlossFirstInDocument, GlossAlways)
	}
	if p.Form == GlossTranslation && p.Text == "" {
		d.errorf(n, "gloss: a translation gloss needs its text")
	}
	return p
}

// exceptionPositions returns where each exception is written, so that a
// check that does not know its rule can say where (check.ValidateExceptions).
func (d *decoder) exceptionPositions(n *yaml.Node) []texts.Pos {
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	}
	var out []texts.Pos
	for _, it := range items {
		if it.Kind != yaml.ScalarNode || isNull(it) {
			continue
		}
		out = append(out, d.pos(it))
	}
	return out
}

// validate checks what needs the whole glossary: duplicate ids.
func (d *decoder) validate(g *Glossary) {
	first := make(map[string]*Entry)
	for _, e := range g.Entries {
		if e.ID == "" {
			continue
		}
		if f, ok := first[e.ID]; ok {
			d.errs.Add(e.Pos, "duplicate id %q (first at line %d)", e.ID, f.Pos.Line)
			continue
		}
		first[e.ID] = e
	}
}

func (d *decoder) str(n *yaml.Node, what string) string {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "%s: want text, found %s", what, describe(n))
		return ""
	}
	if isNull(n) {
		return ""
	}
	return strings.TrimSpace(n.Value)
}

// strs reads a list of strings; a single string is a list of one.
func (d *decoder) strs(n *yaml.Node, what string) []string {
	if d.textShorthand(n, what) {
		if s := d.str(n, what); s != "" {
			return []string{s}
		}
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		if n.Kind == yaml.ScalarNode {
			return nil // null, or reported by textShorthand
		}
		d.errorf(n, "%s: want text or a list of texts, found %s", what, describe(n))
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if s := d.str(c, what); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// textShorthand reports whether n, where a list is expected, is a single
// text standing for a list of one. A number or a boolean there (renderings:
// 5) is an error: a mistyped glossary, not a rendering "5".
func (d *decoder) textShorthand(n *yaml.Node, what string) bool {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		return false
	}
	if n.Tag != "!!str" {
		d.errorf(n, "%s: want a list of texts, found %s", what, describe(n))
		return false
	}
	return true
}

func (d *decoder) boolean(n *yaml.Node, what string) bool {
	var b bool
	if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
		d.errorf(n, "%s: want true or false, found %s", what, describe(n))
	}
	return b
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if isNull(n) {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

func keyList(known map[string]bool) string {
	var keys []string
	for k := range known {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return strings.Join(keys, ", ")
}

func kindList() string {
	var ks []string
	for _, k := range Kinds() {
		ks = append(ks, string(k))
	}
	return strings.Join(ks, ", ")
}
