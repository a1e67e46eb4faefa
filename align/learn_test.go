package align

import (
	"slices"
	"testing"
)

// TestLearnTable checks which pairs of stems the word table learns from a
// path: a pair needs three sure 1-1 links (params.learnMin), links of
// posterior 0.9 or more (learnConf), and a Dice of 0.5 or more (learnDice).
func TestLearnTable(t *testing.T) {
	// Stem 1 is the source word, 2 its translation; 9 and 8 fill the
	// other sentences.
	type link struct {
		s, t []uint32
		post float64
	}
	filler := link{[]uint32{9}, []uint32{8}, 0.99}
	cases := []struct {
		name  string
		links []link
		want  bool
	}{
		{"three sure links", []link{{[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.99}}, true},
		{"two sure links are too few", []link{{[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.99}}, false},
		{"one link unsure", []link{{[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.8}}, false},
		{"the translation found everywhere", []link{
			{[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.99},
			{[]uint32{5}, []uint32{2}, 0.99}, {[]uint32{6}, []uint32{2}, 0.99}, {[]uint32{7}, []uint32{2}, 0.99},
			{[]uint32{4}, []uint32{2}, 0.99}, {[]uint32{3}, []uint32{2}, 0.99},
			{[]uint32{20}, []uint32{2}, 0.99}, {[]uint32{21}, []uint32{2}, 0.99},
		}, false}, // Dice 6/13
		{"mutual best", []link{
			{[]uint32{1}, []uint32{2, 3}, 0.99}, {[]uint32{1}, []uint32{2, 3}, 0.99}, {[]uint32{1}, []uint32{2, 3}, 0.99},
			{[]uint32{5}, []uint32{3}, 0.99},
		}, true}, // 1-2 Dice 1, 1-3 Dice 6/7: 1 keeps 2
		{"the other's best partner elsewhere", []link{
			{[]uint32{1, 4}, []uint32{2}, 0.99}, {[]uint32{1, 4}, []uint32{2}, 0.99}, {[]uint32{1, 4}, []uint32{2}, 0.99},
			{[]uint32{1}, []uint32{5}, 0.99},
		}, false}, // 4-2 Dice 1, 1-2 6/7: 2 keeps 4
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var src, tgt []features
			var path []step
			for k, l := range append(slices.Clone(c.links), filler, filler, filler) {
				src = append(src, features{stems: l.s})
				tgt = append(tgt, features{stems: l.t})
				path = append(path, step{pi: k, pj: k, i: k + 1, j: k + 1, posterior: l.post})
			}
			table := learnTable(src, tgt, path, defaultParams())
			if got := slices.Contains(table, [2]uint32{1, 2}); got != c.want {
				t.Errorf("pair 1-2 learned %v, want %v (table %v)", got, c.want, table)
			}
			if !slices.Contains(table, [2]uint32{9, 8}) {
				t.Errorf("the filler's pair 9-8, seen in three sure links, not learned: %v", table)
			}
		})
	}
}

// TestLearnRounds checks how many final passes a text gets: three for
// texts as short as articles, each with the table learned again, one from
// 1,500 sentences on the longer side (of all the documents aligned
// together) or without a learned table.
func TestLearnRounds(t *testing.T) {
	text := func(n, m int) *stretch { return &stretch{fs: make([]features, n), ft: make([]features, m)} }
	noTable := defaultParams()
	noTable.ev &^= evLearned
	cases := []struct {
		name string
		p    params
		sts  []*stretch
		want int
	}{
		{"an article", defaultParams(), []*stretch{text(200, 240)}, 3},
		{"the target side long", defaultParams(), []*stretch{text(1000, 1500)}, 1},
		{"a book", defaultParams(), []*stretch{text(20000, 21000)}, 1},
		{"articles aligned together", defaultParams(), []*stretch{text(300, 300), text(400, 400)}, 3},
		{"articles long together", defaultParams(), []*stretch{text(700, 700), text(800, 800)}, 1},
		{"no learned table", noTable, []*stretch{text(200, 240)}, 1},
	}
	for _, c := range cases {
		if got := rounds(c.p, c.sts...); got != c.want {
			t.Errorf("%s: %d final passes, want %d", c.name, got, c.want)
		}
	}
}

// TestRelearn checks that the learned table's keys leave the texts before
// the table learned again is added, and that the texts' own keys stay.
func TestRelearn(t *testing.T) {
	v := newVocab()
	fs, ft := extractBoth(v, []Sentence{{Text: "Der Gipfel 8000"}}, []Sentence{{Text: "Le sommet 8000"}}, evAll, false)
	own := slices.Clone(fs[0].keys)
	st := &stretch{v: v, fs: fs, ft: ft}
	table := [][2]uint32{{fs[0].stems[0], ft[0].stems[0]}}
	addLearned(v, fs, ft, table)
	st.learned = true
	if len(fs[0].keys) == len(own) {
		t.Fatalf("the learned pair added no key: %v", fs[0].keys)
	}
	st.relearn(table)
	if !slices.Equal(fs[0].keys, own) || st.learned {
		t.Errorf("keys after relearn %v (learned %v), want the text's own %v", fs[0].keys, st.learned, own)
	}
	for _, f := range ft {
		for _, k := range f.keys {
			if v.kind[k] == kindPair {
				t.Errorf("target keeps a learned key %d", k)
			}
		}
	}
}
