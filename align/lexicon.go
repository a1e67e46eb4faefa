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
