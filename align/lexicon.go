package align

import (
	"math"
	"slices"
	"strconv"
)

// keyWeights gives each key a weight by how rare it is: a number or a name
// found in two sentences says more than a word found in half of them.
func keyWeights(v *vocab, src, tgt []features, p params) []float32 {
	df := make([]int32, len(v.kind))
	for _, fs := range [][]features{src, tgt} {
		for _, f := range fs {
			for k, key := range f.keys {
				if k > 0 && f.keys[k-1] == key {
					continue
				}
				df[key]++
			}
		}
	}
	total := float64(len(src) + len(tgt))
	w := make([]float32, len(v.kind))
	for id := range w {
		if df[id] == 0 {
			continue
		}
		// idf, bounded below so that common words still count a little.
		w[id] = float32(max(p.idfFloor, math.Log(total/float64(df[id]))/math.Log(total)*2))
		switch v.kind[id] {
		case kindNumber:
			w[id] *= float32(p.numberBoost)
		}
	}
	return w
}

// stemIDs returns the stems of the words of a phrase, in order.
func stemIDs(v *vocab, phrase string) []uint32 {
	x := &extractor{v: v, ev: 0}
	f := features{}
	x.scan(phrase, &f, false)
	return slices.Clone(x.scratch)
}

// pairIndex finds word pairs in sentences: pairs are indexed by the first
// stem of their phrase on each side.
type pairIndex map[uint32][]pairPhrase

type pairPhrase struct {
	stems []uint32
	key   uint32
}

func (ix pairIndex) add(stems []uint32, key uint32) {
	if len(stems) == 0 {
		return
	}
	ix[stems[0]] = append(ix[stems[0]], pairPhrase{stems: stems, key: key})
}

// apply adds to each sentence the key of every phrase all of whose stems it
// holds.
func (ix pairIndex) apply(fs []features) {
	for k := range fs {
		f := &fs[k]
		added := false
		for _, s := range f.stems {
			for _, ph := range ix[s] {
				all := true
				for _, t := range ph.stems[1:] {
					if _, ok := slices.BinarySearch(f.stems, t); !ok {
						all = false
						break
					}
				}
				if all {
					f.keys = append(f.keys, ph.key)
					added = true
				}
			}
		}
		if added {
			slices.Sort(f.keys)
		}
	}
}

// addPairs adds the caller's word pairs as keys: a source sentence holding
// the source phrase and a target sentence holding the target phrase share
// the pair's key. Pairs are turned round when they fit the texts better
// that way (a dictionary of the other direction). Only pairs whose stems
// the texts hold on the right sides are kept, so that a dictionary of
// a hundred thousand pairs neither grows the vocabulary nor slows the
// search.
func addPairs(v *vocab, src, tgt []features, pairs []WordPair) {
	inS, inT := stemSet(v, src), stemSet(v, tgt)
	type found struct{ s, t []uint32 }
	var fwd, rev []found
	v.frozen = true
	for _, p := range pairs {
		s, t := stemIDs(v, p.Source), stemIDs(v, p.Target)
		if len(s) == 0 || len(t) == 0 || slices.Contains(s, noID) || slices.Contains(t, noID) {
			continue
		}
		if allIn(s, inS) && allIn(t, inT) {
			fwd = append(fwd, found{s, t})
		}
		if allIn(s, inT) && allIn(t, inS) {
			rev = append(rev, found{t, s})
		}
	}
	v.frozen = false
	if len(rev) > len(fwd) {
		fwd = rev
	}
	ixS, ixT := pairIndex{}, pairIndex{}
	for k, f := range fwd {
		key := v.id(kindPair, strconv.AppendInt(nil, int64(k), 10))
		ixS.add(f.s, key)
		ixT.add(f.t, key)
	}
	ixS.apply(src)
	ixT.apply(tgt)
}

// stemSet marks the stems the sentences hold.
func stemSet(v *vocab, fs []features) []bool {
	set := make([]bool, len(v.kind))
	for _, f := range fs {
		for _, s := range f.stems {
			set[s] = true
		}
	}
	return set
}

func allIn(ids []uint32, set []bool) bool {
	for _, id := range ids {
		if int(id) >= len(set) || !set[id] {
			return false
		}
	}
	return true
}

// learnTable collects word pairs from the confident 1-1 links of a first
// pass: stems that occur together in linked sentences much more often than
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

// addLearned adds the learned pairs as keys.
func addLearned(v *vocab, src, tgt []features, table [][2]uint32) {
	ixS, ixT := pairIndex{}, pairIndex{}
	for k, st := range table {
		key := v.id(kindLearned, append([]byte("learned"), strconv.AppendInt(nil, int64(k), 10)...))
		ixS.add([]uint32{st[0]}, key)
		ixT.add([]uint32{st[1]}, key)
	}
	ixS.apply(src)
	ixT.apply(tgt)
}
