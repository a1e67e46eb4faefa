package main

import (
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
