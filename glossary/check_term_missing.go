package glossary

import (
	"fmt"
	"strings"
)

var ruleTermMissing = &Rule{
	ID:       "term-missing",
	Name:     "TermMissing",
	Short:    "A glossary term in the Russian without its rendering in the aligned English",
	Help:     "A Russian sentence contains a glossary term in some inflected form, and the English aligned with it contains none of the entry's preferred or admitted renderings nor its transliteration. The finding's match is the Russian term; its position is the start of the English sentence.",
	Default:  Warning,
	Glossary: true,
	Original: true,
	run:      checkTermMissing,
}

func checkTermMissing(c *checker) {
	c.withOriginal(func(p *Pair) {
		for _, l := range p.Links {
			if len(l.Source) == 0 || len(l.Target) == 0 {
				continue // omissions and additions are the aligner's findings
			}
			ru := linkText(p.Russian.Doc, l.Source)
			en := linkText(p.English.Doc, l.Target)
			rendered := make(map[*Entry]bool)
			for _, m := range c.g.MatchEnglish(en) {
				// A forbidden rendering is term-forbidden's finding: do
				// not report the term missing as well.
				rendered[m.Entry] = true
			}
			enLower := strings.ToLower(en)
			seen := make(map[*Entry]bool)
			for _, m := range c.g.MatchRussian(ru) {
				e := m.Entry
				if seen[e] || rendered[e] {
					continue
				}
				seen[e] = true
				if tr := entryTranslit(e, c.scheme); tr != "" && strings.Contains(enLower, canonGloss(tr)) {
					continue
				}
				rseg, ri := segAt(p.Russian.Doc, l.Source, m.Start)
				eseg, _ := segAt(p.English.Doc, l.Target, 0)
				if rseg == nil || eseg == nil {
					continue
				}
				rp := p.Russian.pos(rseg, ri)
				msg := fmt.Sprintf("%q (%s) is not rendered in the aligned English", m.Text, rp)
				if pref := preferred(e); pref != "" {
					msg += fmt.Sprintf("; the glossary renders it %q", pref)
				}
				c.report(Finding{
					Pos: p.English.pos(eseg, 0), Match: m.Text, Russian: &rp, RussianMatch: m.Text,
					Entry: e.ID, Message: msg,
				})
			}
		}
	})
}
