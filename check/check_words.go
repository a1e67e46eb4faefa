package check

import (
	"strings"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/lex"
)

// isGlossApostrophe reports the characters written for an apostrophe or a
// soft sign in a gloss: beside lex.IsApostrophe's, the prime ʹ of ALA-LC with
// diacritics and the opening quote typists use.
func isGlossApostrophe(r rune) bool {
	return lex.IsApostrophe(r) || r == 'ʹ' || r == '‘'
}

// stripPossessive removes an English possessive ending: MATVEYEV'S.
func stripPossessive(w string) string {
	if w == "" {
		return w
	}
	switch w[len(w)-1] {
	case 's', 'S', '\'', 0x99: // 0x99 ends ’ in UTF-8
	default:
		return w // most words: no possessive
	}
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return w[:len(w)-len(suf)]
		}
	}
	if strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
		return strings.TrimRightFunc(w, isGlossApostrophe)
	}
	return w
}

// spelling is a word as a spelling of a name: case and possessive do not
// count (STALIN and Stalin are one spelling; telegrams capitalise
// surnames).
func spelling(w string) string { return lex.Lower(stripPossessive(w)) }

// levenshtein is the Levenshtein distance between two strings, by runes
// (by bytes when both are ASCII, as matching keys mostly are).
func levenshtein(a, b string) int {
	if isASCII(a) && isASCII(b) {
		return levenshteinOf([]byte(a), []byte(b))
	}
	return levenshteinOf([]rune(a), []rune(b))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func levenshteinOf[T byte | rune](ra, rb []T) int {
	var buf [2 * 64]int
	var prev, cur []int
	if len(rb) < 64 {
		prev, cur = buf[:len(rb)+1], buf[64:64+len(rb)+1]
	} else {
		prev, cur = make([]int, len(rb)+1), make([]int, len(rb)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// casedLike returns s in the case style of model: all capitals for a
// telegram surname, else as s is.
func casedLike(s, model string) string {
	if lex.IsAllCaps(model) && utf8.RuneCountInString(model) > 1 {
		return strings.ToUpper(s)
	}
	return s
}
