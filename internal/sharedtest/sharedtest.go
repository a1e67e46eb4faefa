// Package sharedtest finds the project's shared material (../shared beside
// the clone) for tests and benchmarks, and skips them where it is absent, so
// that `go test ./...` passes on a fresh clone alone.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder, or skips the test when there is none. It
// looks beside each parent of the working directory, and at $SVERKA_SHARED.
func Dir(tb testing.TB) string {
	tb.Helper()
	if d := os.Getenv("SVERKA_SHARED"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		tb.Skipf("shared material not found: %v", err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		cand := filepath.Join(filepath.Dir(dir), "shared")
		if _, err := os.Stat(filepath.Join(cand, "README.md")); err == nil {
			if _, err := os.Stat(filepath.Join(cand, "seeds")); err == nil {
				return cand
			}
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	tb.Skip("shared material (../shared) not found: skipped")
	return ""
}

// Path joins elem to the shared folder.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	return filepath.Join(append([]string{Dir(tb)}, elem...)...)
}
