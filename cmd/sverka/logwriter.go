package main

import (
	"bytes"
	"io"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/term"
)

// logWriter guards standard error, which a CI runner reads as a log: the
// control characters of every line are escaped (term.Printable, line
// breaks aside), and a line that would begin with "::", a GitHub workflow
// command, begins with a backslash instead. Names and texts in messages
// are made Printable where they are written; this is the net under them,
// for a message that quotes its input some other way.
type logWriter struct {
	w         io.Writer
	lineStart bool
	pending   []byte // the start of a character cut by the end of a Write
}

func newLogWriter(w io.Writer) *logWriter { return &logWriter{w: w, lineStart: true} }

func (l *logWriter) Write(p []byte) (int, error) {
	n := len(p)
	if len(l.pending) > 0 {
		p = append(l.pending, p...)
		l.pending = nil
	}
	var out []byte
	for len(p) > 0 {
		line, rest, found := bytes.Cut(p, []byte{'\n'})
		if !found {
			// Keep a character cut in two for the next Write.
			if k := incompleteTail(line); k > 0 {
				l.pending = append([]byte(nil), line[len(line)-k:]...)
				line = line[:len(line)-k]
			}
		}
		if l.lineStart && bytes.HasPrefix(line, []byte("::")) {
			out = append(out, '\\')
		}
		out = append(out, term.Printable(string(line))...)
		l.lineStart = len(line) == 0 && l.lineStart
		if !found {
			break
		}
		out = append(out, '\n')
		l.lineStart = true
		p = rest
	}
	if _, err := l.w.Write(out); err != nil {
		return 0, err
	}
	return n, nil
}

// incompleteTail returns the length of a UTF-8 sequence begun but not
// finished at the end of b.
func incompleteTail(b []byte) int {
	for k := 1; k <= 3 && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < 0x80 {
			return 0
		}
		if c >= 0xC0 { // a leading byte
			if utf8.FullRune(b[len(b)-k:]) {
				return 0
			}
			return k
		}
	}
	return 0
}
