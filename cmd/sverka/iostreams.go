package main

import (
	"bytes"
	"fmt"
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
	// Quiet (-q) silences what a command says on stderr about what it
	// did: files written, summaries, progress. Warnings and errors are
	// still said.
	Quiet bool
	// progressErr is standard error unguarded, for the progress bar's
	// carriage returns and erase-line escapes (see logWriter).
	progressErr io.Writer
}

// Infof says on stderr what the command did, unless -q.
func (io *IO) Infof(format string, args ...any) {
	if !io.Quiet {
		fmt.Fprintf(io.Err, "sverka: "+format+"\n", args...)
	}
}

// Wrote says on stderr that the command wrote the file path, with what it
// holds (detail may be ""), unless -q or path is standard output.
func (io *IO) Wrote(path, detail string) {
	if path == "" || path == "-" {
		return
	}
	if detail != "" {
		io.Infof("wrote %s (%s)", path, detail)
		return
	}
	io.Infof("wrote %s", path)
}

func newSystemIO() *IO {
	outTTY := isTerminal(os.Stdout)
	return &IO{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		OutTTY: outTTY, ErrTTY: isTerminal(os.Stderr),
		Color: colorAllowed(outTTY, os.Getenv),
	}
}

// colorAllowed says whether --color auto colours standard output: on a
// terminal, unless NO_COLOR is set to anything (no-color.org) or the
// terminal is dumb.
func colorAllowed(tty bool, getenv func(string) string) bool {
	return tty && getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
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
