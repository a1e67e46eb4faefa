package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/sverka/sverka/internal/term"
)

// Bounds on what is read, by kind of file. Archival texts are a few
// megabytes; the bounds are far above any real file and far below what
// would exhaust a CI runner.
const (
	// MaxText bounds a text (a collection of documents) and a TBX file,
	// which is read as a stream.
	MaxText = 256 << 20
	// MaxData bounds a glossary, an alignment, a baseline or a gold file:
	// data that is parsed whole into a tree or a table.
	MaxData = 64 << 20
	// MaxConfig bounds a sverka.yaml and a boilerplate file.
	MaxConfig = 1 << 20
)

// Error is a file that cannot be read: it names the file, never quotes
// what is in it.
type Error struct {
	File string
	Err  error
}

func (e *Error) Error() string { return term.Printable(e.File) + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// ErrNotRegular is a path naming a device, a pipe, a socket or a folder.
var ErrNotRegular = errors.New("not a regular file (a device, a pipe or a folder?): refused; give - to read standard input")

// TooLargeError is a file past its bound.
type TooLargeError struct{ Max int64 }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("larger than %s: not a file sverka reads", size(e.Max))
}

func size(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// Open opens the regular file at name for a reader that streams it (and
// bounds what it reads itself, or with Limit). Symbolic links are
// followed; what they lead to must be a regular file.
func Open(name string) (*os.File, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, &Error{File: name, Err: UnwrapPath(err)}
	}
	if !fi.Mode().IsRegular() {
		return nil, &Error{File: name, Err: ErrNotRegular}
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, &Error{File: name, Err: UnwrapPath(err)}
	}
	// The name may have been swapped for a pipe between the two calls.
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return nil, &Error{File: name, Err: ErrNotRegular}
	}
	return f, nil
}

// ReadFile reads the regular file at name, up to max bytes.
func ReadFile(name string, max int64) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := ReadAll(f, max)
	if err != nil {
		return nil, &Error{File: name, Err: err}
	}
	return b, nil
}

// ReadAll reads r to its end, up to max bytes. The buffer is sized at
// once when r knows its size (a file, a strings.Reader); a reader of
// unknown size (a pipe, a device) is given up at its first block when that
// holds a run of NUL bytes that no text, not even UTF-16, has.
func ReadAll(r io.Reader, max int64) ([]byte, error) {
	size := int64(0)
	switch v := r.(type) {
	case interface{ Len() int }:
		size = int64(v.Len())
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
	}
	if size > max {
		return nil, &TooLargeError{Max: max}
	}
	if size <= 0 {
		return readStream(r, max)
	}
	b := make([]byte, 0, size+1) // +1: room to see EOF without growing
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if int64(len(b)) > max {
			return nil, &TooLargeError{Max: max}
		}
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // the file grew: let append find room
		}
	}
}

// ErrBinary is a stream whose first block holds a run of NUL bytes.
var ErrBinary = errors.New("binary file (NUL bytes)")

func readStream(r io.Reader, max int64) ([]byte, error) {
	var b []byte
	buf := make([]byte, 64<<10)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			if len(b) == 0 && bytes.Contains(buf[:n], []byte{0, 0, 0, 0}) {
				return nil, ErrBinary
			}
			b = append(b, buf[:n]...)
			if int64(len(b)) > max {
				return nil, &TooLargeError{Max: max}
			}
		}
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// Limit returns a reader that reads at most max bytes of r and then fails
// with a TooLargeError, for a parser that streams (TBX).
func Limit(r io.Reader, max int64) io.Reader {
	return &limitReader{r: r, left: max, max: max}
}

type limitReader struct {
	r         io.Reader
	left, max int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.left < 0 {
		return 0, &TooLargeError{Max: l.max}
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return 0, &TooLargeError{Max: l.max}
	}
	return n, err
}

// UnwrapPath drops the operation and path an *fs.PathError repeats, for
// messages that name the file themselves; other errors pass unchanged.
func UnwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
