package edition

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRelMessage: the files under the folder are named relative to it,
// given as the caller gave it or as an absolute path, as the review's
// findings and the edition's marks both show them.
func TestRelMessage(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	sep := string(filepath.Separator)
	for _, tc := range []struct{ msg, dir, want string }{
		{"ed" + sep + "en.txt:3:1: no gloss", "ed", "en.txt:3:1: no gloss"},
		{"ed" + sep + "en.txt:3:1: no gloss", "ed" + sep, "en.txt:3:1: no gloss"},
		{filepath.Join(wd, "ed", "ru", "doc1.txt") + ":2:4: слово", "ed", filepath.Join("ru", "doc1.txt") + ":2:4: слово"},
		{filepath.Join(wd, "en.txt") + ": see .." + sep + "other.txt", ".", "en.txt: see .." + sep + "other.txt"},
		{"ed" + sep + "en.txt", "", "ed" + sep + "en.txt"},
		{"the original (ed" + sep + "ru.txt:1:1) and data" + sep + "x", "a", "the original (ed" + sep + "ru.txt:1:1) and data" + sep + "x"},
		{"the original (ed" + sep + "ru.txt:1:1) and data" + sep + "ed" + sep + "x", "ed", "the original (ru.txt:1:1) and data" + sep + "ed" + sep + "x"},
	} {
		if got := RelMessage(tc.msg, tc.dir); got != tc.want {
			t.Errorf("RelMessage(%q, %q) = %q, want %q", tc.msg, tc.dir, got, tc.want)
		}
	}
}
