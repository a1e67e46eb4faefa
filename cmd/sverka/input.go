package main

import (
	"fmt"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/internal/term"
	"github.com/sverka/sverka/texts"
)

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
