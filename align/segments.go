package align

import (
	"strings"

	"github.com/sverka/sverka/texts"
)

// FromSegments turns segments into sentences for Align, leaving translator
// insertions out of the evidence and collecting transliteration glosses.
//
// Bracketed spans are left out of the evidence text: insertions, supplied
// words, variants, normalised dates and notes have no counterpart in the
// original, and an expansion's letters are not in the original's
// abbreviation. The inner text of a gloss goes to Glosses, where it is
// matched against the original's words. A bracketed archive citation
// ([Source: APRF, fond 3, ...]) renders the original's citation line, so its
// text stays, without the brackets.
func FromSegments(segs []texts.Segment) []Sentence {
	out := make([]Sentence, len(segs))
	for i, s := range segs {
		out[i] = fromSegment(s)
	}
	return out
}

func fromSegment(s texts.Segment) Sentence {
	text := s.Text
	var glosses []string
	var b strings.Builder
	last := 0
	for _, sp := range s.Spans {
		// Spans nested in another are left out with it.
		if !bracketed(sp.Class) || sp.Depth > 0 {
			continue
		}
		start, end := sp.Start-s.Start, sp.End-s.Start
		if start < last || end > len(text) || start > end || text[start:end] != sp.Text {
			// Offsets that do not fit the text: find the span by its text.
			k := strings.Index(text[last:], sp.Text)
			if sp.Text == "" || k < 0 {
				continue
			}
			start, end = last+k, last+k+len(sp.Text)
		}
		b.WriteString(text[last:start])
		b.WriteByte(' ')
		if sp.Class == texts.CiteSpan {
			b.WriteString(sp.Inner)
			b.WriteByte(' ')
		}
		last = end
		if sp.Class == texts.Gloss && sp.Inner != "" {
			glosses = append(glosses, sp.Inner)
		}
	}
	b.WriteString(text[last:])
	return Sentence{Text: strings.TrimSpace(b.String()), Glosses: glosses, Para: s.Para, Kind: s.Kind}
}

// bracketed says whether a span class is a bracketed span (not a suspicion).
func bracketed(c texts.SpanClass) bool {
	return c != texts.Unbalanced && c != texts.FootnoteMarker
}
