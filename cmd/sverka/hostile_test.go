package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// withinDeadline fails the test when fn has not returned after d: a bound
// far above what the work should take, never a timing.
func withinDeadline(t *testing.T, d time.Duration, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s still running after %v", what, d)
	}
}

// writeFile writes a test input and returns its path.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNestedBracketsBounded: a 32 KB line of 16,000 nested brackets, as a
// pull request may hold, took check 65 s; now each command reads it in
// linear time and notes names the bracket past the bound.
func TestNestedBracketsBounded(t *testing.T) {
	line := strings.Repeat("[", 16000) + "the crews - NO" + strings.Repeat("]", 16000) + "\n"
	d := writeFile(t, t.TempDir(), "d.txt", line)
	for _, cmd := range []string{"check", "notes", "segment"} {
		var code int
		var out string
		withinDeadline(t, 20*time.Second, cmd+" on 16,000 nested brackets", func() {
			code, out, _ = runSverka(t, "", cmd, d)
		})
		if code > exitFindings {
			t.Errorf("%s: exit %d", cmd, code)
		}
		if cmd == "notes" && !strings.Contains(out, ": too-deep: [") {
			t.Errorf("notes does not name the bracket past the bound:\n%.300s", out)
		}
	}
}

// exampleEdition copies the example edition into a temporary folder.
func exampleEdition(t *testing.T) string {
	return copyTree(t, filepath.Join("..", "..", "examples", "telegrams"))
}

// TestEditionGlossaryAliases: an edition glossary of aliases (2.2 GB and
// 2 min in check) is refused at its first alias, with its position.
func TestEditionGlossaryAliases(t *testing.T) {
	dir := exampleEdition(t)
	var b strings.Builder
	b.WriteString("entries:\n  - russian: штормобоязнь\n    renderings: &R\n")
	for i := range 3000 {
		fmt.Fprintf(&b, "      - storm-fright %d\n", i)
	}
	for i := range 3000 {
		fmt.Fprintf(&b, "  - russian: термин%d\n    renderings: *R\n", i)
	}
	writeFile(t, dir, "glossary.yaml", b.String())
	var code int
	var errb string
	withinDeadline(t, 20*time.Second, "check with a glossary of aliases", func() {
		code, _, errb = runSverka(t, "", "check", "--config", filepath.Join(dir, "sverka.yaml"))
	})
	if code != exitBad || !strings.Contains(errb, "glossary.yaml:3005:17: alias *R") {
		t.Fatalf("exit %d, stderr %.300q", code, errb)
	}
}

// TestNonRegularInputs: each file sverka reads by name, made a link to
// /dev/zero (as a pull request can make .sverka-baseline.json or
// sverka.yaml), is refused at once instead of read until memory runs out.
func TestNonRegularInputs(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	dir := exampleEdition(t)
	zero := filepath.Join(dir, "zero")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	cfg := filepath.Join(dir, "sverka.yaml")
	en := filepath.Join(dir, "en.txt")
	ru := filepath.Join(dir, "ru", "doc1.txt")
	for _, args := range [][]string{
		{"check", "--config", zero},
		{"check", "--glossary", zero, "--config", cfg},
		{"check", "--baseline", zero, "--config", cfg},
		{"glossary", "list", zero},
		{"glossary", "import", "--format", "csv", zero},
		{"glossary", "import", zero + ".tbx"},
		{"glossary", "export", zero},
		{"align", "--keep", zero, ru, en + "#1"},
		{"export", "--alignment", zero, ru, en + "#1"},
		{"segment", "--boilerplate", zero, en},
		{"segment", zero},
		{"eval", "--gold", zero, "--test", cfg},
	} {
		if args[len(args)-1] == zero+".tbx" {
			os.Symlink("/dev/zero", zero+".tbx")
		}
		var code int
		var errb string
		withinDeadline(t, 10*time.Second, strings.Join(args, " "), func() {
			code, _, errb = runSverka(t, "", args...)
		})
		if code != exitBad || !strings.Contains(errb, "not a regular file") {
			t.Errorf("%v: exit %d, stderr %.300q", args, code, errb)
		}
	}
}

// TestMissingEditionGlossary: a glossary sverka.yaml names but that is not
// there is reported at its line in sverka.yaml.
func TestMissingEditionGlossary(t *testing.T) {
	dir := exampleEdition(t)
	os.Remove(filepath.Join(dir, "glossary.yaml"))
	code, _, errb := runSverka(t, "", "check", "--config", filepath.Join(dir, "sverka.yaml"))
	want := filepath.Join(dir, "sverka.yaml") + ":7:11: glossary glossary.yaml: no such file or directory"
	if code != exitBad || !strings.Contains(errb, want) {
		t.Fatalf("exit %d, stderr %q, want %q", code, errb, want)
	}
}
