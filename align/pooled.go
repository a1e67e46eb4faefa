package align

import "fmt"

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
	for k, d := range docs {
		own := one
		if len(d.Pairs) > 0 {
			own.Pairs = append(append([]WordPair(nil), one.Pairs...), d.Pairs...)
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
		pooled = append(pooled, firstPass(v, d.Source, d.Target, own, p, maxLink))
		which = append(which, k)
		progressOf(opts, float64(k+1)/float64(2*len(docs)))
	}
	var table [][2]uint32
	if p.ev.has(evLearned) && len(pooled) > 0 {
		table = learnPooled(pooled, p)
	}
	if len(pooled) > 1 {
		// Key weights over all the texts: how rare a word is is better
		// known from the whole collection than from one short text.
		var fs, ft []features
		for _, st := range pooled {
			if len(table) > 0 {
				addLearned(v, st.fs, st.ft, table)
				st.learned = true
			}
			fs = append(fs, st.fs...)
			ft = append(ft, st.ft...)
		}
		w := keyWeights(v, fs, ft, p)
		for _, st := range pooled {
			st.weight = w
		}
	}
	for n, st := range pooled {
		out[which[n]] = st.finalPass(table, p, maxLink)
		progressOf(opts, 0.5+float64(n+1)/float64(2*len(pooled)))
	}
	return out, nil
}

func progressOf(opts Options, f float64) {
	if opts.Progress != nil {
		opts.Progress(f)
	}
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
