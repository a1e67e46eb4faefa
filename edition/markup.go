package edition

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// piece is a run of a segment's text: plain, a bracketed span, or a
// glossary term. Marks never nest: a glossary term inside a span is left
// unmarked, since the span says more about that text.
type piece struct {
	Text  string
	Span  *texts.Span
	Match *glossary.Match
}

// pieces cuts a segment's text at its spans and, when g is not nil, at the
// glossary terms found in it. Marks with offsets outside the segment or
// not on character boundaries are ignored rather than trusted.
func pieces(seg *texts.Segment, lang texts.Lang, g *glossary.Glossary) []piece {
	type mark struct {
		start, end int
		span       *texts.Span
		match      *glossary.Match
	}
	text := seg.Text
	ok := func(start, end int) bool {
		return 0 <= start && start < end && end <= len(text) &&
			utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
	}
	var marks []mark
	for i := range seg.Spans {
		sp := &seg.Spans[i]
		if sp.Class == texts.Unbalanced || sp.Class == texts.FootnoteMarker {
			continue // suspicions, not editorial marks
		}
		start, end := sp.Start-seg.Start, sp.End-seg.Start
		if ok(start, end) {
			marks = append(marks, mark{start: start, end: end, span: sp})
		}
	}
	if g != nil {
		var ms []glossary.Match
		if lang == texts.Russian {
			ms = g.MatchRussian(text)
		} else {
			ms = g.MatchEnglish(text)
		}
		for i := range ms {
			m := &ms[i]
			if m.Entry != nil && ok(m.Start, m.End) {
				marks = append(marks, mark{start: m.Start, end: m.End, match: m})
			}
		}
	}
	// Spans before terms (a span says more about its text), then in text
	// order, longer first; keep each mark that overlaps none kept before.
	sort.SliceStable(marks, func(i, j int) bool {
		a, b := marks[i], marks[j]
		if (a.span != nil) != (b.span != nil) {
			return a.span != nil
		}
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end > b.end
	})
	var kept []mark
	for _, m := range marks {
		overlap := false
		for _, k := range kept {
			if m.start < k.end && k.start < m.end {
				overlap = true
				break
			}
		}
		if !overlap {
			kept = append(kept, m)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	var out []piece
	at := 0
	for _, m := range kept {
		if m.start > at {
			out = append(out, piece{Text: text[at:m.start]})
		}
		out = append(out, piece{Text: text[m.start:m.end], Span: m.span, Match: m.match})
		at = m.end
	}
	if at < len(text) {
		out = append(out, piece{Text: text[at:]})
	}
	return out
}

// spanLabel says in words what a span is, for tooltips and notes.
func spanLabel(sp *texts.Span) string {
	var s string
	switch sp.Class {
	case texts.Insertion:
		s = "translator's insertion"
	case texts.Gloss:
		s = "transliteration of the original word"
	case texts.Translation:
		s = "translation gloss"
	case texts.Expansion:
		s = "abbreviation expanded"
	case texts.Supplied:
		s = "supplied by the editor"
	case texts.Variant:
		s = "variant reading"
	case texts.DateNorm:
		s = "normalised date"
	case texts.CiteSpan:
		s = "source citation"
	case texts.Sic:
		s = "sic"
	case texts.Illegible:
		s = "illegible"
	case texts.Query:
		s = "editor's query"
	default:
		s = "note"
	}
	if sp.Signer != "" {
		s += ", signed " + sp.Signer
	}
	if sp.Head != "" && (sp.Class == texts.Gloss || sp.Class == texts.Translation || sp.Class == texts.Expansion) {
		s += ", of \u201c" + sp.Head + "\u201d"
	}
	return s
}

// termLabel describes a glossary entry for a tooltip: the Russian, the
// preferred rendering, the kind, the transliteration where it is not the
// rendering already, the gloss the translation adds, and the note:
// "glossary instantsiia: Инстанция → Instantsia (code-name); glossed
// [Highest Authority]. Code name of …".
func termLabel(m *glossary.Match, g *glossary.Glossary) string {
	e := m.Entry
	var b strings.Builder
	b.WriteString("glossary")
	if e.ID != "" {
		b.WriteString(" " + e.ID)
	}
	b.WriteString(": ")
	b.WriteString(strings.Join(e.Russian, ", "))
	var pref []string
	for _, r := range e.Renderings {
		if r.Status == glossary.Preferred || r.Status == "" {
			pref = append(pref, r.Text)
		}
	}
	if len(pref) == 0 {
		if r := e.Preferred(); r != nil {
			pref = append(pref, r.Text)
		}
	}
	if len(pref) > 0 {
		b.WriteString(" \u2192 " + strings.Join(pref, ", "))
	}
	if e.Kind != "" {
		b.WriteString(" (" + string(e.Kind) + ")")
	}
	translit := g.Translit(e)
	if translit != "" && !slices.ContainsFunc(pref, func(r string) bool { return strings.EqualFold(r, translit) }) {
		b.WriteString("; transliteration " + translit)
	}
	if e.Gloss != nil {
		gloss := e.Gloss.Text
		if gloss == "" && e.Gloss.Form == glossary.GlossTranslit {
			gloss = translit
		}
		if gloss != "" {
			b.WriteString("; glossed [" + gloss + "]")
		}
	}
	if m.Rendering != nil && m.Rendering.Status == glossary.Forbidden {
		b.WriteString("; this rendering is forbidden")
	}
	if e.Note != "" {
		b.WriteString(". " + e.Note)
	}
	return b.String()
}
