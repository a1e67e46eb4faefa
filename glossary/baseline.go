package glossary

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
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
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var b Baseline
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: not a sverka baseline: %w", name, err)
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
