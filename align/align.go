package align

import (
	"fmt"
	"slices"

	"github.com/sverka/sverka/texts"
)

// WordPair is lexical evidence given by the caller: a source word or phrase
// and its translation (from a dictionary or a glossary).
type WordPair struct {
	Source string
	Target string
}

// Sentence is one sentence as the aligner sees it.
type Sentence struct {
	// Text is the sentence as evidence: the caller leaves out what has no
	// counterpart on the other side (translator insertions).
	Text string
	// Glosses are transliterations of original words found in brackets in
	// the sentence (aviaboiazn'), matched against the other side.
	Glosses []string
	// Para is the paragraph number: paragraph breaks are soft boundaries.
	Para int
	// Kind is the kind of segment the sentence comes from. A heading (an
	// editorial title) is paired only when the words support it.
	Kind texts.Kind

	forced bool // confirmed without counterpart: only a 1-0 or 0-1 link may hold it
}

const headingKind = texts.Heading

// DefaultMaxLink is the most sentences on one side of a link unless
// Options say otherwise: links up to 1-5 and 5-1, and 2-3, 3-2, 3-3 (links
// with several sentences on both sides have at most three a side, and one
// of four or five sentences against one is made only where its words
// match: see wideLinkSim).
const DefaultMaxLink = 5

// Options tune the aligner.
type Options struct {
	MaxLink int        // the most sentences on one side of a link (several on both sides: at most 3; OCR debris inside it aside, see Gaps); 0 means DefaultMaxLink
	Pairs   []WordPair // dictionary and glossary evidence
	Keep    []Link     // confirmed links kept fixed
	// Progress, when not nil, is called now and then with the fraction of
	// the work done. It must be cheap.
	Progress func(done float64)
	// Gaps lets a link skip the OCR debris that interrupts its sentences
	// (a stray mark, letters of a picture's edge: under four letters, no
	// digit), which then stands as a link of its own inside the link's
	// span, as hand-made alignments of OCR text link them (the Text+Berg
	// gold). The links then no longer cover each text in order. Without
	// it, such debris is one of the link's sentences; debris between two
	// links stands alone either way. With Keep, the stretches between
	// the confirmed links are aligned so; a confirmed link may go round
	// debris either way.
	Gaps bool
}

// Align pairs src with tgt. Every sentence of both sides is in exactly one
// link, and links are in text order (with opts.Gaps, a link may go round
// OCR debris, which stands alone right after it).
//
// Links in opts.Keep are returned as they are, marked Confirmed, and only
// the stretches between them are aligned.
func Align(src, tgt []Sentence, opts Options) ([]Link, error) {
	return alignWith(src, tgt, opts, defaultParams())
}

func alignWith(src, tgt []Sentence, opts Options, p params) ([]Link, error) {
	maxLink := opts.MaxLink
	if maxLink == 0 {
		maxLink = DefaultMaxLink
	}
	if maxLink < 1 || maxLink > 8 {
		return nil, fmt.Errorf("align: max link %d out of range 1..8", maxLink)
	}
	if len(opts.Keep) > 0 {
		return alignKeeping(src, tgt, opts, p, maxLink)
	}
	return alignStretch(src, tgt, opts, p, maxLink), nil
}

// alignStretch aligns two runs of sentences with no fixed links.
func alignStretch(src, tgt []Sentence, opts Options, p params, maxLink int) []Link {
	n, m := len(src), len(tgt)
	switch {
	case n == 0 && m == 0:
		return nil
	case n == 0 || m == 0:
		var links []Link
		for i := range n {
			links = append(links, Link{Source: []int{i}, Target: []int{}, Confidence: 1})
		}
		for j := range m {
			links = append(links, Link{Source: []int{}, Target: []int{j}, Confidence: 1})
		}
		finish(links, src, tgt, p)
		return links
	}
	if d, ok := splitDebris(src, tgt); ok && p.skipDebris {
		return d.restore(alignStretch(d.src, d.tgt, opts, p, maxLink), src, tgt, p, opts.Gaps)
	}
	st := firstPass(newVocab(), src, tgt, opts, p, maxLink)
	relearn([]*stretch{st}, p, maxLink)
	var table [][2]uint32
	if p.ev.has(evLearned) {
		table = learnTable(st.fs, st.ft, st.path, p)
	}
	return st.finalPass(table, p, maxLink)
}

// stretch is a pair of texts between the two passes.
type stretch struct {
	src, tgt []Sentence
	v        *vocab
	fs, ft   []features
	breaks   [][2]int
	path     []step
	progress func(float64)
	// Set when the stretch is aligned with others (AlignDocuments):
	learned bool      // the learned table's keys are added already
	weight  []float32 // key weights over all the texts, or nil
	// spent is the first pass's scorer, whose arrays the final pass
	// reuses; nil when the stretch waits for others (AlignDocuments).
	spent *scorer
	// finalFrom is the progress the final pass starts from: 0.5, or
	// more after the rounds of learning again (relearn).
	finalFrom float64
	// relearned says that the first pass was too unsure to learn from
	// and the rounds of relearn ran: the confidence map reads such a
	// text's posteriors lower (calibrate).
	relearned bool
}

// firstPass reads the features of two non-empty texts and searches around
// the anchors and the paragraph alignment. v may be shared with other
// texts, so that a word table learned from all of them applies to each.
func firstPass(v *vocab, src, tgt []Sentence, opts Options, p params, maxLink int) *stretch {
	st := prepareStretch(v, src, tgt, opts, p)
	st.search(p, maxLink)
	return st
}

// extractStretch reads the features of two non-empty texts into v.
func extractStretch(v *vocab, src, tgt []Sentence, opts Options, p params) *stretch {
	withPairs := p.ev.has(evPairs) && len(opts.Pairs) > 0
	fs, ft := extractBoth(v, src, tgt, p.ev, withPairs)
	return &stretch{src: src, tgt: tgt, v: v, fs: fs, ft: ft, progress: progressFunc(opts)}
}

func progressFunc(opts Options) func(float64) {
	return func(f float64) {
		if opts.Progress != nil {
			opts.Progress(f)
		}
	}
}

// prepareStretch reads the features of two non-empty texts into v, with
// the caller's word pairs.
func prepareStretch(v *vocab, src, tgt []Sentence, opts Options, p params) *stretch {
	st := extractStretch(v, src, tgt, opts, p)
	if p.ev.has(evPairs) && len(opts.Pairs) > 0 {
		addPairs(v, st.fs, st.ft, opts.Pairs)
	}
	st.progress(0.05)
	return st
}

// search is the first pass. It only reads the vocabulary, so that the
// stretches of one vocabulary may be searched at once.
func (st *stretch) search(p params, maxLink int) {
	v, fs, ft, progress := st.v, st.fs, st.ft, st.progress
	weight := keyWeights(v, fs, ft, p)
	// A first pass around the anchors and the paragraph alignment; then
	// the length model is fitted to its 1-1 links, the word table learned
	// from its confident links, and the search repeated around its path,
	// inside the paragraph groups both passes agree on.
	learn := p.ev.has(evLearned)
	points := anchorPath(fs, ft, len(v.kind))
	width := p.bandWidth
	if cp := coarsePoints(fs, ft, weight, p); cp != nil {
		// The coarse path is closer to the best one than the anchors'.
		points, width = cp, p.bandWidth/guidedNarrowing
	}
	var breaks [][2]int
	if p.paragraphs {
		breaks = paragraphBreaks(fs, ft, weight, len(v.kind), p)
		points = withBreaks(points, breaks)
	}
	sc := newScorer(p, fs, ft, maxLink, weight)
	sc.tick = func(f float64) { progress(0.05 + 0.45*f) }
	path := searchWidening(sc, points, width, maxLink, learn, maxRounds)
	st.breaks = agreedBreaks(breaks, path)
	st.path = path
	st.spent = sc
	progress(0.5)
}

// finalPass adds the learned word table and searches again around the
// first path, inside the paragraph boundaries both passes agree on.
func (st *stretch) finalPass(table [][2]uint32, p params, maxLink int) []Link {
	v, fs, ft, path, progress := st.v, st.fs, st.ft, st.path, st.progress
	if len(table) > 0 && !st.learned {
		addLearned(v, fs, ft, table)
	}
	weight := st.weight
	if weight == nil {
		weight = keyWeights(v, fs, ft, p)
	}
	from := max(0.5, st.finalFrom)
	path = st.searchAgain(weight, p, maxLink, func(f float64) { progress(from + (0.95-from)*f) })
	st.spent = nil
	progress(0.95)
	links := make([]Link, len(path))
	relearned := st.relearned
	for k, st := range path {
		observeStep(st, relearned)
		links[k] = Link{Source: span(st.pi, st.i), Target: span(st.pj, st.j), Confidence: calibrate(st, relearned)}
	}
	finish(links, st.src, st.tgt, p)
	progress(1)
	return links
}

// searchAgain searches around the path of the pass before, in a band a
// quarter as wide, inside the paragraph boundaries the first pass agreed
// on, with the posteriors of the links, the length model's variance fitted
// to the 1-1 links of that path. It takes over the arrays of the scorer
// the pass before left (st.spent).
func (st *stretch) searchAgain(weight []float32, p params, maxLink int, tick func(float64)) []step {
	sc := newScorer(p, st.fs, st.ft, maxLink, weight)
	if st.spent != nil {
		sc.reuse(st.spent)
		st.spent = nil
	}
	sc.setBreaks(st.breaks)
	sc.kinds = st.v.kind
	sc.tick = tick
	sc.estimateVariance(st.path)
	path := searchWidening(sc, pathPoints(st.path), p.bandWidth/4, maxLink, true, maxRounds)
	st.spent = sc
	return path
}

// searchWidening runs the search in a band around the path. While the best
// path runs along an edge of the band, the band is moved to follow it, and
// widened where moving is not enough: only around the rows where the path
// touched an edge, so that one hard place in a long text does not widen
// the band over all of it. Each round costs time linear in the length of
// the texts; there are at most rounds+1 rounds.
func searchWidening(sc *scorer, points [][2]int, w, maxLink int, posteriors bool, rounds int) []step {
	n, m := len(sc.src), len(sc.tgt)
	var extra []int32 // added half-width of each row
	for round := 0; ; round++ {
		b := newBand(n, m, withBreaks(points, sc.breaks), w)
		widenRows(b, extra)
		clampBand(b, sc.breaks)
		sc.setBand(b, maxLink)
		// Viterbi alone until the band holds the path; then the
		// forward–backward pass once, on the final band, its costs
		// already computed.
		path := sc.viterbi(false)
		touched := edgeRows(b, path, 2)
		if len(touched) == 0 || w >= max(n, m) || round >= rounds {
			if posteriors {
				path = sc.viterbi(true)
			}
			return slices.Clone(path)
		}
		points = pathPoints(path)
		if round%2 == 0 {
			continue // moving the band may be enough
		}
		if extra == nil {
			extra = make([]int32, n+1)
		}
		// Rows within a few band widths of a touch: the path may leave
		// the band anywhere along a drift, not only where it was seen.
		// Each widening doubles the row's half-width.
		grown := slices.Clone(extra)
		reach := 4 * w
		for _, i := range touched {
			add := int32(w) + 2*extra[i]
			for r := max(0, i-reach); r <= min(n, i+reach); r++ {
				grown[r] = max(grown[r], add)
			}
		}
		extra = grown
	}
}

func pathPoints(path []step) [][2]int {
	points := make([][2]int, 0, len(path)+1)
	points = append(points, [2]int{0, 0})
	for _, st := range path {
		points = append(points, [2]int{st.i, st.j})
	}
	return points
}

// estimateVariance sets the Gale–Church variance from the 1-1 links of a
// first pass.
func (s *scorer) estimateVariance(path []step) {
	var num, den float64
	k := 0
	for _, st := range path {
		if st.i-st.pi != 1 || st.j-st.pj != 1 {
			continue
		}
		ls, lt := s.src[st.pi].length, s.tgt[st.pj].length
		d := lt - ls*s.ratio
		num += d * d
		den += (ls + lt/s.ratio) / 2
		k++
	}
	if k >= 20 && den > 0 {
		v := num / den
		// Keep it within sensible bounds: a few bad links inflate it.
		s.variance = max(s.ratio*2, min(v, s.ratio*20))
	}
}

func span(a, b int) []int {
	out := make([]int, 0, b-a)
	for k := a; k < b; k++ {
		out = append(out, k)
	}
	return out
}

// Reflag sets the flags of links read back from a file as the aligner sets
// them: a links file keeps no flags, and a stored flag may be from before
// an editor confirmed the link or the texts changed. A confirmed link has
// none; a link without counterpart is an omission, or an addition, where
// one of its sentences is more than a stray mark (and, in the translation,
// than a title); a link under the low-confidence bar is flagged (an
// unscored one, NaN, is not). Sentences outside src and tgt count as
// stray marks. Only the sentences of links with an empty side are read.
func Reflag(links []Link, src, tgt []Sentence) { finish(links, src, tgt, defaultParams()) }

// finish sets the flags of the links.
func finish(links []Link, src, tgt []Sentence, p params) {
	for k := range links {
		l := &links[k]
		l.Flags = nil
		if l.Confirmed {
			continue
		}
		// The aligner makes such links of one sentence; an editor's (a
		// links file, a boundary sentence moved onto an omission) may
		// hold more, and one sentence that needs review is enough.
		if len(l.Target) == 0 && slices.ContainsFunc(l.Source, func(i int) bool {
			return inRange(i, src) && letters(src[i].Text) >= p.longLetter
		}) {
			l.Flags = append(l.Flags, Omission)
		}
		if len(l.Source) == 0 && slices.ContainsFunc(l.Target, func(j int) bool {
			return inRange(j, tgt) && tgt[j].Kind != headingKind && letters(tgt[j].Text) >= p.longLetter
		}) {
			l.Flags = append(l.Flags, Addition)
		}
		if l.Confidence < p.lowConf {
			l.Flags = append(l.Flags, LowConfidence)
		}
	}
}

func inRange(i int, ss []Sentence) bool { return i >= 0 && i < len(ss) }

// maxRounds bounds the rounds of moving and widening a band.
const maxRounds = 12
