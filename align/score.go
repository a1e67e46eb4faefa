package align

import (
	"math"
	"runtime"
	"slices"
	"sync"
)

// scorer holds what the cost of a link needs: prefix sums of lengths and
// key weights, the length model, and the lexical matches of the sentence
// pairs inside the band.
type scorer struct {
	p             params
	src, tgt      []features
	ls, lt        []float64 // prefix sums of lengths
	ks, kt        []float64 // prefix sums of key weights
	fs, ft        []int32   // prefix counts of forced sentences
	lnS, lnT      []int32   // prefix counts of header lines and citations
	hdS, hdT      []int32   // prefix counts of header lines
	hgS, hgT      []int32   // prefix counts of headings
	deadS, deadT  []bool    // sentences that are dead members of a merge when they match nothing in it (deadMembers)
	ratio         float64   // target letters per source letter
	invRatio      float64   // 1/ratio
	variance      float64   // Gale–Church variance per source letter
	types         [][2]int  // link types by sizes
	typeCost      []float64
	b             *band
	mmStart       []int // pair matches: row x holds pairs (x, y), mmLo[x] <= y <= mmHi[x]
	mmLo, mmHi    []int32
	mm            []float32
	mmSpare       []float32 // the pair matches of the band before, reused
	own           []bool    // in the final pass, whether each pair of mm shares own words
	ownSpare      []bool
	segS, segT    []int32     // stretch of each sentence between hard paragraph boundaries, or nil
	breaks        [][2]int    // the hard paragraph boundaries
	weight        []float32   // weight of each key id
	costBand      *band       // the band costs was computed for, or nil
	costRows      [][]float32 // the link costs of costBand by row (cellCosts)
	costRowsSpare [][]float32
	costBlocks    [][]float32 // the blocks costRows are cut from
	freeBlocks    [][]float32 // blocks no band uses any more (takeBlock)
	freeMu        sync.Mutex
	reach         int       // the most source sentences of a link type
	bufV          []float32 // the arrays of the passes, reused (grow)
	bufA          []float64 // forward and backward sums: float64, as they grow with the text
	bufB          []float64
	bufBack       []uint8
	bufPath       []step
	vBand         *band              // the band bufV and bufBack hold the search of
	tick          func(done float64) // progress through a forward pass, may be nil
	// kinds are the kinds of the key ids, set for the final pass only
	// (after the word table is learned), where stray edges are judged.
	kinds []byte
}

func newScorer(p params, src, tgt []features, maxLink int, weight []float32) *scorer {
	s := &scorer{p: p, src: src, tgt: tgt, weight: weight}
	s.ls, s.ks, s.fs, s.lnS = s.prefix(src)
	s.lt, s.kt, s.ft, s.lnT = s.prefix(tgt)
	// Counted once, so that a link's cost does not look at every
	// sentence it holds.
	s.hdS, s.hdT = countPrefix(src, isHeader), countPrefix(tgt, isHeader)
	s.hgS, s.hgT = countPrefix(src, isHeading), countPrefix(tgt, isHeading)
	s.deadS, s.deadT = mayDie(src, s.ks), mayDie(tgt, s.kt)
	s.ratio = 1
	if s.ls[len(src)] > 0 && s.lt[len(tgt)] > 0 {
		s.ratio = s.lt[len(tgt)] / s.ls[len(src)]
	}
	s.invRatio = 1 / s.ratio
	s.variance = p.variance * s.ratio
	for a := 0; a <= maxLink; a++ {
		for b := 0; b <= maxLink; b++ {
			if a+b == 0 || a == 0 && b > 1 || b == 0 && a > 1 {
				continue
			}
			if max(a, b) > manyToMany && min(a, b) > 1 {
				continue // beyond three a side, only one sentence against several
			}
			c, ok := p.prior[[2]int{a, b}]
			if !ok {
				c = 2.5 * float64(a+b-2) // beyond the tuned sizes
			}
			s.types = append(s.types, [2]int{a, b})
			s.reach = max(s.reach, a)
			s.typeCost = append(s.typeCost, c)
		}
	}
	return s
}

func (s *scorer) prefix(fs []features) (lens, keys []float64, forced, lines []int32) {
	lens = make([]float64, len(fs)+1)
	keys = make([]float64, len(fs)+1)
	forced = make([]int32, len(fs)+1)
	lines = make([]int32, len(fs)+1)
	for i, f := range fs {
		forced[i+1] = forced[i]
		if f.forced {
			forced[i+1]++
		}
		lines[i+1] = lines[i]
		if f.line {
			lines[i+1]++
		}
		lens[i+1] = lens[i] + f.length
		w := 0.0
		for _, k := range f.keys {
			w += float64(s.weight[k])
		}
		keys[i+1] = keys[i] + w
	}
	return lens, keys, forced, lines
}

// countPrefix returns the prefix counts of the sentences of fs that are.
func countPrefix(fs []features, are func(*features) bool) []int32 {
	c := make([]int32, len(fs)+1)
	for i := range fs {
		c[i+1] = c[i]
		if are(&fs[i]) {
			c[i+1]++
		}
	}
	return c
}

func isHeader(f *features) bool  { return f.header }
func isHeading(f *features) bool { return f.heading }

// manyToMany is the most sentences on a side of a link with several on
// both sides: links of four sentences or more a side have one on the
// other (a sentence the translator cut in four, four lines run into one).
// On the Text+Berg dev set 1-4 and 4-1 links add 0.009 strict F1 and 2-4
// or 4-4 links nothing, at the cost of time.
const manyToMany = 3

// A link of more than manyToMany sentences a side (1-4, 1-5) is made only
// where its lexical similarity is wideLinkSim or more: the Text+Berg
// annotators' 1-4 and 1-5 links are mostly lists cut at their semicolons
// whose names and numbers match, and lengths alone fit four or five short
// sentences to one long one too often (on the enciphered long text of
// TestTextBergLong, 1-4 links so fitted cost 0.04 strict F1, 1-5 links
// 0.003). Forbidden without words rather than dearer by 4, as they were,
// 1-4 links with words take a prior of 5 instead of 7.5: dev 0.8771 ->
// 0.8789, with FreeDict 0.8720 -> 0.8774, the dev halves tuned on each
// other 0.823 -> 0.834 (the prior of 5 with the cost of 4 kept scored
// 0.8834 on dev but 0.002 less on the plain long text).
const wideLinkSim = 0.2

// forbidden is the cost of a link that must not be made.
const forbidden = 1e9

// setBreaks makes the sure paragraph boundaries hard for the search.
func (s *scorer) setBreaks(breaks [][2]int) {
	s.breaks = breaks
	s.segS = segments(len(s.src), breaks, 0)
	s.segT = segments(len(s.tgt), breaks, 1)
}

// setBand computes the lexical matches of every sentence pair a link inside
// the band can hold. The pairs the last band held are copied, not matched
// again: a band moved or widened around a few rows matches only the pairs
// it gained.
func (s *scorer) setBand(b *band, maxLink int) {
	s.b = b
	n, m := len(s.src), len(s.tgt)
	oldStart, oldLo, oldHi, old := s.mmStart, s.mmLo, s.mmHi, s.mm
	s.mmStart = make([]int, n+1)
	s.mmLo = make([]int32, n)
	s.mmHi = make([]int32, n)
	total := 0
	for x := 0; x < n; x++ {
		s.mmStart[x] = total
		// Every pair a link inside the band can hold, so that a link's
		// cost does not depend on the band it was computed in.
		lo := b.lo[max(0, x+1-maxLink)]
		hi := min(int32(m-1), b.hi[min(x+maxLink, n)])
		if hi < lo {
			hi = lo - 1
		}
		s.mmLo[x], s.mmHi[x] = lo, hi
		total += int(hi - lo + 1)
	}
	s.mmStart[n] = total
	s.mm, s.mmSpare = s.mmSpare, old
	if cap(s.mm) >= total {
		s.mm = s.mm[:total]
	} else {
		s.mm = make([]float32, total)
	}
	// In the final pass, whether each pair shares a key of its own words
	// (ownMatch), found with the pair's match.
	oldOwn := s.own
	s.own = nil
	if s.kinds != nil {
		s.own, s.ownSpare = grow(&s.ownSpare, total), oldOwn
		if len(oldOwn) != len(old) {
			oldStart = nil // the band before had no own words to copy
		}
	}
	if total > widePairRows*n {
		s.matchWide()
		return
	}
	// Each worker marks the keys of a source sentence in counts of its
	// own, then reads each target sentence's keys against them.
	spare := make(chan []int32, runtime.GOMAXPROCS(0))
	parallelFor(n, 64, func(x int) {
		var counts []int32
		select {
		case counts = <-spare:
		default:
			counts = make([]int32, len(s.weight))
		}
		defer func() { spare <- counts }()
		row := s.mm[s.mmStart[x]:s.mmStart[x+1]]
		lo, hi := s.mmLo[x], s.mmHi[x]
		cLo, cHi := hi+1, hi // the pairs copied from the old band
		if oldStart != nil {
			cLo, cHi = max(lo, oldLo[x]), min(hi, oldHi[x])
			if cLo <= cHi {
				copy(row[cLo-lo:cHi+1-lo], old[oldStart[x]+int(cLo-oldLo[x]):])
				if s.own != nil {
					copy(s.own[s.mmStart[x]+int(cLo-lo):s.mmStart[x]+int(cHi+1-lo)], oldOwn[oldStart[x]+int(cLo-oldLo[x]):])
				}
			}
		}
		var own []bool
		if s.own != nil {
			own = s.own[s.mmStart[x]:s.mmStart[x+1]]
		}
		ks := s.src[x].keys
		for _, k := range ks {
			counts[k]++
		}
		for y := lo; y <= hi; y++ {
			if y == cLo && cLo <= cHi {
				y = cHi
				continue
			}
			if len(ks) == 0 {
				row[y-lo] = 0
				if own != nil {
					own[y-lo] = false
				}
				continue
			}
			w, ownWord := s.matchCounted(counts, s.tgt[y].keys)
			row[y-lo] = w
			if own != nil {
				own[y-lo] = ownWord
			}
		}
		for _, k := range ks {
			counts[k] = 0
		}
	})
}

// widePairRows is the mean count of pair matches a row from which a band
// is wide (the coarse pass's top level searches the whole grid): matchWide
// fills it.
const widePairRows = 128

// matchWide fills the pair matches of the band from the texts' keys: for
// each key of a source sentence, the target sentences in its row that hold
// it, found in the key's list of target sentences. Where rows are long and
// few keys are shared (the top level of the coarse pass, its blocks of
// hundreds of sentences), reading every target sentence's keys was most of
// the pass. The weights are added in the order match adds them.
func (s *scorer) matchWide() {
	type posting struct{ y, count int32 }
	holders := make([][]posting, len(s.weight))
	for y, f := range s.tgt {
		for a := 0; a < len(f.keys); {
			b := a + 1
			for b < len(f.keys) && f.keys[b] == f.keys[a] {
				b++
			}
			holders[f.keys[a]] = append(holders[f.keys[a]], posting{int32(y), int32(b - a)})
			a = b
		}
	}
	parallelFor(len(s.src), 64, func(x int) {
		row := s.mm[s.mmStart[x]:s.mmStart[x+1]]
		clear(row)
		var own []bool
		if s.own != nil {
			own = s.own[s.mmStart[x]:s.mmStart[x+1]]
			clear(own)
		}
		lo, hi := s.mmLo[x], s.mmHi[x]
		ks := s.src[x].keys
		for a := 0; a < len(ks); {
			b := a + 1
			for b < len(ks) && ks[b] == ks[a] {
				b++
			}
			k, count := ks[a], int32(b-a)
			a = b
			ps := holders[k]
			from, _ := slices.BinarySearchFunc(ps, lo, func(p posting, y int32) int { return int(p.y - y) })
			for _, p := range ps[from:] {
				if p.y > hi {
					break
				}
				for range min(count, p.count) {
					row[p.y-lo] += s.weight[k]
				}
				if own != nil && s.isOwn(k) {
					own[p.y-lo] = true
				}
			}
		}
	})
}

// matchCounted is match(a, b) with a given as counts, counts[k] the
// occurrences of key k in a: a key found c times in a and d times in b
// counts min(c, d) times, added in the order match adds them.
//
// In the final pass (kinds set) it also says whether a shared key is one of
// the pair's own words, as ownMatch does.
func (s *scorer) matchCounted(counts []int32, b []uint32) (w float32, own bool) {
	run := int32(0) // earlier occurrences of b[j] in b
	for j, k := range b {
		if j > 0 && b[j-1] == k {
			run++
		} else {
			run = 0
		}
		if run < counts[k] {
			w += s.weight[k]
			own = own || s.kinds != nil && s.isOwn(k)
		}
	}
	return w, own
}

// isOwn reports whether key k is one of a sentence's own words (not a
// pair of the learned word table) and weighs anything.
func (s *scorer) isOwn(k uint32) bool { return s.kinds[k] != kindPair && s.weight[k] > 0 }

// match is the weight of the keys two sorted key lists share.
func (s *scorer) match(a, b []uint32) float32 {
	var w float32
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			w += s.weight[a[i]]
			i++
			j++
		}
	}
	return w
}

func (s *scorer) pairMatch(x, y int) float64 {
	if y < int(s.mmLo[x]) || y > int(s.mmHi[x]) {
		return 0
	}
	return float64(s.mm[s.mmStart[x]+y-int(s.mmLo[x])])
}

// similarity is the Dice coefficient of the weighted keys of the link
// [pi,i) x [pj,j). It also says which of the link's sentences match
// something on the other side: bit x-pi of srcHit for source sentence x,
// bit y-pj of tgtHit for target sentence y (deadMembers reads them).
func (s *scorer) similarity(pi, i, pj, j int) (sim float64, srcHit, tgtHit uint16) {
	k := s.ks[i] - s.ks[pi] + s.kt[j] - s.kt[pj]
	if k <= 0 {
		// No key weighs anything: no pair matches.
		return 0, 0, 0
	}
	var m float64
	for x := pi; x < i; x++ {
		for y := pj; y < j; y++ {
			if w := s.pairMatch(x, y); w > 0 {
				m += w
				srcHit |= 1 << (x - pi)
				tgtHit |= 1 << (y - pj)
			}
		}
	}
	return min(1, 2*m/k), srcHit, tgtHit
}

// cost is the cost of the link [pi,i) x [pj,j) of type t: -log of its
// probability, up to a constant.
func (s *scorer) cost(pi, i, pj, j, t int) float64 {
	a, b := i-pi, j-pj
	c := s.typeCost[t]
	if a == 0 || b == 0 {
		var f *features
		if a == 1 {
			f = &s.src[pi]
		} else {
			f = &s.tgt[pj]
		}
		if f.heading {
			// An editorial title usually has no counterpart.
			return 1
		}
		if f.junk {
			return s.p.junkCost
		}
		// A sentence that shares words with a sentence beside the gap it
		// stands in, one whose link it could join, costs what the length
		// model says of it against nothing, as Gale and Church score a
		// deletion: a long sentence is seldom left out, short lines
		// (captions, headers) often are. One that shares nothing there
		// is what an omission looks like, and keeps the prior alone.
		if !s.sharesBeside(pi, pj, a == 1) {
			return c
		}
		if a == 1 {
			return c + s.p.unpaired*s.lengthCost(f.length, 0)
		}
		return c + s.p.unpaired*s.lengthCost(0, f.length)
	}
	if s.fs[i] != s.fs[pi] || s.ft[j] != s.ft[pj] {
		return forbidden
	}
	if s.segS != nil && (s.segS[pi] != s.segS[i-1] || s.segT[pj] != s.segT[j-1] || s.segS[pi] != s.segT[pj]) {
		return forbidden
	}
	sim, srcHit, tgtHit := s.similarity(pi, i, pj, j)
	if max(a, b) > manyToMany && sim < wideLinkSim {
		// Four or five sentences against one only where words ask
		// for it, whatever the lengths say.
		return forbidden
	}
	c += s.lengthCost(s.ls[i]-s.ls[pi], s.lt[j]-s.lt[pj])
	c -= s.p.lexWeight * sim
	if a > 1 || b > 1 {
		if s.p.deadCost > 0 {
			c += s.p.deadCost * float64(s.deadMembers(pi, i, pj, j, a > 1, b > 1, false, srcHit, tgtHit))
		}
		// A header line (a signature, a date line) merged into a sentence
		// it shares nothing with is more likely left untranslated. Header
		// lines merged with each other are usual: one side's lines are
		// often run together, and so are a closing formula and the line
		// after it when the other side renders them as one header line.
		hdrS, hdrT := s.hdS[i]-s.hdS[pi] == int32(a), s.hdT[j]-s.hdT[pj] == int32(b)
		lineS := a > 1 && s.lnS[i] != s.lnS[pi] && !hdrS && !hdrT
		lineT := b > 1 && s.lnT[j] != s.lnT[pj] && !hdrT && !hdrS
		if lineS || lineT {
			c += s.p.lineMergeCost * float64(s.deadMembers(pi, i, pj, j, lineS, lineT, true, srcHit, tgtHit))
		}
	}
	if a > 1 && b > 1 && s.kinds != nil {
		c += strayEdgeCost * float64(s.strayEdges(pi, i, pj, j))
	}
	if a > 1 && s.src[pi].para != s.src[i-1].para {
		c += s.p.paraCost
	}
	if b > 1 && s.tgt[pj].para != s.tgt[j-1].para {
		c += s.p.paraCost
	}
	if s.hgS[i] != s.hgS[pi] || s.hgT[j] != s.hgT[pj] { // a heading among them
		if a > 1 || b > 1 {
			c += 2 * s.p.headCost
		}
		if sim < 0.3 {
			c += s.p.headCost
		}
	}
	return c
}

// deadMembers counts the sentences of a merge that have words to match (or,
// with lines, that are header lines) and match nothing on the other side:
// more likely left out than merged. Without lines it counts no header line
// or citation: whether those merge is the line-merge cost's to say (a
// closing formula and the signer's line run into one line share nothing
// with it either).
func (s *scorer) deadMembers(pi, i, pj, j int, srcSide, tgtSide, lines bool, srcHit, tgtHit uint16) int {
	dead := 0
	if srcSide {
		for x := pi; x < i; x++ {
			if (lines && s.src[x].line || !lines && s.deadS[x]) && srcHit&(1<<(x-pi)) == 0 {
				dead++
			}
		}
	}
	if tgtSide {
		for y := pj; y < j; y++ {
			if (lines && s.tgt[y].line || !lines && s.deadT[y]) && tgtHit&(1<<(y-pj)) == 0 {
				dead++
			}
		}
	}
	return dead
}

// mayDie says of each sentence whether deadMembers counts it when it
// matches nothing in a merge: not a header line or citation, with a key
// weight of deadKeys or more (keys, the prefix sums of key weights).
func mayDie(fs []features, keys []float64) []bool {
	d := make([]bool, len(fs))
	for x := range fs {
		d[x] = !fs[x].line && keys[x+1]-keys[x] >= deadKeys
	}
	return d
}

// deadKeys is the key weight from which a sentence is expected to match.
const deadKeys = 2

// lengthCost is the Gale–Church cost: -log of the probability of a length
// difference at least as large as the one seen.
//
// With mean = (ls + lt/ratio)/2 and delta = |lt - ls·ratio| /
// sqrt(variance·(mean+1)), the cost is -log erfc(delta/√2); written with
// one division and one square root, as it is most of a link's cost.
func (s *scorer) lengthCost(ls, lt float64) float64 {
	return negLogErfc(math.Abs(lt-ls*s.ratio) / math.Sqrt(s.variance*(ls+lt*s.invRatio+2)))
}

// negLogErfc is -log(erfc(x)) for x >= 0, read from a table with linear
// interpolation (the exact function is most of the search's time), with
// the asymptotic form beyond it.
func negLogErfc(x float64) float64 {
	if x < erfcTableMax {
		f := x * erfcTableStep
		k := int(f)
		return erfcTable[k] + (f-float64(k))*(erfcTable[k+1]-erfcTable[k])
	}
	return x*x + math.Log(x*math.SqrtPi)
}

const (
	erfcTableMax  = 24
	erfcTableStep = 32 // entries per unit
)

var erfcTable = func() []float64 {
	t := make([]float64, erfcTableMax*erfcTableStep+2)
	for k := range t {
		x := float64(k) / erfcTableStep
		if x < 5 {
			t[k] = -math.Log(math.Erfc(x))
		} else {
			t[k] = x*x + math.Log(x*math.SqrtPi) + math.Log1p(-1/(2*x*x))*-1
		}
	}
	return t
}()

// sharesBeside reports whether the sentence of a link with an empty side,
// source sentence pi (src) or target sentence pj, shares a key with
// either sentence of the other side beside the gap it stands in.
func (s *scorer) sharesBeside(pi, pj int, src bool) bool {
	if src {
		return pj > 0 && s.shares(pi, pj-1) || pj < len(s.tgt) && s.shares(pi, pj)
	}
	return pi > 0 && s.shares(pi-1, pj) || pi < len(s.src) && s.shares(pi, pj)
}

// shares reports whether source sentence x and target sentence y share a
// key that weighs anything: read from the band's pair matches where they
// hold the pair, else from the keys, so that it does not depend on the
// band.
func (s *scorer) shares(x, y int) bool {
	if k, ok := s.bandPair(x, y); ok {
		return s.mm[k] > 0
	}
	return shareKey(s.src[x].keys, s.tgt[y].keys, func(k uint32) bool { return s.weight[k] > 0 })
}

// bandPair returns the index in the band's pair matches (mm, own) of the
// pair of source sentence x and target sentence y, and whether the band
// holds it.
func (s *scorer) bandPair(x, y int) (int, bool) {
	if x >= len(s.mmLo) || int32(y) < s.mmLo[x] || int32(y) > s.mmHi[x] {
		return 0, false
	}
	return s.mmStart[x] + y - int(s.mmLo[x]), true
}

// shareKey reports whether the sorted key lists a and b share a key that
// counts.
func shareKey(a, b []uint32, counts func(k uint32) bool) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if counts(a[i]) {
				return true
			}
			i++
			j++
		}
	}
	return false
}
