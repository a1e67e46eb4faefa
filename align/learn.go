package align

import (
	"math"
	"slices"
)

// learnTable collects word pairs from the confident links of a pass:
// stems that occur together in linked sentences much more often than
// apart, each stem keeping its best partner.
func learnTable(src, tgt []features, path []step, p params) [][2]uint32 {
	const maxLinks = 20000 // enough to learn from; bounds the time on books
	cs := map[uint32]float64{}
	ct := map[uint32]float64{}
	co := map[[2]uint32]float64{}
	total := 0.0
	used := 0
	var us, ut []uint32
	count := func(a, b []uint32, w float64) {
		total += w
		for _, s := range a {
			cs[s] += w
		}
		for _, t := range b {
			ct[t] += w
		}
		for _, s := range a {
			for _, t := range b {
				co[[2]uint32{s, t}] += w
			}
		}
	}
	for _, st := range path {
		if st.i == st.pi || st.j == st.pj || st.posterior < p.learnConf {
			continue
		}
		one := st.i-st.pi == 1 && st.j-st.pj == 1
		if !one && !p.learnSoft {
			continue
		}
		if used++; used > maxLinks {
			break
		}
		w := 1.0
		if p.learnSoft {
			w = st.posterior
		}
		switch {
		case one:
			count(src[st.pi].stems, tgt[st.pj].stems, w)
		case p.learnUnion:
			us, ut = us[:0], ut[:0]
			for i := st.pi; i < st.i; i++ {
				us = append(us, src[i].stems...)
			}
			for j := st.pj; j < st.j; j++ {
				ut = append(ut, tgt[j].stems...)
			}
			slices.Sort(us)
			slices.Sort(ut)
			us, ut = slices.Compact(us), slices.Compact(ut)
			count(us, ut, w)
		default:
			for i := st.pi; i < st.i; i++ {
				for j := st.pj; j < st.j; j++ {
					count(src[i].stems, tgt[j].stems, w)
				}
			}
		}
	}
	var cands []cand
	for st, c := range co {
		if st[0] == st[1] || c < 2-1e-9 {
			continue
		}
		rare := c < p.learnMin-1e-9
		if rare && (p.learnRare == 0 || 2*c/(cs[st[0]]+ct[st[1]]) < p.learnRare) {
			continue
		}
		a, b := cs[st[0]], ct[st[1]]
		if p.learnSelf > 0 && (co[[2]uint32{st[0], st[0]}] >= p.learnSelf*a || co[[2]uint32{st[1], st[1]}] >= p.learnSelf*b) {
			continue // a word mostly found as itself on the other side
		}
		var score float64
		switch p.learnScore {
		case scoreLLR:
			if c*total <= a*b {
				continue // no more often together than by chance
			}
			score = logLikelihood(c, a, b, total)
			if score < p.learnLLR {
				continue
			}
		default:
			d := 2 * c / (a + b)
			if d < p.learnDice {
				continue
			}
			score = d
			if p.learnSmooth > 0 {
				score = 2 * c / (a + b + p.learnSmooth)
				if score < p.learnDice {
					continue
				}
			}
		}
		cands = append(cands, cand{st[0], st[1], score})
	}
	slices.SortFunc(cands, func(x, y cand) int {
		if better(x, y) {
			return -1
		}
		if better(y, x) {
			return 1
		}
		return 0
	})
	var table [][2]uint32
	switch {
	case p.learnCompete:
		table = competitive(cands, max(1, p.learnPartners))
	default:
		table = mutualBest(cands, max(1, p.learnPartners), p.learnRatio)
	}
	slices.SortFunc(table, func(a, b [2]uint32) int {
		if a[0] != b[0] {
			return int(a[0]) - int(b[0])
		}
		return int(a[1]) - int(b[1])
	})
	return table
}

// relearnTable learns the table again from the path of a final pass
// (with params.learnStable only from the links the first pass made too,
// each with the lower posterior), and with params.learnKeep keeps the
// table before's pairs beside the new ones.
func relearnTable(old [][2]uint32, src, tgt []features, first, path []step, p params) [][2]uint32 {
	from := path
	if p.learnStable {
		type span struct{ pi, pj, i, j int }
		had := map[span]float64{}
		for _, s := range first {
			had[span{s.pi, s.pj, s.i, s.j}] = s.posterior
		}
		from = nil
		for _, s := range path {
			if q, ok := had[span{s.pi, s.pj, s.i, s.j}]; ok {
				s.posterior = min(s.posterior, q)
				from = append(from, s)
			}
		}
	}
	table := learnTable(src, tgt, from, p)
	if p.learnKeep {
		table = append(table, old...)
		slices.SortFunc(table, func(a, b [2]uint32) int {
			if a[0] != b[0] {
				return int(a[0]) - int(b[0])
			}
			return int(a[1]) - int(b[1])
		})
		table = slices.Compact(table)
	}
	return table
}

const (
	scoreDice = iota
	scoreLLR
)

// logLikelihood is Dunning's G² of a pair seen together c times, its
// words a and b times, in n links.
func logLikelihood(c, a, b, n float64) float64 {
	term := func(o, e float64) float64 {
		if o <= 0 || e <= 0 {
			return 0
		}
		return o * math.Log(o/e)
	}
	k12, k21 := max(0, a-c), max(0, b-c)
	k22 := max(0, n-a-b+c)
	return 2 * (term(c, a*b/n) + term(k12, a*(n-b)/n) + term(k21, (n-a)*b/n) + term(k22, (n-a)*(n-b)/n))
}

type cand struct {
	s, t  uint32
	score float64
}

// better orders candidates by score, then by ids, so that map order never
// changes the result.
func better(x, y cand) bool {
	if x.score != y.score {
		return x.score > y.score
	}
	if x.s != y.s {
		return x.s < y.s
	}
	return x.t < y.t
}

// mutualBest keeps a pair when each stem is among the other's k best
// partners, each within ratio of that stem's best (k = 1: mutual best).
// cands are sorted best first.
func mutualBest(cands []cand, k int, ratio float64) [][2]uint32 {
	topS := map[uint32][]cand{}
	topT := map[uint32][]cand{}
	keep := func(top map[uint32][]cand, key uint32, c cand) {
		l := top[key]
		if len(l) >= k || len(l) > 0 && c.score < ratio*l[0].score {
			return
		}
		top[key] = append(l, c)
	}
	for _, c := range cands {
		keep(topS, c.s, c)
		keep(topT, c.t, c)
	}
	var table [][2]uint32
	for _, c := range cands {
		if slices.Contains(topS[c.s], c) && slices.Contains(topT[c.t], c) {
			table = append(table, [2]uint32{c.s, c.t})
		}
	}
	return table
}

// competitive links the best pair first, then the best of the rest whose
// stems have fewer than k partners yet (Melamed's competitive linking).
func competitive(cands []cand, k int) [][2]uint32 {
	ns, nt := map[uint32]int{}, map[uint32]int{}
	var table [][2]uint32
	for _, c := range cands {
		if ns[c.s] >= k || nt[c.t] >= k {
			continue
		}
		ns[c.s]++
		nt[c.t]++
		table = append(table, [2]uint32{c.s, c.t})
	}
	return table
}
