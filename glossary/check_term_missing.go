package glossary

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/texts"
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
			var near *englishNear
			seen := make(map[*Entry]bool)
			for _, m := range c.g.MatchRussian(ru) {
				e := m.Entry
				if seen[e] {
					continue
				}
				seen[e] = true
				if near == nil {
					near = c.englishNear(p, l.Target)
				}
				if c.renders(near, e) {
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

// englishNear is the English of a link and of the sentence just before
// and after it in the same paragraph (an aligner that puts a sentence
// boundary one sentence off must not make a term look missing), with the
// entries the glossary matches there.
type englishNear struct {
	lower   string
	matched map[*Entry]bool
}

func (c *checker) englishNear(p *Pair, target []int) *englishNear {
	segs := p.English.Doc.Segments
	idx := append([]int(nil), target...)
	first, last := target[0], target[len(target)-1]
	if first > 0 && segs[first-1].Para == segs[first].Para {
		idx = append([]int{first - 1}, idx...)
	}
	if last+1 < len(segs) && segs[last+1].Para == segs[last].Para {
		idx = append(idx, last+1)
	}
	near := &englishNear{matched: make(map[*Entry]bool)}
	var lower []string
	for _, i := range idx {
		if i < 0 || i >= len(segs) {
			continue
		}
		m := c.expandedMatches(&segs[i])
		lower = append(lower, m.lower)
		for _, e := range m.entries {
			// A forbidden rendering counts: term-forbidden reports it.
			near.matched[e] = true
		}
	}
	near.lower = strings.Join(lower, " ")
	return near
}

// segmentMatches are the entries rendered in one English segment with its
// expansions written out (M[inistry of the] M[aritime] F[leet] renders
// Министерство морского флота), and that text in lower case.
type segmentMatches struct {
	lower   string
	entries []*Entry
}

// expandedMatches matches a segment once a run: the link before and the
// link after ask for it too.
func (c *checker) expandedMatches(seg *texts.Segment) segmentMatches {
	if m, ok := c.segMatches[seg]; ok {
		return m
	}
	if c.segMatches == nil {
		c.segMatches = make(map[*texts.Segment]segmentMatches)
	}
	en := joinExpansions(seg.Text)
	m := segmentMatches{lower: strings.ToLower(en)}
	for _, x := range c.g.MatchEnglish(en) {
		m.entries = append(m.entries, x.Entry)
	}
	c.segMatches[seg] = m
	return m
}

// renders reports whether the English near a link renders the entry: the
// glossary matches it, or a rendering stands inside a hyphenated compound
// (Andong-Pyongyang), or the transliteration is there.
func (c *checker) renders(near *englishNear, e *Entry) bool {
	if near.matched[e] {
		return true
	}
	for _, r := range e.Renderings {
		if containsWord(near.lower, strings.ToLower(r.Text)) {
			return true
		}
	}
	tr := c.translitOf(e)
	return tr != "" && containsWord(near.lower, canonGloss(tr))
}

// translitOf is entryTranslit, remembered.
func (c *checker) translitOf(e *Entry) string {
	if tr, ok := c.translits[e]; ok {
		return tr
	}
	if c.translits == nil {
		c.translits = make(map[*Entry]string)
	}
	tr := entryTranslit(e, c.scheme)
	c.translits[e] = tr
	return tr
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

// joinExpansions writes expansions out, a bracket glued to the letter
// before it: M[inistry] → Ministry.
func joinExpansions(s string) string {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return s
	}
	var b strings.Builder
	for i >= 0 {
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		end := strings.IndexByte(s[i:], ']')
		if end < 0 {
			break
		}
		end += i
		if inner := s[i+1 : end]; unicode.IsLetter(before) && !strings.Contains(inner, "[") {
			b.WriteString(s[:i])
			b.WriteString(inner)
			s = s[end+1:]
			i = strings.IndexByte(s, '[')
			continue
		}
		next := strings.IndexByte(s[i+1:], '[')
		if next < 0 {
			break
		}
		b.WriteString(s[:i+1])
		s = s[i+1:]
		i = next
	}
	b.WriteString(s)
	return b.String()
}
