package align

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/texts"
)

// Bitext is an aligned pair of documents as sverka writes it to a file and
// reads it back: where the two sides come from, their sentences, and the
// links between them.
type Bitext struct {
	Source Side   `json:"source"`
	Target Side   `json:"target"`
	Links  []Link `json:"links"`
	// Lines holds, for an alignment read from a file, the line each link
	// starts on, so that errors about a link can name it.
	Lines []int `json:"-"`
}

// Side is one document of a bitext.
type Side struct {
	File      string `json:"file"`
	Document  string `json:"document,omitempty"` // the document id within the file
	Sentences []Unit `json:"sentences"`
}

// Unit is one sentence of a side, where it is in the file.
type Unit struct {
	ID   string     `json:"id"` // the segment id, or the 0-based line number with --split lines
	Kind texts.Kind `json:"kind,omitempty"`
	Text string     `json:"text"`
	Pos  texts.Pos  `json:"pos"`
}

// AlignmentFile is the JSON form of an alignment: one bitext per pair of
// documents.
type AlignmentFile struct {
	Format   string   `json:"format"` // "sverka-alignment"
	Version  int      `json:"version"`
	Bitexts  []Bitext `json:"bitexts"`
	MaxLink  int      `json:"max_link,omitempty"`
	Settings string   `json:"settings,omitempty"`
}

// FormatName identifies sverka's JSON alignment files.
const FormatName = "sverka-alignment"

// FormatVersion is the version of the JSON alignment format that
// WriteJSON writes and the only one ReadAlignment reads: a file of another
// version may give its fields other meanings, and a confirmed link read
// wrongly would silently pin the wrong sentences.
const FormatVersion = 1

// WriteJSON writes bitexts as an AlignmentFile.
func WriteJSON(w io.Writer, bitexts []Bitext) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(AlignmentFile{Format: FormatName, Version: FormatVersion, Bitexts: bitexts})
}

// WriteLinksFile writes bitexts in vecalign's links format. With more than
// one bitext, each starts with a comment line "# SOURCE-DOC TARGET-DOC".
// Confirmed links end in ":confirmed".
func WriteLinksFile(w io.Writer, bitexts []Bitext, scores bool) error {
	for _, b := range bitexts {
		if len(bitexts) > 1 {
			if _, err := fmt.Fprintf(w, "# %s %s\n", docName(b.Source), docName(b.Target)); err != nil {
				return err
			}
		}
		if err := WriteLinks(w, b.Links, scores); err != nil {
			return err
		}
	}
	return nil
}

func docName(s Side) string {
	if s.Document == "" {
		return "-"
	}
	return s.Document
}

// ReadAlignment reads an alignment file written by sverka: JSON (an
// AlignmentFile), the links format (with "# SOURCE-DOC TARGET-DOC"
// comment lines between documents) or OPUS cesAlign (XCES; OPUS's and
// hunalign's too). In the links format only the links are
// known: the bitexts have no sentences, and documents are named by the
// comment lines.
func ReadAlignment(name string, r io.Reader) ([]Bitext, error) {
	data, err := input.ReadAll(r, input.MaxData)
	if err != nil {
		return nil, &input.Error{File: name, Err: err}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if isXML(data) {
		return readCESAlign(name, data)
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		var f AlignmentFile
		dec := json.NewDecoder(bytes.NewReader(data))
		if err := dec.Decode(&f); err != nil {
			return nil, jsonError(name, data, err)
		}
		if f.Format != FormatName {
			return nil, fmt.Errorf("%s: not a sverka alignment (format %q, want %q)", name, f.Format, FormatName)
		}
		if f.Version != FormatVersion {
			return nil, fmt.Errorf("%s: %s version %d is not one this sverka reads (it reads version %d)",
				name, FormatName, f.Version, FormatVersion)
		}
		lines := linkLines(data)
		for k := range f.Bitexts {
			b := &f.Bitexts[k]
			if k < len(lines) && len(lines[k]) == len(b.Links) {
				b.Lines = lines[k]
			}
			for x, l := range b.Links {
				at := fmt.Sprintf("%s: bitext %d: link %d", name, k+1, x+1)
				if b.Lines != nil {
					at = fmt.Sprintf("%s:%d: link %d", name, b.Lines[x], x+1)
				}
				if len(l.Source) == 0 && len(l.Target) == 0 {
					return nil, fmt.Errorf("%s: a link with no sentences", at)
				}
				// An exporter would write 1e308 as a 309-digit certainty,
				// or clamp it without a word.
				if !(l.Confidence >= 0 && l.Confidence <= 1) {
					return nil, fmt.Errorf("%s: confidence %g is outside [0, 1]", at, l.Confidence)
				}
			}
		}
		return f.Bitexts, nil
	}
	var out []Bitext
	// A comment line "# SOURCE-DOC TARGET-DOC" starts a document's links;
	// links before any comment line make one bitext with no names.
	header := func(text string) {
		f := strings.Fields(text)
		b := Bitext{}
		if len(f) >= 1 && f[0] != "-" {
			b.Source.Document = f[0]
		}
		if len(f) >= 2 && f[1] != "-" {
			b.Target.Document = f[1]
		}
		out = append(out, b)
	}
	link := func(l Link, line int) {
		if len(out) == 0 {
			out = append(out, Bitext{})
		}
		cur := &out[len(out)-1]
		cur.Links = append(cur.Links, l)
		cur.Lines = append(cur.Lines, line)
	}
	if err := scanLinks(name, bytes.NewReader(data), header, link); err != nil {
		return nil, err
	}
	return out, nil
}

// jsonError names the file, line and column of a JSON error.
func jsonError(name string, data []byte, err error) error {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = max(0, se.Offset-1) // the offset is just past the bad byte
	case errors.As(err, &te):
		off = te.Offset
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		off = int64(len(data))
	}
	if off < 0 {
		return fmt.Errorf("%s: not a sverka alignment: %v", name, err)
	}
	line, col := lineCol(data, int(min(off, int64(len(data)))))
	return fmt.Errorf("%s:%d:%d: not a sverka alignment: %v", name, line, col, err)
}

// lineCol turns a byte offset into a 1-based line and column (in runes).
func lineCol(data []byte, off int) (line, col int) {
	before := data[:off]
	line = 1 + bytes.Count(before, []byte("\n"))
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, 1 + utf8.RuneCount(before[start:])
}

// linkLines finds the line each link of each bitext starts on in a JSON
// alignment file, walking its tokens. It gives up (nil) on anything it does
// not expect; the links are then known without their lines.
func linkLines(data []byte) [][]int {
	dec := json.NewDecoder(bytes.NewReader(data))
	// Lines are counted on from the last link's, not from the start of
	// the file for every link: 10,000 links would take seconds.
	seenOff, seenLine := 0, 1
	startOf := func() int {
		// The next value starts after the whitespace and separators that
		// follow the last token read.
		off := int(dec.InputOffset())
		for off < len(data) && strings.IndexByte(" \t\r\n,:", data[off]) >= 0 {
			off++
		}
		if off < seenOff {
			seenOff, seenLine = 0, 1
		}
		seenLine += bytes.Count(data[seenOff:off], []byte("\n"))
		seenOff = off
		return seenLine
	}
	delim := func(want json.Delim) bool {
		t, err := dec.Token()
		return err == nil && t == want
	}
	skip := func() bool {
		var v json.RawMessage
		return dec.Decode(&v) == nil
	}
	if !delim('{') {
		return nil
	}
	var out [][]int
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		if key != "bitexts" {
			if !skip() {
				return nil
			}
			continue
		}
		if !delim('[') {
			return nil
		}
		for dec.More() {
			var lines []int
			if !delim('{') {
				return nil
			}
			for dec.More() {
				key, err := dec.Token()
				if err != nil {
					return nil
				}
				if key != "links" {
					if !skip() {
						return nil
					}
					continue
				}
				if !delim('[') {
					return nil
				}
				lines = []int{}
				for dec.More() {
					lines = append(lines, startOf())
					if !skip() {
						return nil
					}
				}
				if !delim(']') {
					return nil
				}
			}
			if !delim('}') {
				return nil
			}
			out = append(out, lines)
		}
		if !delim(']') {
			return nil
		}
	}
	return out
}
