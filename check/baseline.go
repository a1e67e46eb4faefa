package check

import (
	"slices"
	"strings"

	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/internal/term"
	"github.com/sverka/sverka/internal/yamlfile"
	"github.com/sverka/sverka/texts"
	"go.yaml.in/yaml/v3"

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
	b.sort()
	return b
}

// Add records more findings (fingerprinted by Run) in the baseline, each
// once, keeping the file's order: by file, rule and fingerprint.
func (b *Baseline) Add(fs []Finding) {
	have := make(map[string]bool, len(b.Findings))
	for _, e := range b.Findings {
		have[e.Fingerprint] = true
	}
	for _, e := range NewBaseline(fs).Findings {
		if !have[e.Fingerprint] {
			b.Findings = append(b.Findings, e)
			have[e.Fingerprint] = true
		}
	}
	b.known = nil
	b.sort()
}

func (b *Baseline) sort() {
	sort.SliceStable(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.File != y.File {
			return x.File < y.File
		}
		if x.Rule != y.Rule {
			return x.Rule < y.Rule
		}
		return x.Fingerprint < y.Fingerprint
	})
}

// ReadBaseline reads a baseline file. The name is used in errors, which
// name the line and column of their cause (a texts.ErrorList): the JSON
// syntax is checked by encoding/json, the structure through the YAML
// loader every file of sverka goes through, which keeps each value's
// position.
func ReadBaseline(name string, r io.Reader) (*Baseline, error) {
	data, err := input.ReadAll(r, input.MaxData)
	if err != nil {
		return nil, &input.Error{File: name, Err: err}
	}
	// An editor on Windows may have saved the file with a byte order mark.
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		// Not "no baseline yet": recording over it would hide that
		// something emptied the file.
		return nil, fmt.Errorf("%s: empty baseline file: delete it to record a new one", term.Printable(name))
	}
	// JSON, not whatever YAML accepts.
	if err := json.NewDecoder(bytes.NewReader(data)).Decode(new(json.RawMessage)); err != nil {
		return nil, baselineJSONError(name, data, err)
	}
	root, err := yamlfile.Parse(name, data)
	if err != nil {
		// Valid JSON that YAML does not read (an escaped slash, \/, or
		// a surrogate pair): read it as JSON, with positions for
		// syntax and type errors only.
		return readBaselineJSON(name, data)
	}
	d := baselineDecoder{name: name}
	b := d.baseline(root)
	if err := d.errs.Err(); err != nil {
		return nil, err
	}
	return b, nil
}

// readBaselineJSON reads a baseline with encoding/json alone.
func readBaselineJSON(name string, data []byte) (*Baseline, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var b Baseline
	if err := dec.Decode(&b); err != nil {
		return nil, baselineJSONError(name, data, err)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("%s: baseline version %d, want %d", term.Printable(name), b.Version, baselineVersion)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("%s: finding %d has no fingerprint", term.Printable(name), i+1)
		}
	}
	return &b, nil
}

// baselineDecoder reads a baseline's nodes and collects every error.
type baselineDecoder struct {
	name string
	errs texts.ErrorList
}

func (d *baselineDecoder) fail(n *yaml.Node, format string, args ...any) {
	d.errs.Add(yamlfile.Pos(d.name, n), "not a sverka baseline: "+format, args...)
}

// fields calls fn for each key of the object n; other keys are errors.
func (d *baselineDecoder) fields(n *yaml.Node, what string, known []string, fn func(key string, v *yaml.Node)) bool {
	if n.Kind != yaml.MappingNode {
		d.fail(n, "%s: want an object, found %s", what, describeNode(n))
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !slices.Contains(known, k.Value) {
			d.fail(k, "%s: unknown field %q (want %s)", what, k.Value, strings.Join(known, ", "))
			continue
		}
		fn(k.Value, v)
	}
	return true
}

func (d *baselineDecoder) baseline(n *yaml.Node) *Baseline {
	b := &Baseline{Findings: []BaselineEntry{}}
	var version *yaml.Node
	if !d.fields(n, "the file", []string{"version", "findings"}, func(key string, v *yaml.Node) {
		switch key {
		case "version":
			version = v
			if v.Kind != yaml.ScalarNode || v.Tag != "!!int" || v.Decode(&b.Version) != nil {
				d.fail(v, "version: want a number, found %s", describeNode(v))
			} else if b.Version != baselineVersion {
				d.errs.Add(yamlfile.Pos(d.name, v), "baseline version %d, want %d", b.Version, baselineVersion)
			}
		case "findings":
			if v.Kind != yaml.SequenceNode {
				if !(v.Kind == yaml.ScalarNode && v.Tag == "!!null") {
					d.fail(v, "findings: want a list, found %s", describeNode(v))
				}
				return
			}
			for i, fn := range v.Content {
				if e, ok := d.entry(fn, i+1); ok {
					b.Findings = append(b.Findings, e)
				}
			}
		}
	}) {
		return nil
	}
	if version == nil {
		d.fail(n, "no version (want \"version\": %d)", baselineVersion)
	}
	return b
}

func (d *baselineDecoder) entry(n *yaml.Node, i int) (BaselineEntry, bool) {
	var e BaselineEntry
	what := fmt.Sprintf("finding %d", i)
	mark := len(d.errs)
	ok := d.fields(n, what, []string{"fingerprint", "rule", "file", "match"}, func(key string, v *yaml.Node) {
		if v.Kind != yaml.ScalarNode || v.Tag != "!!str" {
			d.fail(v, "%s: %s: want a string, found %s", what, key, describeNode(v))
			return
		}
		switch key {
		case "fingerprint":
			e.Fingerprint = v.Value
		case "rule":
			e.Rule = v.Value
		case "file":
			e.File = v.Value
		case "match":
			e.Match = v.Value
		}
	})
	if ok && len(d.errs) == mark && e.Fingerprint == "" {
		d.errs.Add(yamlfile.Pos(d.name, n), "%s has no fingerprint", what)
		return e, false
	}
	return e, ok
}

// describeNode says what a JSON value is, for an error.
func describeNode(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.MappingNode:
		return "an object"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Tag == "!!null":
		return "null"
	case n.Tag == "!!str":
		return fmt.Sprintf("%q", n.Value)
	}
	return n.Value
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
		return fmt.Errorf("%s: not a sverka baseline: %v", term.Printable(name), err)
	}
	before := data[:off]
	line := 1 + bytes.Count(before, []byte("\n"))
	col := 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return texts.ErrorList{{Pos: texts.Pos{File: name, Line: line, Col: col}, Msg: "not a sverka baseline: " + err.Error()}}
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
