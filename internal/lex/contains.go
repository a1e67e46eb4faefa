package lex

import (
	"strings"
	"unicode/utf8"
)

// ContainsWord reports whether s contains w with no letter or digit
// either side: hyphens and brackets count as boundaries.
func ContainsWord(s, w string) bool {
	return len(WordIndexes(s, w)) > 0
}

// WordIndexes returns where s contains w with no letter or digit either
// side.
func WordIndexes(s, w string) []int {
	if w == "" {
		return nil
	}
	var out []int
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return out
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(w):])
		if !inWord(before) && !inWord(after) {
			out = append(out, j)
		}
		i = j + 1
	}
}

// inWord reports whether r, found beside a match, would continue a word.
func inWord(r rune) bool { return r != utf8.RuneError && IsWordRune(r) }
