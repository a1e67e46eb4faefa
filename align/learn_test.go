package align

import (
	"slices"
	"testing"
)

// TestLearnTable checks which pairs of stems the word table learns from a
// path: a pair needs params.learnMin sure 1-1 links (two; three were tried
// for issue 12, docs/aligning.md), links of posterior 0.9 or more
// (learnConf), a Dice of 0.5 or more (learnDice), and each of its stems the
// other's best partner.
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
		min   int // params.learnMin, 0 for the default
		want  bool
	}{
		{"two sure links", []link{{[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.99}}, 0, true},
		{"one sure link is too few", []link{{[]uint32{1}, []uint32{2}, 0.99}}, 0, false},
		{"one of two links unsure", []link{{[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.8}}, 0, false},
		{"three sure links, three needed", []link{{[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.99}}, 3, true},
		{"two sure links, three needed", []link{{[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.99}}, 3, false},
		{"the translation found everywhere", []link{
			{[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.99}, {[]uint32{1}, []uint32{2}, 0.99},
			{[]uint32{5}, []uint32{2}, 0.99}, {[]uint32{6}, []uint32{2}, 0.99}, {[]uint32{7}, []uint32{2}, 0.99},
			{[]uint32{4}, []uint32{2}, 0.99}, {[]uint32{3}, []uint32{2}, 0.99},
			{[]uint32{20}, []uint32{2}, 0.99}, {[]uint32{21}, []uint32{2}, 0.99},
		}, 0, false}, // Dice 6/13
		{"mutual best", []link{
			{[]uint32{1}, []uint32{2, 3}, 0.99}, {[]uint32{1}, []uint32{2, 3}, 0.99}, {[]uint32{1}, []uint32{2, 3}, 0.99},
			{[]uint32{5}, []uint32{3}, 0.99},
		}, 0, true}, // 1-2 Dice 1, 1-3 Dice 6/7: 1 keeps 2
		{"the other's best partner elsewhere", []link{
			{[]uint32{1, 4}, []uint32{2}, 0.99}, {[]uint32{1, 4}, []uint32{2}, 0.99}, {[]uint32{1, 4}, []uint32{2}, 0.99},
			{[]uint32{1}, []uint32{5}, 0.99},
		}, 0, false}, // 4-2 Dice 1, 1-2 6/7: 2 keeps 4
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
			p := defaultParams()
			if c.min > 0 {
				p.learnMin = c.min
			}
			table := learnTable(src, tgt, path, p)
			if got := slices.Contains(table, [2]uint32{1, 2}); got != c.want {
				t.Errorf("pair 1-2 learned %v, want %v (table %v)", got, c.want, table)
			}
			if !slices.Contains(table, [2]uint32{9, 8}) {
				t.Errorf("the filler's pair 9-8, seen in three sure links, not learned: %v", table)
			}
		})
	}
}
