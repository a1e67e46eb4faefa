// Package term holds the one sanitiser of text bound for a terminal or a
// CI log: every file name, sentence and term sverka writes there from its
// inputs goes through Printable.
package term

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Printable returns s with every control character written as an escape,
// for a text from an input shown on a terminal or in a CI log: C0
// characters (line feed and tab included: "\n", "\t"), DEL, the C1
// characters (U+009B is a terminal's CSI, as ESC [ is), and each byte that
// is not UTF-8 ("\x9b"). A file name or a sentence can then neither move the
// cursor, retitle the window or clear the screen, nor start a line of its
// own that a CI runner would read as a command. s comes back unchanged
// when it has none of them.
func Printable(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if needsEscape(r, n) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case !needsEscape(r, n):
			b.WriteString(s[i : i+n])
		case r == utf8.RuneError:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += n
	}
	return b.String()
}

// IsTerminalControl reports the characters Printable escapes: C0, DEL and
// C1.
func IsTerminalControl(r rune) bool {
	return r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f
}

func needsEscape(r rune, size int) bool {
	return IsTerminalControl(r) || r == utf8.RuneError && size == 1
}

// PrintableLines is Printable for each line of s, the line feeds between
// them kept: for a cell or a message whose lines are its own.
func PrintableLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = Printable(l)
	}
	return strings.Join(lines, "\n")
}
