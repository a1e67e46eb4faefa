package main

import (
	"os"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// readCollection reads and parses a file; "-" reads standard input.
func readCollection(io *IO, file string, opts texts.Options) (*texts.Collection, error) {
	if file == "-" {
		return texts.Read("<stdin>", io.In, opts)
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, &inputError{file: file, err: unwrapPathError(err)}
	}
	defer f.Close()
	return texts.Read(file, f, opts)
}

// readDocuments reads FILE or FILE#ID and returns the collection and the
// documents named: all of them, or the one with the id.
func readDocuments(io *IO, spec string, opts texts.Options) (*texts.Collection, []*texts.Document, error) {
	file, id := edition.SplitDocSpec(spec)
	if id == "" && file != spec {
		return nil, nil, usagef("%s: empty document id after '#': name one as FILE#ID", spec)
	}
	c, err := readCollection(io, file, opts)
	if err != nil {
		return nil, nil, err
	}
	return edition.SelectDocuments(c, id)
}

// inputError is a file that cannot be opened.
type inputError struct {
	file string
	err  error
}

func (e *inputError) Error() string { return e.file + ": " + e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

// unwrapPathError drops the operation and path an *os.PathError repeats,
// for messages that name the file themselves.
func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
