package align

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// Documents is one document pair of a collection for AlignDocuments.
type Documents struct {
	Source, Target []Sentence
	Pairs          []WordPair // word pairs for this pair, besides Options.Pairs
	Keep           []Link     // confirmed links of this pair, kept fixed
}

// AlignDocuments aligns the document pairs of one collection (the articles
// of a yearbook, the telegrams of an edition) as Align aligns each, but
// with one word table learned from the first pass over all of them: a
// short document has too few confident links to learn from on its own
// (on the two halves of the Text+Berg dev set, each about 210 sentences,
// its own table costs 0.004 strict F1 where the whole set's adds 0.02).
// opts.Keep is not used: each pair's confirmed links are in its Keep, and a
// pair with confirmed links is aligned on its own, as Align does.
func AlignDocuments(docs []Documents, opts Options) ([][]Link, error) {
	return alignDocuments(docs, opts, defaultParams())
}

func alignDocuments(docs []Documents, opts Options, p params) ([][]Link, error) {
	maxLink := opts.MaxLink
	if maxLink == 0 {
		maxLink = DefaultMaxLink
	}
	if maxLink < 1 || maxLink > 8 {
		return nil, fmt.Errorf("align: max link %d out of range 1..8", maxLink)
	}
	out := make([][]Link, len(docs))
	one := opts
	one.Keep = nil
	one.Progress = nil
	v := newVocab()
	var pooled []*stretch
	var which []int
	var pairs [][]WordPair
	var splits []*debrisSplit // each pooled text's debris left out, or nil
	for k, d := range docs {
		own := one
		if len(d.Pairs) > 0 && len(one.Pairs) > 0 {
			own.Pairs = append(append([]WordPair(nil), one.Pairs...), d.Pairs...)
		} else if len(d.Pairs) > 0 {
			own.Pairs = d.Pairs
		}
		if len(d.Keep) > 0 || len(d.Source) == 0 || len(d.Target) == 0 {
			own.Keep = d.Keep
			links, err := alignWith(d.Source, d.Target, own, p)
			if err != nil {
				return nil, fmt.Errorf("document pair %d: %w", k+1, err)
			}
			out[k] = links
			continue
		}
		src, tgt := d.Source, d.Target
		var split *debrisSplit
		if ds, ok := splitDebris(src, tgt); ok && p.skipDebris {
			src, tgt, split = ds.src, ds.tgt, &ds
		}
		pooled = append(pooled, extractStretch(v, src, tgt, own, p))
		splits = append(splits, split)
		which = append(which, k)
		pairs = append(pairs, own.Pairs)
	}
	// The word pairs once for all texts that have the same ones (the
	// edition's dictionary and glossary), once every text's words are in
	// the vocabulary.
	if p.ev.has(evPairs) {
		// The headwords' stems of every text first, so that the pairs'
		// stems, looked up once, find them all.
		var last []WordPair
		var d *phrases
		read := make([]*phrases, len(pooled))
		for n, st := range pooled {
			if len(pairs[n]) == 0 {
				continue
			}
			if len(pairs[n]) != len(last) || &pairs[n][0] != &last[0] {
				last, d = pairs[n], readPhrases(pairs[n])
			}
			read[n] = d
			addLemmaStems(v, d.heads, st.fs, st.ft)
		}
		var lastRead *phrases
		var stems []stemPair
		for n, st := range pooled {
			if read[n] == nil {
				continue
			}
			if read[n] != lastRead {
				lastRead, stems = read[n], read[n].pairStems(v)
			}
			addStemPairs(v, st.fs, st.ft, stems)
		}
	}
	// The searches only read the vocabulary: run them on all cores.
	var done atomic.Int64
	report := func() {
		if opts.Progress != nil {
			f := float64(done.Add(1)) / float64(2*len(pooled))
			progressMu.Lock()
			opts.Progress(f)
			progressMu.Unlock()
		}
	}
	// Each first pass lets its arrays go: holding them for every document
	// until its final pass would hold them all at once.
	parallel(len(pooled), func(n int) { pooled[n].search(p, maxLink); pooled[n].spent = nil; report() })
	relearn(pooled, p, maxLink)
	var table [][2]uint32
	if p.ev.has(evLearned) && len(pooled) > 0 {
		table = learnPooled(pooled, p)
	}
	if len(pooled) > 1 {
		// Key weights over all the texts: how rare a word is is better
		// known from the whole collection than from one short text.
		for _, st := range pooled {
			if len(table) > 0 {
				addLearned(v, st.fs, st.ft, table)
				st.learned = true
			}
		}
		w := pooledWeights(pooled, p)
		for _, st := range pooled {
			st.weight = w
		}
	}
	parallel(len(pooled), func(n int) {
		links := pooled[n].finalPass(table, p, maxLink)
		if d := splits[n]; d != nil {
			links = d.restore(links, docs[which[n]].Source, docs[which[n]].Target, p, opts.Gaps)
		}
		out[which[n]] = links
		report()
	})
	return out, nil
}

// pooledWeights are the key weights over the texts of stretches that share
// one vocabulary.
func pooledWeights(sts []*stretch, p params) []float32 {
	if len(sts) == 1 {
		return keyWeights(sts[0].v, sts[0].fs, sts[0].ft, p)
	}
	var fs, ft []features
	for _, st := range sts {
		fs = append(fs, st.fs...)
		ft = append(ft, st.ft...)
	}
	return keyWeights(sts[0].v, fs, ft, p)
}

// progressMu serialises the calls of a Progress function from the searches
// run at once.
var progressMu sync.Mutex

// parallel calls f(0) … f(n-1), on all cores.
func parallel(n int, f func(int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(n, runtime.GOMAXPROCS(0))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				f(k)
			}
		}()
	}
	for k := range n {
		next <- k
	}
	close(next)
	wg.Wait()
}

// learnPooled learns one word table from the first paths of several
// stretches that share a vocabulary, as if they were one text.
func learnPooled(sts []*stretch, p params) [][2]uint32 {
	if len(sts) == 1 {
		return learnTable(sts[0].fs, sts[0].ft, sts[0].path, p)
	}
	var fs, ft []features
	var path []step
	for _, st := range sts {
		di, dj := len(fs), len(ft)
		fs = append(fs, st.fs...)
		ft = append(ft, st.ft...)
		for _, s := range st.path {
			s.pi, s.i, s.pj, s.j = s.pi+di, s.i+di, s.pj+dj, s.j+dj
			path = append(path, s)
		}
	}
	return learnTable(fs, ft, path, p)
}
