package check

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

var ruleOmission = &Rule{
	ID:       "omission",
	Name:     "Omission",
	Short:    "A Russian sentence with no English counterpart",
	Help:     "The alignment links a Russian sentence (or several) to no English: the translation leaves it out. Reported once, where its English would go (the start of the next English sentence, or the end of the last one), with the Russian text and its place. A signature or a stamp the edition drops on purpose can be turned off per edition (rules: {omission: off}) or accepted in a baseline. Translate the sentence, or confirm the omission in the stored alignment.",
	Default:  Warning,
	Original: true,
	run:      checkOmission,
}

func checkOmission(x *index) []Finding {
	var out findings
	for _, p := range x.pairs {
		if p.Source == nil || p.Target == nil {
			continue
		}
		for li, l := range p.Links {
			if len(l.Source) == 0 || len(l.Target) > 0 {
				continue
			}
			ep, ok := omissionPos(p, li)
			if !ok {
				continue
			}
			rseg, _ := segAt(p.Source, l.Source, 0)
			if rseg == nil {
				continue
			}
			rp := sourceOf(p).pos(rseg, 0)
			ru := p.Source.JoinSegments(l.Source)
			out.add(Finding{
				Pos: ep, Russian: &rp, RussianMatch: ru,
				Message: fmt.Sprintf("%s (%s) has no English: %s", sentencesWord(len(l.Source)), rp, quoteShort(ru, 80)),
			})
		}
	}
	return out
}

func sentencesWord(n int) string {
	if n == 1 {
		return "the Russian sentence"
	}
	return fmt.Sprintf("%d Russian sentences", n)
}

// quoteShort quotes s, cut to about n runes at a word boundary.
func quoteShort(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return fmt.Sprintf("%q", s)
	}
	cut := 0
	for i := range s {
		if cut >= n {
			s = s[:i]
			break
		}
		cut++
	}
	if sp := strings.LastIndexByte(s, ' '); sp > len(s)/2 {
		s = s[:sp]
	}
	return fmt.Sprintf("%q", s+"…")
}
