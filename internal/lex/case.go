package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lower is strings.ToLower, without its case-table look-ups for the words
// the checks see by the hundred thousand: a word in lower-case Latin or
// Cyrillic letters comes back as it is, and one with capitals among the
// basic Latin and Russian letters only is lowered byte by byte.
func Lower(w string) string {
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

// FirstUpper reports whether w begins with a capital.
func FirstUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// IsAllCaps reports whether every letter of w is a capital, and w has one
// (a telegram surname: LAVRENTYEV).
func IsAllCaps(w string) bool {
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
