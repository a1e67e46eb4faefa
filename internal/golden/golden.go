// Package golden compares test output with golden files and rewrites them
// when the tests run with -update. It is the one place that registers the
// -update flag, so every test package that imports it shares one flag.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Update reports whether the tests run with -update.
func Update() bool { return *update }

// Check compares got with the golden file at path. With -update it rewrites
// the file instead, creating its folders.
func Check[T string | []byte](t testing.TB, path string, got T) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal([]byte(got), want) {
		t.Errorf("output differs from %s (go test -update rewrites it; review the diff):\n%s", path, FirstDiff(string(want), string(got)))
	}
}

// FirstDiff shows the first line where want and got part, quoted so that
// trailing spaces and invisible characters show.
func FirstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		w, g := "(end of output)", "(end of output)"
		if i < len(wl) {
			w = fmt.Sprintf("%q", wl[i])
		}
		if i < len(gl) {
			g = fmt.Sprintf("%q", gl[i])
		}
		if w != g {
			return fmt.Sprintf("line %d:\n want: %s\n  got: %s", i+1, w, g)
		}
	}
	return ""
}
