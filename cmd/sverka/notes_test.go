package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/golden"
)

func TestNotesGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "notes", "*.txt"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, in := range inputs {
		for _, format := range []string{"text", "json"} {
			name := strings.TrimSuffix(filepath.Base(in), ".txt") + "." + format
			t.Run(name, func(t *testing.T) {
				code, out, errs := runSverka(t, "", "notes", "--format", format, "--show-dropped", in)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, errs)
				}
				golden.Check(t, filepath.Join("testdata", "notes", name+".golden"), out)
			})
		}
	}
}

// The JSON records have the fields the contract names, and insertions
// their signer.
func TestNotesJSONFields(t *testing.T) {
	code, out, errs := runSverka(t, "", "notes", "--format", "json", filepath.Join("testdata", "notes", "collection.txt"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var recs []map[string]any
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatal(err)
	}
	classes := map[string]int{}
	for _, r := range recs {
		for _, k := range []string{"file", "doc", "line", "col", "class", "text"} {
			if _, ok := r[k]; !ok {
				t.Errorf("record lacks %q: %v", k, r)
			}
		}
		c := r["class"].(string)
		classes[c]++
		if c == "insertion" && r["signer"] != "KB" {
			t.Errorf("insertion without its signer: %v", r)
		}
	}
	for _, c := range []string{"insertion", "gloss", "translation", "expansion", "supplied", "variant", "date", "citation", "sic", "illegible", "query"} {
		if classes[c] == 0 {
			t.Errorf("no %s in the fixture's notes (%v)", c, classes)
		}
	}
}

// Several files, one of them standard input.
func TestNotesFiles(t *testing.T) {
	code, out, errs := runSverka(t, "Пример [sic] текста.\n", "notes", filepath.Join("testdata", "notes", "suspicions.txt"), "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "suspicions.txt:1:") || !strings.Contains(out, "<stdin>:1:8: sic: [sic]") {
		t.Errorf("output lacks one of the files:\n%s", out)
	}
	if code, _, errs := runSverka(t, "", "notes"); code != exitBad || !strings.Contains(errs, "at least one FILE") {
		t.Errorf("no file: exit %d, %q", code, errs)
	}
}

func TestNotesHelp(t *testing.T) {
	code, out, _ := runSverka(t, "", "notes", "--help")
	if code != 0 || !strings.Contains(out, "Example") || !strings.Contains(out, "Exit status") || !strings.Contains(out, "footnote-marker") {
		t.Errorf("help lacks an example, the classes or the exit statuses (exit %d):\n%s", code, out)
	}
}
