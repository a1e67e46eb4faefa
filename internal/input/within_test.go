package input

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWithin(t *testing.T) {
	edition := t.TempDir()
	elsewhere := t.TempDir()
	victim := filepath.Join(elsewhere, "victim.txt")
	os.WriteFile(victim, []byte("не трогать\n"), 0o644)
	link := func(name, to string) string {
		p := filepath.Join(edition, name)
		if err := os.Symlink(to, p); err != nil {
			t.Skipf("no symbolic links: %v", err)
		}
		return p
	}
	inside := filepath.Join(edition, "base.json")
	os.WriteFile(inside, []byte("{}"), 0o644)
	for _, tc := range []struct {
		name string
		want bool
	}{
		{inside, true},
		{filepath.Join(edition, "new.json"), true},
		{link("to-inside.json", "base.json"), true},
		{link("to-victim.json", victim), false},
		{link("to-missing.json", filepath.Join(elsewhere, "not-yet.txt")), false},
		{link("relative.json", "../"+filepath.Base(elsewhere)+"/victim.txt"), false},
		{filepath.Join(elsewhere, "x.json"), false},
		{link("dangling", "not-yet-made"), true}, // writing would make it inside
		{link("loop-a", "loop-b"), false},        // a loop leads nowhere
		{link("loop-b", "loop-a"), false},
	} {
		if got := Within(tc.name, edition); got != tc.want {
			t.Errorf("Within(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
	if !Within(victim, edition, elsewhere) {
		t.Error("a file inside the second folder")
	}
}
