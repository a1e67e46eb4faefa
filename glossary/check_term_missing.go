package glossary

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
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
			var rendered map[*Entry]bool
			seen := make(map[*Entry]bool)
			for _, m := range c.g.MatchRussian(ru) {
				e := m.Entry
				if seen[e] {
					continue
				}
				seen[e] = true
				if rendered == nil {
					rendered = c.renderedNear(p, l.Target)
				}
				if rendered[e] {
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

// renderedNear returns the entries rendered in the English of a link or in
// the sentence just before or after it in the same paragraph: an aligner
// that puts a sentence boundary one sentence off must not make a term
// look missing. A forbidden rendering counts as rendered (term-forbidden
// reports it), and so does the entry's transliteration.
func (c *checker) renderedNear(p *Pair, target []int) map[*Entry]bool {
	segs := p.English.Doc.Segments
	idx := append([]int(nil), target...)
	first, last := target[0], target[len(target)-1]
	if first > 0 && segs[first-1].Para == segs[first].Para {
		idx = append([]int{first - 1}, idx...)
	}
	if last+1 < len(segs) && segs[last+1].Para == segs[last].Para {
		idx = append(idx, last+1)
	}
	// Expansions count as written out: M[inistry of the] M[aritime]
	// F[leet] renders Министерство морского флота.
	en := joinExpansions(linkText(p.English.Doc, idx))
	out := make(map[*Entry]bool)
	for _, m := range c.g.MatchEnglish(en) {
		out[m.Entry] = true
	}
	// Renderings inside hyphenated compounds (Andong-Pyongyang) and
	// transliterations.
	lower := strings.ToLower(en)
	for _, e := range c.g.Entries {
		if out[e] {
			continue
		}
		for _, r := range e.Renderings {
			if containsWord(lower, strings.ToLower(r.Text)) {
				out[e] = true
				break
			}
		}
		if tr := entryTranslit(e, c.scheme); !out[e] && tr != "" && containsWord(lower, canonGloss(tr)) {
			out[e] = true
		}
	}
	return out
}

// containsWord reports whether s contains w with no letter or digit
// either side: hyphens and brackets count as boundaries.
func containsWord(s, w string) bool {
	if w == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(w):])
		if !isWordChar(before) && !isWordChar(after) {
			return true
		}
		i = j + 1
	}
}

func isWordChar(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// expansion is a bracket glued to the letters before it: C[entral].
var expansion = regexp.MustCompile(`(\pL)\[([^\[\]]*)\]`)

// joinExpansions writes expansions out: M[inistry] → Ministry.
func joinExpansions(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	return expansion.ReplaceAllString(s, "$1$2")
}
