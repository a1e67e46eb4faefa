package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is a word of a text and its byte offsets in it.
type Word struct {
	Start, End int
	Text       string
}

// Words splits s into words: runs of letters, digits and combining marks,
// with an apostrophe between two letters kept inside the word (Dal'nii,
// Lavrentyev's), and a hyphen too when joinHyphens is set (Хон-Ен,
// storm-fright as one word). It works on runes, not on regexp \b, which
// knows only ASCII letters.
func Words(s string, joinHyphens bool) []Word {
	// Most words are followed by a space: counting spaces is one fast
	// pass and sizes the slice for most sentences without the overshoot
	// a guess from the length in bytes makes in Cyrillic.
	return AppendWords(make([]Word, 0, strings.Count(s, " ")+2), s, joinHyphens)
}

// AppendWords appends the words of s to out, as Words splits them, so that
// a caller can split into a buffer it uses again.
func AppendWords(out []Word, s string, joinHyphens bool) []Word {
	start := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case IsWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && (IsApostrophe(r) || joinHyphens && IsHyphen(r)) && i+n < len(s) && EndsWithLetter(s[:i]) && StartsWithLetter(s[i+n:]):
			// stays inside the word
		default:
			if start >= 0 {
				out = append(out, Word{start, i, s[start:i]})
				start = -1
			}
		}
		i += n
	}
	if start >= 0 {
		out = append(out, Word{start, len(s), s[start:]})
	}
	return out
}

// IsWordRune reports whether r makes a word: a letter, a digit or a
// combining mark (the marks of a decomposed ŏ or й belong to their letter).
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if 'А' <= r && r <= 'я' || r == 'ё' || r == 'Ё' {
		return true // the Russian alphabet, without a table lookup
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// IsApostrophe reports the apostrophes written inside a word: the ASCII
// one, the typographic ’ and the modifier letter ʼ.
func IsApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// IsHyphen reports the hyphens that join the parts of a word.
func IsHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// EndsWithLetter reports whether the last rune of s is a letter.
func EndsWithLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// StartsWithLetter reports whether the first rune of s is a letter.
func StartsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
