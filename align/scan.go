package align

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/sverka/sverka/internal/input"
)

// maxLineBytes is the longest line the line readers accept. A dictionary or
// links file has short lines; a longer one is almost surely not such a file,
// but one long line (a file without line breaks) must still be named in the
// error rather than fail as "token too long".
const maxLineBytes = 64 << 20

// newLineScanner reads lines of up to maxLineBytes.
func newLineScanner(r io.Reader) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLineBytes)
	return sc
}

// scanError names the file, and for a line too long the line, of a
// scanner's error; last is the number of the last line read.
func scanError(name string, last int, err error) error {
	if errors.Is(err, bufio.ErrTooLong) {
		return fmt.Errorf("%s:%d: line too long (more than %d MiB)", name, last+1, maxLineBytes>>20)
	}
	return fmt.Errorf("%s: %w", name, err)
}

// scanLines is the line loop of the line readers (links, word pairs): it
// calls each for every line of r that is not blank, trimmed, with its
// number, after dropping a byte order mark at the start. An error from each
// is given the file and line.
func scanLines(name string, r io.Reader, each func(s string, line int) error) error {
	sc := newLineScanner(input.Limit(r, input.MaxText))
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		s := strings.TrimSpace(text)
		if s == "" {
			continue
		}
		if err := each(s, line); err != nil {
			return fmt.Errorf("%s:%d: %v", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return scanError(name, line, err)
	}
	return nil
}
