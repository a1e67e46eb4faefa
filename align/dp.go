package align

import (
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
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
	T := len(s.types)
	// The rows before the first the band changed since the last search
	// have the same cells and costs, and so the same forward values: a
	// Viterbi round after a move or a widening starts there.
	from := 0
	if last := s.vBand; last != nil && !posteriors && last.n == n {
		for from <= n && last.lo[from] == b.lo[from] && last.hi[from] == b.hi[from] {
			from++
		}
		from = min(from, n)
	}
	kept := 0
	if from > 0 {
		kept = b.start[from]
	}
	V := growKeeping(&s.bufV, b.cells, kept)
	back := growKeeping(&s.bufBack, b.cells, kept)
	s.vBand = b
	// Every pass reads the same costs: compute them once, on all cores
	// (only the cells new since the scorer's last band), and run the
	// backward pass beside the forward one.
	costs := s.cellCosts()
	var A []float64
	var backDone chan []float64
	if posteriors {
		A = grow(&s.bufA, b.cells)
		backDone = make(chan []float64, 1)
		go func() { backDone <- s.backward(costs) }()
	}
	// off[t] + j is the index of the cell a link of type t ending at
	// (i, j) starts from.
	off := make([]int, T)
	for i := from; i <= n; i++ {
		if s.tick != nil && i&4095 == 0 {
			s.tick(float64(i) / float64(n+1))
		}
		for t, ty := range s.types {
			if pi := i - ty[0]; pi >= 0 {
				off[t] = b.start[pi] - int(b.lo[pi]) - ty[1]
			}
		}
		lo, hi := int(b.lo[i]), int(b.hi[i])
		rowCosts := costs[i]
		for j := lo; j <= hi; j++ {
			idx := b.start[i] + j - lo
			if i == 0 && j == 0 {
				V[idx] = 0
				back[idx] = 255
				if posteriors {
					A[idx] = 0
				}
				continue
			}
			best := inf
			bt := uint8(255)
			var terms logSum
			cell := rowCosts[(j-lo)*T:][:T]
			for t, c := range cell {
				if c == inf {
					continue // the link would start outside the band
				}
				pidx := off[t] + j
				if V[pidx] == inf {
					continue
				}
				if v := V[pidx] + c; v < best {
					best, bt = v, uint8(t)
				}
				if posteriors {
					terms.add(A[pidx] - float64(c))
				}
			}
			V[idx] = best
			back[idx] = bt
			if posteriors {
				A[idx] = terms.sum()
			}
		}
	}
	// Trace back.
	// The path is built in the scorer's buffer: the rounds of a search
	// read it and then search again (searchWidening copies the last).
	path := s.bufPath[:0]
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
	s.bufPath = path
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
	}
	if posteriors {
		B := <-backDone
		endIdx, _ := b.index(n, m)
		z := A[endIdx]
		for k := range path {
			st := &path[k]
			from, _ := b.index(st.pi, st.pj)
			to, _ := b.index(st.i, st.j)
			st.posterior = math.Exp(min(0, A[from]-st.cost+B[to]-z))
			st.through = math.Exp(min(0, A[to]+B[to]-z))
		}
	}
	return path
}

// cellCosts returns the cost of every link inside the band, row by row:
// costs[i][(j-lo[i])*len(s.types)+t] is the cost of the link of type t
// that ends at cell (i, j), +Inf where that link would start outside the
// band.
//
// A link's cost does not depend on the band, so the costs are kept from one
// band to the next in blocks of costBlock rows: a block whose rows the new
// band leaves as they were is kept as it is, and in the others only the
// cells the band gained are computed. A band moved or widened around a few
// rows costs little time and no memory beyond the blocks it changed. The
// blocks are shared out among the cores.
func (s *scorer) cellCosts() [][]float32 {
	b := s.b
	old, oldRows, oldBlocks := s.costBand, s.costRows, s.costBlocks
	if old != nil && old.n != b.n {
		old, oldRows, oldBlocks = nil, nil, nil
	}
	// The rows of the band before last are garbage by now: reuse them.
	rows := grow(&s.costRowsSpare, b.n+1)
	blocks := make([][]float32, (b.n+costBlock)/costBlock)
	T := len(s.types)
	parallelFor(len(blocks), 1, func(k int) {
		from, to := k*costBlock, min(k*costBlock+costBlock, b.n+1)
		// A block is kept when its rows are as they were, and the rows
		// its links start in: those say which links start outside.
		same := old != nil
		for i := max(0, from-s.reach); i < to && same; i++ {
			same = old.lo[i] == b.lo[i] && old.hi[i] == b.hi[i]
		}
		if same {
			copy(rows[from:to], oldRows[from:to])
			blocks[k] = oldBlocks[k]
			return
		}
		size := 0
		for i := from; i < to; i++ {
			size += int(b.hi[i]-b.lo[i]+1) * T
		}
		buf := s.takeBlock(size)
		blocks[k] = buf
		for i := from; i < to; i++ {
			w := int(b.hi[i]-b.lo[i]+1) * T
			rows[i], buf = buf[:w:w], buf[w:]
			var oldRow []float32
			if old != nil {
				oldRow = oldRows[i]
			}
			s.rowCosts(rows[i], i, old, oldRow)
		}
		if old != nil {
			s.putBlock(oldBlocks[k])
		}
	})
	s.costBand, s.costRows, s.costRowsSpare, s.costBlocks = b, rows, oldRows, blocks
	return rows
}

// takeBlock returns a block for size costs: one the scorer's bands no
// longer use when one is large enough, else a new one with room to spare,
// so that the block of a band a little wider fits in it.
func (s *scorer) takeBlock(size int) []float32 {
	s.freeMu.Lock()
	for k := len(s.freeBlocks) - 1; k >= max(0, len(s.freeBlocks)-8); k-- {
		if blk := s.freeBlocks[k]; cap(blk) >= size {
			s.freeBlocks = slices.Delete(s.freeBlocks, k, k+1)
			s.freeMu.Unlock()
			return blk[:size]
		}
	}
	s.freeMu.Unlock()
	return make([]float32, size, size+size/8)
}

// putBlock gives back a block no band of the scorer uses.
func (s *scorer) putBlock(blk []float32) {
	s.freeMu.Lock()
	s.freeBlocks = append(s.freeBlocks, blk)
	s.freeMu.Unlock()
}

// reuse takes the arrays of a scorer done with: the next pass needs as
// many as the last, and memory is mostly these.
func (s *scorer) reuse(old *scorer) {
	s.bufV, s.bufA, s.bufB, s.bufBack, s.bufPath = old.bufV, old.bufA, old.bufB, old.bufBack, old.bufPath
	s.mmSpare = old.mm
	s.freeBlocks = append(old.freeBlocks, old.costBlocks...)
	*old = scorer{}
}

// costBlock is the number of rows cellCosts keeps or recomputes together.
const costBlock = 64

// parallelFor calls f(k) for 0 <= k < n, shared out among the cores in
// blocks of block calls.
func parallelFor(n, block int, f func(k int)) {
	workers := max(1, min(runtime.GOMAXPROCS(0), 8, (n+block-1)/block))
	if workers == 1 {
		for k := range n {
			f(k)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				from := int(next.Add(int64(block))) - block
				if from >= n {
					return
				}
				for k := from; k < min(from+block, n); k++ {
					f(k)
				}
			}
		}()
	}
	wg.Wait()
}

// rowCosts fills row, the costs of row i of the band, copying from oldRow
// those of the cells the old band held.
func (s *scorer) rowCosts(row []float32, i int, old *band, oldRow []float32) {
	b := s.b
	T := len(s.types)
	lo, hi := int(b.lo[i]), int(b.hi[i])
	cLo, cHi := hi+1, hi // the cells copied from the old band
	if old != nil {
		cLo, cHi = max(lo, int(old.lo[i])), min(hi, int(old.hi[i]))
		if cLo <= cHi {
			copy(row[(cLo-lo)*T:(cHi+1-lo)*T], oldRow[(cLo-int(old.lo[i]))*T:])
		}
	}
	for j := lo; j <= hi; j++ {
		copied := j >= cLo && j <= cHi
		cell := row[(j-lo)*T:][:T]
		for t, ty := range s.types {
			pi, pj := i-ty[0], j-ty[1]
			if pi < 0 || pj < 0 || pj < int(b.lo[pi]) || pj > int(b.hi[pi]) {
				cell[t] = inf // the link would start outside the band
				continue
			}
			if copied && cell[t] != inf {
				continue // computed for the old band
			}
			cell[t] = float32(s.cost(pi, i, pj, j, t))
		}
	}
}

// backward computes log beta over the band from the costs of cellCosts.
func (s *scorer) backward(costs [][]float32) []float64 {
	b := s.b
	n, m := b.n, b.m
	T := len(s.types)
	B := grow(&s.bufB, b.cells)
	// For a link of type t starting at (i, j): the cells of row i+a it
	// can end in, nlo[t] <= j+b <= nhi[t], the index of the cell it ends
	// in, nOff[t] + j, and its costs, next[t].
	nlo, nhi := make([]int, T), make([]int, T)
	nOff := make([]int, T)
	next := make([][]float32, T)
	for i := n; i >= 0; i-- {
		for t, ty := range s.types {
			ni := i + ty[0]
			if ni > n {
				nlo[t], nhi[t] = 1, 0
				continue
			}
			nlo[t], nhi[t] = int(b.lo[ni]), min(int(b.hi[ni]), m)
			nOff[t] = b.start[ni] - int(b.lo[ni]) + ty[1]
			next[t] = costs[ni]
		}
		for j := int(b.hi[i]); j >= int(b.lo[i]); j-- {
			idx := b.start[i] + j - int(b.lo[i])
			if i == n && j == m {
				B[idx] = 0
				continue
			}
			var terms logSum
			for t, ty := range s.types {
				nj := j + ty[1]
				if nj < nlo[t] || nj > nhi[t] {
					continue
				}
				nidx := nOff[t] + j
				if math.IsInf(B[nidx], -1) {
					continue
				}
				terms.add(B[nidx] - float64(next[t][(nj-nlo[t])*T+t]))
			}
			B[idx] = terms.sum()
		}
	}
	return B
}

// growKeeping is grow keeping the first kept elements.
func growKeeping[E any](buf *[]E, n, kept int) []E {
	if cap(*buf) < n {
		old := *buf
		*buf = make([]E, n)
		copy(*buf, old[:kept])
	}
	*buf = (*buf)[:n]
	return *buf
}

// grow returns (*buf)[:n], reallocating it if it is too short: the
// scorer's passes reuse their arrays rather than leave them to the
// garbage collector. The contents are not cleared.
func grow[E any](buf *[]E, n int) []E {
	if cap(*buf) < n {
		*buf = make([]E, n)
	}
	*buf = (*buf)[:n]
	return *buf
}

// logSum is the log of a sum of exponentials, log Σ exp(x), of a cell's
// few terms: they are kept, and summed once their maximum is known, as
// exp(x - max), so that no term waits for the one before it (a log-add
// term by term was most of the forward–backward pass's time).
type logSum struct {
	x   [maxTypes]float64
	n   int
	max float64
}

// maxTypes bounds the link types (MaxLink 8: 21).
const maxTypes = 24

func (l *logSum) add(x float64) {
	if l.n == 0 || x > l.max {
		l.max = x
	}
	l.x[l.n] = x
	l.n++
}

// sum returns log Σ exp(x), -Inf for no terms. Terms more than logSumCut
// below the maximum each add less than 1e-13 of it and are left out.
func (l *logSum) sum() float64 {
	if l.n == 0 {
		return math.Inf(-1)
	}
	s := 0.0
	for _, x := range l.x[:l.n] {
		if d := l.max - x; d < logSumCut {
			// exp(-d) from a table (math.Exp was most of the time).
			f := d * expStep
			k := int(f)
			s += expTable[k] + (f-float64(k))*(expTable[k+1]-expTable[k])
		}
	}
	return l.max + math.Log(s)
}

const (
	logSumCut = 30
	expStep   = 64 // entries per unit
)

// expTable[k] is exp(-k/expStep).
var expTable = func() []float64 {
	t := make([]float64, logSumCut*expStep+2)
	for k := range t {
		t[k] = math.Exp(-float64(k) / expStep)
	}
	return t
}()

// edgeRows returns the rows where the path runs along an edge of the band
// that is not an edge of the whole grid: there the band may have been too
// narrow.
func edgeRows(b *band, path []step, margin int) []int {
	var rows []int
	for _, st := range path {
		i, j := st.i, st.j
		hardLo, hardHi := 0, b.m
		if b.floor != nil {
			hardLo, hardHi = int(b.floor[i]), int(b.ceil[i])
		}
		if int(b.lo[i]) > hardLo && j-int(b.lo[i]) < margin || int(b.hi[i]) < hardHi && int(b.hi[i])-j < margin {
			if len(rows) == 0 || rows[len(rows)-1] != i {
				rows = append(rows, i)
			}
		}
	}
	return rows
}
