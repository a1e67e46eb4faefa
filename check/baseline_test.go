package check

import (
	"bytes"
	"errors"
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

// TestReadBaselinePositions: every error in a baseline names its line and
// column; unknown fields had none.
func TestReadBaselinePositions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"{\"version\": 1,\n  \"findings\": [],\n  \"extra\": true}", `b.json:3:3: not a sverka baseline: the file: unknown field "extra" (want version, findings)`},
		{"{\"version\": 1, \"findings\": [\n  {\"fingerprint\": \"a1\", \"rul\": \"x\"}]}", `b.json:2:25: not a sverka baseline: finding 1: unknown field "rul"`},
		{"{\"version\": 1, \"findings\": [\n  {\"rule\": \"name-variant\"}]}", "b.json:2:3: finding 1 has no fingerprint"},
		{"{\"version\": 2,\n \"findings\": []}", "b.json:1:13: baseline version 2, want 1"},
		{"{\"findings\": []}", "b.json:1:1: not a sverka baseline: no version"},
		{"{\"version\": 1, \"findings\": [{\"fingerprint\": 7}]}", "b.json:1:45: not a sverka baseline: finding 1: fingerprint: want a string, found 7"},
		{"[]", "b.json:1:1: not a sverka baseline: the file: want an object, found a list"},
	} {
		_, err := ReadBaseline("b.json", strings.NewReader(tc.in))
		var list texts.ErrorList
		if !errors.As(err, &list) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q:\n got  %v\n want %s...", tc.in, err, tc.want)
		}
	}
	// JSON escapes read as JSON has them.
	b, err := ReadBaseline("b.json", strings.NewReader(`{"version": 1, "findings": [{"fingerprint": "a\/b", "match": "\u0418\t\"q\""}]}`))
	if err != nil || b.Findings[0].Fingerprint != "a/b" || b.Findings[0].Match != "И\t\"q\"" {
		t.Errorf("escapes: %+v, %v", b, err)
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
		{"type", "{\"version\": 1,\n  \"findings\": \"Штыков\"}", "b.json:2:15: not a sverka baseline: findings: want a list, found \"Штыков\""},
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

// TestBaselineAdd: findings added to a baseline are recorded once, in the
// file's order, and filtered from then on.
func TestBaselineAdd(t *testing.T) {
	fs := sampleFindings()
	setFingerprints(fs, "")
	b := NewBaseline(fs[:1])
	if _, known := b.Filter(fs); known != 1 {
		t.Fatalf("before Add: %d known, want 1", known)
	}
	b.Add(fs)
	b.Add(fs[:1])
	if len(b.Findings) != len(NewBaseline(fs).Findings) {
		t.Errorf("%d entries after adding twice, want %d", len(b.Findings), len(NewBaseline(fs).Findings))
	}
	for i := 1; i < len(b.Findings); i++ {
		x, y := b.Findings[i-1], b.Findings[i]
		if x.File > y.File || x.File == y.File && x.Rule > y.Rule {
			t.Errorf("entries out of order: %+v before %+v", x, y)
		}
	}
	if fresh, _ := b.Filter(fs); len(fresh) != 0 {
		t.Errorf("after Add, %d findings still fresh", len(fresh))
	}
}
