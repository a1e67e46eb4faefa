package align

import (
	"math"
)

// step is one link of a best path, with the cells it joins.
type step struct {
	pi, pj, i, j int
	t            int
	cost         float64
	posterior    float64
	through      float64 // probability that an alignment passes through (i, j)
}

var inf = float32(math.Inf(1))

// viterbi finds the cheapest path through the band and, when posteriors is
// true, the posterior probability of each of its links (forward–backward
// over the same band).
func (s *scorer) viterbi(posteriors bool) []step {
	b := s.b
	n, m := b.n, b.m
	V := make([]float32, b.cells)
	back := make([]uint8, b.cells)
	var A []float32
	var backDone chan []float32
	if posteriors {
		A = make([]float32, b.cells)
		// The backward pass does not depend on the forward one: run it
		// beside it.
		backDone = make(chan []float32, 1)
		go func() { backDone <- s.backward() }()
	}
	for i := 0; i <= n; i++ {
		if s.tick != nil && i&4095 == 0 {
			s.tick(float64(i) / float64(n+1))
		}
		for j := int(b.lo[i]); j <= int(b.hi[i]); j++ {
			idx := b.start[i] + j - int(b.lo[i])
			if i == 0 && j == 0 {
				V[idx] = 0
				back[idx] = 255
				continue
			}
			best := inf
			bt := uint8(255)
			acc := math.Inf(-1)
			for t, ty := range s.types {
				pi, pj := i-ty[0], j-ty[1]
				if pi < 0 || pj < 0 {
					continue
				}
				pidx, ok := b.index(pi, pj)
				if !ok || V[pidx] == inf {
					continue
				}
				c := s.cost(pi, i, pj, j, t)
				if v := V[pidx] + float32(c); v < best {
					best, bt = v, uint8(t)
				}
				if posteriors {
					acc = logAdd(acc, float64(A[pidx])-c)
				}
			}
			V[idx] = best
			back[idx] = bt
			if posteriors {
				A[idx] = float32(acc)
			}
		}
	}
	// Trace back.
	var path []step
	for i, j := n, m; i > 0 || j > 0; {
		idx, _ := b.index(i, j)
		t := back[idx]
		if t == 255 {
			break // unreachable; cannot happen with a connected band
		}
		ty := s.types[t]
		pi, pj := i-ty[0], j-ty[1]
		path = append(path, step{pi: pi, pj: pj, i: i, j: j, t: int(t), cost: s.cost(pi, i, pj, j, int(t))})
		i, j = pi, pj
	}
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
	}
	if posteriors {
		B := <-backDone
		endIdx, _ := b.index(n, m)
		z := float64(A[endIdx])
		for k := range path {
			st := &path[k]
			from, _ := b.index(st.pi, st.pj)
			to, _ := b.index(st.i, st.j)
			st.posterior = math.Exp(min(0, float64(A[from])-st.cost+float64(B[to])-z))
			st.through = math.Exp(min(0, float64(A[to])+float64(B[to])-z))
		}
	}
	return path
}

// backward computes log beta over the band.
func (s *scorer) backward() []float32 {
	b := s.b
	n, m := b.n, b.m
	B := make([]float32, b.cells)
	for i := n; i >= 0; i-- {
		for j := int(b.hi[i]); j >= int(b.lo[i]); j-- {
			idx := b.start[i] + j - int(b.lo[i])
			if i == n && j == m {
				B[idx] = 0
				continue
			}
			acc := math.Inf(-1)
			for t, ty := range s.types {
				ni, nj := i+ty[0], j+ty[1]
				if ni > n || nj > m {
					continue
				}
				nidx, ok := b.index(ni, nj)
				if !ok || math.IsInf(float64(B[nidx]), -1) {
					continue
				}
				acc = logAdd(acc, float64(B[nidx])-s.cost(i, ni, j, nj, t))
			}
			B[idx] = float32(acc)
		}
	}
	return B
}

func logAdd(a, b float64) float64 {
	if math.IsInf(a, -1) {
		return b
	}
	if math.IsInf(b, -1) {
		return a
	}
	if a < b {
		a, b = b, a
	}
	d := a - b
	if d >= softplusMax {
		return a // exp(-30) is below float32's precision
	}
	// log(1 + exp(-d)) from a table: exact enough for posteriors, and
	// exp and log1p were most of the search's time.
	f := d * softplusStep
	k := int(f)
	return a + softplusTable[k] + (f-float64(k))*(softplusTable[k+1]-softplusTable[k])
}

const (
	softplusMax  = 30
	softplusStep = 64
)

var softplusTable = func() []float64 {
	t := make([]float64, softplusMax*softplusStep+2)
	for k := range t {
		t[k] = math.Log1p(math.Exp(-float64(k) / softplusStep))
	}
	return t
}()

// touchesEdge says whether the path runs along an edge of the band that is
// not an edge of the whole grid: the band may have been too narrow.
func touchesEdge(b *band, path []step, margin int) bool {
	for _, st := range path {
		i, j := st.i, st.j
		hardLo, hardHi := 0, b.m
		if b.floor != nil {
			hardLo, hardHi = int(b.floor[i]), int(b.ceil[i])
		}
		if int(b.lo[i]) > hardLo && j-int(b.lo[i]) < margin {
			return true
		}
		if int(b.hi[i]) < hardHi && int(b.hi[i])-j < margin {
			return true
		}
	}
	return false
}
