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
