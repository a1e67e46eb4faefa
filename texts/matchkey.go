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
//     û → iu, â → ia), and its j for й after a vowel is i (Vasilevskij);
//   - ё written yo after a consonant or at the start of a word is e
//     (Fyodor, Fedor; see writeFoldedWord);
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
	if !isASCIIString(s) {
		// ASCII has no ISO 9 letter and is its own NFD: most keys, made
		// from transliterations, skip both passes.
		b.Grow(len(s))
		for _, r := range s {
			if d, ok := iso9Digraphs[r]; ok {
				b.WriteString(d)
				continue
			}
			b.WriteRune(r)
		}
		s = norm.NFD.String(b.String())
		b.Reset()
	}
	// Drop the marks and everything that is not a letter or a digit,
	// folding ISO 9's j and the popular yo word by word.
	var word []rune
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word = append(word, r)
		case unicode.Is(unicode.Mn, r) || isApostropheLike(r):
			// inside the word: Lavrent'yev, Ob"em
		default:
			writeFoldedWord(&b, word)
			word = word[:0]
		}
	}
	writeFoldedWord(&b, word)
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

// writeFoldedWord writes a word's letters with two spellings of one letter
// folded, where the word around them tells them apart from other letters:
//
//   - j after a vowel is ISO 9's й: Majskij is Maiskii (a j elsewhere is
//     kept: Kim Jong; word-initial й, Joškar, is rare in names);
//   - yo after a consonant or starting a word is e: the popular style
//     writes ё yo where ALA-LC writes e (Fyodor and Fedor, Khrushchyov and
//     Khrushchev, Yolkin and Elkin agree). A word-initial io is e too, so
//     that й and о, Yoshkar and ALA-LC's Ioshkar, still agree; and a Korean
//     syllable keeps one key joined or apart (Honyong, Hon-Yong). After a
//     vowel yo is й and о (Mayor, Maior) and stays.
func writeFoldedWord(b *strings.Builder, w []rune) {
	for i := 0; i < len(w); i++ {
		r := w[i]
		nextO := i+1 < len(w) && w[i+1] == 'o'
		switch {
		case r == 'j' && i > 0 && isLatinVowel(w[i-1]):
			r = 'i'
		case r == 'y' && nextO && (i == 0 || isLatinConsonant(w[i-1])),
			r == 'i' && nextO && i == 0:
			r = 'e'
			i++
		}
		b.WriteRune(r)
	}
}

func isLatinVowel(r rune) bool { return strings.ContainsRune("aeiouy", r) }

func isLatinConsonant(r rune) bool { return r >= 'a' && r <= 'z' && !isLatinVowel(r) }

// isApostropheLike reports the signs written inside a romanised word for ь
// and ъ, and the apostrophes of Korean romanisation: they go from the key
// without ending the word.
func isApostropheLike(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '"', '`', '´':
		return true
	}
	return false
}

var iso9Digraphs = map[rune]string{
	'š': "sh", 'č': "ch", 'ž': "zh", 'ŝ': "shch", 'û': "iu", 'â': "ia",
	'ʹ': "", 'ʺ': "", 'è': "e",
}

// tsFolder makes kh and h one letter, and ts, tz and ISO 9's c (ц) another.
var tsFolder = strings.NewReplacer("kh", "h", "ts", "c", "tz", "c")

func hasCyrillic(s string) bool {
	for _, r := range s {
		if r >= 0x80 && unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
