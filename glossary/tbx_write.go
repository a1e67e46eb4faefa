package glossary

import (
	"bufio"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The TBX namespace and the statuses of TBX-Basic.
const (
	tbxNamespace = "urn:iso:std:iso:30042:ed-2"

	tbxPreferred  = "preferredTerm-admn-sts"
	tbxAdmitted   = "admittedTerm-admn-sts"
	tbxDeprecated = "deprecatedTerm-admn-sts"

	// sverka's own facts travel in TBX notes with this prefix, since
	// TBX-Basic has no data category for them.
	tbxNotePrefix = "sverka-"
)

// WriteTBX writes the glossary as TBX-Basic (TBX v3, the DCA style): one
// conceptEntry per entry with a Russian langSec (terms; explicit forms as
// termType variant), a ru-Latn langSec with the transliteration, and an
// English langSec whose terms carry their status (preferred, admitted,
// forbidden as deprecated). The kind, the gloss policy, case sensitivity and
// exceptions, which TBX-Basic has no category for, are notes starting
// "sverka-", so that ReadTBX gets every entry back whole.
func WriteTBX(w io.Writer, g *Glossary) error {
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>` + "\n")
	x.raw(`<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>` + "\n")
	src, _ := g.Langs()
	x.open(0, "tbx", "type", "TBX-Basic", "style", "dca", "xml:lang", src, "xmlns", tbxNamespace)
	x.open(1, "tbxHeader")
	x.open(2, "fileDesc")
	x.open(3, "sourceDesc")
	x.leaf(4, "p", tbxSourceDesc(g))
	x.close(3, "sourceDesc")
	x.close(2, "fileDesc")
	x.close(1, "tbxHeader")
	x.open(1, "text")
	x.open(2, "body")
	used := make(map[string]bool)
	for _, e := range g.Entries {
		writeConcept(x, g, e, used, tbx3Elements)
	}
	x.close(2, "body")
	x.close(1, "text")
	x.close(0, "tbx")
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}

// tbxSourceDesc is the source description of a TBX file sverka writes:
// the glossary's file, its scheme and, when they are not ru and en, its
// languages, which ReadTBX reads back.
func tbxSourceDesc(g *Glossary) string {
	desc := "Glossary written by sverka"
	if g.File != "" {
		desc += " from " + g.File
	}
	if g.Scheme != "" {
		desc += "; transliteration scheme " + string(g.Scheme)
	}
	if src, tgt := g.Langs(); src != "ru" || tgt != "en" {
		desc += "; languages " + src + " to " + tgt
	}
	return desc
}

// tbxElements are the names TBX gives an entry, its language sections and
// its terms: conceptEntry, langSec and termSec in v3, termEntry, langSet
// and tig in v2; the rest of an entry is written alike.
type tbxElements struct{ entry, lang, term string }

var (
	tbx3Elements = tbxElements{"conceptEntry", "langSec", "termSec"}
	tbx2Elements = tbxElements{"termEntry", "langSet", "tig"}
)

func writeConcept(x *xmlWriter, g *Glossary, e *Entry, used map[string]bool, el tbxElements) {
	src, tgt := g.Langs()
	id := xmlID(e.ID, used)
	x.open(3, el.entry, "id", id)
	if e.Definition != "" {
		x.leaf(4, "descrip", e.Definition, "type", "definition")
	}
	if e.Note != "" {
		x.leaf(4, "note", e.Note)
	}
	for _, n := range sverkaNotes(e, id) {
		x.leaf(4, "note", n)
	}
	if len(e.Russian)+len(e.Forms) > 0 {
		x.open(4, el.lang, "xml:lang", src)
		for _, t := range e.Russian {
			x.open(5, el.term)
			x.leaf(6, "term", t)
			if e.Kind == Abbreviation {
				x.leaf(6, "termNote", "abbreviation", "type", "termType")
			}
			x.close(5, el.term)
		}
		for _, f := range e.Forms {
			x.open(5, el.term)
			x.leaf(6, "term", f)
			x.leaf(6, "termNote", "variant", "type", "termType")
			x.close(5, el.term)
		}
		x.close(4, el.lang)
	}
	if e.Translit != "" {
		x.open(4, el.lang, "xml:lang", src+"-Latn")
		x.open(5, el.term)
		x.leaf(6, "term", e.Translit)
		x.close(5, el.term)
		x.close(4, el.lang)
	}
	if len(e.Renderings) > 0 {
		x.open(4, el.lang, "xml:lang", tgt)
		for _, r := range e.Renderings {
			x.open(5, el.term)
			x.leaf(6, "term", r.Text)
			x.leaf(6, "termNote", tbxStatus(r.Status), "type", "administrativeStatus")
			if r.CaseSensitive {
				x.leaf(6, "note", tbxNotePrefix+"case-sensitive: true")
			}
			x.close(5, el.term)
		}
		x.close(4, el.lang)
	}
	x.close(3, el.entry)
}

func tbxStatus(s Status) string {
	switch s {
	case Admitted:
		return tbxAdmitted
	case Forbidden:
		return tbxDeprecated
	}
	return tbxPreferred
}

// xmlID makes an entry id fit for an XML id attribute (a letter or _ first,
// then letters, digits, -, _ and .), unique in the file.
func xmlID(id string, used map[string]bool) string {
	var b strings.Builder
	for i, r := range id {
		ok := unicode.IsLetter(r) || r == '_' || i > 0 && (unicode.IsDigit(r) || r == '-' || r == '.')
		if !ok {
			if i == 0 {
				b.WriteString("c-")
				if unicode.IsDigit(r) || r == '-' || r == '.' {
					b.WriteRune(r)
					continue
				}
			}
			b.WriteByte('_')
			continue
		}
		b.WriteRune(r)
	}
	out := b.String()
	if out == "" {
		out = "c"
	}
	base := out
	for n := 2; used[out]; n++ {
		out = base + "-" + itoa(n)
	}
	used[out] = true
	return out
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// xmlWriter writes indented XML and remembers the first error.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func (x *xmlWriter) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

func (x *xmlWriter) indent(depth int) { x.raw(strings.Repeat("  ", depth)) }

func (x *xmlWriter) start(name string, attrs []string) {
	x.raw("<" + name)
	for i := 0; i+1 < len(attrs); i += 2 {
		x.raw(" " + attrs[i] + `="`)
		x.text(attrs[i+1], true)
		x.raw(`"`)
	}
	x.raw(">")
}

func (x *xmlWriter) open(depth int, name string, attrs ...string) {
	x.indent(depth)
	x.start(name, attrs)
	x.raw("\n")
}

func (x *xmlWriter) close(depth int, name string) {
	x.indent(depth)
	x.raw("</" + name + ">\n")
}

func (x *xmlWriter) leaf(depth int, name, text string, attrs ...string) {
	x.indent(depth)
	x.start(name, attrs)
	x.text(text, false)
	x.raw("</" + name + ">\n")
}

// text escapes s and drops what XML cannot hold at all.
func (x *xmlWriter) text(s string, attr bool) {
	var b strings.Builder
	for _, r := range s {
		if r == utf8.RuneError || !isXMLChar(r) {
			continue
		}
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case r == '\n' && attr:
			b.WriteString("&#xA;")
		case r == '\r':
			b.WriteString("&#xD;")
		case r == '\t' && attr:
			b.WriteString("&#x9;")
		default:
			b.WriteRune(r)
		}
	}
	x.raw(b.String())
}

func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
