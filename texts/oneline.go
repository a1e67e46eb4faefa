package texts

import (
	"strings"
	"unicode"
)

// OneLine folds every run of whitespace, control characters included, into
// one space and trims both ends, for a text written on one line of a
// table or a message.
func OneLine(s string) string { return strings.Trim(FoldSpace(s), " ") }

// FoldSpace turns every run of whitespace and control characters into one
// space, keeping a space at either end where there was one (unlike
// OneLine), for pieces of a line.
func FoldSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
