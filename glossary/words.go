package glossary

import (
	"strings"
	"unicode/utf8"

	"github.com/kljensen/snowball/russian"
	"github.com/sverka/sverka/internal/lex"
)

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
	if r, n := utf8.DecodeRuneInString(gap); n == len(gap) && lex.IsHyphen(r) {
		return gapHyphen
	}
	return gap
}

// FoldRussian lower-cases a word and folds ё into е, as the stemmer wants.
func FoldRussian(w string) string {
	w = lex.Lower(w)
	if strings.ContainsRune(w, 'ё') {
		w = strings.ReplaceAll(w, "ё", "е")
	}
	return w
}

// StemRussian is the Snowball stem of a Russian word with ё folded to е:
// the one stemming of the package, for matching terms and for the checks.
func StemRussian(w string) string {
	return russian.Stem(FoldRussian(w), true)
}

// foldEnglish lower-cases a word and writes apostrophes one way.
func foldEnglish(w string) string {
	w = lex.Lower(w)
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
