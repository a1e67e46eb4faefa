package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildExampleEdition runs the README's first command on a copy of the
// shipped example edition: the two planted errors are reported, the HTML
// edition is written beside sverka.yaml and its place is said.
func TestBuildExampleEdition(t *testing.T) {
	dir := copyTree(t, filepath.Join("..", "..", "examples", "telegrams"))
	os.Remove(filepath.Join(dir, "edition.html"))
	config := filepath.Join(dir, "sverka.yaml")

	code, out, errb := runMain(t, "build", "--config", config)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d (the planted errors); stderr:\n%s", code, exitFindings, errb)
	}
	for _, want := range []string{"term-forbidden", "Lavrentiev", "gloss-mismatch", "[shtormoboyazn]", "edition.html"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	html, err := os.ReadFile(filepath.Join(dir, "edition.html"))
	if err != nil {
		t.Fatalf("the HTML edition was not written: %v", err)
	}
	for _, want := range []string{"Работы ведутся в две смены.", "The concrete work is 60 percent complete.", "the crews - NO"} {
		if !strings.Contains(string(html), want) {
			t.Errorf("edition.html lacks %q", want)
		}
	}
}

// TestBuildOutput: -o puts the edition elsewhere and says so.
func TestBuildOutput(t *testing.T) {
	dir := copyTree(t, filepath.Join("..", "..", "examples", "telegrams"))
	out := filepath.Join(t.TempDir(), "ed.html")
	code, stdout, errb := runMain(t, "build", "--config", filepath.Join(dir, "sverka.yaml"), "-o", out)
	if code != exitFindings {
		t.Fatalf("exit %d; stderr:\n%s", code, errb)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("-o %s not written: %v", out, err)
	}
	if !strings.Contains(stdout, out) {
		t.Errorf("stdout does not say where the file is:\n%s", stdout)
	}
}

func TestBuildWithoutConfig(t *testing.T) {
	code, _, errb := runMain(t, "build", "--config", filepath.Join(t.TempDir(), "sverka.yaml"))
	if code != exitBad {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitBad, errb)
	}
}
