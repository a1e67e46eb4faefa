package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputRefusesAnInput: -o naming one of the command's inputs (by
// another spelling, or through a link) is a usage error and leaves the
// file as it was, in every command that writes with -o.
func TestOutputRefusesAnInput(t *testing.T) {
	dir := copyTree(t, filepath.Join("..", "..", "examples", "telegrams"))
	t.Chdir(dir)
	if err := os.Symlink("en.txt", "en-link.txt"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("en2.txt", []byte("Document 1: Телеграмма\nThe work goes on.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		input string
	}{
		{"export a pair over its target", []string{"export", "--format", "tsv", "-o", "en.txt", "ru/doc1.txt", "en.txt#1"}, "en.txt"},
		{"export over its source, another spelling", []string{"export", "--format", "tsv", "-o", "./ru/../ru/doc1.txt", "ru/doc1.txt", "en.txt#1"}, "ru/doc1.txt"},
		{"export through a link", []string{"export", "--format", "tsv", "-o", "en-link.txt", "ru/doc1.txt", "en.txt#1"}, "en.txt"},
		{"export over its glossary", []string{"export", "--format", "tsv", "--glossary", "glossary.yaml", "-o", "glossary.yaml", "ru/doc1.txt", "en.txt#1"}, "glossary.yaml"},
		{"export the edition over a text", []string{"export", "--format", "html", "-o", "ru/doc2.txt"}, "ru/doc2.txt"},
		{"export the edition over its config", []string{"export", "--format", "html", "-o", "sverka.yaml"}, "sverka.yaml"},
		{"diff over NEW", []string{"diff", "-o", "en2.txt", "en.txt", "en2.txt"}, "en2.txt"},
		{"diff over --source", []string{"diff", "--source", "ru/doc1.txt", "-o", "ru/doc1.txt", "en.txt#1", "en2.txt#1"}, "ru/doc1.txt"},
		{"build over a text", []string{"build", "-o", "en.txt"}, "en.txt"},
		{"align over its target", []string{"align", "-o", "en.txt", "ru/doc1.txt", "en.txt#1"}, "en.txt"},
		{"glossary import over its input", []string{"glossary", "import", "-o", "glossary.yaml", "glossary.yaml"}, "glossary.yaml"},
		{"glossary export over its input", []string{"glossary", "export", "-o", "glossary.yaml", "glossary.yaml"}, "glossary.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, err := os.ReadFile(tt.input)
			if err != nil {
				t.Fatal(err)
			}
			code, _, errs := runSverka(t, "", tt.args...)
			if code != exitBad {
				t.Errorf("exit %d, want %d; stderr %q", code, exitBad, errs)
			}
			if !strings.Contains(errs, "is the input "+tt.input) {
				t.Errorf("stderr %q does not name the input %s", errs, tt.input)
			}
			after, err := os.ReadFile(tt.input)
			if err != nil {
				t.Fatal(err)
			}
			if string(after) != string(before) {
				t.Errorf("%s was overwritten", tt.input)
			}
		})
	}
	// Another output file is fine.
	if code, _, errs := runSverka(t, "", "export", "--format", "tsv", "-o", "out.tsv", "ru/doc1.txt", "en.txt#1"); code != exitClean {
		t.Errorf("export -o out.tsv: exit %d: %s", code, errs)
	}
}

// TestOutputMissingFolder: the error names the path the user gave, not the
// temporary file beside it.
func TestOutputMissingFolder(t *testing.T) {
	out := filepath.Join(t.TempDir(), "no", "such", "x.html")
	code, _, errs := runSverka(t, "", "export", "-o", out, exportRU, exportEN)
	if code != exitBad {
		t.Errorf("exit %d, want %d", code, exitBad)
	}
	if !strings.Contains(errs, out+": ") || strings.Contains(errs, ".tmp") {
		t.Errorf("stderr %q does not name %s (or names the temporary file)", errs, out)
	}
}
