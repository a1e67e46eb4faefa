package edition

import (
	"io"
	"sort"
	"strings"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// WriteTEI writes the edition as a TEI P5 document: a <group> holding, for
// each pair, the original and the translation as <text> elements with
// every segment in an <s xml:id> (the ids of the HTML export), followed by
// a <linkGrp type="translation"> of <link target="#s #t"> pairing them.
// Omissions and additions have no link: their sentences stand alone.
//
// Bracketed spans become TEI: a signed translator's insertion
// <supplied resp="#AM">, supplied text <supplied>, an expansion
// <choice><abbr/><expan/></choice>, glosses <gloss>, source citations <note type="source">,
// other notes <note type="editorial">. Glossary terms become <term key>.
// Every signer gets a <respStmt xml:id> in the header for resp to point
// at.
func WriteTEI(w io.Writer, ed *Edition, opts Options) error {
	if err := ed.Validate(); err != nil {
		return err
	}
	x := newXMLWriter(w)
	title := ed.Title
	if title == "" {
		title = "Bilingual edition"
	}
	signers := teiSigners(ed)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n")
	x.raw(`<TEI xmlns="http://www.tei-c.org/ns/1.0">`, "\n")
	x.raw("<teiHeader>\n<fileDesc>\n<titleStmt>\n")
	x.elem("title", title)
	x.raw("\n")
	for _, s := range signers {
		x.open("respStmt", "xml:id", s.id)
		x.elem("resp", "translator's insertions signed")
		x.elem("name", s.name)
		x.close("respStmt")
		x.raw("\n")
	}
	x.raw("</titleStmt>\n<publicationStmt>\n")
	x.elem("p", "Exported by "+opts.generator()+".")
	x.raw("\n</publicationStmt>\n<sourceDesc>\n")
	for i, b := range ed.Pairs {
		x.elem("p", b.title(i)+describeFiles(b, opts))
		x.raw("\n")
	}
	if len(ed.Pairs) == 0 {
		x.elem("p", "No documents.")
		x.raw("\n")
	}
	x.raw("</sourceDesc>\n</fileDesc>\n</teiHeader>\n<text>\n<group>\n")
	if len(ed.Pairs) == 0 {
		// a group needs a text
		x.raw("<text><body><p/></body></text>\n")
	}
	for i, b := range ed.Pairs {
		anchor := b.anchor(i)
		teiText(x, b, anchor, anchor+"-s-", b.Source, b.sourceLang(), ed.Glossary, signers)
		teiText(x, b, anchor, anchor+"-t-", b.Target, b.targetLang(), ed.Glossary, signers)
		// A linkGrp needs a link or a pointer: a pair of empty documents
		// has none.
		opened := false
		for _, r := range b.rows(anchor) {
			if !opened {
				x.open("linkGrp", "type", "translation", "xml:id", anchor+"-links")
				x.raw("\n")
				opened = true
			}
			var targets []string
			for _, s := range r.source {
				targets = append(targets, "#"+anchor+"-s-"+segID(&b.Source.Segments[s], s))
			}
			for _, t := range r.target {
				targets = append(targets, "#"+anchor+"-t-"+segID(&b.Target.Segments[t], t))
			}
			// An omission or an addition has one side only: TEI wants two
			// targets on a <link>, so it is a <ptr> at its one sentence,
			// typed omission or addition (linkGrp holds both).
			elem, attrs := "link", []string{"xml:id", r.id, "type", linkType(r.link)}
			switch {
			case len(r.target) == 0:
				elem, attrs = "ptr", []string{"xml:id", r.id, "type", string(align.Omission), "subtype", linkType(r.link)}
			case len(r.source) == 0:
				elem, attrs = "ptr", []string{"xml:id", r.id, "type", string(align.Addition), "subtype", linkType(r.link)}
			}
			attrs = append(attrs, "target", strings.Join(targets, " "))
			if c := formatConfidence(r.link.Confidence); c != "" {
				attrs = append(attrs, "cert", c)
			}
			if fl := flagNames(r.link); len(fl) > 0 {
				attrs = append(attrs, "ana", strings.Join(fl, " "))
			}
			x.empty(elem, attrs...)
			x.raw("\n")
		}
		if opened {
			x.close("linkGrp")
			x.raw("\n")
		}
	}
	x.raw("</group>\n</text>\n</TEI>\n")
	return x.flush()
}

func describeFiles(b *Pair, opts Options) string {
	src, tgt := opts.fileName(b.SourceFile), opts.fileName(b.TargetFile)
	switch {
	case src != "" && tgt != "":
		return ": " + src + " and " + tgt
	case src != "":
		return ": " + src
	case tgt != "":
		return ": " + tgt
	}
	return ""
}

type teiSigner struct{ name, id string }

// teiSigners lists the insertion signers of the edition with an xml:id
// for each ("AM" stays "AM"; a name that is no XML name gets a prefix).
func teiSigners(ed *Edition) map[string]teiSigner {
	out := map[string]teiSigner{}
	used := map[string]bool{}
	var names []string
	for _, b := range ed.Pairs {
		for _, doc := range []*texts.Document{b.Source, b.Target} {
			for _, seg := range doc.Segments {
				for _, sp := range seg.Spans {
					if sp.Class == texts.Insertion && sp.Signer != "" {
						if _, ok := out[sp.Signer]; !ok {
							out[sp.Signer] = teiSigner{}
							names = append(names, sp.Signer)
						}
					}
				}
			}
		}
	}
	sort.Strings(names)
	for _, n := range names {
		id := safeID(n)
		if c := id[0]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_') || (c == 'd' && len(id) > 1 && id[1] >= '0' && id[1] <= '9') {
			id = "resp-" + id
		}
		for used[id] {
			id += "_"
		}
		used[id] = true
		out[n] = teiSigner{name: n, id: id}
	}
	return out
}

// teiText writes one side of a pair: consecutive segments of one kind and
// paragraph make a block, <p> for running text and <ab type> for headings,
// telegram headers and citations.
func teiText(x *xmlWriter, b *Pair, anchor, prefix string, doc *texts.Document, lang texts.Lang, g *glossary.Glossary, signers map[string]teiSigner) {
	side := "source"
	if prefix == anchor+"-t-" {
		side = "translation"
	}
	x.open("text", "xml:id", prefix+"text", "xml:lang", string(lang), "type", side, "n", b.ID)
	x.raw("\n<body>\n")
	if len(doc.Segments) == 0 {
		x.raw("<p/>\n")
	}
	open := ""
	var last *texts.Segment
	for i := range doc.Segments {
		seg := &doc.Segments[i]
		if last == nil || seg.Para != last.Para || teiBlockKind(seg.Kind) != teiBlockKind(last.Kind) {
			if open != "" {
				x.close(open)
				x.raw("\n")
			}
			if seg.Kind == texts.Sentence {
				open = "p"
				x.open("p")
			} else {
				open = "ab"
				x.open("ab", "type", string(seg.Kind))
			}
		} else {
			x.raw(" ")
		}
		last = seg
		x.open("s", "xml:id", prefix+segID(seg, i))
		teiContent(x, seg, lang, g, signers)
		x.close("s")
	}
	if open != "" {
		x.close(open)
		x.raw("\n")
	}
	x.raw("</body>\n</text>\n")
}

func teiBlockKind(k texts.Kind) texts.Kind {
	if k == "" {
		return texts.Sentence
	}
	return k
}

func teiContent(x *xmlWriter, seg *texts.Segment, lang texts.Lang, g *glossary.Glossary, signers map[string]teiSigner) {
	ps := pieces(seg, lang, g)
	abbr := ""
	for i, p := range ps {
		switch {
		case p.Span != nil:
			teiSpan(x, p.Span, abbr, signers)
			abbr = ""
		case p.Match != nil:
			attrs := []string{"type", string(p.Match.Entry.Kind)}
			if p.Match.Entry.Kind == "" {
				attrs = nil
			}
			if p.Match.Entry.ID != "" {
				attrs = append(attrs, "key", p.Match.Entry.ID)
			}
			x.elem("term", p.Text, attrs...)
		default:
			text := p.Text
			// An expansion completes the word just before it: C[entral].
			if i+1 < len(ps) && ps[i+1].Span != nil && ps[i+1].Span.Class == texts.Expansion {
				abbr = abbrOf(text, ps[i+1].Span)
				text = text[:len(text)-len(abbr)]
			}
			x.text(text)
		}
	}
}

// abbrOf is the abbreviation an expansion completes: its Head when the
// text before it ends with that, else the letters just before the bracket.
func abbrOf(before string, sp *texts.Span) string {
	if sp.Head != "" && strings.HasSuffix(before, sp.Head) {
		return sp.Head
	}
	i := len(before)
	for i > 0 {
		c := before[i-1]
		if c == ' ' || c == '\t' || c == '\n' || c == '(' || c == '"' {
			break
		}
		i--
	}
	return before[i:]
}

// teiSpan writes a span; abbr is the abbreviation an expansion completes,
// already cut from the text before it.
func teiSpan(x *xmlWriter, sp *texts.Span, abbr string, signers map[string]teiSigner) {
	inner := sp.Inner
	switch sp.Class {
	case texts.Insertion:
		attrs := []string{"reason", "clarity"}
		if s, ok := signers[sp.Signer]; ok && sp.Signer != "" {
			attrs = append(attrs, "resp", "#"+s.id)
		}
		x.elem("supplied", inner, attrs...)
	case texts.Supplied:
		x.elem("supplied", inner)
	case texts.Expansion:
		// the abbreviation was cut from the text before; see teiContent
		x.raw("<choice>")
		x.elem("abbr", abbr)
		x.open("expan")
		x.text(abbr)
		x.elem("ex", inner)
		x.close("expan")
		x.raw("</choice>")
	case texts.Gloss:
		x.elem("gloss", inner, "type", "transliteration", "xml:lang", "ru-Latn")
	case texts.Translation:
		x.elem("gloss", inner, "type", "translation")
	case texts.CiteSpan:
		// <bibl> is not allowed inside <s>
		x.elem("note", inner, "type", "source")
	case texts.Illegible:
		x.empty("gap", "reason", "illegible")
	case texts.Sic, texts.Query, texts.Variant, texts.DateNorm:
		x.elem("note", inner, "type", string(sp.Class))
	default:
		x.elem("note", inner, "type", "editorial")
	}
}
