package main

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// The -update flag rewrites golden files. Another test file of this package
// may declare it; register it only when nobody has (package variables are
// initialised before init functions run).
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

// glossaryGolden compares got with testdata/glossary/NAME, or rewrites the
// file with -update.
func glossaryGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "glossary", name)
	if f := flag.Lookup("update"); f != nil {
		if up, _ := strconv.ParseBool(f.Value.String()); up {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if string(got) != string(want) {
		t.Errorf("output differs from %s (run go test -update to accept):\n%s", path, got)
	}
}
