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

func checkGlossMismatch(c *checker) {
	for i := range c.pairs {
		p := c.pairs[i]
		if p.Target == nil {
			continue
		}
		links := targetLinks(p)
		for k := range p.Target.Segments {
			seg := &p.Target.Segments[k]
			for _, b := range spansOf(seg) {
				switch {
				case b.At < 0:
				case b.isGloss():
					c.glossMismatch(p, links, k, b)
				case b.Class == texts.Translation:
					c.translationMismatch(targetOf(p), b)
				}
			}
		}
	}
}

func (c *checker) glossMismatch(p *edition.Pair, links []int, k int, b bracketSpan) {
	gloss := canonGloss(b.Inner)
	pos := targetOf(p).pos(b.Seg, b.At)
	// The original decides when the glossed word is found there.
	if w, ok := c.glossedWordFor(p, links, k, gloss); ok {
		want := c.expectedGlosses(w.Text)
		for _, g := range want {
			if canonGloss(g) == gloss {
				return
			}
		}
		// Another form of the word (the gloss gives the nominative, the
		// sentence the genitive): a form of the same stem, spelt exactly.
		if c.g == nil || c.entryIDFor(w.Text) == "" {
			if c.isFormOf(gloss, w.Text) {
				return
			}
		}
		rp := sourceOf(p).pos(w.Seg, w.Start)
		c.report(Finding{
			Pos: pos, Match: b.Text, Russian: &rp, RussianMatch: w.Text,
			Message: fmt.Sprintf("gloss [%s] differs from %s of %q (%s)", b.Inner, want[0], w.Text, rp),
			Fix:     &Fix{Replace: "[" + want[0] + "]", Description: "use the edition's transliteration"},
			Entry:   c.entryIDFor(w.Text),
		})
		return
	}
	// Without the original, the glossary decides: the entry whose
	// rendering the gloss follows, else an entry whose transliteration is
	// a near spelling of the gloss.
	if c.g == nil {
		return
	}
	if e := c.entryBefore(b); e != nil {
		if tr := c.translitOf(e); tr != "" && canonGloss(tr) != gloss {
			c.reportGlossDiffers(pos, b, e, tr)
		}
		return
	}
	gk := texts.MatchKey(gloss)
	for _, e := range c.g.Entries {
		tr := c.translitOf(e)
		if tr == "" || canonGloss(tr) == gloss {
			continue
		}
		if texts.MatchKey(tr) == gk {
			c.reportGlossDiffers(pos, b, e, tr)
			return
		}
	}
}

// reportGlossDiffers reports a gloss that is not the entry's
// transliteration tr.
func (c *checker) reportGlossDiffers(pos texts.Pos, b bracketSpan, e *glossary.Entry, tr string) {
	c.report(Finding{
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
func (c *checker) expectedGlosses(ru string) []string {
	var out []string
	if c.g != nil {
		for _, m := range c.g.MatchRussian(ru) {
			if tr := c.translitOf(m.Entry); tr != "" {
				out = append(out, tr)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	out = append(out, texts.Transliterate(strings.ToLower(ru), c.scheme))
	return out
}

// entryIDFor returns the id of the glossary entry matching a Russian word.
// It is asked for every glossed or named word: remembered per word.
func (c *checker) entryIDFor(ru string) string {
	if c.g == nil {
		return ""
	}
	if id, ok := c.entryIDs[ru]; ok {
		return id
	}
	if c.entryIDs == nil {
		c.entryIDs = make(map[string]string)
	}
	id := ""
	if ms := c.g.MatchRussian(ru); len(ms) > 0 {
		id = ms[0].Entry.ID
	}
	c.entryIDs[ru] = id
	return id
}

// russianEndings are noun and adjective endings a gloss may give a word
// in, beside the form the sentence has.
var russianEndings = []string{"ь", "а", "я", "ы", "и", "у", "ю", "е", "о", "й", "ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях", "ами", "ями", "ов", "ев", "ий", "ый", "ая", "ое", "ие", "ые"}

// isFormOf reports whether a gloss transliterates some form of the Russian
// word: its stem with a usual ending, spelt exactly in the scheme.
func (c *checker) isFormOf(gloss, ru string) bool {
	stem := c.stem(ru)
	if stem == strings.ToLower(ru) && canonGloss(texts.Transliterate(stem, c.scheme)) == gloss {
		return true
	}
	for _, e := range russianEndings {
		if canonGloss(texts.Transliterate(stem+e, c.scheme)) == gloss {
			return true
		}
	}
	return false
}

// entryBefore returns the glossary entry an accepted rendering of which
// ends just before the bracket (spaces between): the entry the bracket
// glosses.
func (c *checker) entryBefore(b bracketSpan) *glossary.Entry {
	if c.g == nil || b.At < 0 {
		return nil
	}
	for _, m := range c.matchEnglish(b.Seg) {
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
func (c *checker) translationMismatch(t text, b bracketSpan) {
	e := c.entryBefore(b)
	if e == nil || e.Gloss == nil || e.Gloss.Form != "translation" || e.Gloss.Text == "" {
		return
	}
	if strings.EqualFold(strings.TrimSpace(b.Inner), strings.TrimSpace(e.Gloss.Text)) {
		return
	}
	c.report(Finding{
		Pos: t.pos(b.Seg, b.At), Match: b.Text, Entry: e.ID,
		Message: fmt.Sprintf("gloss [%s] differs from the glossary's [%s] (entry %s)", b.Inner, e.Gloss.Text, e.ID),
		Fix:     &Fix{Replace: "[" + e.Gloss.Text + "]", Description: "use the glossary's gloss"},
	})
}
