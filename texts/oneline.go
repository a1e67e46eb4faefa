package texts

import (
	"strings"
	"unicode"
)

// OneLine folds every run of whitespace, control characters included, into
// one space, for
// a text written on one line of a table or a message.
func OneLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
