package glossary

import (
	"strings"

	"github.com/sverka/sverka/texts"
)

// targetLinks maps each English segment index of a pair to the index of
// its link, or -1.
func targetLinks(p *Pair) []int {
	out := make([]int, len(p.English.Doc.Segments))
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
	textWord
	Seg *texts.Segment
}

// russianWordsFor returns the Cyrillic words of the Russian sentences
// aligned with English segment k; with no alignment, of the whole
// original.
func russianWordsFor(p *Pair, links []int, k int) []russianWord {
	if p.Russian == nil || p.Russian.Doc == nil {
		return nil
	}
	segs := p.Russian.Doc.Segments
	var idx []int
	switch {
	case len(p.Links) == 0:
		for i := range segs {
			idx = append(idx, i)
		}
	case k < len(links) && links[k] >= 0:
		idx = p.Links[links[k]].Source
	}
	var out []russianWord
	for _, i := range idx {
		if i < 0 || i >= len(segs) {
			continue
		}
		seg := &segs[i]
		for _, w := range splitWords(seg.Text) {
			if isCyrillicWord(w.Text) {
				out = append(out, russianWord{w, seg})
			}
		}
	}
	return out
}

// canonGloss puts a transliteration in the form glosses are compared in:
// lower case, one apostrophe for the soft sign.
func canonGloss(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Map(func(r rune) rune {
		if isApostropheRune(r) {
			return '\''
		}
		return r
	}, s)
}

// glossedWord finds the Russian word a transliteration gloss renders among
// candidates: the word whose transliteration, or whose stem's, is closest
// to the gloss once spelling variants are folded. ok is false when none is
// close enough.
func glossedWord(gloss string, cands []russianWord, scheme texts.Scheme) (russianWord, bool) {
	gk := variantKey(gloss)
	if len(gk) < 3 {
		return russianWord{}, false
	}
	best, bestScore := -1, 1.0
	for i, w := range cands {
		wk := variantKey(texts.Transliterate(strings.ToLower(w.Text), scheme))
		sk := variantKey(texts.Transliterate(stemRU(w.Text), scheme))
		score := float64(levenshtein(gk, wk)) / float64(max(len(gk), len(wk)))
		if len(sk) >= 4 && strings.HasPrefix(gk, sk) && len(gk)-len(sk) <= 3 {
			score = min(score, 0.05)
		} else if len(sk) >= 4 && len(gk) >= len(sk) {
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

// entryTranslit is the transliteration an entry's gloss should show: the
// one the glossary gives, else its first Russian term in the scheme.
func entryTranslit(e *Entry, scheme texts.Scheme) string {
	if e.Translit != "" {
		return e.Translit
	}
	if len(e.Russian) == 0 {
		return ""
	}
	ru := e.Russian[0]
	if e.Kind == Term || e.Kind == "" {
		ru = strings.ToLower(ru)
	}
	return texts.Transliterate(ru, scheme)
}
