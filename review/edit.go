package review

import (
	"fmt"
	"slices"

	"github.com/sverka/sverka/align"
)

// The edits below take a pair's links and return new ones, leaving the
// old slice as it was (it goes into the undo history). Every link an edit
// makes is confirmed: the editor has decided it, and realigning keeps it.

// confirmed is l as an editor confirmed it: sure, without the aligner's
// flags (omission and addition follow from an empty side anyway).
func confirmed(l align.Link) align.Link {
	return align.Link{Source: append([]int{}, l.Source...), Target: append([]int{}, l.Target...), Confidence: 1, Confirmed: true}
}

func cloneLinks(links []align.Link) []align.Link {
	out := make([]align.Link, len(links))
	for i, l := range links {
		out[i] = l
		out[i].Source = slices.Clone(l.Source)
		out[i].Target = slices.Clone(l.Target)
		out[i].Flags = slices.Clone(l.Flags)
	}
	return out
}

func checkLink(links []align.Link, k int) error {
	if k < 0 || k >= len(links) {
		return fmt.Errorf("no link %d: the document has links 1 to %d", k+1, len(links))
	}
	return nil
}

// confirmLink confirms link k.
func confirmLink(links []align.Link, k int) ([]align.Link, []int, error) {
	if err := checkLink(links, k); err != nil {
		return nil, nil, err
	}
	out := cloneLinks(links)
	out[k] = confirmed(out[k])
	return out, []int{k}, nil
}

// unconfirmLink takes link k back from the editor: realigning may change
// it again. Its confidence stays the 1 confirming gave it until then.
func unconfirmLink(links []align.Link, k int) ([]align.Link, []int, error) {
	if err := checkLink(links, k); err != nil {
		return nil, nil, err
	}
	if !links[k].Confirmed {
		return nil, nil, fmt.Errorf("link %d is not confirmed", k+1)
	}
	out := cloneLinks(links)
	out[k].Confirmed = false
	return out, []int{k}, nil
}

// confirmAll confirms every link.
func confirmAll(links []align.Link) ([]align.Link, []int, error) {
	out := cloneLinks(links)
	var touched []int
	for k := range out {
		if !out[k].Confirmed {
			touched = append(touched, k)
		}
		out[k] = confirmed(out[k])
	}
	return out, touched, nil
}

// mergeNext makes links k and k+1 one link.
func mergeNext(links []align.Link, k int) ([]align.Link, []int, error) {
	if err := checkLink(links, k); err != nil {
		return nil, nil, err
	}
	if k+1 >= len(links) {
		return nil, nil, fmt.Errorf("link %d is the last: there is no next link to merge it with", k+1)
	}
	a, b := links[k], links[k+1]
	m := align.Link{Source: append(slices.Clone(a.Source), b.Source...), Target: append(slices.Clone(a.Target), b.Target...)}
	// The debris a link goes round, merged into it, takes its place.
	slices.Sort(m.Source)
	slices.Sort(m.Target)
	out := cloneLinks(links[:k])
	out = append(out, confirmed(m))
	out = append(out, cloneLinks(links[k+2:])...)
	return out, []int{k}, nil
}

// split cuts link k before its source sentence at position src and its
// target sentence at position tgt (0 to the side's length): the first
// part keeps what comes before the cuts.
func split(links []align.Link, k, src, tgt int) ([]align.Link, []int, error) {
	if err := checkLink(links, k); err != nil {
		return nil, nil, err
	}
	l := links[k]
	if src < 0 || src > len(l.Source) || tgt < 0 || tgt > len(l.Target) {
		return nil, nil, fmt.Errorf("link %d has %d Russian and %d English sentences: cannot split it at %d and %d", k+1, len(l.Source), len(l.Target), src, tgt)
	}
	a := align.Link{Source: l.Source[:src], Target: l.Target[:tgt]}
	b := align.Link{Source: l.Source[src:], Target: l.Target[tgt:]}
	if len(a.Source)+len(a.Target) == 0 || len(b.Source)+len(b.Target) == 0 {
		return nil, nil, fmt.Errorf("splitting link %d at %d and %d leaves one part empty: choose where to cut", k+1, src, tgt)
	}
	out := cloneLinks(links[:k])
	out = append(out, confirmed(a), confirmed(b))
	out = append(out, cloneLinks(links[k+1:])...)
	if n := gapLinks(links, k); n > 0 {
		return out, inTextOrder(out, k, k+2+n), nil
	}
	return out, []int{k, k + 1}, nil
}

// unpair leaves every sentence of link k without counterpart: one 1-0
// link for each Russian sentence, then one 0-1 for each English one.
func unpair(links []align.Link, k int) ([]align.Link, []int, error) {
	if err := checkLink(links, k); err != nil {
		return nil, nil, err
	}
	l := links[k]
	if len(l.Source)+len(l.Target) < 2 {
		return nil, nil, fmt.Errorf("link %d holds one sentence: it has no counterpart already", k+1)
	}
	out := cloneLinks(links[:k])
	var touched []int
	for _, s := range l.Source {
		touched = append(touched, len(out))
		out = append(out, confirmed(align.Link{Source: []int{s}, Target: []int{}}))
	}
	for _, t := range l.Target {
		touched = append(touched, len(out))
		out = append(out, confirmed(align.Link{Source: []int{}, Target: []int{t}}))
	}
	out = append(out, cloneLinks(links[k+1:])...)
	if n := gapLinks(links, k); n > 0 {
		touched = inTextOrder(out, k, k+len(touched)+n)
	}
	return out, touched, nil
}

// gapLinks is how many of the links right after link k stand alone in its
// gaps: the OCR debris it goes round, as sverka align --split lines links
// it ([1]:[1, 3], then []:[2]).
func gapLinks(links []align.Link, k int) int {
	l := links[k]
	skips := func(ids []int, x int) bool {
		return len(ids) > 1 && x > ids[0] && x < ids[len(ids)-1] && !slices.Contains(ids, x)
	}
	n := 0
	for _, o := range links[k+1:] {
		if len(o.Source)+len(o.Target) != 1 ||
			len(o.Source) == 1 && !skips(l.Source, o.Source[0]) ||
			len(o.Target) == 1 && !skips(l.Target, o.Target[0]) {
			break
		}
		n++
	}
	return n
}

// inTextOrder puts out[from:to], the parts an edit cut a link into and the
// debris the link went round, back in text order (the parts came first,
// the debris after them), and returns their positions.
func inTextOrder(out []align.Link, from, to int) []int {
	copy(out[from:to], align.SortLinks(out[from:to]))
	var touched []int
	for k := from; k < to; k++ {
		touched = append(touched, k)
	}
	return touched
}

// moveBoundary moves a boundary sentence of link k on one side ("source"
// or "target"): with dir "prev" its first sentence to the end of the link
// before, with "next" its last sentence to the start of the link after.
// A link left with no sentence at all goes.
func moveBoundary(links []align.Link, k int, side, dir string) ([]align.Link, []int, error) {
	if err := checkLink(links, k); err != nil {
		return nil, nil, err
	}
	if side != "source" && side != "target" {
		return nil, nil, fmt.Errorf("side %q: want source or target", side)
	}
	other := k - 1
	switch dir {
	case "prev":
	case "next":
		other = k + 1
	default:
		return nil, nil, fmt.Errorf("direction %q: want prev or next", dir)
	}
	if other < 0 || other >= len(links) {
		return nil, nil, fmt.Errorf("link %d has no %s link to move a sentence to", k+1, map[string]string{"prev": "previous", "next": "next"}[dir])
	}
	out := cloneLinks(links)
	pick := func(l *align.Link) *[]int {
		if side == "source" {
			return &l.Source
		}
		return &l.Target
	}
	from, to := pick(&out[k]), pick(&out[other])
	if len(*from) == 0 {
		return nil, nil, fmt.Errorf("link %d has no %s sentence to move", k+1, langOf(side))
	}
	if dir == "prev" {
		*to = append(*to, (*from)[0])
		*from = (*from)[1:]
	} else {
		*to = append([]int{(*from)[len(*from)-1]}, *to...)
		*from = (*from)[:len(*from)-1]
	}
	// Debris a link went round, moved into it, takes its place there.
	slices.Sort(*to)
	out[k], out[other] = confirmed(out[k]), confirmed(out[other])
	touched := []int{min(k, other), max(k, other)}
	if len(out[k].Source)+len(out[k].Target) == 0 {
		out = slices.Delete(out, k, k+1)
		touched = []int{min(k, other)}
	}
	return out, touched, nil
}

func langOf(side string) string {
	if side == "source" {
		return "Russian"
	}
	return "English"
}

// changedLinks are the positions in after of the links that are not in
// before with the same sentences: what realigning changed.
func changedLinks(before, after []align.Link) []int {
	key := func(l align.Link) string { return align.FormatIDs(l.Source) + ":" + align.FormatIDs(l.Target) }
	had := make(map[string]bool, len(before))
	for _, l := range before {
		had[key(l)] = true
	}
	var out []int
	for k, l := range after {
		if !had[key(l)] {
			out = append(out, k)
		}
	}
	return out
}
