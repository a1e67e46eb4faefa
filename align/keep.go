package align

import (
	"fmt"
	"slices"
)

// alignKeeping aligns around confirmed links. Each confirmed link with both
// sides is a fixed box; the stretches between consecutive boxes are
// aligned on their own, so a confirmed link is never moved or lost, however
// many there are and wherever they are. A confirmed link with one empty
// side removes its sentence from the stretch it falls in.
func alignKeeping(src, tgt []Sentence, opts Options, p params, maxLink int) ([]Link, error) {
	n, m := len(src), len(tgt)
	usedS := make([]bool, n)
	usedT := make([]bool, m)
	var boxes, singles []Link
	var keepIndex []int // the index in opts.Keep of each box
	for k, l := range opts.Keep {
		if len(l.Source) == 0 && len(l.Target) == 0 {
			continue
		}
		if err := consecutive(l.Source); err != nil {
			return nil, &KeepError{Index: k, Msg: "source " + err.Error()}
		}
		if err := consecutive(l.Target); err != nil {
			return nil, &KeepError{Index: k, Msg: "target " + err.Error()}
		}
		for _, i := range l.Source {
			if i < 0 || i >= n {
				return nil, &KeepError{Index: k, Msg: fmt.Sprintf("source sentence %d out of range (%d sentences)", i, n)}
			}
			if usedS[i] {
				return nil, &KeepError{Index: k, Msg: fmt.Sprintf("source sentence %d is in two kept links", i)}
			}
			usedS[i] = true
		}
		for _, j := range l.Target {
			if j < 0 || j >= m {
				return nil, &KeepError{Index: k, Msg: fmt.Sprintf("target sentence %d out of range (%d sentences)", j, m)}
			}
			if usedT[j] {
				return nil, &KeepError{Index: k, Msg: fmt.Sprintf("target sentence %d is in two kept links", j)}
			}
			usedT[j] = true
		}
		l = Link{Source: slices.Clone(l.Source), Target: slices.Clone(l.Target),
			Confidence: 1, Confirmed: true}
		if len(l.Source) > 0 && len(l.Target) > 0 {
			boxes = append(boxes, l)
			keepIndex = append(keepIndex, k)
		} else {
			singles = append(singles, l)
		}
	}
	order := make([]int, len(boxes))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return boxes[a].Source[0] - boxes[b].Source[0] })
	sorted := make([]Link, len(boxes))
	boxIndex := make([]int, len(boxes))
	for k, o := range order {
		sorted[k], boxIndex[k] = boxes[o], keepIndex[o]
	}
	boxes = sorted
	for k := 1; k < len(boxes); k++ {
		a, b := boxes[k-1], boxes[k]
		if a.Source[len(a.Source)-1] >= b.Source[0] || a.Target[len(a.Target)-1] >= b.Target[0] {
			// Name the later of the two in the keep list.
			if boxIndex[k] < boxIndex[k-1] {
				a, b = b, a
			}
			return nil, &KeepError{Index: max(boxIndex[k], boxIndex[k-1]), Msg: fmt.Sprintf("crosses kept link %s:%s",
				FormatIDs(a.Source), FormatIDs(a.Target))}
		}
	}
	// A confirmed one-sided link stays in its stretch, forced to be left
	// without counterpart there, so that the links around it keep their
	// order.
	forcedS := make([]bool, n)
	forcedT := make([]bool, m)
	for _, l := range singles {
		for _, i := range l.Source {
			forcedS[i] = true
		}
		for _, j := range l.Target {
			forcedT[j] = true
		}
	}
	var out []Link
	ps, pt := 0, 0 // start of the current stretch
	stretch := func(es, et int) {
		var ids, jds []int
		for i := ps; i < es; i++ {
			if !usedS[i] || forcedS[i] {
				ids = append(ids, i)
			}
		}
		for j := pt; j < et; j++ {
			if !usedT[j] || forcedT[j] {
				jds = append(jds, j)
			}
		}
		s, t := pick(src, ids), pick(tgt, jds)
		for k, i := range ids {
			s[k].forced = forcedS[i]
		}
		for k, j := range jds {
			t[k].forced = forcedT[j]
		}
		sub := alignStretch(s, t, Options{Pairs: opts.Pairs}, p, maxLink)
		for _, l := range sub {
			for k, i := range l.Source {
				l.Source[k] = ids[i]
				if forcedS[ids[i]] {
					l.Confirmed, l.Confidence = true, 1
				}
			}
			for k, j := range l.Target {
				l.Target[k] = jds[j]
				if forcedT[jds[j]] {
					l.Confirmed, l.Confidence = true, 1
				}
			}
			out = append(out, l)
		}
	}
	for _, bx := range boxes {
		stretch(bx.Source[0], bx.Target[0])
		out = append(out, bx)
		ps, pt = bx.Source[len(bx.Source)-1]+1, bx.Target[len(bx.Target)-1]+1
	}
	stretch(n, m)
	// Sentences inside a box that are not in it (a confirmed link need not
	// be contiguous) are left without counterpart.
	inOut := func(x int, source bool) bool { return covered(out, x, source) }
	for i := range n {
		if !inOut(i, true) {
			out = append(out, Link{Source: []int{i}, Target: []int{}, Confidence: 1, Confirmed: forcedS[i]})
		}
	}
	for j := range m {
		if !inOut(j, false) {
			out = append(out, Link{Source: []int{}, Target: []int{j}, Confidence: 1, Confirmed: forcedT[j]})
		}
	}
	// A confirmed one-sided link of several sentences came out of its
	// stretch as one link a sentence: put it back whole.
	for _, l := range singles {
		if len(l.Source)+len(l.Target) < 2 {
			continue
		}
		out = slices.DeleteFunc(out, func(o Link) bool {
			return len(o.Source)+len(o.Target) == 1 &&
				(len(o.Source) == 1 && slices.Contains(l.Source, o.Source[0]) ||
					len(o.Target) == 1 && slices.Contains(l.Target, o.Target[0]))
		})
		out = append(out, l)
	}
	sortLinks(out)
	finish(out, src, tgt, p)
	return out, nil
}

// KeepError is a confirmed link that cannot be kept. Index is its place
// in Options.Keep, so that the caller can name the file and line it came
// from.
type KeepError struct {
	Index int
	Msg   string
}

func (e *KeepError) Error() string { return fmt.Sprintf("align: kept link %d: %s", e.Index+1, e.Msg) }

// consecutive reports ids that are not consecutive and ascending: a link
// covers one run of sentences on each side, in text order.
func consecutive(ids []int) error {
	for k := 1; k < len(ids); k++ {
		if ids[k] != ids[k-1]+1 {
			return fmt.Errorf("sentences %s are not consecutive and ascending", FormatIDs(ids))
		}
	}
	return nil
}

func pick(s []Sentence, ids []int) []Sentence {
	out := make([]Sentence, len(ids))
	for k, i := range ids {
		out[k] = s[i]
	}
	return out
}

func covered(links []Link, x int, source bool) bool {
	for _, l := range links {
		side := l.Target
		if source {
			side = l.Source
		}
		if slices.Contains(side, x) {
			return true
		}
	}
	return false
}

// sortLinks puts links in text order: links with source sentences by
// their first source sentence; a link with only target sentences just
// before the first link whose target sentences come after its own.
func sortLinks(links []Link) {
	var withSrc, onlyTgt []Link
	for _, l := range links {
		if len(l.Source) > 0 {
			withSrc = append(withSrc, l)
		} else {
			onlyTgt = append(onlyTgt, l)
		}
	}
	slices.SortStableFunc(withSrc, func(a, b Link) int { return a.Source[0] - b.Source[0] })
	slices.SortStableFunc(onlyTgt, func(a, b Link) int { return a.Target[0] - b.Target[0] })
	out := links[:0]
	k := 0
	for _, l := range withSrc {
		if len(l.Target) > 0 {
			for k < len(onlyTgt) && onlyTgt[k].Target[0] < l.Target[0] {
				out = append(out, onlyTgt[k])
				k++
			}
		}
		out = append(out, l)
	}
	out = append(out, onlyTgt[k:]...)
}
