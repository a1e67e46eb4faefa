package glossary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/russian"
)

// wordSpan is a word of a text and its byte offsets.
type wordSpan struct {
	Start, End int
	Text       string
}

// scanWordSpans splits s into words: runs of letters, digits and combining
// marks, with an apostrophe between two letters kept inside the word
// (Dal'nii, Lavrentyev's), and a hyphen too when joinHyphens is set
// (Хон-Ен, storm-fright as one word). It works on runes, not on regexp \b,
// which knows only ASCII letters.
func scanWordSpans(s string, joinHyphens bool) []wordSpan {
	// Most words are followed by a space: counting spaces is one fast
	// pass and sizes the slice for most sentences without the overshoot
	// a guess from the length in bytes makes in Cyrillic.
	return appendWordSpans(make([]wordSpan, 0, strings.Count(s, " ")+2), s, joinHyphens)
}

// appendWordSpans appends the words of s to out, as scanWordSpans splits
// them: the matchers split into a buffer they use again.
func appendWordSpans(out []wordSpan, s string, joinHyphens bool) []wordSpan {
	start := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && (isApostrophe(r) || joinHyphens && isHyphen(r)) && i+n < len(s) && prevIsLetter(s[:i]) && nextIsLetter(s[i+n:]):
			// stays inside the word
		default:
			if start >= 0 {
				out = append(out, wordSpan{start, i, s[start:i]})
				start = -1
			}
		}
		i += n
	}
	if start >= 0 {
		out = append(out, wordSpan{start, len(s), s[start:]})
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if 'А' <= r && r <= 'я' || r == 'ё' || r == 'Ё' {
		return true // the Russian alphabet, without a table lookup
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// The kinds of gap between two words of a term.
const (
	gapSpace  = " "
	gapHyphen = "-"
)

// gapKind says what separates two words: white space, one hyphen, or
// something else, returned as written.
func gapKind(gap string) string {
	if strings.TrimSpace(gap) == "" && gap != "" {
		return gapSpace
	}
	if r, n := utf8.DecodeRuneInString(gap); n == len(gap) && isHyphen(r) {
		return gapHyphen
	}
	return gap
}

func prevIsLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

func nextIsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// foldRussian lower-cases a word and folds ё into е, as the stemmer wants.
func foldRussian(w string) string {
	w = lowerWord(w)
	if strings.ContainsRune(w, 'ё') {
		w = strings.ReplaceAll(w, "ё", "е")
	}
	return w
}

// stemRussian is the Snowball stem of a Russian word with ё folded to е:
// the one stemming of the package, for matching terms and for the checks.
func stemRussian(w string) string {
	return russian.Stem(foldRussian(w), true)
}

// foldEnglish lower-cases a word and writes apostrophes one way.
func foldEnglish(w string) string {
	w = lowerWord(w)
	if strings.ContainsAny(w, "’ʼ") {
		w = strings.NewReplacer("’", "'", "ʼ", "'").Replace(w)
	}
	return w
}

// appendEnglishBases appends to dst the forms a folded English word may be
// the inflection of: itself, and without a possessive or a plural ending.
// It appends, so the words of a sentence share one backing array.
func appendEnglishBases(dst []string, w string) []string {
	out := append(dst, w)
	if b, ok := strings.CutSuffix(w, "'s"); ok {
		out = append(out, b)
		w = b
	} else if b, ok := strings.CutSuffix(w, "s'"); ok {
		out = append(out, b)
		w = b
	}
	if b, ok := strings.CutSuffix(w, "ies"); ok && len(b) > 1 {
		out = append(out, b+"y")
	}
	if b, ok := strings.CutSuffix(w, "es"); ok && len(b) > 1 {
		out = append(out, b)
	}
	if b, ok := strings.CutSuffix(w, "s"); ok && len(b) > 1 && !strings.HasSuffix(b, "s") {
		out = append(out, b)
	}
	return out
}

func firstRuneUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// runePrefix returns the first n runes of s (all of s when shorter).
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// lowerWord is strings.ToLower, without its case-table look-ups for the
// words the checks see by the hundred thousand: a word in lower-case
// Latin or Cyrillic letters comes back as it is, and one with capitals
// among the basic Latin and Russian letters only is lowered byte by byte.
func lowerWord(w string) string {
	upper := false
	for _, r := range w {
		switch {
		case r < 'A', r > 'Z' && r < 0x80, r >= 'а' && r <= 'я', r == 'ё':
		case r >= 'A' && r <= 'Z', r >= 'А' && r <= 'Я', r == 'Ё':
			upper = true
		default:
			return strings.ToLower(w)
		}
	}
	if !upper {
		return w
	}
	// Every rune is now ASCII or a two-byte Russian letter (D0 or D1
	// first): А-П are D0 90-9F, lowered to D0 B0-BF; Р-Я are D0 A0-AF,
	// lowered to D1 80-8F; Ё is D0 81, lowered to D1 91.
	var b strings.Builder
	b.Grow(len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case c == 0xD0 && i+1 < len(w):
			i++
			switch c2 := w[i]; {
			case c2 >= 0x90 && c2 <= 0x9F:
				b.WriteByte(0xD0)
				b.WriteByte(c2 + 0x20)
			case c2 >= 0xA0 && c2 <= 0xAF:
				b.WriteByte(0xD1)
				b.WriteByte(c2 - 0x20)
			case c2 == 0x81:
				b.WriteByte(0xD1)
				b.WriteByte(0x91)
			default:
				b.WriteByte(c)
				b.WriteByte(c2)
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// wordSet makes a set of the white-space separated words of s: the
// package's word lists are written as one string.
func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
