package edition

import (
	"fmt"
	"os"
	"strings"

	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/texts"
)

// SplitDocSpec splits FILE#ID into the file and the document id. A name
// that exists as a file is taken whole, so files with '#' in their names
// still open.
func SplitDocSpec(spec string) (file, id string) {
	if _, err := os.Stat(spec); err == nil {
		return spec, ""
	}
	i := strings.LastIndexByte(spec, '#')
	if i < 0 {
		return spec, ""
	}
	return spec[:i], spec[i+1:]
}

// SelectDocuments returns the collection's documents: all of them when id
// is empty, else the one with the id.
func SelectDocuments(c *texts.Collection, id string) (*texts.Collection, []*texts.Document, error) {
	if id == "" {
		return c, c.Documents, nil
	}
	d, err := c.Document(id)
	if err != nil {
		return nil, nil, err
	}
	return c, []*texts.Document{d}, nil
}

// PairDocuments pairs the documents named: one with one, or a collection
// with a collection by id. Documents left without a counterpart are
// named in the warnings; srcSpec and tgtSpec name the two sides in
// messages.
func PairDocuments(srcSpec, tgtSpec string, src, tgt []*texts.Document) (pairs [][2]*texts.Document, warnings []string, err error) {
	switch {
	case len(src) == 0:
		return nil, nil, fmt.Errorf("%s: no documents", srcSpec)
	case len(tgt) == 0:
		return nil, nil, fmt.Errorf("%s: no documents", tgtSpec)
	case len(src) == 1 && len(tgt) == 1:
		return [][2]*texts.Document{{src[0], tgt[0]}}, nil, nil
	case len(src) == 1 || len(tgt) == 1:
		return nil, nil, fmt.Errorf("%s has %d document(s) and %s has %d: name one document with FILE#ID", srcSpec, len(src), tgtSpec, len(tgt))
	}
	byID := map[string]*texts.Document{}
	for _, d := range tgt {
		byID[d.ID] = d
	}
	var out [][2]*texts.Document
	used := map[string]bool{}
	for _, d := range src {
		if t, ok := byID[d.ID]; ok {
			out = append(out, [2]*texts.Document{d, t})
			used[d.ID] = true
		} else {
			warnings = append(warnings, fmt.Sprintf("%s: document %s has no counterpart in %s: left out", srcSpec, d.ID, tgtSpec))
		}
	}
	for _, d := range tgt {
		if !used[d.ID] {
			warnings = append(warnings, fmt.Sprintf("%s: document %s has no counterpart in %s: left out", tgtSpec, d.ID, srcSpec))
		}
	}
	if len(out) == 0 {
		return nil, warnings, fmt.Errorf("no document of %s has the id of a document of %s", srcSpec, tgtSpec)
	}
	return out, warnings, nil
}

// ReadCollection reads and parses the text file at name.
func ReadCollection(name string, opts texts.Options) (*texts.Collection, error) {
	f, err := input.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return texts.Read(name, f, opts)
}
