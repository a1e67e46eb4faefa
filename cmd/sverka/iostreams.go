package main

import (
	"bytes"
	"io"
	"os"
)

// IO is where a command reads and writes; tests pass buffers.
type IO struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	OutTTY bool // stdout is a terminal: colour is allowed
	ErrTTY bool // stderr is a terminal: progress is allowed
	// Color is true when colour may be written to Out.
	Color bool
	// progressErr is standard error unguarded, for the progress bar's
	// carriage returns and erase-line escapes (see logWriter).
	progressErr io.Writer
}

func newSystemIO() *IO {
	outTTY := isTerminal(os.Stdout)
	return &IO{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		OutTTY: outTTY, ErrTTY: isTerminal(os.Stderr),
		Color: outTTY && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb",
	}
}

// newTestIO returns an IO over buffers, with stdin reading in.
func newTestIO(in string) (*IO, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &IO{In: bytes.NewBufferString(in), Out: &out, Err: &errb}, &out, &errb
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	return fi.Mode()&os.ModeCharDevice != 0
}

// progressTo is where the progress bar draws: standard error as it is.
func (s *IO) progressTo() io.Writer {
	if s.progressErr != nil {
		return s.progressErr
	}
	return s.Err
}
