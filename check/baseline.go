package check

import (
	"github.com/sverka/sverka/internal/input"

	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"unicode/utf8"
)

// Baseline is the findings an edition has accepted for now, by
// fingerprint: adopting sverka on an existing edition, editors record
// today's findings and later runs report only new ones.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`

	known map[string]bool
}

// BaselineEntry is one recorded finding. Rule, file and match are there
// for the person reading the file in a review; the fingerprint decides.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Match       string `json:"match"`
}

const baselineVersion = 1

// NewBaseline records findings (fingerprinted by Check).
func NewBaseline(fs []Finding) *Baseline {
	b := &Baseline{Version: baselineVersion, Findings: []BaselineEntry{}}
	seen := make(map[string]bool)
	for _, f := range fs {
		if seen[f.Fingerprint] {
			continue
		}
		seen[f.Fingerprint] = true
		file := f.fingerprintFile
		if file == "" {
			file = slashPath(f.Pos.File)
		}
		b.Findings = append(b.Findings, BaselineEntry{Fingerprint: f.Fingerprint, Rule: f.Rule, File: file, Match: f.fingerprintMatch()})
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.File != y.File {
			return x.File < y.File
		}
		if x.Rule != y.Rule {
			return x.Rule < y.Rule
		}
		return x.Fingerprint < y.Fingerprint
	})
	return b
}

// ReadBaseline reads a baseline file. The name is used in errors.
func ReadBaseline(name string, r io.Reader) (*Baseline, error) {
	data, err := input.ReadAll(r, input.MaxData)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	// An editor on Windows may have saved the file with a byte order mark.
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		// Not "no baseline yet": recording over it would hide that
		// something emptied the file.
		return nil, fmt.Errorf("%s: empty baseline file: delete it to record a new one", name)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var b Baseline
	if err := dec.Decode(&b); err != nil {
		return nil, baselineJSONError(name, data, err)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("%s: baseline version %d, want %d", name, b.Version, baselineVersion)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: finding %d has no fingerprint", name, i+1)
		}
	}
	return &b, nil
}

// baselineJSONError names the line and column of a JSON error where
// encoding/json tells the byte offset.
func baselineJSONError(name string, data []byte, err error) error {
	var (
		syntax *json.SyntaxError
		typ    *json.UnmarshalTypeError
		off    int64 = -1
	)
	switch {
	case errors.As(err, &syntax):
		off = syntax.Offset - 1 // Offset counts the bad byte as read
	case errors.As(err, &typ):
		off = typ.Offset - 1
	case errors.Is(err, io.ErrUnexpectedEOF):
		off = int64(len(data))
		err = errors.New("unexpected end of file")
	}
	if off < 0 || off > int64(len(data)) {
		return fmt.Errorf("%s: not a sverka baseline: %v", name, err)
	}
	before := data[:off]
	line := 1 + bytes.Count(before, []byte("\n"))
	col := 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return fmt.Errorf("%s:%d:%d: not a sverka baseline: %v", name, line, col, err)
}

// Write writes the baseline as indented JSON, one finding a few lines, so
// that it reviews well as a diff.
func (b *Baseline) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(b)
}

// Filter returns the findings the baseline does not record, and how many
// it left out.
func (b *Baseline) Filter(fs []Finding) (fresh []Finding, known int) {
	if b.known == nil {
		b.known = make(map[string]bool, len(b.Findings))
		for _, e := range b.Findings {
			b.known[e.Fingerprint] = true
		}
	}
	fresh = make([]Finding, 0, len(fs))
	for _, f := range fs {
		if b.known[f.Fingerprint] {
			known++
			continue
		}
		fresh = append(fresh, f)
	}
	return fresh, known
}
