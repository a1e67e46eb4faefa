package check

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/golden"
	"github.com/sverka/sverka/internal/sharedtest"
	"github.com/sverka/sverka/texts"
)

// sampleFindings are findings of every kind of content a printer must
// carry: Cyrillic, a Russian position, related places, a fix, characters
// the GitHub format must escape.
func sampleFindings() []Finding {
	ru := texts.Pos{File: "ru/doc2.txt", Line: 9, Col: 12, Offset: 301}
	fs := []Finding{
		{
			Rule: "gloss-mismatch", Severity: Error,
			Message: `gloss [shtormoboyazn] differs from shtormoboiazn' of "штормобоязнь" (ru/doc2.txt:9:12)`,
			Pos:     texts.Pos{File: "en.txt", Line: 41, Col: 27, Offset: 2210}, Match: "[shtormoboyazn]",
			Russian: &ru, RussianMatch: "штормобоязнь",
			Fix:   &Fix{Replace: "[shtormoboiazn']", Description: "use the edition's transliteration"},
			Entry: "storm-fright",
		},
		{
			Rule: "name-variant", Severity: Warning,
			Message: "Lavrentiev is also spelled Lavrentyev (3×, first at en.txt:3:35)",
			Pos:     texts.Pos{File: "en.txt", Line: 39, Col: 21, Offset: 2001}, Match: "Lavrentiev",
			Related: []RelatedPlace{{Pos: texts.Pos{File: "en.txt", Line: 3, Col: 35}, Match: "Lavrentyev", Message: "spelled Lavrentyev (3×)"}},
			Fix:     &Fix{Replace: "Lavrentyev", Description: "use the edition's most frequent spelling"},
		},
		{
			Rule: "bracket-unbalanced", Severity: Error,
			Message: `"(" is never closed in its paragraph`,
			Pos:     texts.Pos{File: "ru/doc1.txt", Line: 4, Col: 30}, Match: "(на 60 процентов.",
		},
		{
			Rule: "insertion-mark", Severity: Info,
			Message: "insertion signed with \" -\" before the initials; 100% the edition's form is \" - \"\nsecond line",
			Pos:     texts.Pos{File: "dir, with comma/en:1.txt", Line: 7, Col: 5}, Match: "[the crews -NO]",
		},
	}
	SortFindings(fs)
	setFingerprints(fs, "")
	return fs
}

func TestPrintGolden(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Print(&buf, format, sampleFindings(), PrintOptions{ToolVersion: "test"}); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "print", "findings."+format), buf.Bytes())
		})
	}
}

func TestPrintEmpty(t *testing.T) {
	for _, format := range Formats {
		var buf bytes.Buffer
		if err := Print(&buf, format, nil, PrintOptions{}); err != nil {
			t.Fatal(err)
		}
		switch format {
		case "json", "codeclimate":
			if strings.TrimSpace(buf.String()) != "[]" {
				t.Errorf("json of no findings: %q", buf.String())
			}
		case "sarif":
			if !strings.Contains(buf.String(), `"results": []`) {
				t.Errorf("sarif of no findings has no empty results: %s", buf.String())
			}
		default:
			if buf.Len() != 0 {
				t.Errorf("%s of no findings: %q", format, buf.String())
			}
		}
	}
	if err := Print(&bytes.Buffer{}, "xml", nil, PrintOptions{}); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestGitHubEscaping(t *testing.T) {
	var buf bytes.Buffer
	f := Finding{Rule: "insertion-mark", Severity: Warning, Message: "50% of it\r\nand more",
		Pos: texts.Pos{File: "a,b:c.txt", Line: 2, Col: 3}}
	if err := WriteGitHub(&buf, []Finding{f}, PrintOptions{}); err != nil {
		t.Fatal(err)
	}
	want := "::warning file=a%2Cb%3Ac.txt,line=2,col=3,title=sverka insertion-mark::50%25 of it%0D%0Aand more\n"
	if buf.String() != want {
		t.Errorf("got  %q\nwant %q", buf.String(), want)
	}
}

// TestFingerprintStable checks that a fingerprint does not move with the
// line and tells repeated matches apart.
func TestFingerprintStable(t *testing.T) {
	mk := func(line int) []Finding {
		fs := []Finding{
			{Rule: "name-variant", Pos: texts.Pos{File: "en.txt", Line: line, Col: 3}, Match: "Lavrentiev"},
			{Rule: "name-variant", Pos: texts.Pos{File: "en.txt", Line: line + 5, Col: 3}, Match: "Lavrentiev"},
		}
		setFingerprints(fs, "")
		return fs
	}
	a, b := mk(10), mk(14)
	for i := range a {
		if a[i].Fingerprint != b[i].Fingerprint {
			t.Errorf("finding %d: fingerprint moved with the line: %s vs %s", i, a[i].Fingerprint, b[i].Fingerprint)
		}
	}
	if a[0].Fingerprint == a[1].Fingerprint {
		t.Error("two occurrences share a fingerprint")
	}
}

// TestSARIFValid validates the SARIF output against the OASIS schema with
// Python's jsonschema, where both are present.
func TestSARIFValid(t *testing.T) {
	schema := sharedtest.Path(t, "formats", "sarif", "sarif-schema-2.1.0.json")
	if _, err := os.Stat(schema); err != nil {
		t.Skipf("SARIF schema not found: %v", err)
	}
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Skip("no /usr/bin/python3: SARIF not validated")
	}
	dir := t.TempDir()
	if err := exec.Command(py, "-c", "import jsonschema").Run(); err != nil {
		t.Skip("python3-jsonschema not installed: SARIF not validated")
	}
	for name, fs := range map[string][]Finding{"sample": sampleFindings(), "empty": nil} {
		var buf bytes.Buffer
		if err := WriteSARIF(&buf, fs, PrintOptions{}); err != nil {
			t.Fatal(err)
		}
		if !json.Valid(buf.Bytes()) {
			t.Fatalf("%s: not JSON", name)
		}
		file := filepath.Join(dir, name+".sarif")
		if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(py, "-c", `import json,sys,jsonschema
s=json.load(open(sys.argv[1]))
jsonschema.validate(json.load(open(sys.argv[2])), s, cls=jsonschema.Draft4Validator)
print("valid")`, schema, file)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "valid") {
			t.Errorf("%s: SARIF invalid: %v\n%s", name, err, out)
		}
	}
}

// TestSARIFCustomRules: the edition's own rules are listed after the
// built-in ones, and a finding of one points at its metadata.
func TestSARIFCustomRules(t *testing.T) {
	custom := &Rule{ID: "cmrd", Name: "cmrd", Short: "write Comrade in full", Help: "write Comrade in full (a rule of the edition's sverka.yaml)", Default: Error}
	fs := []Finding{{Rule: "cmrd", Severity: Error, Message: "write Comrade in full, not Cmrd", Pos: texts.Pos{File: "en.txt", Line: 1, Col: 1}}}
	var b strings.Builder
	if err := WriteSARIF(&b, fs, PrintOptions{Custom: []*Rule{custom}}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(b.String()), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Results) != 1 {
		t.Fatalf("results: %+v", run.Results)
	}
	i := run.Results[0].RuleIndex
	if i != len(Rules()) || i >= len(run.Tool.Driver.Rules) {
		t.Fatalf("ruleIndex %d, want %d (after the %d built-in rules)", i, len(Rules()), len(Rules()))
	}
	r := run.Tool.Driver.Rules[i]
	if r.ID != "cmrd" || r.DefaultConfiguration.Level != "error" || r.Help.Text != custom.Help || !slices.Contains(r.Properties.Tags, "edition") {
		t.Errorf("rule metadata %+v", r)
	}
}
