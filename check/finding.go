package check

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sverka/sverka/texts"
)

// Severity is how much a finding matters. The order is Info < Warning < Error.
type Severity string

const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Rank orders severities: 3 for error, 2 for warning, 1 for info, 0 for
// anything else (a disabled rule).
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Info:
		return 1
	}
	return 0
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	switch sev := Severity(strings.ToLower(s)); sev {
	case Error, Warning, Info:
		return sev, nil
	}
	return "", fmt.Errorf("unknown severity %q (want error, warning or info)", s)
}

// RelatedPlace is another place a finding involves: the Russian word a gloss
// glosses, another spelling of a name.
type RelatedPlace struct {
	Pos     texts.Pos `json:"pos"`
	Match   string    `json:"match"`
	Message string    `json:"message,omitempty"`
}

// Fix is a suggested correction: replace the finding's match with Replace.
type Fix struct {
	Replace     string `json:"replace"`
	Description string `json:"description,omitempty"`
}

// Finding is one thing the checks report. Findings are data: printers
// render them (text, JSON, GitHub annotations, SARIF).
type Finding struct {
	Rule     string
	Severity Severity
	Message  string
	// Pos is where the editor must look: in the English text for every rule
	// except a bracket-unbalanced finding in the original.
	Pos   texts.Pos
	Match string // the text at Pos the finding is about
	// Russian is the place in the original the finding comes from, if any.
	Russian      *texts.Pos
	RussianMatch string
	Related      []RelatedPlace // other places involved: other spellings, the first occurrence
	Fix          *Fix
	Entry        string // the glossary entry concerned, if any
	// Fingerprint identifies the finding across runs: it does not change
	// when lines are added above it (see setFingerprints).
	Fingerprint string

	fingerprintFile string // the file as the fingerprint names it
}

// String formats the finding as file:line:col: severity: rule: message.
func (f Finding) String() string {
	return fmt.Sprintf("%s: %s: %s: %s", f.Pos, f.Severity, f.Rule, f.Message)
}

// SortFindings orders findings by file, line, column, then rule and
// message, so that output is stable.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
}

// setFingerprints gives each finding (sorted) a fingerprint: a hash of the
// rule, the file, the matched text and the occurrence index of that triple
// in the file. Lines added or removed elsewhere leave it unchanged, so code
// scanning and baselines recognise a finding they have seen. Files are
// named relative to base (Options.BaseDir) when it is set.
func setFingerprints(fs []Finding, base string) {
	seen := make(map[string]int)
	for i := range fs {
		f := &fs[i]
		f.fingerprintFile = slashPath(relativeTo(base, f.Pos.File))
		k := f.Rule + "\x00" + f.fingerprintFile + "\x00" + f.fingerprintMatch()
		n := seen[k]
		seen[k] = n + 1
		sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", k, n)))
		f.Fingerprint = hex.EncodeToString(sum[:8])
	}
}

func slashPath(p string) string { return strings.ReplaceAll(p, "\\", "/") }

// relativeTo names file from the directory base: lexically when both are
// relative to one directory or both absolute, else through their absolute
// forms. A file that cannot be named from base (another volume, standard
// input) keeps its name.
func relativeTo(base, file string) string {
	if base == "" || file == "" || file == "-" {
		return file
	}
	if filepath.IsAbs(base) == filepath.IsAbs(file) {
		if r, err := filepath.Rel(base, file); err == nil {
			return r
		}
		return file
	}
	ab, err := filepath.Abs(base)
	if err != nil {
		return file
	}
	af, err := filepath.Abs(file)
	if err != nil {
		return file
	}
	if r, err := filepath.Rel(ab, af); err == nil {
		return r
	}
	return file
}

// MaxSeverity returns the highest severity among the findings, or "" when
// there are none.
func MaxSeverity(fs []Finding) Severity {
	var max Severity
	for _, f := range fs {
		if f.Severity.Rank() > max.Rank() {
			max = f.Severity
		}
	}
	return max
}

// fingerprintMatch is the text a finding is about: its English match, or
// the Russian one for a finding with nothing in the English (a term
// missing there). Fingerprints from before term-missing dropped its
// English match stay the same.
func (f Finding) fingerprintMatch() string {
	if f.Match == "" {
		return f.RussianMatch
	}
	return f.Match
}
