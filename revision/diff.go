package revision

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// ChangeKind says what happened to a sentence between two revisions.
type ChangeKind string

const (
	Unchanged ChangeKind = "unchanged"
	Changed   ChangeKind = "changed" // edited, split or merged
	Added     ChangeKind = "added"
	Removed   ChangeKind = "removed"
	Moved     ChangeKind = "moved" // the same or nearly the same sentence elsewhere
)

// Change is one step from the old revision to the new: sentences of the
// old paired with sentences of the new (either side may be empty), and the
// word-level differences between them.
type Change struct {
	Kind ChangeKind
	Old  []int // indexes in the old document's segments
	New  []int // indexes in the new document's segments
	// OldText and NewText are the sentences of each side joined by a space.
	OldText, NewText string
	// Words is the word-level diff of OldText into NewText; empty for
	// unchanged sentences.
	Words []WordDiff
}

// Split reports a change that cut one old sentence into several.
func (c Change) Split() bool { return len(c.Old) == 1 && len(c.New) > 1 }

// Merged reports a change that joined several old sentences into one.
func (c Change) Merged() bool { return len(c.Old) > 1 && len(c.New) == 1 }

// WordOp is what a run of a word diff does.
type WordOp int

const (
	WordEqual WordOp = iota
	WordDelete
	WordInsert
)

// WordDiff is a run of whole words (with the spaces and punctuation
// between them) kept, deleted or inserted.
type WordDiff struct {
	Op   WordOp
	Text string
}

// RenderingChange is a glossary entry rendered one way in the old revision
// and another way in the new, in sentences the diff paired.
type RenderingChange struct {
	Entry    *glossary.Entry
	Old, New []string // the renderings as written; empty when none
	Change   int      // index of the change in Revision.Changes
}

// Revision is the difference between two revisions of a translation.
type Revision struct {
	Old, New   *texts.Document
	Changes    []Change // in the order of the new revision, removals where they were
	Renderings []RenderingChange
}

// Summary counts the changes of a revision.
type Summary struct {
	Changed, Split, Merged, Added, Removed, Moved, Unchanged int
}

// Differs reports whether anything changed.
func (s Summary) Differs() bool {
	return s.Changed+s.Added+s.Removed+s.Moved > 0
}

// String says the summary in one line: "3 sentences changed (1 split),
// 1 removed; 12 unchanged".
func (s Summary) String() string {
	var parts []string
	if s.Changed > 0 {
		p := plural(s.Changed, "sentence", "sentences") + " changed"
		var sub []string
		if s.Split > 0 {
			sub = append(sub, fmt.Sprintf("%d split", s.Split))
		}
		if s.Merged > 0 {
			sub = append(sub, fmt.Sprintf("%d merged", s.Merged))
		}
		if len(sub) > 0 {
			p += " (" + strings.Join(sub, ", ") + ")"
		}
		parts = append(parts, p)
	}
	if s.Added > 0 {
		parts = append(parts, fmt.Sprintf("%d added", s.Added))
	}
	if s.Removed > 0 {
		parts = append(parts, fmt.Sprintf("%d removed", s.Removed))
	}
	if s.Moved > 0 {
		parts = append(parts, fmt.Sprintf("%d moved", s.Moved))
	}
	if len(parts) == 0 {
		return "no differences; " + plural(s.Unchanged, "sentence", "sentences") + " unchanged"
	}
	return strings.Join(parts, ", ") + "; " + fmt.Sprintf("%d unchanged", s.Unchanged)
}

// Add returns the sum of two summaries: the counts of several documents.
func (s Summary) Add(o Summary) Summary {
	return Summary{
		Changed: s.Changed + o.Changed, Split: s.Split + o.Split, Merged: s.Merged + o.Merged,
		Added: s.Added + o.Added, Removed: s.Removed + o.Removed, Moved: s.Moved + o.Moved,
		Unchanged: s.Unchanged + o.Unchanged,
	}
}

// Total says in one line what changed across the revisions of several
// documents: "In all, 3 documents, 1 with differences: 2 sentences changed,
// 1 removed; 14 unchanged".
func Total(revs []*Revision) string {
	var total Summary
	differ := 0
	for _, r := range revs {
		s := r.Summary()
		total = total.Add(s)
		if s.Differs() {
			differ++
		}
	}
	return fmt.Sprintf("In all, %s, %d with differences: %s", plural(len(revs), "document", "documents"), differ, total)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Summary counts the revision's changes.
func (r *Revision) Summary() Summary {
	var s Summary
	for _, c := range r.Changes {
		switch c.Kind {
		case Unchanged:
			s.Unchanged++
		case Changed:
			s.Changed++
			if c.Split() {
				s.Split++
			}
			if c.Merged() {
				s.Merged++
			}
		case Added:
			s.Added++
		case Removed:
			s.Removed++
		case Moved:
			s.Moved++
		}
	}
	return s
}

// Options tune Diff.
type Options struct {
	// Source is the original both revisions translate. When given, the
	// revisions' sentences are paired through it: each is aligned with
	// the original, and sentences aligned with the same original
	// sentences are paired. Otherwise they are paired directly by
	// similarity, in order.
	Source *texts.Document
	// Align aligns Source with a revision; nil means align.Align.
	Align func(src, tgt []align.Sentence, opts align.Options) ([]align.Link, error)
	// Glossary, when given, finds the renderings that changed.
	Glossary *glossary.Glossary
}

// Compare compares two revisions of a translation sentence by sentence.
func Compare(old, new *texts.Document, opts Options) (*Revision, error) {
	if old == nil || new == nil {
		return nil, fmt.Errorf("revision: compare needs two documents")
	}
	var groups [][2][]int
	if opts.Source != nil {
		coarse, err := pairThroughSource(old, new, opts)
		if err != nil {
			return nil, err
		}
		// The original says which stretches correspond. Two sentences
		// linked to the same original sentences are one sentence
		// revised, however reworded; only where the original has one
		// sentence for several of the translation do several sentences
		// land in one group, to be paired within directly.
		ot, nt := segTexts(old), segTexts(new)
		m := newSimModel(ot, nt)
		groups = m.pairWithin(ot, nt, coarse)
		groups = repairOneSided(m, groups, ot, nt)
		// Moving a sentence at a group's edge can make a group
		// many-to-many again (the first half of a split joining the
		// sentence before, dropped): pair within once more.
		groups = m.pairWithin(ot, nt, reconcileEdges(groups, ot, nt))
	} else {
		groups = pairDirect(segTexts(old), segTexts(new))
	}
	r := &Revision{Old: old, New: new}
	for _, g := range groups {
		c := Change{Old: g[0], New: g[1], OldText: joinedText(old, g[0]), NewText: joinedText(new, g[1])}
		switch {
		case len(c.Old) == 0:
			c.Kind = Added
		case len(c.New) == 0:
			c.Kind = Removed
		case len(c.Old) == 1 && len(c.New) == 1 && c.OldText == c.NewText:
			c.Kind = Unchanged
		default:
			c.Kind = Changed
		}
		r.Changes = append(r.Changes, c)
	}
	r.markMoves()
	r.findMoves()
	for i := range r.Changes {
		c := &r.Changes[i]
		if c.Kind == Changed || c.Kind == Moved && c.OldText != c.NewText {
			c.Words = WordDiffs(c.OldText, c.NewText)
		}
	}
	if opts.Glossary != nil {
		r.Renderings = renderingChanges(r.Changes, opts.Glossary)
	}
	return r, nil
}

// pairWithin pairs directly the sentences within each group that has
// more than one sentence on a side and some on the other (a merge through
// the original may be one sentence kept and one dropped); a one-to-one
// group is one sentence revised, and stays as it is.
func (m *simModel) pairWithin(ot, nt []string, groups [][2][]int) [][2][]int {
	var out [][2][]int
	for _, g := range groups {
		if len(g[0]) == 0 || len(g[1]) == 0 || len(g[0]) == 1 && len(g[1]) == 1 {
			out = append(out, g)
			continue
		}
		out = append(out, m.pair(ot, nt, g[0], g[1])...)
	}
	return out
}

// repairOneSided pairs directly the sentences of each run of groups that
// have one side only: sentences the original has no counterpart for
// (translators' notes, web lines) are in no alignment group, yet may be
// the same sentence in both revisions.
func repairOneSided(m *simModel, groups [][2][]int, ot, nt []string) [][2][]int {
	var out [][2][]int
	for i := 0; i < len(groups); {
		if len(groups[i][0]) > 0 && len(groups[i][1]) > 0 {
			out = append(out, groups[i])
			i++
			continue
		}
		var olds, news []int
		j := i
		for ; j < len(groups) && (len(groups[j][0]) == 0 || len(groups[j][1]) == 0); j++ {
			olds = append(olds, groups[j][0]...)
			news = append(news, groups[j][1]...)
		}
		if len(olds) == 0 || len(news) == 0 {
			out = append(out, groups[i:j]...)
		} else {
			out = append(out, m.pair(ot, nt, olds, news)...)
		}
		i = j
	}
	return out
}

// pick returns ss at the indexes idx.
func pick(ss []string, idx []int) []string {
	out := make([]string, len(idx))
	for i, k := range idx {
		out[i] = ss[k]
	}
	return out
}

func segTexts(d *texts.Document) []string {
	out := make([]string, len(d.Segments))
	for i, s := range d.Segments {
		out[i] = texts.OneLine(s.Text)
	}
	return out
}

// markMoves marks as moved the sentences kept word for word but out of
// order: all but a longest run of them in the same order in both
// revisions.
func (r *Revision) markMoves() {
	var idx, olds []int
	for i, c := range r.Changes {
		if c.Kind == Unchanged {
			idx = append(idx, i)
			olds = append(olds, c.Old[0])
		}
	}
	keep := make([]bool, len(idx))
	for _, p := range longestIncreasing(olds) {
		keep[p] = true
	}
	for p, i := range idx {
		if !keep[p] {
			r.Changes[i].Kind = Moved
		}
	}
}

// moveSimilarity is how alike a removed and an added sentence must be to
// count as one sentence moved.
const moveSimilarity = 0.85

// findMoves turns a removal and an addition of the same or nearly the same
// sentence into one move, kept at its new place.
func (r *Revision) findMoves() {
	type cand struct {
		rem, add int
		sim      float64
	}
	var cands []cand
	bm := newBagMaker()
	var rems, adds []int
	bags := map[int][]int32{}
	for i, c := range r.Changes {
		switch {
		case c.Kind == Removed && len(c.Old) == 1:
			rems = append(rems, i)
			bags[i] = bm.bag(c.OldText)
		case c.Kind == Added && len(c.New) == 1:
			adds = append(adds, i)
			bags[i] = bm.bag(c.NewText)
		}
	}
	if len(rems) == 0 || len(adds) == 0 {
		return
	}
	// Candidates share a word among the rarest of each: two bags alike
	// above the threshold cannot differ in all their rarest words (prefix
	// filtering), so no pair of sentences is compared in vain.
	freq := map[int32]int{}
	for _, b := range bags {
		for _, w := range b {
			freq[w]++
		}
	}
	index := map[int32][]int{}
	for _, j := range adds {
		for _, w := range rarePrefix(bags[j], freq) {
			index[w] = append(index[w], j)
		}
	}
	for _, i := range rems {
		ta := bags[i]
		seen := map[int]bool{}
		for _, w := range rarePrefix(ta, freq) {
			for _, j := range index[w] {
				if seen[j] {
					continue
				}
				seen[j] = true
				if s := bagSimilarity(ta, bags[j]); s >= moveSimilarity {
					cands = append(cands, cand{i, j, s})
				}
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].sim != cands[j].sim {
			return cands[i].sim > cands[j].sim
		}
		if cands[i].rem != cands[j].rem {
			return cands[i].rem < cands[j].rem
		}
		return cands[i].add < cands[j].add
	})
	used := map[int]bool{}
	drop := map[int]bool{}
	for _, c := range cands {
		if used[c.rem] || used[c.add] {
			continue
		}
		used[c.rem], used[c.add] = true, true
		add := &r.Changes[c.add]
		add.Kind = Moved
		add.Old = r.Changes[c.rem].Old
		add.OldText = r.Changes[c.rem].OldText
		drop[c.rem] = true
	}
	if len(drop) == 0 {
		return
	}
	kept := r.Changes[:0]
	for i, c := range r.Changes {
		if !drop[i] {
			kept = append(kept, c)
		}
	}
	r.Changes = kept
}

// rarePrefix returns the rarest distinct words of a bag, as many as a bag
// must share with another to be alike above moveSimilarity, and one more.
func rarePrefix(bag []int32, freq map[int32]int) []int32 {
	words := slices.Compact(slices.Clone(bag))
	slices.SortFunc(words, func(a, b int32) int {
		if freq[a] != freq[b] {
			return freq[a] - freq[b]
		}
		return int(a - b)
	})
	// A bag alike above t shares at least t/(2-t) of its words.
	keep := len(words) - int(math.Ceil(moveSimilarity/(2-moveSimilarity)*float64(len(words)))) + 2
	return words[:max(0, min(keep, len(words)))]
}

// pairThroughSource aligns each revision with the original and pairs the
// sentences that are aligned with the same original sentences: the
// connected groups of the two alignments.
func pairThroughSource(old, new *texts.Document, opts Options) ([][2][]int, error) {
	alignFn := opts.Align
	if alignFn == nil {
		alignFn = align.Align
	}
	src := align.FromSegments(opts.Source.Segments)
	oldLinks, err := alignFn(src, align.FromSegments(old.Segments), align.Options{})
	if err != nil {
		return nil, err
	}
	newLinks, err := alignFn(src, align.FromSegments(new.Segments), align.Options{})
	if err != nil {
		return nil, err
	}
	// union-find over old sentences (0..n-1) and new ones (n..n+m-1),
	// joined through each source sentence
	n, m := len(old.Segments), len(new.Segments)
	parent := make([]int, n+m)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	union := func(a, b int) { parent[find(a)] = find(b) }
	bySource := make([][]int, len(src))
	add := func(links []align.Link, base, limit int) error {
		for _, l := range links {
			var members []int
			for _, t := range l.Target {
				if t < 0 || t >= limit {
					return fmt.Errorf("edition: aligner returned sentence %d of %d", t, limit)
				}
				members = append(members, base+t)
			}
			for k := 1; k < len(members); k++ {
				union(members[0], members[k])
			}
			for _, s := range l.Source {
				if s < 0 || s >= len(src) {
					return fmt.Errorf("edition: aligner returned source sentence %d of %d", s, len(src))
				}
				bySource[s] = append(bySource[s], members...)
			}
		}
		return nil
	}
	if err := add(oldLinks, 0, n); err != nil {
		return nil, err
	}
	if err := add(newLinks, n, m); err != nil {
		return nil, err
	}
	for _, ms := range bySource {
		for k := 1; k < len(ms); k++ {
			union(ms[0], ms[k])
		}
	}
	groups := map[int]*[2][]int{}
	var order []int
	for x := 0; x < n+m; x++ {
		root := find(x)
		g, ok := groups[root]
		if !ok {
			g = &[2][]int{}
			groups[root] = g
			order = append(order, root)
		}
		if x < n {
			g[0] = append(g[0], x)
		} else {
			g[1] = append(g[1], x-n)
		}
	}
	out := make([][2][]int, 0, len(order))
	for _, root := range order {
		out = append(out, *groups[root])
	}
	orderGroups(out, n)
	return out, nil
}

// orderGroups sorts groups by the new revision; a group with no new
// sentences goes just after the group holding the old sentence before it.
func orderGroups(groups [][2][]int, n int) {
	keys := make([]float64, len(groups))
	oldKey := make([]float64, n) // key of the group of each old sentence, -1 if unknown
	for i := range oldKey {
		oldKey[i] = -1
	}
	for gi, g := range groups {
		if len(g[1]) > 0 {
			keys[gi] = float64(g[1][0])
			for _, o := range g[0] {
				oldKey[o] = keys[gi]
			}
		}
	}
	for gi, g := range groups {
		if len(g[1]) > 0 {
			continue
		}
		prev := -1.0
		for o := g[0][0] - 1; o >= 0; o-- {
			if oldKey[o] >= 0 {
				prev = oldKey[o]
				break
			}
		}
		keys[gi] = prev + 0.5 + float64(g[0][0])/float64(2*n+2)
	}
	idx := make([]int, len(groups))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	sorted := make([][2][]int, len(groups))
	for i, k := range idx {
		sorted[i] = groups[k]
	}
	copy(groups, sorted)
}
