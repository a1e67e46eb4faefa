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

// CountScripts counts the Latin and the Cyrillic letters of s.
func CountScripts(s string) (latin, cyrillic int) {
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		}
	}
	return latin, cyrillic
}
