package align

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/sharedtest"
)

// The Text+Berg German–French gold set (../shared/eval/textberg-de-fr):
// the aligner must reach a strict F1 of at least 0.85 on the test set, blind:
// the weights are tuned on the dev set only (TestTune), and no test file is
// looked at to set them.

type bitext struct {
	name     string
	src, tgt []Sentence
	gold     []Link
}

func readLines(t testing.TB, path string) []Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Sentence
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		out = append(out, Sentence{Text: strings.TrimRight(sc.Text(), "\r")})
	}
	return out
}

func loadTextBerg(t testing.TB, names ...string) []bitext {
	t.Helper()
	dir := sharedtest.Path(t, "eval", "textberg-de-fr")
	var out []bitext
	for _, n := range names {
		g, err := os.Open(filepath.Join(dir, n+".defr"))
		if err != nil {
			t.Skipf("Text+Berg set not found: %v", err)
		}
		gold, err := ReadLinks(n+".defr", g)
		g.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, bitext{name: n, src: readLines(t, filepath.Join(dir, n+".de")),
			tgt: readLines(t, filepath.Join(dir, n+".fr")), gold: gold})
	}
	return out
}

var textBergTest = []string{"test0", "test1", "test2", "test3", "test4", "test5", "test6"}

func scoreSet(t testing.TB, set []bitext, p params) Scores {
	t.Helper()
	c := countSet(t, set, p)
	return c.Scores()
}

func countSet(t testing.TB, set []bitext, p params) Counts {
	t.Helper()
	var c Counts
	for _, b := range set {
		links, err := alignWith(b.src, b.tgt, Options{Gaps: true}, p)
		if err != nil {
			t.Fatal(err)
		}
		c.Compare(b.gold, links)
	}
	return c
}

func TestTextBergStrictF1(t *testing.T) {
	set := loadTextBerg(t, textBergTest...)
	s := scoreSet(t, set, defaultParams())
	t.Logf("test: strict P %.3f R %.3f F1 %.3f, lax F1 %.3f", s.StrictP, s.StrictR, s.StrictF1, s.LaxF1)
	if s.StrictF1 < 0.85 {
		t.Errorf("strict F1 %.3f on Text+Berg test, want at least 0.85", s.StrictF1)
	}
}

func TestTextBergDev(t *testing.T) {
	set := loadTextBerg(t, "dev")
	s := scoreSet(t, set, defaultParams())
	t.Logf("dev: strict P %.3f R %.3f F1 %.3f, lax F1 %.3f", s.StrictP, s.StrictR, s.StrictF1, s.LaxF1)
	if s.StrictF1 < 0.80 {
		t.Errorf("strict F1 %.3f on Text+Berg dev, want at least 0.80", s.StrictF1)
	}
}

// TestTextBergConfidence checks that the confidence means what it says:
// links at 0.9 or more are nearly always exactly right. The map is fitted on
// dev only, so the test set's share is blind.
func TestTextBergConfidence(t *testing.T) {
	for _, set := range [][]string{{"dev"}, textBergTest} {
		var sure, right int
		for _, b := range loadTextBerg(t, set...) {
			links, err := Align(b.src, b.tgt, Options{Gaps: true})
			if err != nil {
				t.Fatal(err)
			}
			gold := linkSet(b.gold)
			for _, l := range links {
				if l.Confidence >= 0.9 {
					sure++
					if gold[linkKey(l)] {
						right++
					}
				}
			}
		}
		share := float64(right) / float64(max(sure, 1))
		t.Logf("%v: %d links with confidence >= 0.9, %.1f%% exactly right", set, sure, 100*share)
		if sure < 50 || share < 0.88 {
			t.Errorf("%v: %d of %d links with confidence >= 0.9 right, want at least 88%% of 50 or more", set, right, sure)
		}
	}
}

// TestTextBergAblation reports what each kind of evidence adds, with the
// weights tuned on dev frozen: the test columns are blind. Each row adds one
// kind to the row above; the last rows take one thing out of the full model.
// It asserts that each kind of evidence helps on the test set.
func TestTextBergAblation(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	test := loadTextBerg(t, textBergTest...)
	dev := loadTextBerg(t, "dev")
	full := evNumbers | evIdentical | evCognates | evLearned | evPairs
	rows := []struct {
		name string
		set  func(p *params)
	}{
		{"length only", func(p *params) { p.ev = 0 }},
		{"+ numbers, identical words", func(p *params) { p.ev = evNumbers | evIdentical }},
		{"+ cognates", func(p *params) { p.ev = evNumbers | evIdentical | evCognates }},
		{"+ learned table (full)", func(p *params) { p.ev = full }},
		{"full, no debris cost", func(p *params) { p.junkCost = p.prior[[2]int{1, 0}] }},
		{"full, no cognates", func(p *params) { p.ev = full &^ evCognates }},
	}
	var strict []float64
	for _, r := range rows {
		p := defaultParams().clone()
		r.set(&p)
		st, sd := scoreSet(t, test, p), scoreSet(t, dev, p)
		t.Logf("| %-28s | %.3f | %.3f | %.3f | %.3f |", r.name, st.StrictF1, st.LaxF1, sd.StrictF1, sd.LaxF1)
		strict = append(strict, st.StrictF1)
	}
	for k := 1; k < 4; k++ {
		if strict[k] <= strict[k-1] {
			t.Errorf("%s: strict F1 %.3f, no better than %.3f without it", rows[k].name, strict[k], strict[k-1])
		}
	}
}

// TestTextBergFreeDict measures the Text+Berg test set with FreeDict's
// German–French dictionary as Debian installs it (read where it is: its
// licence is the GPL).
func TestTextBergFreeDict(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	if !isFile(DictdDir + "/freedict-deu-fra.index") {
		t.Skip("freedict-deu-fra not installed (apt-get install dict-freedict-deu-fra)")
	}
	pairs, err := ReadDictionary("freedict-deu-fra")
	if err != nil {
		t.Fatal(err)
	}
	score := func(set []bitext) Scores {
		var c Counts
		for _, b := range set {
			links, err := alignWith(b.src, b.tgt, Options{Pairs: pairs, Gaps: true}, defaultParams())
			if err != nil {
				t.Fatal(err)
			}
			c.Compare(b.gold, links)
		}
		return c.Scores()
	}
	s, d := score(loadTextBerg(t, textBergTest...)), score(loadTextBerg(t, "dev"))
	t.Logf("with FreeDict deu-fra (%d pairs): test strict P %.3f R %.3f F1 %.3f, lax F1 %.3f; dev strict F1 %.3f, lax F1 %.3f",
		len(pairs), s.StrictP, s.StrictR, s.StrictF1, s.LaxF1, d.StrictF1, d.LaxF1)
	if s.StrictF1 < 0.88 {
		t.Errorf("strict F1 %.3f with FreeDict, want at least 0.88", s.StrictF1)
	}
}

// TestTextBergTogether aligns the test set's seven articles as one
// collection (AlignDocuments: one word table learned from all of them), as
// sverka align aligns the documents of a collection file, with and without
// FreeDict's German–French dictionary.
func TestTextBergTogether(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	set := loadTextBerg(t, textBergTest...)
	var pairs []WordPair
	if isFile(DictdDir + "/freedict-deu-fra.index") {
		var err error
		if pairs, err = ReadDictionary("freedict-deu-fra"); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name  string
		pairs []WordPair
		want  float64
	}{{"", nil, 0.85}, {" with FreeDict deu-fra", pairs, 0.88}} {
		if c.name != "" && pairs == nil {
			t.Log("freedict-deu-fra not installed (apt-get install dict-freedict-deu-fra)")
			continue
		}
		var docs []Documents
		for _, b := range set {
			docs = append(docs, Documents{Source: b.src, Target: b.tgt})
		}
		out, err := AlignDocuments(docs, Options{Pairs: c.pairs, Gaps: true})
		if err != nil {
			t.Fatal(err)
		}
		var counts Counts
		for k, b := range set {
			counts.Compare(b.gold, out[k])
		}
		s := counts.Scores()
		t.Logf("test aligned together%s: strict P %.3f R %.3f F1 %.3f, lax F1 %.3f", c.name, s.StrictP, s.StrictR, s.StrictF1, s.LaxF1)
		if s.StrictF1 < c.want {
			t.Errorf("strict F1 %.3f aligned together%s, want at least %.2f", s.StrictF1, c.name, c.want)
		}
	}
}

// linkSet is the set of links by linkKey, to tell an output link exactly
// right.
func linkSet(links []Link) map[string]bool {
	set := make(map[string]bool, len(links))
	for _, l := range links {
		set[linkKey(l)] = true
	}
	return set
}
