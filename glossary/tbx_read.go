package glossary

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/texts"
)

// ImportOptions say which languages of an exchange file are the original
// and the translation.
type ImportOptions struct {
	// Source is the language of the terms, Target of the renderings;
	// when empty, the languages a file sverka wrote names, else ru and
	// en.
	Source string
	Target string
	// Encoding names the file's encoding when neither a byte order mark
	// nor the XML declaration tells it (TBX); empty: detected.
	Encoding string
}

func (o ImportOptions) langs() (src, tgt string) {
	src, tgt = strings.ToLower(o.Source), strings.ToLower(o.Target)
	if src == "" {
		src = "ru"
	}
	if tgt == "" {
		tgt = "en"
	}
	return src, tgt
}

// xmlNode is an element of a parsed XML file with where it starts.
type xmlNode struct {
	name     string // local name
	attrs    map[string]string
	text     strings.Builder
	children []*xmlNode
	pos      texts.Pos
}

// Bounds of a TBX file read as a stream: each token, each concept, the
// nesting. A real concept has a few dozen elements and texts of a few
// lines; without them one 220 MB <term>, or a concept of millions of empty
// elements, would be read whole.
const (
	maxTBXToken        = 1 << 20 // bytes of a text or a tag
	maxConceptElements = 10000
	maxXMLDepth        = 200
)

// ReadTBX reads a TBX glossary: TBX v3 (TBX-Basic and others, DCA style;
// DCT elements are read by their local names) and TBX v2 <martif> files as
// CAT tools export them. Each concept becomes an entry. Concepts without a
// term in the source language are skipped and reported in the second result,
// with their positions; a file that is not TBX is an error.
//
// The file is read as a stream, one concept at a time: memory stays a
// small multiple of the glossary, not of the file, and a file whose root
// element is not TBX is refused at that element.
func ReadTBX(name string, r io.Reader, opts ImportOptions) (*Glossary, []*PosError, error) {
	xr, decoded, err := xmlStream(name, input.Limit(r, input.MaxText), opts.Encoding)
	if err != nil {
		return nil, nil, err
	}
	g := &Glossary{File: name, Dropped: map[string]int{}}
	var skipped []*PosError
	used := make(map[string]bool)
	concept := func(c *xmlNode) {
		e, why := readConcept(c, opts)
		if e == nil {
			skipped = append(skipped, &PosError{Pos: c.pos, Msg: why})
			return
		}
		if used[e.ID] || e.ID == "" {
			base := e.ID
			if base == "" {
				base = DefaultID(e.Russian[0])
			}
			e.ID = base
			for n := 2; used[e.ID]; n++ {
				e.ID = base + "-" + itoa(n)
			}
		}
		used[e.ID] = true
		g.Entries = append(g.Entries, e)
		countDropped(c, opts, g.Dropped)
	}
	// The header comes before the concepts: the languages a file sverka
	// wrote names are known before the first concept is read.
	header := func(h *xmlNode) {
		if s := findScheme(h); s != "" {
			g.Scheme = s
		}
		src, tgt := findLanguages(h)
		if opts.Source == "" {
			opts.Source = src
		}
		if opts.Target == "" {
			opts.Target = tgt
		}
	}
	if err := streamTBX(name, xr, decoded, concept, header); err != nil {
		return nil, nil, err
	}
	if src, tgt := opts.langs(); src != "ru" || tgt != "en" {
		g.SourceLang, g.TargetLang = src, tgt
	}
	return g, skipped, nil
}

// streamTBX reads the XML of a TBX file token by token. Only concepts
// (conceptEntry, termEntry, at any depth) and the header (tbxHeader,
// martifHeader, under the root) are kept as trees, each handed to its
// function when it closes and dropped.
func streamTBX(name string, r io.Reader, decoded bool, concept, header func(*xmlNode)) error {
	dec := xml.NewDecoder(&tokenBound{r: r, max: maxTBXToken})
	dec.CharsetReader = xmlCharsetReader(decoded)
	dec.Strict = true
	dec.Entity = xml.HTMLEntity
	pos := func() texts.Pos {
		line, col := dec.InputPos()
		return texts.Pos{File: name, Line: line, Col: col}
	}
	depth := 0
	sawRoot := false
	var stack []*xmlNode // the tree being kept, from its top to the open element
	kept := 0            // elements in that tree
	for {
		p := pos()
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return xmlError(name, pos(), err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxXMLDepth {
				return &PosError{Pos: p, Msg: "XML: elements nested too deep"}
			}
			local := t.Name.Local
			if depth == 1 {
				if sawRoot {
					return &PosError{Pos: p, Msg: "XML: a second root element"}
				}
				sawRoot = true
				if local != "tbx" && local != "martif" {
					return fmt.Errorf("%s: not TBX: the root element is <%s>, want <tbx> or <martif>", p, local)
				}
				continue
			}
			if len(stack) == 0 {
				isConcept := local == "conceptEntry" || local == "termEntry"
				isHeader := depth == 2 && (local == "tbxHeader" || local == "martifHeader")
				if !isConcept && !isHeader {
					continue
				}
				kept = 0
			}
			if kept++; kept > maxConceptElements {
				return &PosError{Pos: stack[0].pos, Msg: fmt.Sprintf("<%s> holds more than %d elements: not a concept sverka reads", stack[0].name, maxConceptElements)}
			}
			n := &xmlNode{name: local, pos: p}
			if len(t.Attr) > 0 {
				n.attrs = make(map[string]string, len(t.Attr))
				for _, a := range t.Attr {
					n.attrs[a.Name.Local] = a.Value
				}
			}
			if len(stack) > 0 {
				parent := stack[len(stack)-1]
				parent.children = append(parent.children, n)
			}
			stack = append(stack, n)
		case xml.EndElement:
			depth--
			if len(stack) == 0 {
				continue
			}
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				continue
			}
			if n.name == "conceptEntry" || n.name == "termEntry" {
				concept(n)
			} else {
				header(n)
			}
		case xml.CharData:
			if len(stack) > 0 {
				n := stack[len(stack)-1]
				if n.text.Len() < 1<<20 {
					n.text.Write(t)
				}
			}
		}
	}
	if !sawRoot {
		return fmt.Errorf("%s: empty XML file", name)
	}
	return nil
}

// xmlError puts an error of the XML decoder at its place in the file.
func xmlError(name string, at texts.Pos, err error) error {
	var se *xml.SyntaxError
	var tl *input.TooLargeError
	var bad *badDecodingError
	switch {
	case errors.As(err, &se):
		msg := "XML: " + se.Msg
		if strings.Contains(se.Msg, "invalid UTF-8") {
			msg += `; declare the file's encoding (<?xml version="1.0" encoding="windows-1251"?>) or name it with --encoding`
		}
		return &PosError{Pos: texts.Pos{File: name, Line: se.Line, Col: 1}, Msg: msg}
	case errors.As(err, &tl):
		return &input.Error{File: name, Err: err}
	case errors.As(err, &bad):
		return &PosError{Pos: at, Msg: bad.Error()}
	}
	return &PosError{Pos: at, Msg: "XML: " + err.Error()}
}

// tokenBound fails a stream with a run of more than max bytes without a
// '<' or a '>': a text or a tag that long is no TBX, and encoding/xml
// would hold it whole.
type tokenBound struct {
	r   io.Reader
	max int
	run int
	err error // the error for the next Read, once the bound is passed
}

func (b *tokenBound) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	n, err := b.r.Read(p)
	for i := range n {
		if c := p[i]; c == '<' || c == '>' {
			b.run = 0
		} else if b.run++; b.run > b.max {
			// Hand on what comes before, cut at a character, so that
			// the decoder reports this error and not a broken one.
			for i > 0 && p[i]&0xC0 == 0x80 {
				i--
			}
			b.err = fmt.Errorf("a text or a tag longer than %d KiB: not a TBX file sverka reads", b.max>>10)
			return i, nil
		}
	}
	return n, err
}

// findScheme reads back the scheme WriteTBX puts in the source description.
func findScheme(n *xmlNode) texts.Scheme {
	if n.name == "p" {
		if _, after, ok := strings.Cut(n.text.String(), "transliteration scheme "); ok {
			if f := strings.Fields(after); len(f) > 0 {
				if s, err := texts.ParseScheme(f[0]); err == nil {
					return s
				}
			}
		}
	}
	for _, c := range n.children {
		if s := findScheme(c); s != "" {
			return s
		}
	}
	return ""
}

// findLanguages reads back the languages WriteTBX and WriteTBX2 put in
// the source description ("languages en to cs"); "" where none.
func findLanguages(n *xmlNode) (src, tgt string) {
	if n.name == "p" {
		if _, after, ok := strings.Cut(n.text.String(), "; languages "); ok {
			if f := strings.Fields(after); len(f) >= 3 && f[1] == "to" {
				return strings.ToLower(f[0]), strings.ToLower(strings.TrimRight(f[2], ";."))
			}
		}
	}
	for _, c := range n.children {
		if src, tgt = findLanguages(c); src != "" {
			return src, tgt
		}
	}
	return "", ""
}

func readConcept(c *xmlNode, opts ImportOptions) (*Entry, string) {
	src, tgt := opts.langs()
	e := &Entry{ID: c.attrs["id"], Pos: c.pos}
	var notes []string
	readAux(c, e, &notes)
	for _, ls := range c.children {
		if ls.name != "langSec" && ls.name != "langSet" {
			continue
		}
		lang := strings.ToLower(ls.attrs["lang"])
		primary, script, _ := strings.Cut(lang, "-")
		for _, ts := range ls.children {
			switch ts.name {
			case "termSec", "tig", "ntig":
			case "descrip", "descripGrp", "note", "definition":
				if primary == src || primary == tgt {
					readAux(&xmlNode{children: []*xmlNode{ts}}, e, &notes)
				}
				continue
			default:
				continue
			}
			t := readTermSec(ts)
			if t.text == "" {
				continue
			}
			switch {
			case primary == src && strings.HasPrefix(script, "latn"):
				if e.Translit == "" {
					e.Translit = t.text
				}
			case primary == src && t.termType == "transliteratedform":
				e.Translit = t.text
			case primary == src && (t.termType == "variant" || t.termType == "inflectedform"):
				e.Forms = append(e.Forms, t.text)
			case primary == src:
				e.Russian = append(e.Russian, t.text)
				if t.termType == "abbreviation" || t.termType == "acronym" {
					e.Kind = Abbreviation
				}
			case primary == tgt:
				e.Renderings = append(e.Renderings, Rendering{Text: t.text, Status: t.status, CaseSensitive: t.caseSensitive})
			}
		}
	}
	if len(e.Russian) == 0 {
		if id := c.attrs["id"]; id != "" {
			return nil, fmt.Sprintf("concept %q skipped: no %s term", id, src)
		}
		return nil, fmt.Sprintf("concept skipped: no %s term", src)
	}
	// Without statuses, the first rendering is preferred and the others
	// admitted; a concept whose only statuses are deprecated keeps them.
	anyStatus := false
	for _, r := range e.Renderings {
		anyStatus = anyStatus || r.Status != ""
	}
	for i := range e.Renderings {
		if e.Renderings[i].Status == "" {
			if i == 0 && !anyStatus {
				e.Renderings[i].Status = Preferred
			} else {
				e.Renderings[i].Status = Admitted
			}
		}
	}
	for _, n := range notes {
		if !applySverkaNote(e, n) {
			e.Note = joinNote(e.Note, n)
		}
	}
	if e.Kind == "" {
		e.Kind = Term
	}
	return e, ""
}

// readAux reads the definition and notes of a concept or a language
// section.
func readAux(n *xmlNode, e *Entry, notes *[]string) {
	for _, c := range n.children {
		switch {
		case c.name == "descripGrp":
			readAux(c, e, notes)
		case c.name == "descrip" && c.attrs["type"] == "definition", c.name == "definition":
			if e.Definition == "" {
				e.Definition = collapse(c.text.String())
			}
		case c.name == "note":
			if s := trimLines(c.text.String()); s != "" {
				*notes = append(*notes, s)
			}
		}
	}
}

type tbxTerm struct {
	text          string
	termType      string // lower case
	status        Status
	caseSensitive bool
}

// readTermSec reads a termSec (v3), tig or ntig (v2).
func readTermSec(ts *xmlNode) tbxTerm {
	var t tbxTerm
	var visit func(n *xmlNode)
	visit = func(n *xmlNode) {
		for _, c := range n.children {
			typ := c.attrs["type"]
			if c.name != "termNote" && c.name != "descrip" && c.name != "admin" {
				typ = c.name // DCT: <basic:administrativeStatus>
			}
			switch {
			case c.name == "term":
				if t.text == "" {
					t.text = collapse(c.text.String())
				}
			case typ == "administrativeStatus" || typ == "normativeAuthorization":
				t.status = statusOf(c.text.String())
			case typ == "termType":
				t.termType = strings.ToLower(strings.TrimSpace(c.text.String()))
			case c.name == "note" && strings.TrimSpace(c.text.String()) == tbxNotePrefix+"case-sensitive: true":
				t.caseSensitive = true
			case c.name == "termGrp" || c.name == "termNoteGrp":
				visit(c)
			}
		}
	}
	visit(ts)
	return t
}

func statusOf(s string) Status {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(s, "preferred"):
		return Preferred
	case strings.HasPrefix(s, "admitted"):
		return Admitted
	case strings.HasPrefix(s, "deprecated"), strings.HasPrefix(s, "superseded"), strings.HasPrefix(s, "forbidden"):
		return Forbidden
	}
	return ""
}

// applySverkaNote reads back a note WriteTBX wrote; it reports false for any
// other note.
func applySverkaNote(e *Entry, note string) bool {
	rest, ok := strings.CutPrefix(note, tbxNotePrefix)
	if !ok {
		return false
	}
	key, val, ok := strings.Cut(rest, ": ")
	if !ok {
		return false
	}
	switch key {
	case "id":
		e.ID = val
	case "kind":
		if k := Kind(val); k.valid() {
			e.Kind = k
		} else {
			return false
		}
	case "case-sensitive":
		e.CaseSensitive = val == "true"
	case "gloss":
		f := strings.SplitN(val, " ", 3)
		p := &GlossPolicy{Form: f[0]}
		if len(f) > 1 {
			p.When = f[1]
		}
		if len(f) > 2 {
			p.Text = f[2]
		}
		e.Gloss = p
	case "exception":
		e.Exceptions = append(e.Exceptions, val)
	default:
		return false
	}
	return true
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	return a + "\n" + b
}

// trimLines trims every line of s and drops the empty ones: the indentation
// of a wrapped TBX note is not part of it, its line breaks may be.
func trimLines(s string) string {
	var out []string
	for line := range strings.Lines(s) {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// collapse trims s and folds its runs of white space into single spaces, as
// TBX files wrap long texts.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
