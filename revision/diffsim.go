package revision

import (
	"math"
	"slices"

	"github.com/sverka/sverka/internal/lex"
)

// simModel weighs the words of two revisions for pairing their sentences:
// a word counts by its rarity among all their sentences (inverse document
// frequency), and the English function words hardly count at all, so that
// two unrelated sentences are not paired for sharing "the" and "of".
type simModel struct {
	bags   [2][][]int32 // sorted word numbers of each sentence, old and new
	weight []float64    // by word number
}

// stopWeight is how much a function word counts against a rare word's
// rarity.
const stopWeight = 0.1

func newSimModel(ot, nt []string) *simModel {
	bm := newBagMaker()
	m := &simModel{}
	for side, ss := range [2][]string{ot, nt} {
		m.bags[side] = make([][]int32, len(ss))
		for i, s := range ss {
			m.bags[side][i] = bm.bag(s)
		}
	}
	df := make([]int, len(bm.ids))
	for side := range 2 {
		for _, b := range m.bags[side] {
			for k, w := range b {
				if k == 0 || b[k-1] != w {
					df[w]++
				}
			}
		}
	}
	n := float64(len(ot) + len(nt))
	m.weight = make([]float64, len(bm.ids))
	for w, id := range bm.ids {
		x := math.Log(1 + n/float64(max(1, df[id])))
		if lex.FunctionWords[w] {
			x *= stopWeight
		}
		m.weight[id] = x
	}
	return m
}

// mass is the summed weight of a bag.
func (m *simModel) mass(b []int32) float64 {
	s := 0.0
	for _, w := range b {
		s += m.weight[w]
	}
	return s
}

// common is the summed weight of the words two sorted bags share.
func (m *simModel) common(a, b []int32) float64 {
	s := 0.0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			s += m.weight[a[i]]
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return s
}

// similarity is the weighted Dice coefficient of two sorted bags.
func (m *simModel) similarity(a, b []int32) float64 {
	t := m.mass(a) + m.mass(b)
	if t == 0 {
		if len(a) == 0 && len(b) == 0 {
			return 1
		}
		return 0
	}
	return 2 * m.common(a, b) / t
}

// containment is the weighted share of a's words found in b.
func (m *simModel) containment(a, b []int32) float64 {
	t := m.mass(a)
	if t == 0 {
		return 0
	}
	return m.common(a, b) / t
}

// joined is the bag of the sentences idx of one side, into buf.
func (m *simModel) joined(buf []int32, side int, idx []int) []int32 {
	buf = buf[:0]
	for _, k := range idx {
		buf = append(buf, m.bags[side][k]...)
	}
	slices.Sort(buf)
	return buf
}

// longestIncreasing returns the positions in xs of a longest strictly
// increasing subsequence (patience sorting, n log n).
func longestIncreasing(xs []int) []int {
	var tails []int // tails[k]: position of the smallest end of a run of k+1
	prev := make([]int, len(xs))
	for i, x := range xs {
		k, _ := slices.BinarySearchFunc(tails, x, func(p, x int) int { return xs[p] - x })
		if k > 0 {
			prev[i] = tails[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	out := make([]int, len(tails))
	for k, p := len(tails)-1, -1; k >= 0; k-- {
		if k == len(tails)-1 {
			p = tails[k]
		}
		out[k] = p
		p = prev[p]
	}
	return out
}
