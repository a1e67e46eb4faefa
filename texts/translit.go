package texts

import (
	"strings"
	"unicode"
)

// Scheme is a romanisation scheme for Russian.
type Scheme string

const (
	ALALC   Scheme = "ala-lc"  // ALA-LC without diacritics: авиабоязнь → aviaboiazn', Василевский → Vasilevskii
	BGN     Scheme = "bgn"     // BGN/PCGN
	ISO9    Scheme = "iso9"    // ISO 9:1995
	Popular Scheme = "popular" // newspaper style: Shtykov, Matveyev, Beriya, Vasilevsky
)

// SKELETON: ALA-LC only.
var alalc = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "\"", 'ы': "y", 'ь': "'", 'э': "e", 'ю': "iu", 'я': "ia",
}

// Transliterate romanises the Cyrillic letters of s with the scheme and
// leaves everything else as it is.
func Transliterate(s string, scheme Scheme) string {
	var b strings.Builder
	for _, r := range s {
		lower := unicode.ToLower(r)
		t, ok := alalc[lower]
		if !ok {
			b.WriteRune(r)
			continue
		}
		if lower != r && t != "" {
			t = strings.ToUpper(t[:1]) + t[1:]
		}
		b.WriteString(t)
	}
	return b.String()
}

// MatchKey folds the variants one name takes across schemes and typists
// (y/i, ia/ya, -skii/-sky, apostrophes, diacritics) into one key, so that two
// spellings of a name compare equal.
//
// SKELETON: lower case, letters only.
func MatchKey(s string) string {
	s = Transliterate(s, ALALC)
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
