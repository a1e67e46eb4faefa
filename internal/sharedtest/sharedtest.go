// Package sharedtest finds the project's shared material (../shared beside
// the clone) for tests and benchmarks, and skips them where it is absent, so
// that `go test ./...` passes on a fresh clone alone.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Lookup returns the shared folder and whether there is one. It looks at
// $SVERKA_SHARED, then beside each parent of the working directory.
func Lookup() (string, bool) {
	if d := os.Getenv("SVERKA_SHARED"); d != "" {
		return d, true
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		cand := filepath.Join(filepath.Dir(dir), "shared")
		if isDir(filepath.Join(cand, "seeds")) && isDir(filepath.Join(cand, "formats")) {
			return cand, true
		}
		if filepath.Dir(dir) == dir {
			return "", false
		}
	}
}

// Dir returns the shared folder, or skips the test when there is none.
func Dir(tb testing.TB) string {
	tb.Helper()
	d, ok := Lookup()
	if !ok {
		tb.Skip("shared material (../shared) not found: skipped")
	}
	return d
}

// Path joins elem to the shared folder, or skips the test when there is
// none.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	return filepath.Join(append([]string{Dir(tb)}, elem...)...)
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
