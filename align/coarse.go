package align

// A long text without anchors gives the band nothing to follow but the
// diagonal, and where the length ratio drifts the band must widen, round
// after round, over the whole text. The coarse pass finds the path first
// on the texts with their sentences taken two by two, recursively (as
// vecalign's downsampling does), aligned in full at the coarsest level,
// where the grid is small, and then refined level by level in a narrow
// band around the path of the level above. The band of the sentence
// search is then built around that path: it stays narrow however far the
// texts drift, and anchors, being keys, guide every level.

const (
	// coarseMin is the longer side's sentence count from which the coarse
	// pass runs. Below it the anchor path and the widening band are cheap
	// enough, and the gold sets' documents are all shorter, so their
	// figures do not depend on it.
	coarseMin = 1500
	// coarseTop is the longer side's block count under which a level is
	// aligned over the whole grid.
	coarseTop = 400
	// coarseWidth is the half-width of the band around the projected path
	// at each level.
	coarseWidth = 8
	// coarseMaxLink bounds the blocks on one side of a coarse link.
	coarseMaxLink = 3
	// coarseRounds bounds the widening at each coarse level: the path
	// there is only a guide.
	coarseRounds = 3
	// guidedNarrowing is how much narrower the first sentence pass's band
	// is around the coarse path than around the anchors.
	guidedNarrowing = 4
)

// coarsePoints returns points of a path from (0, 0) to (n, m) found by the
// coarse pass, or nil when the texts are too short to need one.
func coarsePoints(fs, ft []features, weight []float32, p params) [][2]int {
	if max(len(fs), len(ft)) < coarseMin {
		return nil
	}
	return guide(fs, ft, weight, p)
}

// guide aligns fs with ft taken two by two and returns the path projected
// back onto fs and ft.
func guide(fs, ft []features, weight []float32, p params) [][2]int {
	n, m := len(fs), len(ft)
	cs, ct := pairUp(fs), pairUp(ft)
	q := p
	q.paraCost = 0
	q.unpaired = 0 // a block left unpaired is not one sentence (paragraphBreaks)
	sc := newScorer(q, cs, ct, coarseMaxLink, weight)
	var path []step
	if max(len(cs), len(ct)) <= coarseTop {
		sc.setBand(newBand(len(cs), len(ct), [][2]int{{0, 0}, {len(cs), len(ct)}}, max(len(cs), len(ct))), coarseMaxLink)
		path = sc.viterbi(false)
	} else {
		path = searchWidening(sc, guide(cs, ct, weight, p), coarseWidth, coarseMaxLink, false, coarseRounds)
	}
	points := make([][2]int, 0, len(path)+1)
	points = append(points, [2]int{0, 0})
	for _, st := range path {
		points = append(points, [2]int{min(2*st.i, n), min(2*st.j, m)})
	}
	return points
}

// pairUp merges the features of sentences 2k and 2k+1 into block k.
func pairUp(fs []features) []features {
	starts := make([]int, 0, len(fs)/2+2)
	for i := 0; i < len(fs); i += 2 {
		starts = append(starts, i)
	}
	return paraFeatures(fs, append(starts, len(fs)))
}
