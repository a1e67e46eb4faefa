package align

import (
	"fmt"
	"slices"
)

// alignKeeping aligns around confirmed links. Each confirmed link with both
// sides is a fixed box; the stretches between consecutive boxes are
// aligned on their own, so a confirmed link is never moved or lost, however
// many there are and wherever they are. A confirmed link with one empty
// side removes its sentence from the stretch it falls in. A confirmed link
// that goes round OCR debris, as Align writes it with Options.Gaps, is
// kept so, the debris standing alone right after it.
func alignKeeping(src, tgt []Sentence, opts Options, p params, maxLink int) ([]Link, error) {
	kp, err := readKept(opts.Keep, src, tgt)
	if err != nil {
		return nil, err
	}
	a := &keepAligner{kept: kp, src: src, tgt: tgt, pairs: opts.Pairs, gaps: opts.Gaps, p: p, maxLink: maxLink,
		coveredS: make([]bool, len(src)), coveredT: make([]bool, len(tgt))}
	ps, pt := 0, 0 // start of the current stretch
	for _, bx := range kp.boxes {
		a.stretch(ps, bx.Source[0], pt, bx.Target[0])
		a.add(bx)
		ps, pt = bx.Source[len(bx.Source)-1]+1, bx.Target[len(bx.Target)-1]+1
	}
	a.stretch(ps, len(src), pt, len(tgt))
	out := a.leftOver()
	out = regroupSingles(out, kp.singles)
	out = SortLinks(out)
	finish(out, src, tgt, p)
	return out, nil
}

// kept are the confirmed links, checked: boxes (both sides) in text order,
// singles (one side empty), and which sentences they hold.
type kept struct {
	boxes, singles   []Link
	usedS, usedT     []bool // in some confirmed link
	forcedS, forcedT []bool // in a confirmed one-sided link
}

// readKept checks the confirmed links against the texts and sorts them
// into boxes and singles.
func readKept(keep []Link, src, tgt []Sentence) (*kept, error) {
	n, m := len(src), len(tgt)
	kp := &kept{usedS: make([]bool, n), usedT: make([]bool, m)}
	var keepIndex []int // the index in keep of each box
	for k, l := range keep {
		if len(l.Source) == 0 && len(l.Target) == 0 {
			continue
		}
		if err := checkKeptSide(k, "source", l.Source, src, kp.usedS); err != nil {
			return nil, err
		}
		if err := checkKeptSide(k, "target", l.Target, tgt, kp.usedT); err != nil {
			return nil, err
		}
		l = Link{Source: slices.Clone(l.Source), Target: slices.Clone(l.Target),
			Confidence: 1, Confirmed: true}
		if len(l.Source) > 0 && len(l.Target) > 0 {
			kp.boxes = append(kp.boxes, l)
			keepIndex = append(keepIndex, k)
		} else {
			kp.singles = append(kp.singles, l)
		}
	}
	if err := kp.sortBoxes(keepIndex); err != nil {
		return nil, err
	}
	// A confirmed one-sided link stays in its stretch, forced to be left
	// without counterpart there, so that the links around it keep their
	// order.
	kp.forcedS, kp.forcedT = make([]bool, n), make([]bool, m)
	for _, l := range kp.singles {
		for _, i := range l.Source {
			kp.forcedS[i] = true
		}
		for _, j := range l.Target {
			kp.forcedT[j] = true
		}
	}
	return kp, nil
}

// checkKeptSide checks one side of the k-th kept link: consecutive (but
// for OCR debris it goes round), in range, and in no other kept link (used
// marks the sentences seen so far).
func checkKeptSide(k int, name string, ids []int, side []Sentence, used []bool) error {
	if err := consecutive(ids, side); err != nil {
		return &KeepError{Index: k, Msg: name + " " + err.Error()}
	}
	for _, i := range ids {
		if i < 0 || i >= len(used) {
			return &KeepError{Index: k, Msg: fmt.Sprintf("%s sentence %d out of range (%d sentences)", name, i+1, len(used))}
		}
		if used[i] {
			return &KeepError{Index: k, Msg: fmt.Sprintf("%s sentence %d is in two kept links", name, i+1)}
		}
		used[i] = true
	}
	return nil
}

// sortBoxes puts the boxes in source order and refuses two that cross;
// keepIndex is the place of each box in the keep list, for the error.
func (kp *kept) sortBoxes(keepIndex []int) error {
	boxes := kp.boxes
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
	kp.boxes = sorted
	for k := 1; k < len(sorted); k++ {
		a, b := sorted[k-1], sorted[k]
		if a.Source[len(a.Source)-1] >= b.Source[0] || a.Target[len(a.Target)-1] >= b.Target[0] {
			// Name the later of the two in the keep list.
			if boxIndex[k] < boxIndex[k-1] {
				a, b = b, a
			}
			return &KeepError{Index: max(boxIndex[k], boxIndex[k-1]), Msg: fmt.Sprintf("crosses kept link %s:%s",
				FormatIDs(a.Source), FormatIDs(a.Target))}
		}
	}
	return nil
}

// keepAligner collects the links of an alignment around kept links.
type keepAligner struct {
	*kept
	src, tgt []Sentence
	pairs    []WordPair
	gaps     bool
	p        params
	maxLink  int
	out      []Link
	// coveredS and coveredT mark the sentences some link in out holds, so
	// that the sentences left over are found in one pass, not by searching
	// out for each sentence.
	coveredS, coveredT []bool
}

func (a *keepAligner) add(l Link) {
	for _, i := range l.Source {
		a.coveredS[i] = true
	}
	for _, j := range l.Target {
		a.coveredT[j] = true
	}
	a.out = append(a.out, l)
}

// stretch aligns the sentences [ps, es) and [pt, et) that no box holds.
func (a *keepAligner) stretch(ps, es, pt, et int) {
	ids := a.free(ps, es, a.usedS, a.forcedS)
	jds := a.free(pt, et, a.usedT, a.forcedT)
	s, t := pick(a.src, ids), pick(a.tgt, jds)
	for k, i := range ids {
		s[k].forced = a.forcedS[i]
	}
	for k, j := range jds {
		t[k].forced = a.forcedT[j]
	}
	sub := alignStretch(s, t, Options{Pairs: a.pairs, Gaps: a.gaps}, a.p, a.maxLink)
	for _, l := range sub {
		for k, i := range l.Source {
			l.Source[k] = ids[i]
			if a.forcedS[ids[i]] {
				l.Confirmed, l.Confidence = true, 1
			}
		}
		for k, j := range l.Target {
			l.Target[k] = jds[j]
			if a.forcedT[jds[j]] {
				l.Confirmed, l.Confidence = true, 1
			}
		}
		a.add(l)
	}
}

// free lists the sentences of [from, to) that a stretch aligns: those in no
// kept link, and those forced to stay without counterpart.
func (a *keepAligner) free(from, to int, used, forced []bool) []int {
	var ids []int
	for i := from; i < to; i++ {
		if !used[i] || forced[i] {
			ids = append(ids, i)
		}
	}
	return ids
}

// leftOver returns the links with, as 1-0 and 0-1 links, the sentences
// inside a box that are not in it (a confirmed link need not be
// contiguous).
func (a *keepAligner) leftOver() []Link {
	out := a.out
	for i, c := range a.coveredS {
		if !c {
			out = append(out, Link{Source: []int{i}, Target: []int{}, Confidence: 1, Confirmed: a.forcedS[i]})
		}
	}
	for j, c := range a.coveredT {
		if !c {
			out = append(out, Link{Source: []int{}, Target: []int{j}, Confidence: 1, Confirmed: a.forcedT[j]})
		}
	}
	return out
}

// regroupSingles puts back whole each confirmed one-sided link of several
// sentences, which came out of its stretch as one link a sentence.
func regroupSingles(out, singles []Link) []Link {
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
	return out
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
// covers one run of sentences on each side, in text order, save for the
// OCR debris of the side it may go round (Options.Gaps).
func consecutive(ids []int, side []Sentence) error {
	for k := 1; k < len(ids); k++ {
		if ids[k] <= ids[k-1] || ids[k] > ids[k-1]+1 && !allDebris(side, ids[k-1]+1, ids[k]) {
			return fmt.Errorf("sentences %s are not consecutive and ascending", FormatIDs(ids))
		}
	}
	return nil
}

// allDebris reports whether the sentences [from, to) of side are all OCR
// debris (none is), by their text alone: an edition reads a line of marks
// (* * *) as a header, where --split lines found it debris.
func allDebris(side []Sentence, from, to int) bool {
	if from < 0 || to > len(side) {
		return false
	}
	for _, s := range side[from:to] {
		if !isDebris(Sentence{Text: s.Text}) {
			return false
		}
	}
	return true
}

func pick(s []Sentence, ids []int) []Sentence {
	out := make([]Sentence, len(ids))
	for k, i := range ids {
		out[k] = s[i]
	}
	return out
}

// SortLinks puts links in text order: links with source sentences by
// their first source sentence; a link with only target sentences just
// before the first link whose target sentences come after its own (so
// that OCR debris a link goes round, standing alone, comes right after
// it). It returns the sorted links in a new slice and leaves links as it
// was.
func SortLinks(links []Link) []Link {
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
	out := make([]Link, 0, len(links))
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
	return append(out, onlyTgt[k:]...)
}
