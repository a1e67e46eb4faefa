package revision

import "slices"

// reconcileMargin is how much more of a sentence's words one neighbouring
// group must hold than its own group for the sentence to move there.
const reconcileMargin = 0.2

// reconcileEdges corrects a pairing made through the original where direct
// similarity plainly disagrees at a group's edge. Aligning each revision
// with the original separately can hang the second half of a split
// sentence on the next original sentence (more so when the next sentence
// was dropped): the pairing then shows an edit, an addition and a removal
// instead of one split. A sentence at the edge of its group moves to the
// neighbouring group (the one holding the sentence next to it in the same
// revision) when that group's other side holds clearly more of its words
// than its own group's other side does, and the move makes the neighbour's
// two sides more alike: a new sentence so joins a split, an old one a
// merge. Sentences keep their order; ot and nt are the revisions'
// sentences.
func reconcileEdges(groups [][2][]int, ot, nt []string) [][2][]int {
	m := newSimModel(ot, nt)
	var bufA, bufB []int32
	joined := func(buf *[]int32, side int, idx []int, extra int) []int32 {
		*buf = m.joined(*buf, side, idx)
		if extra >= 0 {
			*buf = append(*buf, m.bags[side][extra]...)
			slices.Sort(*buf)
		}
		return *buf
	}
	// containment is the weighted share of the words of sentence k of
	// side found in the other side of group g.
	containment := func(side, k int, g [2][]int) float64 {
		return m.containment(m.bags[side][k], joined(&bufA, 1-side, g[1-side], -1))
	}
	groupOf := [2][]int{make([]int, len(ot)), make([]int, len(nt))}
	for gi, g := range groups {
		for side := range 2 {
			for _, k := range g[side] {
				groupOf[side][k] = gi
			}
		}
	}
	// A move only goes where a sentence fits clearly better, so it cannot
	// be undone by the next pass; the passes are bounded all the same.
	for pass := 0; pass < 4; pass++ {
		moved := false
		for side := range 2 {
			for k := range groupOf[side] {
				b := groupOf[side][k]
				for _, nb := range []int{k - 1, k + 1} {
					if nb < 0 || nb >= len(groupOf[side]) {
						continue
					}
					a := groupOf[side][nb]
					own := groups[b][side]
					if a == b || len(groups[a][1-side]) == 0 {
						continue
					}
					// k must be the edge of its group that faces nb.
					if (nb < k && own[0] != k) || (nb > k && own[len(own)-1] != k) {
						continue
					}
					if containment(side, k, groups[a]) <= containment(side, k, groups[b])+reconcileMargin {
						continue
					}
					other := joined(&bufB, 1-side, groups[a][1-side], -1)
					before := m.similarity(joined(&bufA, side, groups[a][side], -1), other)
					after := m.similarity(joined(&bufA, side, groups[a][side], k), other)
					if after <= before {
						continue
					}
					groups[b][side] = slices.DeleteFunc(slices.Clone(own), func(x int) bool { return x == k })
					groups[a][side] = append(slices.Clone(groups[a][side]), k)
					slices.Sort(groups[a][side])
					groupOf[side][k] = a
					moved = true
					break
				}
			}
		}
		if !moved {
			break
		}
	}
	return slices.DeleteFunc(groups, func(g [2][]int) bool { return len(g[0]) == 0 && len(g[1]) == 0 })
}
