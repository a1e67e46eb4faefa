package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFirstDiff(t *testing.T) {
	for _, tt := range []struct {
		want, got, diff string
	}{
		{"Москва\nКремль\n", "Москва\nКремль\n", ""},
		{"Москва\nКремль\n", "Москва\nКрем ль\n", "line 2:\n want: \"Кремль\"\n  got: \"Крем ль\""},
		{"Москва\n", "Москва\nТЧК\n", "line 2:\n want: \"\"\n  got: \"ТЧК\""},
		{"Москва\nТЧК", "Москва", "line 2:\n want: \"ТЧК\"\n  got: (end of output)"},
	} {
		if d := FirstDiff(tt.want, tt.got); d != tt.diff {
			t.Errorf("FirstDiff(%q, %q) = %q, want %q", tt.want, tt.got, d, tt.diff)
		}
	}
}

// recorder records failures instead of failing the test that uses it.
type recorder struct {
	testing.TB
	errors []string
	fatal  bool
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, format)
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatal = true
	r.errors = append(r.errors, format)
}

func TestCheck(t *testing.T) {
	if Update() {
		t.Skip("-update rewrites instead of comparing")
	}
	path := filepath.Join(t.TempDir(), "telegram.golden")
	if err := os.WriteFile(path, []byte("СРОЧНО МОСКВА\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var same recorder
	Check(&same, path, "СРОЧНО МОСКВА\n")
	if len(same.errors) != 0 {
		t.Errorf("equal output reported: %v", same.errors)
	}
	var differ recorder
	Check(&differ, path, []byte("СРОЧНО ХАБАРОВСК\n"))
	if len(differ.errors) != 1 || !strings.Contains(differ.errors[0], "differs") {
		t.Errorf("different output not reported: %v", differ.errors)
	}
	var missing recorder
	Check(&missing, filepath.Join(t.TempDir(), "absent.golden"), "ТЧК")
	if !missing.fatal {
		t.Error("a missing golden file is not fatal")
	}
}

func TestCheckUpdateCreatesFolders(t *testing.T) {
	old := *update
	*update = true
	defer func() { *update = old }()
	path := filepath.Join(t.TempDir(), "new", "folder", "telegram.golden")
	Check(t, path, "ВОЛНЕНИЕ МОРЯ ТЧК\n")
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "ВОЛНЕНИЕ МОРЯ ТЧК\n" {
		t.Errorf("rewritten file: %q, %v", b, err)
	}
}
