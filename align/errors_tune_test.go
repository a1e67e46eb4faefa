//go:build tune

package align

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestTuneErrors classifies the wrong links of the aligner on the Text+Berg
// development set (SVERKA_ERRSET=test for the test set, to report only):
// the gold and the output are cut where both have a link boundary, and
// each stretch where they differ is put in one class. SVERKA_ERRSHOW=1
// prints every stretch; SVERKA_DICT=1 aligns with FreeDict deu-fra.
func TestTuneErrors(t *testing.T) {
	names := []string{"dev"}
	if os.Getenv("SVERKA_ERRSET") == "test" {
		names = textBergTest
	}
	var pairs []WordPair
	if os.Getenv("SVERKA_DICT") != "" {
		var err error
		if pairs, err = ReadDictionary("freedict-deu-fra"); err != nil {
			t.Skip(err)
		}
	}
	counts := map[string]int{}
	links := map[string]int{}
	show := os.Getenv("SVERKA_ERRSHOW") != ""
	for _, b := range loadTextBerg(t, names...) {
		out, err := alignWith(b.src, b.tgt, Options{Pairs: pairs, Gaps: true}, defaultParams())
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range errorRegions(b.gold, out) {
			counts[r.class]++
			links[r.class] += r.wrong
			if show {
				t.Logf("%s %s: %s", b.name, r.class, r.describe(b))
			}
		}
	}
	classes := make([]string, 0, len(counts))
	for c := range counts {
		classes = append(classes, c)
	}
	sort.Slice(classes, func(i, j int) bool { return links[classes[i]] > links[classes[j]] })
	for _, c := range classes {
		t.Logf("%-28s %3d stretches, %3d wrong output links", c, counts[c], links[c])
	}
}

type errRegion struct {
	gold, out []Link
	class     string
	wrong     int // output links not in the gold
}

func (r errRegion) describe(b bitext) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "gold %s | out %s", regionLinks(r.gold), regionLinks(r.out))
	for _, l := range r.gold {
		sb.WriteString("\n      G ")
		for _, s := range l.Source {
			sb.WriteString("«" + shorten(b.src[s].Text, 70) + "» ")
		}
		sb.WriteString("<> ")
		for _, s := range l.Target {
			sb.WriteString("«" + shorten(b.tgt[s].Text, 70) + "» ")
		}
	}
	return sb.String()
}

func shorten(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return string(r)
}

func regionLinks(ls []Link) string {
	var parts []string
	for _, l := range ls {
		parts = append(parts, linkKey(l))
	}
	return strings.Join(parts, " ")
}

// ends returns, for each link, the point after it: the source and target
// positions all sentences before which are linked.
func ends(ls []Link) [][2]int {
	var pts [][2]int
	si, tj := 0, 0
	for _, l := range ls {
		for _, s := range l.Source {
			si = max(si, s+1)
		}
		for _, t := range l.Target {
			tj = max(tj, t+1)
		}
		pts = append(pts, [2]int{si, tj})
	}
	return pts
}

func errorRegions(gold, out []Link) []errRegion {
	gold, out = dropEmpty(gold), dropEmpty(out)
	ge, oe := ends(gold), ends(out)
	common := map[[2]int]bool{}
	for _, p := range ge {
		common[p] = true
	}
	var regions []errRegion
	var cur errRegion
	gi := 0
	for k, l := range out {
		cur.out = append(cur.out, l)
		p := oe[k]
		if !common[p] {
			continue
		}
		for gi < len(gold) && (ge[gi][0] < p[0] || ge[gi][1] < p[1] || ge[gi] == p) {
			cur.gold = append(cur.gold, gold[gi])
			done := ge[gi] == p
			gi++
			if done {
				break
			}
		}
		if !sameLinks(cur.gold, cur.out) {
			cur.classify()
			regions = append(regions, cur)
		}
		cur = errRegion{}
	}
	return regions
}

func sameLinks(a, b []Link) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if linkKey(a[k]) != linkKey(b[k]) {
			return false
		}
	}
	return true
}

func (r *errRegion) classify() {
	gk := map[string]bool{}
	for _, l := range r.gold {
		gk[linkKey(l)] = true
	}
	for _, l := range r.out {
		if !gk[linkKey(l)] {
			r.wrong++
		}
	}
	empties := func(ls []Link) int {
		n := 0
		for _, l := range ls {
			if len(l.Source) == 0 || len(l.Target) == 0 {
				n++
			}
		}
		return n
	}
	wide := func(ls []Link) bool {
		for _, l := range ls {
			if len(l.Source) > 3 || len(l.Target) > 3 {
				return true
			}
		}
		return false
	}
	shape := func(ls []Link) string {
		var s []string
		for _, l := range ls {
			s = append(s, fmt.Sprintf("%d-%d", len(l.Source), len(l.Target)))
		}
		return strings.Join(s, "+")
	}
	ge, oe := empties(r.gold), empties(r.out)
	gs, os := shape(r.gold), shape(r.out)
	switch {
	case wide(r.gold):
		r.class = "gold over 3 a side"
	case wide(r.out):
		r.class = "output over 3 a side"
	case oe > ge:
		r.class = "spurious 1-0/0-1"
	case ge > oe:
		r.class = "missed 1-0/0-1"
	case os == "2-2" && slices.Contains([]string{"2-1+1-2", "1-2+2-1", "1-1+1-2", "1-1+2-1", "2-1+1-1", "1-2+1-1"}, gs):
		r.class = "2-2 for two links"
	case len(r.out) < len(r.gold):
		r.class = "too coarse"
	case len(r.out) > len(r.gold):
		r.class = "too fine"
	default:
		r.class = "shifted boundary"
	}
}

// devHalves cuts the dev set in two at a gold link boundary near its
// middle, so that a change can be checked on two halves of dev (and a tuning
// on one half scored on the other) without looking at the test set.
func devHalves(t testing.TB) []bitext {
	d := loadTextBerg(t, "dev")[0]
	const cutS, cutT = 213, 253 // [212]:[252] ends a link, [213]:[253] begins one
	var a, b bitext
	a.name, b.name = "dev-a", "dev-b"
	a.src, a.tgt = d.src[:cutS], d.tgt[:cutT]
	b.src, b.tgt = d.src[cutS:], d.tgt[cutT:]
	for _, l := range d.gold {
		first := len(l.Source) > 0 && l.Source[0] < cutS || len(l.Source) == 0 && l.Target[0] < cutT
		if first {
			a.gold = append(a.gold, l)
			continue
		}
		m := Link{}
		for _, s := range l.Source {
			m.Source = append(m.Source, s-cutS)
		}
		for _, t := range l.Target {
			m.Target = append(m.Target, t-cutT)
		}
		b.gold = append(b.gold, m)
	}
	return []bitext{a, b}
}

// TestTuneDev prints the dev figures, of the whole and of each half, with
// and without FreeDict deu-fra: what changes to the model are judged by (the
// test set stays blind).
func TestTuneDev(t *testing.T) {
	dev := loadTextBerg(t, "dev")
	halves := devHalves(t)
	pairs, err := ReadDictionary("freedict-deu-fra")
	if err != nil {
		t.Log(err)
	}
	score := func(set []bitext, pairs []WordPair) Scores {
		var c Counts
		for _, b := range set {
			links, err := alignWith(b.src, b.tgt, Options{Pairs: pairs, Gaps: true}, defaultParams())
			if err != nil {
				t.Fatal(err)
			}
			c.Compare(b.gold, links)
		}
		return c.Scores()
	}
	for _, d := range []struct {
		name  string
		pairs []WordPair
	}{{"", nil}, {", FreeDict", pairs}} {
		if d.name != "" && pairs == nil {
			continue
		}
		s, a, b := score(dev, d.pairs), score(halves[:1], d.pairs), score(halves[1:], d.pairs)
		t.Logf("dev%-10s strict P %.3f R %.3f F1 %.4f lax F1 %.4f | half a %.4f b %.4f", d.name+":", s.StrictP, s.StrictR, s.StrictF1, s.LaxF1, a.StrictF1, b.StrictF1)
	}
}

// TestTuneKorea prints korea-1950 pre-split with and without Mueller's
// dictionary, the Russian–English check beside Text+Berg dev.
func TestTuneKorea(t *testing.T) {
	docs := loadKoreaGold(t)
	for _, dict := range []string{"", "mueller7"} {
		pairs := koreaPairs(t, dict)
		var counts Counts
		for _, d := range docs {
			links, err := Align(preSplit(d.ruData, d.ru), preSplit(d.enData, d.en), Options{Pairs: pairs})
			if err != nil {
				t.Fatal(err)
			}
			counts.Compare(d.gold, links)
		}
		s := counts.Scores()
		t.Logf("korea pre-split %-8s strict F1 %.4f lax F1 %.4f", dict, s.StrictF1, s.LaxF1)
		var all []Documents
		for _, d := range docs {
			all = append(all, Documents{Source: preSplit(d.ruData, d.ru), Target: preSplit(d.enData, d.en)})
		}
		out, err := AlignDocuments(all, Options{Pairs: pairs})
		if err != nil {
			t.Fatal(err)
		}
		var pc Counts
		for k, d := range docs {
			pc.Compare(d.gold, out[k])
		}
		s = pc.Scores()
		t.Logf("korea pre-split %-8s strict F1 %.4f lax F1 %.4f, documents aligned together", dict, s.StrictF1, s.LaxF1)
	}
}

// devPieces cuts the dev set into k documents at gold link boundaries.
func devPieces(t testing.TB, k int) []bitext {
	d := loadTextBerg(t, "dev")[0]
	ge := ends(d.gold)
	var cuts [][2]int
	for q := 1; q < k; q++ {
		g := len(d.gold) * q / k
		cuts = append(cuts, ge[g-1])
	}
	cuts = append(cuts, [2]int{len(d.src), len(d.tgt)})
	var out []bitext
	prev := [2]int{0, 0}
	gi := 0
	for _, c := range cuts {
		b := bitext{name: fmt.Sprint("piece", len(out)), src: d.src[prev[0]:c[0]], tgt: d.tgt[prev[1]:c[1]]}
		for gi < len(d.gold) && (gi < len(ge) && ge[gi][0] <= c[0] && ge[gi][1] <= c[1]) {
			l := d.gold[gi]
			m := Link{}
			for _, s := range l.Source {
				m.Source = append(m.Source, s-prev[0])
			}
			for _, s := range l.Target {
				m.Target = append(m.Target, s-prev[1])
			}
			b.gold = append(b.gold, m)
			gi++
		}
		out = append(out, b)
		prev = c
	}
	return out
}

// TestTunePooled compares, on the dev set cut into one to four documents,
// each document aligned with its own word table against all aligned
// together with one (AlignDocuments), with and without the learned table.
func TestTunePooled(t *testing.T) {
	dict, _ := ReadDictionary("freedict-deu-fra")
	for _, k := range []int{1, 2, 3, 4} {
		pieces := devPieces(t, k)
		for _, c := range []struct {
			name  string
			ev    evidence
			pairs []WordPair
		}{{"full", evAll, nil}, {"no learned table", evAll &^ evLearned, nil}, {"FreeDict", evAll, dict}} {
			if c.name == "FreeDict" && dict == nil {
				continue
			}
			p := defaultParams()
			p.ev = c.ev
			var docs []Documents
			for _, b := range pieces {
				docs = append(docs, Documents{Source: b.src, Target: b.tgt})
			}
			out, err := alignDocuments(docs, Options{Pairs: c.pairs, Gaps: true}, p)
			if err != nil {
				t.Fatal(err)
			}
			var pooled, apart Counts
			for k, b := range pieces {
				pooled.Compare(b.gold, out[k])
				links, err := alignWith(b.src, b.tgt, Options{Pairs: c.pairs, Gaps: true}, p)
				if err != nil {
					t.Fatal(err)
				}
				apart.Compare(b.gold, links)
			}
			t.Logf("dev in %d pieces, %-16s: one by one %.4f, together %.4f", k, c.name, apart.Scores().StrictF1, pooled.Scores().StrictF1)
		}
	}
}
