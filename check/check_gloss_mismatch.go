package check

import (
	"fmt"
	"strings"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

var ruleGlossMismatch = &Rule{
	ID:      "gloss-mismatch",
	Name:    "GlossMismatch",
	Short:   "A transliteration gloss that differs from the edition's transliteration",
	Help:    "A bracketed transliteration after a rendering, storm-fright [shtormoboiazn'], must be the glossary's transliteration of the term, or the edition's scheme applied to the Russian word it glosses (found in the aligned Russian sentence, in any inflected form). Replace the gloss with the suggested one.",
	Default: Error,
	run:     checkGlossMismatch,
}

func checkGlossMismatch(x *index) []Finding {
	var out findings
	for i := range x.pairs {
		p := x.pairs[i]
		if p.Target == nil {
			continue
		}
		links := x.targetLinks[i]
		for k := range p.Target.Segments {
			seg := &p.Target.Segments[k]
			for _, b := range spansOf(seg) {
				switch {
				case b.At < 0:
				case b.isGloss():
					x.glossMismatch(p, links, k, b, &out)
				case b.Class == texts.Translation:
					x.translationMismatch(targetOf(p), b, &out)
				}
			}
		}
	}
	return out
}

func (x *index) glossMismatch(p *edition.Pair, links []int, k int, b bracketSpan, out *findings) {
	gloss := canonGloss(b.Inner)
	pos := targetOf(p).pos(b.Seg, b.At)
	// The original decides when the glossed word is found there.
	if w, ok := x.glossedWordFor(p, links, k, gloss); ok {
		want := x.expectedGlosses(w.Text)
		for _, g := range want {
			if canonGloss(g) == gloss {
				return
			}
		}
		// Another form of the word (the gloss gives the nominative, the
		// sentence the genitive): a form of the same stem, spelt exactly.
		if x.g == nil || x.entryIDFor(w.Text) == "" {
			if x.isFormOf(gloss, w.Text) {
				return
			}
		}
		rp := sourceOf(p).pos(w.Seg, w.Start)
		out.add(Finding{
			Pos: pos, Match: b.Text, Russian: &rp, RussianMatch: w.Text,
			Message: fmt.Sprintf("gloss [%s] differs from %s of %q (%s)", b.Inner, want[0], w.Text, rp),
			Fix:     &Fix{Replace: "[" + want[0] + "]", Description: "use the edition's transliteration"},
			Entry:   x.entryIDFor(w.Text),
		})
		return
	}
	// Without the original, the glossary decides: the entry whose
	// rendering the gloss follows, else an entry whose transliteration is
	// a near spelling of the gloss.
	if x.g == nil {
		return
	}
	if e := x.entryBefore(b); e != nil {
		if tr := x.translitOf(e); tr != "" && canonGloss(tr) != gloss {
			reportGlossDiffers(out, pos, b, e, tr)
		}
		return
	}
	gk := texts.MatchKey(gloss)
	for _, e := range x.g.Entries {
		tr := x.translitOf(e)
		if tr == "" || canonGloss(tr) == gloss {
			continue
		}
		if texts.MatchKey(tr) == gk {
			reportGlossDiffers(out, pos, b, e, tr)
			return
		}
	}
}

// reportGlossDiffers reports a gloss that is not the entry's
// transliteration tr.
func reportGlossDiffers(out *findings, pos texts.Pos, b bracketSpan, e *glossary.Entry, tr string) {
	out.add(Finding{
		Pos: pos, Match: b.Text,
		Message: fmt.Sprintf("gloss [%s] differs from the glossary's transliteration %q (entry %s)", b.Inner, tr, e.ID),
		Fix:     &Fix{Replace: "[" + tr + "]", Description: "use the glossary's transliteration"},
		Entry:   e.ID,
	})
}

// expectedGlosses returns the transliterations a gloss of the Russian word
// may take, the preferred first: the glossary's for an entry matching the
// word, else the scheme applied to the word as written (isFormOf accepts
// the word's other forms).
func (x *index) expectedGlosses(ru string) []string {
	var out []string
	if x.g != nil {
		for _, m := range x.g.MatchRussian(ru) {
			if tr := x.translitOf(m.Entry); tr != "" {
				out = append(out, tr)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	out = append(out, texts.Transliterate(strings.ToLower(ru), x.scheme))
	return out
}

// russianEndings are noun and adjective endings a gloss may give a word
// in, beside the form the sentence has.
var russianEndings = []string{"ь", "а", "я", "ы", "и", "у", "ю", "е", "о", "й", "ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях", "ами", "ями", "ов", "ев", "ий", "ый", "ая", "ое", "ие", "ые"}

// isFormOf reports whether a gloss transliterates some form of the Russian
// word: its stem with a usual ending, spelt exactly in the scheme.
func (x *index) isFormOf(gloss, ru string) bool {
	stem := x.stem(ru)
	if stem == strings.ToLower(ru) && canonGloss(texts.Transliterate(stem, x.scheme)) == gloss {
		return true
	}
	for _, e := range russianEndings {
		if canonGloss(texts.Transliterate(stem+e, x.scheme)) == gloss {
			return true
		}
	}
	return false
}

// entryBefore returns the glossary entry an accepted rendering of which
// ends just before the bracket (spaces between): the entry the bracket
// glosses.
func (x *index) entryBefore(b bracketSpan) *glossary.Entry {
	if x.g == nil || b.At < 0 {
		return nil
	}
	for _, m := range x.matchEnglish(b.Seg) {
		if m.Rendering == nil || m.Rendering.Status == glossary.Forbidden || m.End > b.At {
			continue
		}
		if strings.TrimSpace(b.Seg.Text[m.End:b.At]) == "" {
			return m.Entry
		}
	}
	return nil
}

// translationMismatch checks a translation gloss, Instantsia [Highest
// Authority], against the gloss text of the entry it follows.
func (x *index) translationMismatch(t text, b bracketSpan, out *findings) {
	e := x.entryBefore(b)
	if e == nil || e.Gloss == nil || e.Gloss.Form != "translation" || e.Gloss.Text == "" {
		return
	}
	if strings.EqualFold(strings.TrimSpace(b.Inner), strings.TrimSpace(e.Gloss.Text)) {
		return
	}
	out.add(Finding{
		Pos: t.pos(b.Seg, b.At), Match: b.Text, Entry: e.ID,
		Message: fmt.Sprintf("gloss [%s] differs from the glossary's [%s] (entry %s)", b.Inner, e.Gloss.Text, e.ID),
		Fix:     &Fix{Replace: "[" + e.Gloss.Text + "]", Description: "use the glossary's gloss"},
	})
}
