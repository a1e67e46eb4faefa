package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/sharedtest"
)

// learnTableMap is learnTable as it was, counting every pair of stems of
// a link in a map: the reference the array count must agree with, and
// what BenchmarkLearnTable measures it against.
func learnTableMap(src, tgt []features, path []step, p params) [][2]uint32 {
	const maxLinks = 20000 // enough to learn from; bounds the time on books
	cs := map[uint32]int32{}
	ct := map[uint32]int32{}
	co := map[[2]uint32]int32{}
	used := 0
	for _, st := range path {
		if st.i-st.pi != 1 || st.j-st.pj != 1 || st.posterior < p.learnConf {
			continue
		}
		if used++; used > maxLinks {
			break
		}
		a, b := src[st.pi].stems, tgt[st.pj].stems
		for _, s := range a {
			cs[s]++
		}
		for _, t := range b {
			ct[t]++
		}
		for _, s := range a {
			for _, t := range b {
				co[[2]uint32{s, t}]++
			}
		}
	}
	type cand struct {
		s, t uint32
		dice float64
	}
	bestS := map[uint32]cand{}
	bestT := map[uint32]cand{}
	for st, c := range co {
		if int(c) < p.learnMin || st[0] == st[1] {
			continue
		}
		d := 2 * float64(c) / float64(cs[st[0]]+ct[st[1]])
		if d < p.learnDice {
			continue
		}
		cd := cand{st[0], st[1], d}
		if b, ok := bestS[st[0]]; !ok || better(cd.dice, cd.s, cd.t, b.dice, b.s, b.t) {
			bestS[st[0]] = cd
		}
		if b, ok := bestT[st[1]]; !ok || better(cd.dice, cd.s, cd.t, b.dice, b.s, b.t) {
			bestT[st[1]] = cd
		}
	}
	var table [][2]uint32
	for s, c := range bestS {
		if bestT[c.t].s == s {
			table = append(table, [2]uint32{s, c.t})
		}
	}
	slices.SortFunc(table, func(a, b [2]uint32) int {
		if a[0] != b[0] {
			return int(a[0]) - int(b[0])
		}
		return int(a[1]) - int(b[1])
	})
	return table
}

// The array count learns the same table as the map count, on a synthetic
// bitext and, given ../shared, on Text+Berg dev and its pseudo-Chinese, at
// the shipped learnConf and at a lower one (more links, more pairs).
func TestLearnTableAgrees(t *testing.T) {
	type text struct {
		name     string
		src, tgt []Sentence
	}
	s, g := syntheticBitext(600, 3)
	texts := []text{{"synthetic", s, g}}
	if _, ok := sharedtest.Lookup(); ok {
		dev := loadTextBerg(t, "dev")[0]
		zh := pseudoChineseSets(t, "dev")[0]
		texts = append(texts, text{"dev", dev.src, dev.tgt}, text{"pseudo-Chinese dev", zh.src, zh.tgt})
	}
	for _, x := range texts {
		p := defaultParams()
		st := firstPass(newVocab(), x.src, x.tgt, Options{}, p, DefaultMaxLink)
		for _, conf := range []float64{p.learnConf, 0.3} {
			q := p
			q.learnConf = conf
			got, want := learnTable(st.fs, st.ft, st.path, q), learnTableMap(st.fs, st.ft, st.path, q)
			if len(want) == 0 {
				t.Errorf("%s, learnConf %.1f: no pairs learned, nothing compared", x.name, conf)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s, learnConf %.1f: %d pairs learned, want the map count's %d", x.name, conf, len(got), len(want))
			}
		}
	}
}

// BenchmarkLearnTable learns the word table from the first pass over the
// pseudo-Chinese bitext of BenchmarkAlignRealUnspaced, every 1-1 link of
// it (learnConf 0: the most a round can count), by the array count and by
// the map count it replaced.
func BenchmarkLearnTable(b *testing.B) {
	for _, n := range []int{5000, 50000} {
		src, tgt := textBergBitext(b, n, false)
		zh := newPseudoChinese(b)
		src = pseudoSide(src, func(s string) string { return strings.Map(dropDigit, s) })
		tgt = pseudoSide(tgt, zh.text)
		p := defaultParams()
		st := firstPass(newVocab(), src, tgt, Options{}, p, DefaultMaxLink)
		p.learnConf = 0
		for _, c := range []struct {
			name  string
			learn func([]features, []features, []step, params) [][2]uint32
		}{{"array", learnTable}, {"map", learnTableMap}} {
			b.Run(fmt.Sprint(c.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					c.learn(st.fs, st.ft, st.path, p)
				}
			})
		}
	}
}
