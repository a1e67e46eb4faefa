package glossary

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

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
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if b, err = decodeText(name, b, ""); err != nil {
		return nil, err
	}
	g := &Glossary{File: name}
	if len(bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\ufeff")))) == 0 {
		// Like every other empty input: most likely the wrong file, or
		// one truncated.
		return nil, ErrorList{{Pos: texts.Pos{File: name, Line: 1, Col: 1}, Msg: "empty glossary: want at least \"entries:\""}}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, yamlSyntaxError(name, b, err)
	}
	d := decoder{file: name}
	if len(doc.Content) == 0 {
		return g, nil // comments only: a glossary not yet begun
	}
	d.glossary(g, doc.Content[0])
	d.validate(g)
	if err := d.errs.Err(); err != nil {
		return nil, err
	}
	return g, nil
}

// LoadFile reads the YAML glossary at path.
func LoadFile(path string) (*Glossary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Load(path, f)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlParserErrors are the messages of yaml.v3's parser (not its scanner).
// For them the parser names the line, counted from 0, where the enclosing
// collection starts, not the line of the problem.
var yamlParserErrors = []string{
	"did not find expected <document start>",
	"did not find expected node content",
	"did not find expected key",
	"did not find expected '-' indicator",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
}

// yamlSyntaxError puts the file name, the line and the column in front of
// the YAML parser's message. b is the file.
func yamlSyntaxError(name string, b []byte, err error) error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) {
		return fmt.Errorf("%s: %s", name, strings.Join(te.Errors, "; "))
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	line := 0
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	lines := strings.SplitAfter(string(b), "\n")
	if slices.Contains(yamlParserErrors, msg) {
		// From the line after the one named (0-based: the collection's own
		// line), the first line whose text up to it no longer parses is
		// where the problem is.
		from := min(line+1, len(lines))
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
	return ErrorList{{Pos: texts.Pos{File: name, Line: line, Col: col}, Msg: msg}}
}

// decoder walks the YAML tree and collects every error.
type decoder struct {
	file string
	errs ErrorList
}

func (d *decoder) pos(n *yaml.Node) texts.Pos {
	return texts.Pos{File: d.file, Line: n.Line, Col: n.Column}
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs.add(d.pos(n), format, args...)
}

// fields calls fn for each key of a mapping; unknown keys are errors.
func (d *decoder) fields(n *yaml.Node, what string, known map[string]bool, fn func(key string, k, v *yaml.Node)) {
	n = resolve(n)
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
		fn(k.Value, k, resolve(v))
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
				if e := d.entry(resolve(en)); e != nil {
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
		rn = resolve(rn)
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
		it = resolve(it)
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
			d.errs.add(e.Pos, "duplicate id %q (first at line %d)", e.ID, f.Pos.Line)
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
		if s := d.str(resolve(c), what); s != "" {
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

// resolve follows aliases.
func resolve(n *yaml.Node) *yaml.Node {
	for depth := 0; n.Kind == yaml.AliasNode && n.Alias != nil && depth < 100; depth++ {
		n = n.Alias
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		return resolve(n.Content[0])
	}
	return n
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
