package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/internal/term"
	"github.com/sverka/sverka/texts"
)

// splitDocSpec splits FILE#ID into the file and the document id. A name
// that exists as a file is taken whole, so files with '#' in their names
// still open.
func splitDocSpec(spec string) (file, id string) {
	if _, err := os.Stat(spec); err == nil {
		return spec, ""
	}
	i := strings.LastIndexByte(spec, '#')
	if i < 0 {
		return spec, ""
	}
	return spec[:i], spec[i+1:]
}

// readCollection reads and parses a file; "-" reads standard input. What
// the reading warns of (tracked changes in a Word file read as accepted)
// goes to standard error.
func readCollection(io *IO, file string, opts texts.Options) (*texts.Collection, error) {
	var c *texts.Collection
	var err error
	if file == "-" {
		c, err = texts.Read("<stdin>", io.In, opts)
	} else {
		f, oerr := input.Open(file)
		if oerr != nil {
			return nil, oerr
		}
		defer f.Close()
		c, err = texts.Read(file, f, opts)
	}
	if err == nil {
		warnSource(io, c.Source)
	}
	return c, err
}

// warnSource writes the warnings of reading a file to standard error.
func warnSource(io *IO, src *texts.Source) {
	for _, w := range src.Warnings {
		fmt.Fprintf(io.Err, "%s: warning: %s\n", term.Printable(src.Name), w)
	}
}

// readDocuments reads FILE or FILE#ID and returns the collection and the
// documents named: all of them, or the one with the id.
func readDocuments(io *IO, spec string, opts texts.Options) (*texts.Collection, []*texts.Document, error) {
	file, id := splitDocSpec(spec)
	if id == "" && file != spec {
		return nil, nil, usagef("%s: empty document id after '#': name one as FILE#ID", spec)
	}
	c, err := readCollection(io, file, opts)
	if err != nil {
		return nil, nil, err
	}
	return selectDocuments(c, id)
}

// selectDocuments returns the collection's documents: all of them when id
// is empty, else the one with the id.
func selectDocuments(c *texts.Collection, id string) (*texts.Collection, []*texts.Document, error) {
	if id == "" {
		return c, c.Documents, nil
	}
	d, err := c.Document(id)
	if err != nil {
		return nil, nil, err
	}
	return c, []*texts.Document{d}, nil
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
