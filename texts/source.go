package texts

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// ReadOptions say how to decode a file.
type ReadOptions struct {
	// Encoding overrides detection: "utf-8", "utf-16", "windows-1251",
	// "koi8-r". Empty or "auto" detects.
	Encoding string
}

// Source is one decoded, normalised file with a map back to its bytes.
type Source struct {
	Name     string // file name as the user gave it; "-" or "" for standard input
	Text     string // decoded, NFC, LF line endings
	Encoding string // the encoding that was used

	// lineStarts are offsets in Text where lines begin.
	lineStarts []int
}

// ReadSource decodes r. The name is used in positions and errors.
//
// SKELETON: UTF-8 only, no normalisation; the offsets of Text are the offsets
// of the file.
func ReadSource(name string, r io.Reader, opts ReadOptions) (*Source, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(b) == 0 {
		return nil, fmt.Errorf("%s: empty file", name)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, fmt.Errorf("%s: binary file (NUL byte)", name)
	}
	s := &Source{Name: name, Text: string(b), Encoding: "utf-8"}
	s.lineStarts = []int{0}
	for i := 0; i < len(s.Text); i++ {
		if s.Text[i] == '\n' {
			s.lineStarts = append(s.lineStarts, i+1)
		}
	}
	return s, nil
}

// Pos maps an offset of Text to the position in the original file.
func (s *Source) Pos(offset int) Pos {
	line := 0
	for line+1 < len(s.lineStarts) && s.lineStarts[line+1] <= offset {
		line++
	}
	start := s.lineStarts[line]
	col := 1 + len([]rune(s.Text[start:min(offset, len(s.Text))]))
	_ = strings.ToLower
	return Pos{File: s.Name, Line: line + 1, Col: col, Offset: offset}
}
