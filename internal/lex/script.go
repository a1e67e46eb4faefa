package lex

import "unicode"

// HasCyrillic reports whether w has a Cyrillic letter.
func HasCyrillic(w string) bool {
	for _, r := range w {
		if r >= 0x80 && unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}
