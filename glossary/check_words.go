package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/russian"
	"golang.org/x/text/unicode/norm"

	"github.com/sverka/sverka/texts"
)

// textWord is a word of a text with its byte offsets.
type textWord struct {
	Text       string
	Start, End int
}

// isApostropheRune reports the characters typists use for an apostrophe or a
// soft sign in transliteration.
func isApostropheRune(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʹ' || r == 'ʼ' || r == '‘'
}

func isHyphenRune(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// words splits s into words: letters and digits, with apostrophes and
// hyphens kept inside a word (P'UNGGI, HÓN-YÓNG, storm-fright) and
// combining marks kept with their letter. Unicode-aware, unlike regexp \b.
func splitWords(s string) []textWord {
	var out []textWord
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if !inWord && start >= 0 && (isApostropheRune(r) || isHyphenRune(r)) {
			// Inside a word only when a letter follows.
			if next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):]); unicode.IsLetter(next) {
				inWord = true
			}
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, textWord{s[start:i], start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, textWord{s[start:], start, len(s)})
	}
	return out
}

// isCapitalised reports whether a word starts with an upper-case letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether every letter of w is upper case (a telegram
// surname: LAVRENTYEV).
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// stripPossessive removes an English possessive ending: MATVEYEV'S.
func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return w[:len(w)-len(suf)]
		}
	}
	if strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
		return strings.TrimRightFunc(w, isApostropheRune)
	}
	return w
}

// spelling is a word as a spelling of a name: case and possessive do not
// count (STALIN and Stalin are one spelling; telegrams capitalise
// surnames).
func spelling(w string) string { return strings.ToLower(stripPossessive(w)) }

// stripMarks removes combining marks after decomposition: Hón → Hon.
// Cyrillic is transliterated first, so й does not turn into и.
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var (
	foldPairs  = strings.NewReplacer("kh", "h", "ts", "c", "tz", "c", "yo", "io", "ye", "e", "ya", "ia", "yu", "iu", "y", "i")
	foldVowels = strings.NewReplacer("iie", "e", "ie", "e", "ii", "i")
)

// variantKey folds the spellings one name takes across schemes, typists
// and web copies into one key: texts.MatchKey, then the folds this package
// relies on whatever MatchKey does (diacritics, apostrophes, hyphens,
// y/i, ye/e, ia/ya, kh/h, -skii/-sky).
func variantKey(s string) string {
	s = texts.Transliterate(s, texts.ALALC)
	s = stripMarks(strings.ToLower(s))
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	k := foldVowels.Replace(foldPairs.Replace(b.String()))
	if mk := texts.MatchKey(k); mk != "" {
		k = foldVowels.Replace(foldPairs.Replace(stripMarks(strings.ToLower(mk))))
	}
	return k
}

// stemRU stems a Russian word with ё folded to е.
func stemRU(w string) string {
	w = strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(w, "ё", "е"), "Ё", "Е"))
	return russian.Stem(w, true)
}

// isCyrillicWord reports whether w has a Cyrillic letter.
func isCyrillicWord(w string) bool {
	for _, r := range w {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

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
	if isAllCaps(model) && utf8.RuneCountInString(model) > 1 {
		return strings.ToUpper(s)
	}
	return s
}
