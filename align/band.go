package align

import (
	"math"
	"slices"
	"sort"
)

// The search is restricted to a band of cells around a path through strong
// anchors: sentence pairs that share a key found once in each text (a
// number, a name). The longest chain of anchors in text order gives the
// path; the band is w cells either side of it. Time and memory are then
// proportional to the length of the texts times the band width, not to the
// product of the lengths.

// band is the set of cells (i, j), 0 <= i <= n, lo[i] <= j <= hi[i], with
// lo and hi non-decreasing. start[i] is the index of cell (i, lo[i]) in the
// flat arrays.
type band struct {
	n, m   int
	lo, hi []int32
	start  []int
	cells  int
	// floor and ceil, when not nil, are the hard limits of each row set
	// by paragraph boundaries: a path along them is not a sign of a band
	// too narrow.
	floor, ceil []int32
}

func (b *band) index(i, j int) (int, bool) {
	if j < int(b.lo[i]) || j > int(b.hi[i]) {
		return 0, false
	}
	return b.start[i] + j - int(b.lo[i]), true
}

// anchorRepeats is how often a key may occur and still make anchors: a key
// found k times on each side pairs its r-th occurrences, so that a text
// that repeats itself (a refrain, a recurring name, a file given twice)
// still has anchors. The longest chain drops the wrong pairs. Longer texts
// repeat more, so the limit grows with them, keeping the anchors about as
// dense.
func anchorRepeats(n, m int) int32 { return int32(max(6, (n+m)/2000)) }

// anchorPath returns points (i, j) of the anchor chain, from (0,0) to (n,m).
func anchorPath(src, tgt []features, nkeys int) [][2]int {
	n, m := len(src), len(tgt)
	// Count in how many sentences each key occurs.
	cntS := make([]int32, nkeys)
	cntT := make([]int32, nkeys)
	count := func(fs []features, cnt []int32) {
		for _, f := range fs {
			for k, key := range f.keys {
				if k > 0 && f.keys[k-1] == key {
					continue
				}
				cnt[key]++
			}
		}
	}
	count(src, cntS)
	count(tgt, cntT)
	// Where the keys found as often on both sides occur, in text order:
	// first[key] is the index of its first occurrence in pos.
	first := make([]int32, nkeys)
	total := int32(0)
	limit := anchorRepeats(n, m)
	for key := range cntS {
		first[key] = -1
		if c := cntS[key]; c >= 1 && c <= limit && cntT[key] == c {
			first[key] = total
			total += c
		}
	}
	locate := func(fs []features) []int32 {
		pos := make([]int32, total)
		next := make([]int32, nkeys)
		for i, f := range fs {
			for k, key := range f.keys {
				if (k > 0 && f.keys[k-1] == key) || first[key] < 0 {
					continue
				}
				pos[first[key]+next[key]] = int32(i)
				next[key]++
			}
		}
		return pos
	}
	posS, posT := locate(src), locate(tgt)
	var cands [][2]int
	for key := range first {
		if first[key] < 0 {
			continue
		}
		for r := first[key]; r < first[key]+cntS[key]; r++ {
			i, j := int(posS[r]), int(posT[r])
			// Far from the diagonal is more likely chance than a shift.
			d := math.Abs(float64(j)/float64(max(m, 1)) - float64(i)/float64(max(n, 1)))
			if d > 0.25 && math.Abs(float64(j)-float64(i)*float64(m)/float64(max(n, 1))) > 40 {
				continue
			}
			cands = append(cands, [2]int{i, j})
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		if cands[a][0] != cands[b][0] {
			return cands[a][0] < cands[b][0]
		}
		return cands[a][1] > cands[b][1] // so that one row gives at most one anchor in the chain
	})
	chain := longestChain(cands)
	path := make([][2]int, 0, len(chain)+2)
	path = append(path, [2]int{0, 0})
	for _, c := range chain {
		path = append(path, [2]int{c[0], c[1]}, [2]int{c[0] + 1, c[1] + 1})
	}
	path = append(path, [2]int{n, m})
	return path
}

// longestChain returns the longest subsequence strictly increasing in both
// coordinates (patience sorting, n log n).
func longestChain(c [][2]int) [][2]int {
	if len(c) == 0 {
		return nil
	}
	tails := []int{} // index into c of the smallest tail of a chain of each length
	prev := make([]int, len(c))
	for k, p := range c {
		pos := sort.Search(len(tails), func(t int) bool { return c[tails[t]][1] >= p[1] })
		if pos > 0 {
			prev[k] = tails[pos-1]
		} else {
			prev[k] = -1
		}
		if pos == len(tails) {
			tails = append(tails, k)
		} else {
			tails[pos] = k
		}
	}
	out := make([][2]int, len(tails))
	for k, t := len(tails)-1, tails[len(tails)-1]; k >= 0; k-- {
		out[k] = c[t]
		t = prev[t]
	}
	// A chain is strictly increasing in j by construction; keep it strictly
	// increasing in i too.
	return slices.CompactFunc(out, func(a, b [2]int) bool { return a[0] == b[0] })
}

// newBand builds a band of half-width w around the path.
func newBand(n, m int, path [][2]int, w int) *band {
	b := &band{n: n, m: m, lo: make([]int32, n+1), hi: make([]int32, n+1), start: make([]int, n+1)}
	// The centre of each row: every point of the path in it, and where
	// the segments between points cross it. A path that runs along a row
	// (a block only in the target) makes the band cover the whole run.
	cLo := make([]float64, n+1)
	cHi := make([]float64, n+1)
	for i := range cLo {
		cLo[i], cHi[i] = math.Inf(1), math.Inf(-1)
	}
	for k := 0; k+1 < len(path); k++ {
		p, q := path[k], path[k+1]
		p[0], q[0] = min(max(p[0], 0), n), min(max(q[0], 0), n)
		for i := p[0]; i <= q[0]; i++ {
			lo, hi := float64(min(p[1], q[1])), float64(max(p[1], q[1]))
			if q[0] != p[0] {
				c := float64(p[1]) + float64(i-p[0])*float64(q[1]-p[1])/float64(q[0]-p[0])
				lo, hi = math.Floor(c), math.Ceil(c)
			}
			cLo[i], cHi[i] = min(cLo[i], lo), max(cHi[i], hi)
		}
	}
	for i := 0; i <= n; i++ {
		if math.IsInf(cLo[i], 1) {
			cLo[i], cHi[i] = 0, float64(m) // not covered by the path: the whole row
		}
		b.lo[i] = int32(max(0, int(cLo[i])-w))
		b.hi[i] = int32(min(m, int(cHi[i])+w))
	}
	b.finish()
	return b
}

// finish makes lo and hi non-decreasing, every row reachable from the one
// before it, and sets start and cells.
func (b *band) finish() {
	n, m := b.n, b.m
	b.lo[0] = 0
	b.hi[n] = int32(m)
	for i := 1; i <= n; i++ {
		b.hi[i] = max(b.hi[i], b.hi[i-1])
	}
	for i := n - 1; i >= 0; i-- {
		b.lo[i] = min(b.lo[i], b.lo[i+1])
		b.hi[i] = max(b.hi[i], b.lo[i+1])
	}
	total := 0
	for i := 0; i <= n; i++ {
		b.start[i] = total
		total += int(b.hi[i]-b.lo[i]) + 1
	}
	b.cells = total
}

// widenRows widens each row i of the band by extra[i] cells either side;
// extra may be nil.
func widenRows(b *band, extra []int32) {
	if extra == nil {
		return
	}
	for i := 0; i <= b.n; i++ {
		b.lo[i] = max(0, b.lo[i]-extra[i])
		b.hi[i] = min(int32(b.m), b.hi[i]+extra[i])
	}
	b.finish()
}
