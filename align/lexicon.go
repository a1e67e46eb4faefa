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
// holds: its stems, or with forPairs the stems its word pairs are matched
// by (features.stemsForPairs).
func (ix pairIndex) apply(fs []features, forPairs bool) {
	for k := range fs {
		f := &fs[k]
		added := false
		n0 := len(f.keys)
		stems := f.stems
		if forPairs {
			stems = f.stemsForPairs()
		}
		for _, s := range stems {
			for _, ph := range ix[s] {
				all := true
				for _, t := range ph.stems[1:] {
					if _, ok := slices.BinarySearch(stems, t); !ok {
						all = false
						break
					}
				}
				if all && !slices.Contains(f.keys[n0:], ph.key) {
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
	d := readPhrases(pairs)
	addLemmaStems(v, d.heads, src, tgt)
	addStemPairs(v, src, tgt, d.pairStems(v))
}

// stemPair is a word pair as the stems of its two phrases.
type stemPair struct{ s, t []uint32 }

// pairStems returns the pairs whose stems are all in v (the texts hold
// them, or the headwords of their words: addLemmaStems), as stem ids: done
// once for all the texts of one vocabulary.
func (d *phrases) pairStems(v *vocab) []stemPair {
	var out []stemPair
	v.frozen = true
	ids := func(from, to int32) []uint32 {
		if from == to {
			return nil
		}
		out := make([]uint32, 0, to-from)
		for k := from; k < to; k++ {
			id := v.id(kindStem, d.stem(k))
			if id == noID {
				return nil
			}
			out = append(out, id)
		}
		return out
	}
	for _, p := range d.pairs {
		s := ids(p[0], p[1])
		if s == nil {
			continue
		}
		if t := ids(p[1], p[2]); t != nil {
			out = append(out, stemPair{s, t})
		}
	}
	v.frozen = false
	return out
}

// addStemPairs adds the pairs of pairStems to the texts.
func addStemPairs(v *vocab, src, tgt []features, pairs []stemPair) {
	inS, inT := stemSet(v, src), stemSet(v, tgt)
	type found = stemPair
	var fwd, rev []found
	for _, p := range pairs {
		s, t := p.s, p.t
		if allIn(s, inS) && allIn(t, inT) {
			fwd = append(fwd, found{s, t})
		}
		if allIn(s, inT) && allIn(t, inS) {
			rev = append(rev, found{t, s})
		}
	}
	if len(rev) > len(fwd) {
		fwd = rev
	}
	// The pairs become a graph of the phrases the texts hold, source and
	// target: entries that differ only in endings (offiziell, offizielle
	// -> officiel, officielle) are one edge, so that a word with many forms
	// in the dictionary does not weigh more. A phrase with many partners
	// (de, le, qui: the function words) says little about which sentence
	// holds its translation and is left out. What stays falls into groups
	// of words that translate each other (Berg, Gebirge, montagne, mont),
	// and each group is one key, so that a word with several senses counts
	// once in its sentence however many of its translations the other text
	// holds. A pair spelt alike on both sides (in -> in) adds nothing to
	// identical words.
	type node struct {
		stems []uint32
		side  int
	}
	ids := map[string]int{}
	var nodes []node
	nodeOf := func(stems []uint32, side int) int {
		k := strconv.Itoa(side) + stemsString(stems)
		if n, ok := ids[k]; ok {
			return n
		}
		ids[k] = len(nodes)
		nodes = append(nodes, node{stems, side})
		return len(nodes) - 1
	}
	edges := map[[2]int]bool{}
	for _, f := range fwd {
		if slices.Equal(f.s, f.t) {
			continue
		}
		edges[[2]int{nodeOf(f.s, 0), nodeOf(f.t, 1)}] = true
	}
	degree := make([]int, len(nodes))
	for e := range edges {
		degree[e[0]]++
		degree[e[1]]++
	}
	parent := make([]int, len(nodes))
	for k := range parent {
		parent[k] = k
	}
	var root func(int) int
	root = func(k int) int {
		for parent[k] != k {
			parent[k] = parent[parent[k]]
			k = parent[k]
		}
		return k
	}
	for e := range edges {
		if degree[e[0]] > maxPartners || degree[e[1]] > maxPartners {
			continue
		}
		parent[root(e[0])] = root(e[1])
	}
	size := map[int]int{}
	for k := range nodes {
		size[root(k)]++
	}
	// Keys are made in the order of the nodes (the order of the pairs),
	// never of a map, so that the result does not change from run to run.
	keys := map[int]uint32{}
	ixS, ixT := pairIndex{}, pairIndex{}
	for k, nd := range nodes {
		r := root(k)
		if size[r] < 2 {
			continue
		}
		key, ok := keys[r]
		if !ok {
			// Named by its first phrase, so that texts aligned together
			// (AlignDocuments) with one vocabulary never share a key for
			// different groups.
			key = v.id(kindDict, []byte(strconv.Itoa(nd.side)+stemsString(nd.stems)))
			keys[r] = key
		}
		if nd.side == 0 {
			ixS.add(nd.stems, key)
		} else {
			ixT.add(nd.stems, key)
		}
	}
	ixS.apply(src, true)
	ixT.apply(tgt, true)
}

// maxPartners is the most phrases of the other text a phrase may
// translate and still be evidence: on the Text+Berg dev set with FreeDict
// 1 to 8 make no clear difference, on korea-1950 with Mueller 2 to 4 are
// best (0.964 strict F1; without a limit 0.940).
const maxPartners = 4

func stemsString(ids []uint32) string {
	var buf []byte
	for _, id := range ids {
		buf = strconv.AppendUint(append(buf, ' '), uint64(id), 10)
	}
	return string(buf)
}

// stemSet marks the stems the sentences' word pairs are matched by.
func stemSet(v *vocab, fs []features) []bool {
	set := make([]bool, len(v.kind))
	for _, f := range fs {
		for _, s := range f.stemsForPairs() {
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
//
// The pairs are counted one source stem at a time, over the links that
// hold it, in an array indexed by target stem: what the counting holds is
// as large as the vocabulary and the links' stems, not as the pairs of
// stems that occur together, which a Chinese sentence's thirty characters
// against an English sentence's words make many times larger.
func learnTable(src, tgt []features, path []step, p params) [][2]uint32 {
	const (
		maxLinks = 20000 // enough to learn from; bounds the time on books
		// maxPairs bounds the pairs of stems counted (a link's source
		// stems times its target stems), about 0.1 s: 20,000 links of
		// German and French count 4.7 million, of German and the
		// pseudo-Chinese of the French 6.6 million; only links of
		// paragraphs hundreds of words long would reach it.
		maxPairs = 50_000_000
	)
	var links [][2]int // the source and target sentence of each link
	nv := 0            // the stems' ids are below nv
	pairs := 0
	for _, st := range path {
		if st.i-st.pi != 1 || st.j-st.pj != 1 || st.posterior < p.learnConf {
			continue
		}
		pairs += len(src[st.pi].stems) * len(tgt[st.pj].stems)
		if len(links) == maxLinks || pairs > maxPairs {
			break
		}
		links = append(links, [2]int{st.pi, st.pj})
		for _, ss := range [][]uint32{src[st.pi].stems, tgt[st.pj].stems} {
			if len(ss) > 0 {
				nv = max(nv, int(ss[len(ss)-1])+1)
			}
		}
	}
	cs := make([]int32, nv)
	ct := make([]int32, nv)
	for _, l := range links {
		for _, s := range src[l[0]].stems {
			cs[s]++
		}
		for _, t := range tgt[l[1]].stems {
			ct[t]++
		}
	}
	// The links of each source stem (a counting sort): start[s] to
	// start[s+1] in holders.
	start := make([]int32, nv+1)
	for s, c := range cs {
		start[s+1] = start[s] + c
	}
	holders := make([]int32, start[nv])
	fill := slices.Clone(start[:nv])
	for k, l := range links {
		for _, s := range src[l[0]].stems {
			holders[fill[s]] = int32(k)
			fill[s]++
		}
	}
	type cand struct {
		s, t uint32
		dice float64
		ok   bool
	}
	var picks []cand // each source stem's best partner
	bestT := make([]cand, nv)
	co := make([]int32, nv)
	var seen []uint32
	for s := range uint32(nv) {
		if int(cs[s]) < p.learnMin {
			continue
		}
		seen = seen[:0]
		var best cand
		for _, k := range holders[start[s]:start[s+1]] {
			for _, t := range tgt[links[k][1]].stems {
				if co[t] == 0 {
					seen = append(seen, t)
				}
				co[t]++
			}
		}
		for _, t := range seen {
			c := co[t]
			co[t] = 0
			if int(c) < p.learnMin || s == t {
				continue
			}
			d := 2 * float64(c) / float64(cs[s]+ct[t])
			if d < p.learnDice {
				continue
			}
			cd := cand{s, t, d, true}
			if !best.ok || better(cd.dice, cd.s, cd.t, best.dice, best.s, best.t) {
				best = cd
			}
			if b := bestT[t]; !b.ok || better(cd.dice, cd.s, cd.t, b.dice, b.s, b.t) {
				bestT[t] = cd
			}
		}
		if best.ok {
			picks = append(picks, best)
		}
	}
	var table [][2]uint32
	for _, c := range picks {
		if bestT[c.t].s == c.s {
			table = append(table, [2]uint32{c.s, c.t})
		}
	}
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
		key := v.id(kindPair, append([]byte("learned"), strconv.AppendInt(nil, int64(k), 10)...))
		ixS.add([]uint32{st[0]}, key)
		ixT.add([]uint32{st[1]}, key)
	}
	ixS.apply(src, false)
	ixT.apply(tgt, false)
}
