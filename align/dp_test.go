package align

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// The costs a scorer keeps from one band to the next must be those a new
// scorer computes for the new band: the band moves (one stretch shifted),
// widens around a few rows, narrows again.
func TestCellCostsKeptAcrossBands(t *testing.T) {
	src, tgt := syntheticBitext(700, 3)
	p := defaultParams()
	v := newVocab()
	x := &extractor{v: v, ev: p.ev}
	var fs, ft []features
	for _, s := range src {
		fs = append(fs, x.extract(s))
	}
	for _, s := range tgt {
		ft = append(ft, x.extract(s))
	}
	weight := keyWeights(v, fs, ft, p)
	n, m := len(fs), len(ft)
	diagonal := [][2]int{{0, 0}, {n, m}}
	shifted := [][2]int{{0, 0}, {300, 300 * m / n}, {380, 380*m/n + 25}, {460, 460 * m / n}, {n, m}}
	widened := func(points [][2]int) *band {
		b := newBand(n, m, points, 8)
		extra := make([]int32, n+1)
		for i := 100; i < 180; i++ {
			extra[i] = 12
		}
		widenRows(b, extra)
		return b
	}
	bands := []*band{newBand(n, m, diagonal, 8), newBand(n, m, shifted, 8), widened(shifted), newBand(n, m, diagonal, 8), widened(diagonal)}
	// As in the final pass: stray edges judged, own words kept by pair.
	kept := newScorer(p, fs, ft, DefaultMaxLink, weight)
	kept.kinds = v.kind
	for k, b := range bands {
		kept.setBand(b, DefaultMaxLink)
		got := kept.cellCosts()
		fresh := newScorer(p, fs, ft, DefaultMaxLink, weight)
		fresh.kinds = v.kind
		fresh.setBand(b, DefaultMaxLink)
		want := fresh.cellCosts()
		if d := firstCostDiff(got, want); d != "" {
			t.Fatalf("band %d: %s", k, d)
		}
		// And with own words read from the keys, not from setBand.
		merged := newScorer(p, fs, ft, DefaultMaxLink, weight)
		merged.kinds = v.kind
		merged.setBand(b, DefaultMaxLink)
		merged.own = nil
		if d := firstCostDiff(got, merged.cellCosts()); d != "" {
			t.Fatalf("band %d, own words from the keys: %s", k, d)
		}
		// Viterbi alone first: the kept scorer starts at the first row
		// the band changed, the fresh one at the top.
		if gotPath, wantPath := fmt.Sprint(kept.viterbi(false)), fmt.Sprint(fresh.viterbi(false)); gotPath != wantPath {
			t.Fatalf("band %d: the Viterbi paths differ", k)
		}
		if gotPath, wantPath := kept.viterbi(true), fresh.viterbi(true); fmt.Sprint(gotPath) != fmt.Sprint(wantPath) {
			t.Fatalf("band %d: the paths differ", k)
		}
	}
}

func firstCostDiff(got, want [][]float32) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d rows, want %d", len(got), len(want))
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			return fmt.Sprintf("row %d: %d costs, want %d", i, len(got[i]), len(want[i]))
		}
		for k := range want[i] {
			if got[i][k] != want[i][k] && !(math.IsInf(float64(got[i][k]), 1) && math.IsInf(float64(want[i][k]), 1)) {
				return fmt.Sprintf("row %d, cost %d: %v, want %v", i, k, got[i][k], want[i][k])
			}
		}
	}
	return ""
}

// BenchmarkCellCosts computes the link costs of one band around the
// diagonal of the noanchor bitext (5,000 × 6,500 sentences, half-width
// 10), as the first round of a pass does: the cost of a link alone.
func BenchmarkCellCosts(b *testing.B) {
	sc, band := noAnchorScorer(b)
	for b.Loop() {
		sc.costBand, sc.costRows = nil, nil
		sc.setBand(band, DefaultMaxLink)
		sc.cellCosts()
	}
}

// BenchmarkViterbi is the search of that band once its costs are known,
// as the later rounds of a pass run it: Viterbi alone, and with the
// posteriors.
func BenchmarkViterbi(b *testing.B) {
	for _, posteriors := range []bool{false, true} {
		b.Run(fmt.Sprint("posteriors=", posteriors), func(b *testing.B) {
			sc, band := noAnchorScorer(b)
			sc.setBand(band, DefaultMaxLink)
			sc.cellCosts()
			for b.Loop() {
				sc.viterbi(posteriors)
			}
		})
	}
}

func noAnchorScorer(b *testing.B) (*scorer, *band) {
	src, tgt := noAnchorBitext(b, 5000)
	p := defaultParams()
	v := newVocab()
	fs, ft := extractBoth(v, src, tgt, p.ev, false)
	weight := keyWeights(v, fs, ft, p)
	return newScorer(p, fs, ft, DefaultMaxLink, weight), newBand(len(fs), len(ft), [][2]int{{0, 0}, {len(fs), len(ft)}}, 10)
}

// The pair matches of a band are read against counts of the source
// sentence's keys: the same weight as merging the two key lists, repeats
// and all.
func TestMatchCounted(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const nkeys = 12
	s := &scorer{weight: make([]float32, nkeys), kinds: make([]byte, nkeys)}
	for k := range s.weight {
		s.weight[k] = r.Float32() * 3
		if k%3 == 0 {
			s.weight[k] = 0
		}
		s.kinds[k] = kindWord
		if k%4 == 1 {
			s.kinds[k] = kindPair
		}
	}
	// ownMerge is ownMatch read from the keys themselves.
	ownMerge := func(a, b []uint32) bool {
		src, tgt := s.src, s.tgt
		s.src, s.tgt = []features{{keys: a}}, []features{{keys: b}}
		defer func() { s.src, s.tgt = src, tgt }()
		return s.ownMatch(0, 0)
	}
	keys := func() []uint32 {
		out := make([]uint32, r.IntN(9))
		for k := range out {
			out[k] = uint32(r.IntN(nkeys))
		}
		slices.Sort(out)
		return out
	}
	counts := make([]int32, nkeys)
	for range 2000 {
		a, b := keys(), keys()
		for _, k := range a {
			counts[k]++
		}
		got, own := s.matchCounted(counts, b)
		if want := s.match(a, b); got != want {
			t.Fatalf("matchCounted(%v, %v) = %v, want %v", a, b, got, want)
		}
		if want := ownMerge(a, b); own != want {
			t.Fatalf("matchCounted(%v, %v): own words %v, want %v", a, b, own, want)
		}
		for _, k := range a {
			counts[k] = 0
		}
	}
}

// A band over the whole grid (the coarse pass's top level) reads its pair
// matches from the keys' lists of target sentences: each must be the
// merge of the two sentences' keys.
func TestMatchWide(t *testing.T) {
	src, tgt := syntheticBitext(300, 5)
	p := defaultParams()
	v := newVocab()
	fs, ft := extractBoth(v, src, tgt, p.ev, false)
	fs, ft = pairUp(fs), pairUp(ft) // blocks with repeated keys
	sc := newScorer(p, fs, ft, coarseMaxLink, keyWeights(v, fs, ft, p))
	n, m := len(fs), len(ft)
	sc.setBand(newBand(n, m, [][2]int{{0, 0}, {n, m}}, max(n, m)), coarseMaxLink)
	if int(sc.mmHi[0]-sc.mmLo[0]+1) <= widePairRows {
		t.Fatalf("the band's rows hold %d pairs, too few to be wide", sc.mmHi[0]-sc.mmLo[0]+1)
	}
	matched := 0
	for x := range n {
		for y := sc.mmLo[x]; y <= sc.mmHi[x]; y++ {
			want := sc.match(fs[x].keys, ft[y].keys)
			if got := float32(sc.pairMatch(x, int(y))); got != want {
				t.Fatalf("pair (%d, %d): %v, want %v", x, y, got, want)
			}
			if want > 0 {
				matched++
			}
		}
	}
	if matched == 0 {
		t.Fatal("no pair shares a key: the test tests nothing")
	}
}
