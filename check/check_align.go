package check

import (
	"strings"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

// targetLinks maps each English segment index of a pair to the index of
// its link, or -1.
func targetLinks(p *edition.Pair) []int {
	out := make([]int, len(p.Target.Segments))
	for i := range out {
		out[i] = -1
	}
	for li, l := range p.Links {
		for _, t := range l.Target {
			if t >= 0 && t < len(out) {
				out[t] = li
			}
		}
	}
	return out
}

// russianWord is a word of the original with its segment.
type russianWord struct {
	lex.Word
	Seg *texts.Segment
}

type glossRef struct {
	link  linkRef
	gloss string
}

type glossedResult struct {
	w  russianWord
	ok bool
}

// russianWordsFor returns the Cyrillic words of the Russian sentences
// aligned with English segment k; with no alignment, of the whole
// original. Several rules ask for the same link: the words are split once.
func (x *index) russianWordsFor(p *edition.Pair, links []int, k int) []russianWord {
	if p.Source == nil {
		return nil
	}
	li := -1
	if len(p.Links) > 0 {
		if k >= len(links) || links[k] < 0 {
			return nil
		}
		li = links[k]
	}
	return x.linkRussianWords(p, li)
}

// linkRef names one link of a pair (-1: the whole original).
type linkRef struct {
	doc  *texts.Document
	link int
}

func (x *index) russianWordsOf(p *edition.Pair, li int) []russianWord {
	segs := p.Source.Segments
	var idx []int
	if li < 0 {
		for i := range segs {
			idx = append(idx, i)
		}
	} else {
		idx = p.Links[li].Source
	}
	n := 0
	for _, i := range idx {
		if i >= 0 && i < len(segs) {
			n += len(x.words(segs[i].Text))
		}
	}
	out := make([]russianWord, 0, n)
	for _, i := range idx {
		if i < 0 || i >= len(segs) {
			continue
		}
		seg := &segs[i]
		for _, w := range x.words(seg.Text) {
			if lex.HasCyrillic(w.Text) {
				out = append(out, russianWord{w, seg})
			}
		}
	}
	return out
}

// canonGloss puts a transliteration in the form glosses are compared in:
// lower case, one apostrophe for the soft sign.
func canonGloss(s string) string {
	s = lex.Lower(strings.TrimSpace(s))
	return strings.Map(func(r rune) rune {
		if isGlossApostrophe(r) {
			return '\''
		}
		return r
	}, s)
}

// glossedWord finds the Russian word a transliteration gloss renders among
// candidates: the word whose transliteration, or whose stem's, is closest
// to the gloss once spelling variants are folded. ok is false when none is
// close enough.
func (x *index) glossedWord(gloss string, cands []russianWord) (russianWord, bool) {
	gk := x.key(gloss)
	if len(gk) < 3 {
		return russianWord{}, false
	}
	best, bestScore := -1, 1.0
	for i, w := range cands {
		rk := x.russianKeys(w.Text)
		wk, sk := rk.word, rk.stem
		if wk == "" || wk[0] != gk[0] {
			continue // a gloss starts as its word does
		}
		// The distance is at least the difference in length: skip words
		// that cannot come close.
		longest := float64(max(len(gk), len(wk)))
		score := float64(abs(len(gk)-len(wk))) / longest
		if score <= 0.34 {
			score = float64(levenshtein(gk, wk)) / longest
		}
		if len(sk) >= 4 && strings.HasPrefix(gk, sk) && len(gk)-len(sk) <= 3 {
			score = min(score, 0.05)
		} else if len(sk) >= 4 && len(gk) >= len(sk) && score > 0.1 {
			score = min(score, 0.1+float64(levenshtein(gk[:len(sk)], sk))/float64(len(sk)))
		}
		if score < bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 || bestScore > 0.34 {
		return russianWord{}, false
	}
	return cands[best], true
}

// russianKeys are the matching keys of a Russian word's transliteration
// and of its stem's.
type russianKeys struct{ word, stem, name string }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
