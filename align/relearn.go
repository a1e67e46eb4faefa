package align

import "slices"

// The word table is learned from the links the first pass is sure of. A
// pair with little but lengths to go on (Chinese and English: no shared
// numbers, names or cognates) gives a first pass sure of a few links in a
// hundred, too few to learn from; but what they teach makes the next pass
// surer of more. So where the first pass is sure of fewer than
// relearnShare of its 1-1 links, a table is learned from the surest
// relearnShare of them, and the search run again around the path with it,
// relearnRounds times; the final pass then learns its table from the sure
// links of the last. The Text+Berg first passes are sure of 62% to 88% of
// their 1-1 links, korea-1950's of 91% (each document alone no less than a
// quarter: TestUnspacedLeavesSpacedAlone), the Text+Berg test set run
// together with the French enciphered (TestTextBergLong) of 33%, dev run
// together four times and enciphered of 22%: none is searched again. The
// first passes over the pseudo-Chinese of the Text+Berg French
// (unspaced_test.go) are sure of 0% to 17%, noanchor's (the Text+Berg
// German against its French enciphered and cut at commas, bench_real_test.go)
// of 3.6%.
//
// On the pseudo-Chinese, learning from the sure links alone, dev (one
// text, 468 sentences) needed three rounds and dev run together four
// times six (0.42 strict F1 after none, 0.75 after six), the 2% or 1% of
// sure links of their first passes teaching 3 and 6 pairs; from the
// surest tenth, fifth or third, two rounds were enough for both and more
// added nothing: dev 0.773, 0.770, 0.763, dev×4 0.753, 0.780, 0.776. The
// rounds first ran below a quarter of sure links; dev×4 enciphered, at 22%,
// lost 0.010 strict F1 by them (0.779 -> 0.769, lax 0.931 -> 0.938).
const (
	relearnShare  = 0.2
	relearnRounds = 2
	// relearnMaxLink is the most sentences a side of a link in those
	// searches: they are run for their sure 1-1 links, and without the
	// 1-4 and 1-5 links (which need matching words anyway) they take 30%
	// less time and gave the same figures on the pseudo-Chinese.
	relearnMaxLink = 3
	// relearnProgress is the share of the progress (Options.Progress)
	// the rounds report, out of the 0.45 the final pass reports without
	// them: they take about as long as the final pass.
	relearnProgress = 0.25
)

// relearn runs the rounds of learning and searching again on stretches
// that share one vocabulary (one text, or an edition's documents, whose
// table is learned from all of them), after their first passes. It leaves
// each stretch's path the last round's, and keeps no learned keys.
func relearn(sts []*stretch, p params, maxLink int) {
	if !p.ev.has(evLearned) || sureShare(sts, p) >= relearnShare {
		return
	}
	for round := range relearnRounds {
		q := p
		q.learnConf = min(p.learnConf, surestConf(sts, relearnShare))
		table := learnPooled(sts, q)
		if len(table) == 0 {
			break
		}
		for _, st := range sts {
			dropLearned(st.v, st.fs)
			dropLearned(st.v, st.ft)
			addLearned(st.v, st.fs, st.ft, table)
		}
		// Key weights over all the texts, as the final pass has them.
		weight := pooledWeights(sts, p)
		parallel(len(sts), func(n int) {
			st := sts[n]
			tick := func(f float64) { st.progress(0.5 + relearnProgress*(float64(round)+f)/relearnRounds) }
			st.path = st.searchAgain(weight, p, min(maxLink, relearnMaxLink), tick)
			// Each search takes new arrays: reused through the rounds,
			// their blocks piled up (a peak heap 40% higher at 50,000
			// sentences).
			st.spent = nil
		})
	}
	for _, st := range sts {
		dropLearned(st.v, st.fs)
		dropLearned(st.v, st.ft)
		st.finalFrom = 0.5 + relearnProgress
		st.relearned = true
	}
}

// surestConf is the posterior of the 1-1 link that share of the 1-1 links
// of the stretches' paths are surer than.
func surestConf(sts []*stretch, share float64) float64 {
	var post []float64
	for _, st := range sts {
		for _, s := range st.path {
			if s.i-s.pi == 1 && s.j-s.pj == 1 {
				post = append(post, s.posterior)
			}
		}
	}
	if len(post) == 0 {
		return 1
	}
	slices.Sort(post)
	return post[min(len(post)-1, int(float64(len(post))*(1-share)))]
}

// sureShare is the share of the 1-1 links of the stretches' paths that are
// sure enough to learn from (params.learnConf).
func sureShare(sts []*stretch, p params) float64 {
	sure, all := 0, 0
	for _, st := range sts {
		for _, s := range st.path {
			if s.i-s.pi == 1 && s.j-s.pj == 1 {
				all++
				if s.posterior >= p.learnConf {
					sure++
				}
			}
		}
	}
	if all == 0 {
		return 1
	}
	return float64(sure) / float64(all)
}

// dropLearned takes the keys of a learned table out of the sentences, so
// that the next table's keys replace them.
func dropLearned(v *vocab, fs []features) {
	for k := range fs {
		f := &fs[k]
		out := f.keys[:0]
		for _, id := range f.keys {
			if v.kind[id] != kindPair {
				out = append(out, id)
			}
		}
		f.keys = out
	}
}
