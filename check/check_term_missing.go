package check

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

var ruleTermMissing = &Rule{
	ID:       "term-missing",
	Name:     "TermMissing",
	Short:    "A glossary term in the Russian without its rendering in the aligned English",
	Help:     "A Russian sentence contains a glossary term in some inflected form more often than the English aligned with it contains the entry's preferred or admitted renderings or its transliteration: each rendering answers one occurrence, a one-word name written another way of the glossary's spelling (Inch'on for Inch'ŏn) too, which name-variant reports. A rendering in the English sentence before or after counts only across a boundary the aligner is unsure of, and only if that sentence's own Russian leaves it unused. The finding has no English match: the Russian term and its position are in the finding's Russian fields; its position is the start of the English sentence, or, for a sentence the English omits, where the English of it would go (the start of the next English sentence, or the end of the last one).",
	Default:  Warning,
	Glossary: true,
	Original: true,
	run:      checkTermMissing,
}

func checkTermMissing(x *index) []Finding {
	var out findings
	x.withOriginal(func(p *edition.Pair) {
		tm := &termMissing{x: x, p: p, out: &out, en: make(map[enKey]int), used: make(map[enKey]int)}
		// First each link's own English: a rendering there is used by the
		// link's own Russian, one occurrence for one occurrence.
		short := make(map[int][]termShortfall)
		for li, l := range p.Links {
			if len(l.Source) == 0 {
				continue // an addition: no Russian
			}
			ru := p.Source.JoinSegments(l.Source)
			for _, occ := range groupByEntry(x.g.MatchRussian(ru)) {
				have := 0
				if len(l.Target) > 0 {
					have = min(tm.count(li, occ.entry), len(occ.matches))
					tm.used[enKey{li, occ.entry}] += have
				}
				if have < len(occ.matches) {
					short[li] = append(short[li], termShortfall{occ: occ, have: have})
				}
			}
		}
		// Then the shortfalls: only across a boundary the aligner is
		// unsure of (a link beside it flagged, unscored or an omission)
		// may a link take a rendering its neighbour's Russian leaves
		// unused; what is left is reported.
		for li, l := range p.Links {
			for _, sf := range short[li] {
				need := len(sf.occ.matches) - sf.have
				for _, nb := range tm.neighbours(li) {
					// A boundary the aligner may have put a sentence
					// off: either link beside it is unsure.
					if unsureLink(l) || unsureLink(p.Links[nb]) {
						k := enKey{nb, sf.occ.entry}
						free := tm.count(nb, sf.occ.entry) - tm.used[k]
						take := min(free, need)
						if take > 0 {
							tm.used[k] += take
							need -= take
						}
					}
				}
				if need > 0 {
					tm.report(li, sf.occ, need)
				}
			}
		}
	})
	return out
}

// termOccurrences are the matches of one entry in a link's Russian.
type termOccurrences struct {
	entry   *glossary.Entry
	matches []glossary.Match
}

type termShortfall struct {
	occ  termOccurrences
	have int // renderings found for it in the link's own English
}

// enKey is one entry in one link's English.
type enKey struct {
	link  int
	entry *glossary.Entry
}

// termMissing is the state of term-missing on one pair.
type termMissing struct {
	x    *index
	out  *findings
	p    *edition.Pair
	en   map[enKey]int // renderings of the entry in the link's English
	used map[enKey]int // of those, how many some Russian occurrence took
}

// groupByEntry groups matches by entry, in the order entries first occur.
func groupByEntry(ms []glossary.Match) []termOccurrences {
	var out []termOccurrences
	at := make(map[*glossary.Entry]int)
	for _, m := range ms {
		i, ok := at[m.Entry]
		if !ok {
			i = len(out)
			at[m.Entry] = i
			out = append(out, termOccurrences{entry: m.Entry})
		}
		out[i].matches = append(out[i].matches, m)
	}
	return out
}

// unsureLink reports whether a link's English may be off by a sentence:
// the aligner flagged it (low confidence, an omission) or gave it no
// confidence at all (a stored alignment without scores) and no editor
// confirmed it.
func unsureLink(l align.Link) bool {
	if l.Confirmed {
		return false
	}
	return len(l.Flags) > 0 || len(l.Target) == 0 || l.Confidence == 0
}

// neighbours are the links with English just before and after link li.
func (tm *termMissing) neighbours(li int) []int {
	var out []int
	for k := li - 1; k >= 0; k-- {
		if len(tm.p.Links[k].Target) > 0 {
			out = append(out, k)
			break
		}
	}
	for k := li + 1; k < len(tm.p.Links); k++ {
		if len(tm.p.Links[k].Target) > 0 {
			out = append(out, k)
			break
		}
	}
	return out
}

// count is how many times link li's English renders the entry.
func (tm *termMissing) count(li int, e *glossary.Entry) int {
	k := enKey{li, e}
	if n, ok := tm.en[k]; ok {
		return n
	}
	n := 0
	segs := tm.p.Target.Segments
	for _, i := range tm.p.Links[li].Target {
		if i >= 0 && i < len(segs) {
			n += tm.x.renderCount(&segs[i], e)
		}
	}
	tm.en[k] = n
	return n
}

// report reports the last need occurrences of an entry in link li's
// Russian: the earlier ones are taken as the rendered ones.
func (tm *termMissing) report(li int, occ termOccurrences, need int) {
	p := tm.p
	l := p.Links[li]
	omitted := len(l.Target) == 0
	if omitted && tm.x.runs(ruleOmission) {
		return // omission reports the sentence, terms and all
	}
	var ep texts.Pos
	if omitted {
		var ok bool
		if ep, ok = omissionPos(p, li); !ok {
			return
		}
	} else {
		eseg, _ := segAt(p.Target, l.Target[len(l.Target)-1:], 0)
		if eseg == nil {
			return
		}
		ep = targetOf(p).pos(eseg, 0)
	}
	e := occ.entry
	total := len(occ.matches)
	for _, m := range occ.matches[total-need:] {
		rseg, ri := segAt(p.Source, l.Source, m.Start)
		if rseg == nil {
			continue
		}
		rp := sourceOf(p).pos(rseg, ri)
		msg := fmt.Sprintf("%q (%s) is not rendered in the aligned English", m.Text, rp)
		if omitted {
			msg = fmt.Sprintf("%q (%s) is in a sentence the English omits", m.Text, rp)
		} else if need < total {
			msg += fmt.Sprintf(" (%d occurrences in the Russian, %d rendered)", total, total-need)
		}
		if pref := preferred(e); pref != "" {
			msg += fmt.Sprintf("; the glossary renders it %q", pref)
		}
		// The term is not in the English: the finding has no English
		// match, so that no printer underlines English text as if it
		// were the term.
		tm.out.add(Finding{
			Pos: ep, Russian: &rp, RussianMatch: m.Text,
			Entry: e.ID, Message: msg,
		})
	}
}

// omissionPos is where the English of omitted link li would go: the start
// of the first English sentence after it, or, at the end of the document,
// the end of the last one before it.
func omissionPos(p *edition.Pair, li int) (texts.Pos, bool) {
	segs := p.Target.Segments
	for k := li + 1; k < len(p.Links); k++ {
		if t := p.Links[k].Target; len(t) > 0 {
			if i := t[0]; i >= 0 && i < len(segs) {
				return targetOf(p).pos(&segs[i], 0), true
			}
			break
		}
	}
	for k := li - 1; k >= 0; k-- {
		if t := p.Links[k].Target; len(t) > 0 {
			if i := t[len(t)-1]; i >= 0 && i < len(segs) {
				return targetOf(p).pos(&segs[i], len(segs[i].Text)), true
			}
			break
		}
	}
	return texts.Pos{}, false
}

// nearSegments returns the English segments of a link's target with the
// one just before and just after it in the same paragraph.
func nearSegments(p *edition.Pair, target []int) []*texts.Segment {
	segs := p.Target.Segments
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

// renderCount is how many times a segment renders the entry: the
// glossary's matches of it (a forbidden rendering counts: term-forbidden
// reports it), or, when more, the places a rendering or the
// transliteration stands as a word, inside a hyphenated compound too
// (Andong-Pyongyang).
func (x *index) renderCount(seg *texts.Segment, e *glossary.Entry) int {
	matched := 0
	for _, m := range x.matchEnglish(seg) {
		if m.Entry == e {
			matched++
		}
	}
	lower := x.segLower(seg)
	var spans [][2]int
	add := func(w string) {
		for _, at := range lex.WordIndexes(lower, w) {
			spans = append(spans, [2]int{at, at + len(w)})
		}
	}
	for _, w := range x.renderWords(e) {
		add(w)
	}
	// A name rendered in another spelling of the glossary's (Inch'on for
	// Inch'ŏn) is rendered: name-variant says how it is misspelt.
	spelt := 0
	if keys := x.renderKeys[e]; len(keys) > 0 {
		for _, w := range x.words(seg.Text) {
			if keys[x.key(stripPossessive(w.Text))] {
				spelt++
			}
		}
	}
	return max(matched, disjoint(spans), spelt)
}

// disjoint counts the spans that do not overlap one counted before, in
// order of start.
func disjoint(spans [][2]int) int {
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Or(a[0]-b[0], b[1]-a[1]) })
	n, end := 0, -1
	for _, s := range spans {
		if s[0] >= end {
			n++
			end = s[1]
		}
	}
	return n
}
