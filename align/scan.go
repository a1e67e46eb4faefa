package align

import (
	"bufio"
	"errors"
	"fmt"
	"io"
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
