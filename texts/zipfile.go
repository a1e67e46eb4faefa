package texts

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/sverka/sverka/internal/input"
)

// maxZipEntries bounds the entries of an archive sverka opens: a Word or
// OpenDocument file has a few dozen.
const maxZipEntries = 10000

// maxInflate bounds what the entries of an archive inflate to, together: the
// bound of a text file (a variable so that a test can lower it).
var maxInflate int64 = input.MaxText

// zipDoc is an opened Word or OpenDocument archive; it reads the entries a
// reader asks for, all of them together within input.MaxText once
// uncompressed, so that a zip bomb (a small file that inflates to
// gigabytes) is refused instead of filling memory.
type zipDoc struct {
	zr      *zip.Reader
	entries map[string]*zip.File
	budget  int64 // bytes still allowed to inflate
}

func openZip(b []byte) (*zipDoc, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, fmt.Errorf("damaged zip archive: %v", err)
	}
	if len(zr.File) > maxZipEntries {
		return nil, fmt.Errorf("zip archive of %d entries (more than %d): not a document sverka reads", len(zr.File), maxZipEntries)
	}
	z := &zipDoc{zr: zr, entries: make(map[string]*zip.File, len(zr.File)), budget: maxInflate}
	for _, f := range zr.File {
		z.entries[f.Name] = f
	}
	return z, nil
}

func (z *zipDoc) has(name string) bool { return z.entries[name] != nil }

// read inflates one entry; a missing entry is nil without an error.
func (z *zipDoc) read(name string) ([]byte, error) {
	f := z.entries[name]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > uint64(z.budget) {
		return nil, fmt.Errorf("%s inflates to more than the %d MiB sverka reads (%d MiB): not a document (a zip bomb?)", name, maxInflate>>20, f.UncompressedSize64>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("damaged zip archive: %s: %v", name, err)
	}
	defer rc.Close()
	// The sizes the archive declares may lie: read one byte past the
	// budget to know.
	b, err := io.ReadAll(io.LimitReader(rc, z.budget+1))
	if err != nil {
		return nil, fmt.Errorf("damaged zip archive: %s: %v", name, err)
	}
	if int64(len(b)) > z.budget {
		return nil, fmt.Errorf("%s inflates to more than the %d MiB sverka reads: not a document (a zip bomb?)", name, maxInflate>>20)
	}
	z.budget -= int64(len(b))
	return b, nil
}

// zipFormat tells a Word file from an OpenDocument text by the entries of
// the archive.
func zipFormat(b []byte) (string, error) {
	z, err := openZip(b)
	if err != nil {
		return "", err
	}
	switch {
	case z.has("word/document.xml"):
		return FormatDOCX, nil
	case z.has("content.xml"):
		mt, err := z.read("mimetype")
		if err != nil {
			return "", err
		}
		if m := strings.TrimSpace(string(mt)); m != "" && !strings.HasPrefix(m, "application/vnd.oasis.opendocument.text") {
			return "", fmt.Errorf("an OpenDocument file of type %s, not a text (.odt): save the text as .odt, .docx or plain text", m)
		}
		return FormatODT, nil
	}
	return "", errors.New("a zip archive that is neither a Word document (.docx) nor an OpenDocument text (.odt)")
}
