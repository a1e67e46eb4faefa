//go:build tune

package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/sharedtest"
)

// variantScores prints what a variant of the weights scores on dev, its
// halves and pieces, and korea.
func variantScores(t *testing.T, name string, p params, dict []WordPair) string {
	score := func(set []bitext, pairs []WordPair) float64 { return scoreApart(t, set, pairs, p) }
	together := func(set []bitext, pairs []WordPair) float64 { return scoreTogether(t, set, pairs, p) }
	var b strings.Builder
	dev := loadTextBerg(t, "dev")
	h := devHalves(t)
	fmt.Fprintf(&b, "%-24s dev %.4f a %.4f b %.4f |", name, score(dev, nil), score(h[:1], nil), score(h[1:], nil))
	for k := 2; k <= 4; k++ {
		pc := devPieces(t, k)
		fmt.Fprintf(&b, " p%d %.4f/%.4f", k, score(pc, nil), together(pc, nil))
	}
	if dict != nil {
		fmt.Fprintf(&b, " | FD %.4f", score(dev, dict))
	}
	// korea pre-split and end to end
	docs := loadKoreaGold(t)
	shared := sharedtest.Dir(t)
	var pre, e2e Counts
	for _, d := range docs {
		links, err := alignWith(preSplit(d.ruData, d.ru), preSplit(d.enData, d.en), Options{}, p)
		if err != nil {
			t.Fatal(err)
		}
		pre.Compare(d.gold, links)
		ruSegs, ruMap := readKoreaSide(t, filepath.Join(shared, d.ruFile), "", d.ru)
		enSegs, enMap := readKoreaSide(t, filepath.Join(shared, d.enFile), d.id, d.en)
		links, err = alignWith(FromSegments(ruSegs), FromSegments(enSegs), Options{}, p)
		if err != nil {
			t.Fatal(err)
		}
		e2e.Compare(d.gold, mapToGold(links, ruMap, enMap))
	}
	fmt.Fprintf(&b, " | korea %.3f %.3f", pre.Scores().StrictF1, e2e.Scores().StrictF1)
	for _, enc := range []bool{false, true} {
		src, tgt, gold := devLong(t, 4, enc)
		links, err := alignWith(src, tgt, Options{Gaps: true}, p)
		if err != nil {
			t.Fatal(err)
		}
		var c Counts
		c.Compare(gold, links)
		fmt.Fprintf(&b, " | dev×4 enc %v %.3f", enc, c.Scores().StrictF1)
	}
	return b.String()
}

// TestTuneUnpaired sweeps the prior of 1-0 and 0-1 links against the
// weight of an unpaired sentence's length cost (params.unpaired), and
// prints what each pair of weights scores on dev, its halves and pieces,
// and korea-1950 (go test -tags tune -run TuneUnpaired -v ./align);
// SVERKA_DIFF=1 prints the dev stretches each changes against the
// shipped weights.
func TestTuneUnpaired(t *testing.T) {
	base := defaultParams()
	for _, np := range []float64{3.5, 4, 4.5} {
		for _, u := range []float64{0, 0.1, 0.15, 0.2, 0.25, 0.3} {
			p := defaultParams()
			p.prior[[2]int{1, 0}], p.prior[[2]int{0, 1}] = np, np
			p.unpaired = u
			t.Log(variantScores(t, fmt.Sprintf("null prior %.1f, unpaired %.2f", np, u), p, nil))
			if os.Getenv("SVERKA_DIFF") != "" {
				diffVariant(t, loadTextBerg(t, "dev"), base, p)
			}
		}
	}
}

// diffVariant prints the dev error stretches that one variant has and the
// other has not.
func diffVariant(t *testing.T, set []bitext, p, q params) {
	for _, b := range set {
		lp, _ := alignWith(b.src, b.tgt, Options{Gaps: true}, p)
		lq, _ := alignWith(b.src, b.tgt, Options{Gaps: true}, q)
		rp, rq := errorRegions(b.gold, lp), errorRegions(b.gold, lq)
		key := func(r errRegion) string { return regionLinks(r.gold) + "|" + regionLinks(r.out) }
		kp, kq := map[string]bool{}, map[string]bool{}
		for _, r := range rp {
			kp[key(r)] = true
		}
		for _, r := range rq {
			kq[key(r)] = true
		}
		for _, r := range rp {
			if !kq[key(r)] {
				t.Logf("only base: %s %s", r.class, r.describe(b))
			}
		}
		for _, r := range rq {
			if !kp[key(r)] {
				t.Logf("only new:  %s %s", r.class, r.describe(b))
			}
		}
	}
}

// devLong is the dev set run together reps times, its French enciphered
// (encipher) when asked: concatTextBerg's long text made of dev.
func devLong(tb testing.TB, reps int, enciphered bool) (src, tgt []Sentence, gold []Link) {
	return concatBitexts(loadTextBerg(tb, "dev")[:1], reps, enciphered)
}

// devCuts is dev as one text, in two, three and four pieces and in halves,
// each piece aligned on its own: the shorter pieces are nearer the test
// set's articles (36 to 293 sentences) than the whole dev set is.
func devCuts(t testing.TB) []bitext {
	set := loadTextBerg(t, "dev")
	for k := 2; k <= 4; k++ {
		set = append(set, devPieces(t, k)...)
	}
	return append(set, devHalves(t)...)
}

// TestTuneDeadCost sweeps the cost of a merged sentence that matches
// nothing in its link (params.deadCost) and prints the strict F1 of all
// the cuts of dev together (devCuts) beside variantScores: 0.2 is where
// the cuts score best (0.8626 at 0, 0.8668 at 0.2, 0.8584 at 0.3), the
// whole dev set unchanged.
func TestTuneDeadCost(t *testing.T) {
	cuts := devCuts(t)
	for _, d := range []float64{0, 0.1, 0.15, 0.2, 0.3} {
		p := defaultParams()
		p.deadCost = d
		s := scoreSet(t, cuts, p)
		t.Logf("deadCost %.2f: the cuts of dev strict %.4f lax %.4f", d, s.StrictF1, s.LaxF1)
		t.Log(variantScores(t, fmt.Sprintf("deadCost %.2f", d), p, nil))
	}
}

// scoreApart is the strict F1 of set, each bitext aligned on its own.
func scoreApart(t *testing.T, set []bitext, pairs []WordPair, p params) float64 {
	var c Counts
	for _, b := range set {
		links, err := alignWith(b.src, b.tgt, Options{Pairs: pairs, Gaps: true}, p)
		if err != nil {
			t.Fatal(err)
		}
		c.Compare(b.gold, links)
	}
	return c.Scores().StrictF1
}

// scoreTogether is the strict F1 of set, its bitexts aligned together as
// an edition's documents.
func scoreTogether(t *testing.T, set []bitext, pairs []WordPair, p params) float64 {
	var docs []Documents
	for _, b := range set {
		docs = append(docs, Documents{Source: b.src, Target: b.tgt})
	}
	out, err := alignDocuments(docs, Options{Pairs: pairs, Gaps: true}, p)
	if err != nil {
		t.Fatal(err)
	}
	var c Counts
	for k, b := range set {
		c.Compare(b.gold, out[k])
	}
	return c.Scores().StrictF1
}
