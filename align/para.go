package align

import (
	"slices"
)

// Where both sides have paragraphs, the paragraphs are aligned first, by
// the same model on paragraph lengths and keys, allowing paragraph merges.
// The points where a group of paragraphs ends on both sides and which that
// alignment is sure of become hard boundaries for the sentence search, as
// documents are: a sentence link never crosses them. When the two sides'
// paragraphs disagree (one side runs together what the other breaks, whole
// paragraphs left without counterpart), the paragraph alignment is not
// trusted and the sentence search runs on its own, with paragraph breaks as
// soft costs only.

// paraMaxLink is the most paragraphs on one side of a paragraph link.
// Paragraph links are costlier to score than sentence links (more keys, and
// the cost of the types grows with the square of this): three keeps the
// paragraph pass a small part of the time.
const paraMaxLink = 3

// Thresholds of trust in the paragraph alignment.
const (
	// breakSure is the posterior probability a paragraph boundary needs to
	// become a hard boundary.
	breakSure = 0.95
	// paraUnpairedMax is the largest share of letters in paragraphs left
	// without counterpart: beyond it the two sides' paragraphs disagree.
	paraUnpairedMax = 0.15
	// paraMeanSure is the least mean posterior of the paragraph links.
	paraMeanSure = 0.7
	// breakAgree is the least share of the sure paragraph boundaries the
	// sentence search must pass through on its own.
	breakAgree = 0.8
)

// paragraphs returns the index of the first sentence of each paragraph, and
// len(fs) at the end.
func paragraphs(fs []features) []int {
	var starts []int
	for i := range fs {
		if i == 0 || fs[i].para != fs[i-1].para {
			starts = append(starts, i)
		}
	}
	return append(starts, len(fs))
}

// paraFeatures merges the features of the sentences of each paragraph.
func paraFeatures(fs []features, starts []int) []features {
	out := make([]features, len(starts)-1)
	for k := range out {
		f := &out[k]
		// Not a heading, even when all its sentences are: a paragraph
		// left out costs what any other does.
		f.para = k
		group := fs[starts[k]:starts[k+1]]
		size := 0
		for _, s := range group {
			f.length += s.length
			size += len(s.keys)
		}
		f.keys = make([]uint32, 0, size)
		if len(group) > 4 {
			for _, s := range group {
				f.keys = append(f.keys, s.keys...)
			}
			slices.Sort(f.keys)
			continue
		}
		// A few sorted lists (the coarse pass's pairs of sentences):
		// merged, not sorted again.
		for _, s := range group {
			f.keys = mergeSorted(f.keys, s.keys)
		}
	}
	return out
}

// mergeSorted merges the sorted list b into the sorted list a, in place
// when a has the room.
func mergeSorted(a, b []uint32) []uint32 {
	n := len(a)
	a = append(a, b...)
	// From the end, so that a's elements are moved before they are
	// overwritten.
	i, j, k := n-1, len(b)-1, len(a)-1
	for j >= 0 {
		if i >= 0 && a[i] > b[j] {
			a[k] = a[i]
			i--
		} else {
			a[k] = b[j]
			j--
		}
		k--
	}
	return a
}

// paragraphBreaks aligns the paragraphs of the two sides and returns the
// sure boundaries between paragraph groups as points (i, j): source
// sentences before i go with target sentences before j. It returns nil
// when either side has a single paragraph or the alignment is not trusted.
func paragraphBreaks(src, tgt []features, weight []float32, nkeys int, p params) [][2]int {
	ss, st := paragraphs(src), paragraphs(tgt)
	if len(ss) < 3 || len(st) < 3 {
		return nil
	}
	ps, pt := paraFeatures(src, ss), paraFeatures(tgt, st)
	q := p.clone()
	q.paraCost = 0
	// A paragraph left out is not a sentence left out: the length cost
	// of an unpaired sentence would make a whole paragraph cost as much
	// as its length in sentences.
	q.unpaired = 0
	sc := newScorer(q, ps, pt, paraMaxLink, weight)
	// A paragraph is several sentences: a narrower band covers as much
	// text, and widens where it must.
	path := searchWidening(sc, anchorPath(ps, pt, nkeys), max(p.bandWidth/4, 4), paraMaxLink, true, maxRounds)
	var unpaired, total, post float64
	for _, f := range ps {
		total += f.length
	}
	for _, f := range pt {
		total += f.length / sc.ratio
	}
	for _, stp := range path {
		post += stp.posterior
		switch {
		case stp.i == stp.pi:
			unpaired += (sc.lt[stp.j] - sc.lt[stp.pj]) / sc.ratio
		case stp.j == stp.pj:
			unpaired += sc.ls[stp.i] - sc.ls[stp.pi]
		}
	}
	if total == 0 || unpaired > paraUnpairedMax*total || post < paraMeanSure*float64(len(path)) {
		return nil
	}
	var breaks [][2]int
	for _, stp := range path[:len(path)-1] {
		if stp.through >= breakSure {
			breaks = append(breaks, [2]int{ss[stp.i], st[stp.j]})
		}
	}
	return breaks
}

// segments numbers the stretches between breaks: seg[x] is the number of
// breaks at or before sentence x, on the source side (coordinate 0) or the
// target side (1).
func segments(n int, breaks [][2]int, side int) []int32 {
	if len(breaks) == 0 {
		return nil
	}
	seg := make([]int32, n)
	k := 0
	for x := range n {
		for k < len(breaks) && breaks[k][side] <= x {
			k++
		}
		seg[x] = int32(k)
	}
	return seg
}

// withBreaks adds the breaks to the points a band is built around,
// dropping the points that contradict them.
func withBreaks(points, breaks [][2]int) [][2]int {
	if len(breaks) == 0 {
		return points
	}
	consistent := func(pt [2]int) bool {
		for _, b := range breaks {
			if pt[0] < b[0] && pt[1] > b[1] || pt[0] > b[0] && pt[1] < b[1] {
				return false
			}
		}
		return true
	}
	out := make([][2]int, 0, len(points)+len(breaks))
	for _, pt := range points {
		if consistent(pt) {
			out = append(out, pt)
		}
	}
	out = append(out, breaks...)
	slices.SortFunc(out, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return slices.Compact(out)
}

// clampBand keeps the band on the right side of every break: rows before a
// break end at or before its column, rows after it start at or after it.
func clampBand(b *band, breaks [][2]int) {
	if len(breaks) == 0 {
		return
	}
	b.floor = make([]int32, b.n+1)
	b.ceil = make([]int32, b.n+1)
	k := 0 // the first break with row > i
	for i := 0; i <= b.n; i++ {
		for k < len(breaks) && breaks[k][0] <= i {
			k++
		}
		b.ceil[i] = int32(b.m)
		if k < len(breaks) {
			b.ceil[i] = int32(breaks[k][1])
		}
		b.floor[i] = 0
		// The last break with row < i.
		last := k - 1
		for last >= 0 && breaks[last][0] == i {
			last--
		}
		if last >= 0 {
			b.floor[i] = int32(breaks[last][1])
		}
		b.lo[i] = max(b.lo[i], b.floor[i])
		b.hi[i] = min(b.hi[i], b.ceil[i])
		if b.hi[i] < b.lo[i] {
			// Cannot happen with a band built around the breaks; keep the
			// row usable all the same.
			b.lo[i], b.hi[i] = b.floor[i], b.ceil[i]
		}
	}
	// floor and ceil do not decrease, so lo and hi still do not.
	total := 0
	for i := 0; i <= b.n; i++ {
		b.start[i] = total
		total += int(b.hi[i]-b.lo[i]) + 1
	}
	b.cells = total
}

// agreedBreaks keeps the sure paragraph boundaries when a sentence path
// passes through at least breakAgree of them, and none otherwise:
// paragraph breaks that sentence evidence does not bear out mean the two
// sides' paragraphs do not match. Once they are borne out, the few the
// path strays from are kept too: the path is the first pass's, made
// before a word table is learned, and where the two disagree it is the
// one that is wrong far more often (on the Debian handbook, English with
// Chinese, 246 of the 261 sure boundaries it strayed from were right,
// and the final pass without them crossed about 3% of the paragraph
// boundaries).
func agreedBreaks(breaks [][2]int, path []step) [][2]int {
	if len(breaks) == 0 {
		return nil
	}
	passed, k := 0, 0
	for _, st := range path {
		for k < len(breaks) && (breaks[k][0] < st.i || breaks[k][0] == st.i && breaks[k][1] < st.j) {
			k++
		}
		if k < len(breaks) && breaks[k] == [2]int{st.i, st.j} {
			passed++
			k++
		}
	}
	if float64(passed) < breakAgree*float64(len(breaks)) {
		return nil
	}
	return breaks
}
