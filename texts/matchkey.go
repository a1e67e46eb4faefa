package texts

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// MatchKey folds the variants one name takes across schemes and typists into
// one key, so that two spellings of a name compare equal:
//
//   - Cyrillic is romanised first (ALA-LC), so that й is never taken for и
//     with a mark;
//   - case, diacritics (ŏ, ó, ë, č ...) and apostrophes of every shape go;
//   - ISO 9 letters are spelled as digraphs (š → sh, č → ch, ž → zh, ŝ → shch,
//     û → iu, â → ia);
//   - kh and h are one letter, so are ts, tz and c (ISO 9's ц), and y and i;
//     ie is e, and ii is i:
//     so Lavrentyev, Lavrentiev, Lavrent'ev and ЛАВРЕНТЬЕВ agree, and so do
//     Vasilevskii, Vasilevskiy, Vasilevsky and Vasilevski;
//   - hyphens, spaces and punctuation go: Pak Hon-Yong, PAK HÓN-YÓNG and
//     Pak Hon Yong give one key.
//
// The key is for comparing, never for showing. Distinct names can share a key
// (Maria and Mariya are meant to; Khan and Han are too).
func MatchKey(s string) string {
	if hasCyrillic(s) {
		s = Transliterate(s, ALALC)
	}
	s = strings.ToLower(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if d, ok := iso9Digraphs[r]; ok {
			b.WriteString(d)
			continue
		}
		b.WriteRune(r)
	}
	// Decompose and drop the marks and everything that is not a letter or a
	// digit.
	s = norm.NFD.String(b.String())
	b.Reset()
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	s = b.String()
	// In this order: y → i first makes ye, yi and iy plain i-sequences, so
	// Dmitriyevich and Dmitrievich fold alike.
	s = tsFolder.Replace(s)
	s = strings.ReplaceAll(s, "y", "i")
	for strings.Contains(s, "ii") {
		s = strings.ReplaceAll(s, "ii", "i")
	}
	return strings.ReplaceAll(s, "ie", "e")
}

var iso9Digraphs = map[rune]string{
	'š': "sh", 'č': "ch", 'ž': "zh", 'ŝ': "shch", 'û': "iu", 'â': "ia",
	'ʹ': "", 'ʺ': "", 'è': "e",
}

// tsFolder makes kh and h one letter, and ts, tz and ISO 9's c (ц) another.
var tsFolder = strings.NewReplacer("kh", "h", "ts", "c", "tz", "c")

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}
