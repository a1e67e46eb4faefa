package align

// A link with several sentences on both sides (2-2, 2-3, ...) whose first
// or last sentence of one side shares no word with the link but shares
// words of its own with the sentence just beyond it on the other side most
// likely belongs to the link beside it: a 2-1 and a 1-2 where lengths
// alone made a 2-2 and a 1-1 (korea-1950, document 5: a sentence naming
// Seoul joined the sentence before it). Such a link costs strayEdgeCost
// more for each such sentence: more than the priors' preference of one
// 2-2 over a 2-1 and a 1-2 (one unit), with room for the length cost.
// It is judged in the final pass only: in the first pass it would change
// which links teach the word table. On Text+Berg it changes no strict or
// lax figure (test, dev, the long text enciphered or not).
const strayEdgeCost = 3.0

// strayEdges counts the edge sentences of the link [pi,i) x [pj,j) that
// match nothing inside it and share words of their own with the sentence
// just outside it on the other side.
func (s *scorer) strayEdges(pi, i, pj, j int) int {
	n, m := len(s.src), len(s.tgt)
	stray := 0
	// The last and the first target sentence, against the source
	// sentences of the link and the one after or before it.
	if i < n && s.matchesNone(pi, i, j-1, false) && s.ownMatch(i, j-1) {
		stray++
	}
	if pi > 0 && s.matchesNone(pi, i, pj, false) && s.ownMatch(pi-1, pj) {
		stray++
	}
	// The last and the first source sentence, likewise.
	if j < m && s.matchesNone(pj, j, i-1, true) && s.ownMatch(i-1, j) {
		stray++
	}
	if pj > 0 && s.matchesNone(pj, j, pi, true) && s.ownMatch(pi, pj-1) {
		stray++
	}
	return stray
}

// matchesNone reports whether sentence k of one side matches none of the
// sentences [lo,hi) of the other: k is a source sentence when src.
func (s *scorer) matchesNone(lo, hi, k int, src bool) bool {
	for o := lo; o < hi; o++ {
		x, y := o, k
		if src {
			x, y = k, o
		}
		if s.pairMatch(x, y) > 0 {
			return false
		}
	}
	return true
}

// ownMatch reports whether source sentence x and target sentence y share a
// key of their own words (a number, a name, a cognate, a word pair of the
// caller's), not only a pair of the learned word table: the table is
// learned from the first pass's links, and where nothing else is shared
// (a text enciphered letter by letter) its pairs are too loose to say
// where a sentence belongs.
//
// It reads the keys themselves, not the pair matches of the band: the pair
// is outside the link, and a link's cost must not depend on the band.
func (s *scorer) ownMatch(x, y int) bool {
	if k, ok := s.bandPair(x, y); ok && s.own != nil {
		// Found with the band's pair matches (setBand).
		return s.own[k]
	}
	return shareKey(s.src[x].keys, s.tgt[y].keys, s.isOwn)
}
