package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	diffOld = "testdata/diff/old.txt"
	diffNew = "testdata/diff/new.txt"
	diffRU  = "testdata/diff/ru.txt"
)

// TestDiffReportsTheEdits: new.txt is old.txt with three sentences edited,
// one split and one dropped; diff must report exactly that.
func TestDiffReportsTheEdits(t *testing.T) {
	code, out, errs := runSverka(t, "", "diff", diffOld, diffNew)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (differences): %s", code, errs)
	}
	if !strings.Contains(out, "\n4 sentences changed (1 split), 1 removed; 7 unchanged\n") {
		t.Errorf("summary wrong:\n%s", out)
	}
	for _, want := range []string{
		"[-2.3.51-]{+2 March 1951+}",
		"[-a construction-]{+an engineering+}",
		"[-60-]{+now 65+}",
		"removed   " + diffOld + ":7:1\n  [-Because of the severe frost, the laying of concrete at night has been stopped.-]",
		"split     " + diffOld + ":9:1 → " + diffNew + ":8:1 (2 sentences)",
		"[-storm-fright-]{+storm-fear+}",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour written to a buffer")
	}
}

func TestDiffIdenticalExitsZero(t *testing.T) {
	code, out, errs := runSverka(t, "", "diff", diffOld, diffOld)
	if code != 0 {
		t.Fatalf("exit %d, want 0: %s", code, errs)
	}
	if !strings.Contains(out, "no differences; 12 sentences unchanged") {
		t.Errorf("output:\n%s", out)
	}
}

func TestDiffColor(t *testing.T) {
	for _, tt := range []struct {
		name  string
		color bool // IO.Color: a terminal without NO_COLOR
		flag  string
		want  bool
	}{
		{"auto on a terminal", true, "auto", true},
		{"auto off a terminal or with NO_COLOR", false, "auto", false},
		{"never", true, "never", false},
		{"always", false, "always", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sio, out, _ := newTestIO("")
			sio.Color = tt.color
			Main([]string{"diff", "--color", tt.flag, diffOld, diffNew}, sio)
			if got := strings.Contains(out.String(), "\x1b[31m"); got != tt.want {
				t.Errorf("colour %v, want %v", got, tt.want)
			}
			if tt.want && strings.Contains(out.String(), "[-") {
				t.Error("colour output still has [- marks")
			}
		})
	}
}

func TestDiffHTML(t *testing.T) {
	path := filepath.Join(t.TempDir(), "review.html")
	code, _, errs := runSverka(t, "", "diff", "--format", "html", "-o", path, diffOld, diffNew)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<del>storm-fright</del><ins>storm-fear</ins>", "4 sentences changed (1 split), 1 removed; 7 unchanged", `class="removed"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
}

// TestDiffThroughSource pairs through the Russian original: both
// revisions are aligned with it, and the same edits come out.
func TestDiffThroughSource(t *testing.T) {
	code, out, errs := runSverka(t, "", "diff", "--unchanged", "--source", diffRU, diffOld, diffNew)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"\n4 sentences changed (1 split), 1 removed; 7 unchanged\n", "storm-fear", "engineering", "no answer so far", "LAVRENTYEV"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestDiffGlossaryRenderings(t *testing.T) {
	g, err := readGlossaryFlag("testdata/diff/glossary.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.MatchEnglish("one notices storm-fright")) == 0 {
		t.Skip("glossary.MatchEnglish finds nothing: glossary matching not merged yet")
	}
	_, out, _ := runSverka(t, "", "diff", "--glossary", "testdata/diff/glossary.yaml", diffOld, diffNew)
	if !strings.Contains(out, "Glossary renderings changed:") || !strings.Contains(out, `"storm-fright" → "storm-fear"`) {
		t.Errorf("rendering change not named:\n%s", out)
	}
}

func TestDiffErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"one arg", []string{"diff", diffOld}, "want OLD and NEW"},
		{"format", []string{"diff", "--format", "pdf", diffOld, diffNew}, `unknown format "pdf"`},
		{"color", []string{"diff", "--color", "sometimes", diffOld, diffNew}, "--color must be auto, always or never"},
		{"missing", []string{"diff", diffOld, "testdata/diff/none.txt"}, "testdata/diff/none.txt"},
		{"missing source", []string{"diff", "--source", "testdata/diff/none-ru.txt", diffOld, diffNew}, "testdata/diff/none-ru.txt"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runSverka(t, "", tt.args...)
			if code != 2 || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errs, tt.want)
			}
		})
	}
}
