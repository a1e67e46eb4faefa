package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildExampleEdition runs the README's first command on a copy of the
// shipped example edition: the two planted errors are reported, the HTML
// edition is written beside sverka.yaml and its place is said.
func TestBuildExampleEdition(t *testing.T) {
	dir := exampleEdition(t)
	os.Remove(filepath.Join(dir, "edition.html"))
	config := filepath.Join(dir, "sverka.yaml")

	code, out, errb := runSverka(t, "", "build", "--config", config)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d (the planted errors); stderr:\n%s", code, exitFindings, errb)
	}
	for _, want := range []string{"term-forbidden", "Lavrentiev", "gloss-mismatch", "[shtormoboyazn]"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	// where the file is, said once, on stderr: stdout holds the findings
	if n := strings.Count(out+errb, "edition.html"); n != 1 || !strings.Contains(errb, "sverka: wrote ") {
		t.Errorf("the place of the file is said %d times; stdout:\n%s\nstderr:\n%s", n, out, errb)
	}
	html, err := os.ReadFile(filepath.Join(dir, "edition.html"))
	if err != nil {
		t.Fatalf("the HTML edition was not written: %v", err)
	}
	for _, want := range []string{"Работы ведутся в две смены.", "The concrete work is 60 percent complete.", "the crews - NO",
		`finding finding-error`, `<span class="tip" role="tooltip" id="tip-f`, `">error term-forbidden: `, `<mark class="finding">check finding</mark>`, `<section id="findings"`} {
		if !strings.Contains(string(html), want) {
			t.Errorf("edition.html lacks %q", want)
		}
	}
}

// TestBuildOutput: -o puts the edition elsewhere and says so.
func TestBuildOutput(t *testing.T) {
	dir := exampleEdition(t)
	out := filepath.Join(t.TempDir(), "ed.html")
	code, stdout, errb := runSverka(t, "", "build", "--config", filepath.Join(dir, "sverka.yaml"), "-o", out)
	if code != exitFindings {
		t.Fatalf("exit %d; stderr:\n%s", code, errb)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("-o %s not written: %v", out, err)
	}
	if !strings.Contains(errb, "wrote "+out) || strings.Contains(stdout, out) {
		t.Errorf("stderr does not say where the file is:\n%s", errb)
	}
}

// TestBuildOutputFolderFirst: -o into a folder that does not exist fails
// at once, before the alignment and the check.
func TestBuildOutputFolderFirst(t *testing.T) {
	dir := exampleEdition(t)
	out := filepath.Join(t.TempDir(), "nod", "x.html")
	code, stdout, errb := runSverka(t, "", "build", "--config", filepath.Join(dir, "sverka.yaml"), "-o", out)
	if code != exitBad {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitBad, errb)
	}
	if !strings.Contains(errb, "does not exist") || stdout != "" {
		t.Errorf("want only the missing folder said; stdout:\n%s\nstderr:\n%s", stdout, errb)
	}
}

func TestBuildWithoutConfig(t *testing.T) {
	code, _, errb := runSverka(t, "", "build", "--config", filepath.Join(t.TempDir(), "sverka.yaml"))
	if code != exitBad {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitBad, errb)
	}
}

// TestWriteFileAtomicFollowsSymlink: writing through a symbolic link
// replaces the file it points to and keeps the link.
func TestWriteFileAtomicFollowsSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.html")
	link := filepath.Join(dir, "link.html")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	err := writeFileAtomic(link, func(w io.Writer) error {
		_, err := io.WriteString(w, "new")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced by a plain file (%v)", err)
	}
	if b, _ := os.ReadFile(target); string(b) != "new" {
		t.Fatalf("target holds %q, want %q", b, "new")
	}
}
