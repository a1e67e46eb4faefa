package glossary

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/texts"
)

var ruleTermMissing = &Rule{
	ID:       "term-missing",
	Name:     "TermMissing",
	Short:    "A glossary term in the Russian without its rendering in the aligned English",
	Help:     "A Russian sentence contains a glossary term in some inflected form, and the English aligned with it contains none of the entry's preferred or admitted renderings nor its transliteration. The finding has no English match: the Russian term and its position are in the finding's Russian fields; its position is the start of the English sentence, or, for a sentence the English omits, where the English of it would go (the start of the next English sentence, or the end of the last one).",
	Default:  Warning,
	Glossary: true,
	Original: true,
	run:      checkTermMissing,
}

func checkTermMissing(c *checker) {
	c.withOriginal(func(p *Pair) {
		for li, l := range p.Links {
			if len(l.Source) == 0 {
				continue // an addition: no Russian
			}
			// An omission (a Russian sentence the aligner finds no English
			// for) is looked for around the place it would be.
			target, omitted := l.Target, len(l.Target) == 0
			if omitted {
				if target = nearestTargets(p.Links, li); len(target) == 0 {
					continue
				}
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
					near = c.englishNear(p, target)
				}
				if c.renders(near, e) {
					continue
				}
				rseg, ri := segAt(p.Russian.Doc, l.Source, m.Start)
				if rseg == nil {
					continue
				}
				var ep texts.Pos
				if omitted {
					var ok bool
					if ep, ok = omissionPos(p, li); !ok {
						continue
					}
				} else {
					eseg, _ := segAt(p.English.Doc, target[len(target)-1:], 0)
					if eseg == nil {
						continue
					}
					ep = p.English.pos(eseg, 0)
				}
				rp := p.Russian.pos(rseg, ri)
				msg := fmt.Sprintf("%q (%s) is not rendered in the aligned English", m.Text, rp)
				if omitted {
					msg = fmt.Sprintf("%q (%s) is in a sentence the English omits", m.Text, rp)
				}
				if pref := preferred(e); pref != "" {
					msg += fmt.Sprintf("; the glossary renders it %q", pref)
				}
				// The term is not in the English: the finding has no
				// English match, so that no printer underlines English
				// text as if it were the term.
				c.report(Finding{
					Pos: ep, Russian: &rp, RussianMatch: m.Text,
					Entry: e.ID, Message: msg,
				})
			}
		}
	})
}

// nearestTargets returns the English sentences either side of an
// omission: the last of the link before that has English and the first of
// the link after.
func nearestTargets(links []align.Link, li int) []int {
	var out []int
	for k := li - 1; k >= 0; k-- {
		if t := links[k].Target; len(t) > 0 {
			out = append(out, t[len(t)-1])
			break
		}
	}
	for k := li + 1; k < len(links); k++ {
		if t := links[k].Target; len(t) > 0 {
			out = append(out, t[0])
			break
		}
	}
	return out
}

// omissionPos is where the English of omitted link li would go: the start
// of the first English sentence after it, or, at the end of the document,
// the end of the last one before it.
func omissionPos(p *Pair, li int) (texts.Pos, bool) {
	segs := p.English.Doc.Segments
	for k := li + 1; k < len(p.Links); k++ {
		if t := p.Links[k].Target; len(t) > 0 {
			if i := t[0]; i >= 0 && i < len(segs) {
				return p.English.pos(&segs[i], 0), true
			}
			break
		}
	}
	for k := li - 1; k >= 0; k-- {
		if t := p.Links[k].Target; len(t) > 0 {
			if i := t[len(t)-1]; i >= 0 && i < len(segs) {
				return p.English.pos(&segs[i], len(segs[i].Text)), true
			}
			break
		}
	}
	return texts.Pos{}, false
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
	near := &englishNear{matched: make(map[*Entry]bool)}
	var lower []string
	for _, seg := range nearSegments(p, target) {
		lower = append(lower, c.segLower(seg))
		for _, m := range c.matchEnglish(seg) {
			// A forbidden rendering counts: term-forbidden reports it.
			near.matched[m.Entry] = true
		}
	}
	near.lower = strings.Join(lower, " ")
	return near
}

// nearSegments returns the English segments of a link's target with the
// one just before and just after it in the same paragraph.
func nearSegments(p *Pair, target []int) []*texts.Segment {
	segs := p.English.Doc.Segments
	if len(target) == 0 {
		return nil
	}
	idx := append([]int(nil), target...)
	first, last := target[0], target[len(target)-1]
	if first < 0 || last >= len(segs) || first > last {
		first, last = -1, len(segs) // a malformed link: no neighbours
	}
	if first > 0 && segs[first-1].Para == segs[first].Para {
		idx = append([]int{first - 1}, idx...)
	}
	if last+1 < len(segs) && segs[last+1].Para == segs[last].Para {
		idx = append(idx, last+1)
	}
	out := make([]*texts.Segment, 0, len(idx))
	for _, i := range idx {
		if i >= 0 && i < len(segs) {
			out = append(out, &segs[i])
		}
	}
	return out
}

// segLower is a segment's text in lower case with its expansions written
// out (M[inistry of the] M[aritime] F[leet]), for plain searches, once a
// run: the link before and the link after ask for it too.
func (c *checker) segLower(seg *texts.Segment) string {
	if s, ok := c.lowered[seg]; ok {
		return s
	}
	if c.lowered == nil {
		c.lowered = make(map[*texts.Segment]string)
	}
	en, _ := unbracketExpansions(seg.Text)
	s := strings.ToLower(en)
	c.lowered[seg] = s
	return s
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

// translitOf is an entry's transliteration as a gloss in the checker's
// scheme, remembered.
func (c *checker) translitOf(e *Entry) string {
	if tr, ok := c.translits[e]; ok {
		return tr
	}
	if c.translits == nil {
		c.translits = make(map[*Entry]string)
	}
	tr := e.translitIn(c.scheme, true)
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
