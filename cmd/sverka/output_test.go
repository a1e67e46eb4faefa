package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
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

// TestWriteFileAtomicNamesUserFile: a failure after the temporary file
// exists (a full disk while writing, a rename refused) names the file the
// user asked for, never the temporary file, and leaves no temporary file.
func TestWriteFileAtomicNamesUserFile(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, path string)
		write func(dir string) func(w io.Writer) error
		cause error
	}{
		{
			name: "write fails",
			write: func(dir string) func(w io.Writer) error {
				return func(w io.Writer) error {
					// The disk fills while the temporary file is written.
					matches, _ := filepath.Glob(filepath.Join(dir, ".*.tmp*"))
					if len(matches) != 1 {
						return fmt.Errorf("temporary files %v", matches)
					}
					return &fs.PathError{Op: "write", Path: matches[0], Err: syscall.ENOSPC}
				}
			},
			cause: syscall.ENOSPC,
		},
		{
			name: "rename fails",
			setup: func(t *testing.T, path string) {
				// A folder stands where the file goes.
				if err := os.MkdirAll(filepath.Join(path, "черновик"), 0o755); err != nil {
					t.Fatal(err)
				}
			},
			write: func(string) func(w io.Writer) error {
				return func(w io.Writer) error {
					_, err := io.WriteString(w, "СРОЧНО ХАБАРОВСК ТЧК\n")
					return err
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "телеграмма.txt")
			if tt.setup != nil {
				tt.setup(t, path)
			}
			err := writeFileAtomic(path, tt.write(dir))
			if err == nil {
				t.Fatal("no error")
			}
			if msg := err.Error(); !strings.HasPrefix(msg, path+": cannot write: ") || strings.Contains(msg, ".tmp") {
				t.Errorf("error %q does not name %s (or names the temporary file)", msg, path)
			}
			if tt.cause != nil && !errors.Is(err, tt.cause) {
				t.Errorf("error %q lost its cause %v", err, tt.cause)
			}
			if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp*")); len(left) != 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}
