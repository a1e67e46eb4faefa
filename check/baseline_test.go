package check

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/texts"
)

func TestBaselineRoundTrip(t *testing.T) {
	old := sampleFindings()
	var buf bytes.Buffer
	if err := NewBaseline(old).Write(&buf); err != nil {
		t.Fatal(err)
	}
	b, err := ReadBaseline("baseline.json", &buf)
	if err != nil {
		t.Fatal(err)
	}
	// A later run: the same findings three lines lower, and a new one.
	later := sampleFindings()
	for i := range later {
		later[i].Pos.Line += 3
	}
	later = append(later, Finding{Rule: "name-variant", Severity: Warning, Message: "Beria is also spelled Beriya",
		Pos: texts.Pos{File: "en.txt", Line: 80, Col: 9}, Match: "Beria"})
	SortFindings(later)
	setFingerprints(later, "")
	fresh, known := b.Filter(later)
	if known != len(old) || len(fresh) != 1 || fresh[0].Match != "Beria" {
		t.Errorf("got %d known, fresh %v; want %d known and Beria new", known, fresh, len(old))
	}
}

func TestReadBaselineErrors(t *testing.T) {
	for _, in := range []string{
		``,
		`[]`,
		`{"version": 2, "findings": []}`,
		`{"version": 1, "findings": [{"rule": "name-variant"}]}`,
		`{"version": 1, "findings": [], "extra": true}`,
	} {
		if _, err := ReadBaseline("b.json", strings.NewReader(in)); err == nil || !strings.HasPrefix(err.Error(), "b.json:") {
			t.Errorf("%q: error %v, want one naming b.json", in, err)
		}
	}
}

func TestRelativeTo(t *testing.T) {
	abs, err := filepath.Abs("док")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ base, file, want string }{
		{"", "ru/док1.txt", "ru/док1.txt"},
		{".", "en.txt", "en.txt"},
		{".", "./en.txt", "en.txt"},
		{"examples/telegrams", "examples/telegrams/en.txt", "en.txt"},
		{"../издание", "../издание/ru/doc1.txt", "ru/doc1.txt"},
		{abs, filepath.Join(abs, "en.txt"), "en.txt"},
		{"док", filepath.Join(abs, "en.txt"), "en.txt"}, // mixed: through absolute forms
		{".", "-", "-"}, // standard input
	}
	for _, tt := range tests {
		if got := slashPath(relativeTo(tt.base, tt.file)); got != slashPath(tt.want) {
			t.Errorf("relativeTo(%q, %q) = %q, want %q", tt.base, tt.file, got, tt.want)
		}
	}
}

// TestReadBaselineMessages: an empty file says what to do; a UTF-8 BOM (an
// editor's doing) is no error; JSON errors name the line and column.
func TestReadBaselineMessages(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "b.json: empty baseline file: delete it to record a new one"},
		{"blank", " \n", "b.json: empty baseline file: delete it to record a new one"},
		{"bom only", "\ufeff", "b.json: empty baseline file: delete it to record a new one"},
		{"syntax", "{\"version\": 1,\n  \"findings\": [,]}", "b.json:2:16: not a sverka baseline: invalid character ','"},
		{"type", "{\"version\": 1,\n  \"findings\": \"Штыков\"}", "b.json:2:22: not a sverka baseline: "},
		{"truncated", "{\"version\": 1,\n  \"findings\": [", "b.json:2:16: not a sverka baseline: unexpected end of file"},
	}
	for _, tt := range tests {
		_, err := ReadBaseline("b.json", strings.NewReader(tt.in))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want it to start %q", tt.name, err, tt.want)
		}
	}
	b, err := ReadBaseline("b.json", strings.NewReader("\ufeff{\"version\": 1, \"findings\": [{\"fingerprint\": \"a1\", \"rule\": \"name-variant\"}]}"))
	if err != nil || len(b.Findings) != 1 {
		t.Errorf("with a BOM: %v, %v", b, err)
	}
}
