package suggest

import (
	"strings"

	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

// An English word capitalised in the texts is not always a name: a
// demonym (Chinese, Korean), a compass point (South, North-eastern), or
// an ordinary word capitalised in a title (Workers' Party) are English
// words the editor has no choice about. They are not suggested.

var demonyms = lex.Set(`chinese korean koreans american americans soviet russian russians japanese english british
	french german germans mongolian manchurian asian european western eastern northern southern`)

var compassPoints = lex.Set(`north south east west northeast northwest southeast southwest
	north-east north-west south-east south-west north-eastern north-western south-eastern south-western`)

// plainEnglish reports whether a suggested English name is one word that
// is a demonym, a compass point, or written in lower case elsewhere in
// the English texts (Workers, workers).
func (s *suggester) plainEnglish(name string) bool {
	if strings.Contains(name, " ") || isAbbreviation(name) {
		return false
	}
	l := strings.ToLower(englishNameKey(name))
	if demonyms[l] || compassPoints[l] {
		return true
	}
	parts := strings.Split(l, "-")
	if len(parts) > 1 && compassPoints[parts[0]] {
		return true // South-eastern
	}
	return s.lowerEnglish[l]
}

// looseKey folds what texts.MatchKey keeps apart in a name transliterated
// from Russian against its usual English spelling: the soft vowels after
// a consonant (politbiuro, Politburo) and the aspirated чх of Korean names
// (Инчхон, inchhon; Inch'on, inchon).
func looseKey(s string) string {
	k := strings.ReplaceAll(texts.MatchKey(s), "chh", "ch")
	var b strings.Builder
	rs := []rune(k)
	for i, r := range rs {
		if (r == 'i' || r == 'y') && i > 0 && i+1 < len(rs) && !strings.ContainsRune("aeiouy", rs[i-1]) && strings.ContainsRune("aeou", rs[i+1]) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
