package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/sharedtest"
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
	if !strings.Contains(out, "\n4 sentences changed (1 split), 1 removed; 8 unchanged\n") {
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
			if got := strings.Contains(out.String(), "\x1b[31;9m"); got != tt.want {
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
	for _, want := range []string{"<del>storm-fright</del><ins>storm-fear</ins>", "4 sentences changed (1 split), 1 removed; 8 unchanged", `class="removed"`} {
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
	for _, want := range []string{"\n4 sentences changed (1 split), 1 removed; 8 unchanged\n", "storm-fear", "engineering", "no answer so far", "LAVRENTYEV"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestDiffGlossaryRenderings(t *testing.T) {
	g, err := loadGlossary(nil, "testdata/diff/glossary.yaml")
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

// TestDiffSeedRevision revises Document 1 of the reference edition as a
// translator would (three sentences edited, one split, one dropped) and
// checks that diff reports exactly that, pairing directly and through the
// Russian original.
func TestDiffSeedRevision(t *testing.T) {
	seed := sharedtest.Path(t, "seeds", "000_cd92320a92b46101.txt")
	ru := sharedtest.Path(t, "corpus", "korea-1950", "ru", "doc1.txt")
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Skipf("reference edition not readable: %v", err)
	}
	text := string(b)
	for _, e := range []struct{ old, new string }{
		{"The regiment's overflight should take two days.", "The overflight of the regiment should take two days."},
		{"In a very cautious manner", "In a most cautious manner"},
		{"up to eight-ten days", "up to eight to ten days"},
		{"to transfer this battalion, given the transport overload across the Yalu River in the vicinity of Andong.",
			"to transfer this battalion. The transport across the Yalu River in the vicinity of Andong is overloaded."},
		{" Otherwise, our airplanes on the ground will be subject to sudden raids by the enemy's aviation.", ""},
	} {
		if !strings.Contains(text, e.old) {
			t.Skipf("the reference edition has changed: %q not found", e.old)
		}
		text = strings.Replace(text, e.old, e.new, 1)
	}
	revised := filepath.Join(t.TempDir(), "revised.txt")
	if err := os.WriteFile(revised, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"diff", seed + "#1", revised + "#1"},
		{"diff", "--source", ru, seed + "#1", revised + "#1"},
	} {
		code, out, errs := runSverka(t, "", args...)
		if code != 1 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		if !strings.Contains(out, "\n4 sentences changed (1 split), 1 removed; ") {
			t.Errorf("%v: summary wrong:\n%s", args, out)
		}
		for _, want := range []string{"[-very-]{+most+}", "[-eight-ten-]{+eight to ten+}", "[-, given the-]{+. The+} transport [-overload -]"} {
			if !strings.Contains(out, want) {
				t.Errorf("%v: output lacks %q:\n%s", args, want, out)
			}
		}
	}
	// The whole collections: documents paired by id, only the first
	// changed.
	code, out, errs := runSverka(t, "", "diff", seed, revised)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// The five untouched documents are only counted in the total.
	if n := strings.Count(out, "no differences; "); n != 0 {
		t.Errorf("%d blocks for documents without differences, want none:\n%s", n, out)
	}
	if !strings.Contains(out, "\nIn all, 6 documents, 1 with differences: ") {
		t.Errorf("no total over the six documents:\n%s", out)
	}
	if !strings.Contains(out, "+++ "+revised+"#1\n") || strings.Count(out, "\n4 sentences changed (1 split), 1 removed; ") != 1 {
		t.Errorf("document 1 not reported as revised:\n%s", out)
	}
	// The same as one HTML page, a section a document.
	code, out, errs = runSverka(t, "", "diff", "--format", "html", seed, revised)
	if code != 1 {
		t.Fatalf("html: exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "<section id="); n != 6 || strings.Count(out, "<!DOCTYPE html>") != 1 {
		t.Errorf("html: %d sections, want 6 on one page", n)
	}
}

// TestDiffCollectionsTotal: diffing two collections prints, after each
// document's summary, the total over all of them (text and HTML).
func TestDiffCollectionsTotal(t *testing.T) {
	old, new := "testdata/diff/old-collection.txt", "testdata/diff/new-collection.txt"
	const total = "In all, 2 documents, 1 with differences: 1 sentence changed (1 split), 1 removed; 6 unchanged"
	code, out, errs := runSverka(t, "", "diff", old, new)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// Document 2 is untouched: only the total counts it.
	if !strings.HasSuffix(out, "\n1 sentence changed (1 split), 1 removed; 2 unchanged\n\n"+total+"\n") || strings.Contains(out, "no differences") || strings.Contains(out, "#2\n") {
		t.Errorf("the total is not the last line after the one changed document's summary:\n%s", out)
	}
	// --unchanged shows the untouched document too.
	code, out, errs = runSverka(t, "", "diff", "--unchanged", old, new)
	if code != 1 {
		t.Fatalf("--unchanged: exit %d: %s", code, errs)
	}
	if !strings.HasSuffix(out, "\nno differences; 4 sentences unchanged\n\n"+total+"\n") {
		t.Errorf("--unchanged: the untouched document not shown:\n%s", out)
	}
	code, out, errs = runSverka(t, "", "diff", "--format", "html", old, new)
	if code != 1 {
		t.Fatalf("html: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `<p class="summary total ui">`+total+`</p>`) {
		t.Errorf("html: no total:\n%s", out)
	}
	// One document: no total.
	_, out, _ = runSverka(t, "", "diff", old+"#1", new+"#1")
	if strings.Contains(out, "In all") {
		t.Errorf("a total for one document:\n%s", out)
	}
}
