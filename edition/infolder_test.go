package edition

import (
	"os"
	"path/filepath"
	"testing"
)

// TestInFolder: a file the edition names may not lead outside its folder
// through a symbolic link, whether it exists yet or is about to be written
// (align/doc1.json under a link "align" to a folder elsewhere).
func TestInFolder(t *testing.T) {
	ed, elsewhere := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(elsewhere, "secret.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(ed, "ru"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(elsewhere, filepath.Join(ed, "align")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(elsewhere, "secret.txt"), filepath.Join(ed, "en.txt")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		refuse bool
	}{
		{"ru/doc1.txt", false},        // not there yet, inside
		{"new/dir/doc1.json", false},  // a folder not made yet, inside
		{"en.txt", true},              // an existing link out
		{"align/doc1.json", true},     // a file not there yet, under a link out
		{"align/sub/doc1.json", true}, // deeper under it
	} {
		err := InFolder(ed, filepath.Join(ed, filepath.FromSlash(tc.name)))
		if (err != nil) != tc.refuse {
			t.Errorf("%s: err = %v, want refused %v", tc.name, err, tc.refuse)
		}
	}
}
