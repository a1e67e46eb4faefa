package align

import "slices"

// learnTable collects word pairs from the confident 1-1 links of a pass:
// stems that occur together in linked sentences much more often than
// apart (Dice), each stem keeping its best partner.
func learnTable(src, tgt []features, path []step, p params) [][2]uint32 {
	const maxLinks = 20000 // enough to learn from; bounds the time on books
	cs := map[uint32]int32{}
	ct := map[uint32]int32{}
	co := map[[2]uint32]int32{}
	used := 0
	for _, st := range path {
		if st.i-st.pi != 1 || st.j-st.pj != 1 || st.posterior < p.learnConf {
			continue
		}
		if used++; used > maxLinks {
			break
		}
		a, b := src[st.pi].stems, tgt[st.pj].stems
		for _, s := range a {
			cs[s]++
		}
		for _, t := range b {
			ct[t]++
		}
		for _, s := range a {
			for _, t := range b {
				co[[2]uint32{s, t}]++
			}
		}
	}
	type cand struct {
		s, t uint32
		dice float64
	}
	bestS := map[uint32]cand{}
	bestT := map[uint32]cand{}
	for st, c := range co {
		if int(c) < p.learnMin || st[0] == st[1] {
			continue
		}
		d := 2 * float64(c) / float64(cs[st[0]]+ct[st[1]])
		if d < p.learnDice {
			continue
		}
		cd := cand{st[0], st[1], d}
		if b, ok := bestS[st[0]]; !ok || better(cd.dice, cd.s, cd.t, b.dice, b.s, b.t) {
			bestS[st[0]] = cd
		}
		if b, ok := bestT[st[1]]; !ok || better(cd.dice, cd.s, cd.t, b.dice, b.s, b.t) {
			bestT[st[1]] = cd
		}
	}
	var table [][2]uint32
	for s, c := range bestS {
		if bestT[c.t].s == s {
			table = append(table, [2]uint32{s, c.t})
		}
	}
	slices.SortFunc(table, func(a, b [2]uint32) int {
		if a[0] != b[0] {
			return int(a[0]) - int(b[0])
		}
		return int(a[1]) - int(b[1])
	})
	return table
}

// better orders candidates by Dice, then by ids, so that map order never
// changes the result.
func better(d1 float64, s1, t1 uint32, d2 float64, s2, t2 uint32) bool {
	if d1 != d2 {
		return d1 > d2
	}
	if s1 != s2 {
		return s1 < s2
	}
	return t1 < t2
}
