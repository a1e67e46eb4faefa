//go:build tune

package align

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestTuneDictEvidence measures the dictionary's keys on the Text+Berg dev
// set: how many of a gold link's keys its other side holds, how many gold
// links share one and how many neighbours (a source side against the
// target side of the gold link before or after) do, and the weight they
// share; SVERKA_DICTSHOW=1 lists the keys neighbours share most.
func TestTuneDictEvidence(t *testing.T) {
	pairs, err := ReadDictionary("freedict-deu-fra")
	if err != nil {
		t.Skip(err)
	}
	b := loadTextBerg(t, "dev")[0]
	p := defaultParams()
	v := newVocab()
	fs, ft := extractBoth(v, b.src, b.tgt, p.ev, true)
	addPairs(v, fs, ft, pairs)
	w := keyWeights(v, fs, ft, p)
	dict := func(f features) map[uint32]bool {
		m := map[uint32]bool{}
		for _, k := range f.keys {
			if v.kind[k] == kindDict {
				m[k] = true
			}
		}
		return m
	}
	share := func(a, b map[uint32]bool) float64 {
		s := 0.0
		for k := range a {
			if b[k] {
				s += float64(w[k])
			}
		}
		return s
	}
	union := func(fx []features, ids []int) map[uint32]bool {
		m := map[uint32]bool{}
		for _, i := range ids {
			for k := range dict(fx[i]) {
				m[k] = true
			}
		}
		return m
	}
	goldBy, nearBy := map[uint32]float64{}, map[uint32]float64{}
	shareBy := func(a, b map[uint32]bool, by map[uint32]float64) {
		for k := range a {
			if b[k] {
				by[k] += float64(w[k])
			}
		}
	}
	var gold, goldHit, near, nearHit int
	var goldW, nearW float64
	var links []Link
	for _, l := range b.gold {
		if len(l.Source) > 0 && len(l.Target) > 0 {
			links = append(links, l)
		}
	}
	var occ, occHit [2]int
	for k, l := range links {
		s, tg := union(fs, l.Source), union(ft, l.Target)
		for side, m := range []map[uint32]bool{s, tg} {
			o := tg
			if side == 1 {
				o = s
			}
			for key := range m {
				occ[side]++
				if o[key] {
					occHit[side]++
				}
			}
		}
		gold++
		shareBy(s, tg, goldBy)
		if x := share(s, tg); x > 0 {
			goldHit++
			goldW += x
		}
		for _, d := range []int{-1, 1} {
			if k+d < 0 || k+d >= len(links) {
				continue
			}
			near++
			shareBy(s, union(ft, links[k+d].Target), nearBy)
			if x := share(s, union(ft, links[k+d].Target)); x > 0 {
				nearHit++
				nearW += x
			}
		}
	}
	keysS, keysT := 0, 0
	for _, f := range fs {
		keysS += len(dict(f))
	}
	for _, f := range ft {
		keysT += len(dict(f))
	}
	t.Logf("dict keys of gold links matched on the other side: src %d/%d (%.3f), tgt %d/%d (%.3f)", occHit[0], occ[0], float64(occHit[0])/float64(occ[0]), occHit[1], occ[1], float64(occHit[1])/float64(occ[1]))
	t.Logf("gold links sharing a dict key %d/%d (%.3f), weight %.1f; neighbours %d/%d (%.3f), weight %.1f; dict keys a sentence: src %.2f tgt %.2f",
		goldHit, gold, float64(goldHit)/float64(gold), goldW, nearHit, near, float64(nearHit)/float64(near), nearW,
		float64(keysS)/float64(len(fs)), float64(keysT)/float64(len(ft)))
	if os.Getenv("SVERKA_DICTSHOW") == "" {
		return
	}
	names := make([]string, len(v.kind))
	for n, id := range v.ids {
		names[id] = n
	}
	var ks []uint32
	for k := range nearBy {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return nearBy[ks[i]] > nearBy[ks[j]] })
	for _, k := range ks[:min(40, len(ks))] {
		var parts []string
		for _, f := range strings.Fields(names[k])[1:] {
			id, _ := strconv.Atoi(f)
			parts = append(parts, names[id])
		}
		t.Logf("key %-30s w %.2f gold %.1f near %.1f", strings.Join(parts, " "), w[k], goldBy[k], nearBy[k])
	}
}

// wordsOf splits s into words of letters.
func wordsOf(s string) []string {
	var out []string
	cur := []rune{}
	for _, r := range s + " " {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127 && r != '«' && r != '»' {
			cur = append(cur, r)
			continue
		}
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	return out
}

// TestTuneDictDev prints, in one line, the dev figures a change to the
// dictionary's evidence is judged by: with FreeDict, the whole of dev, its
// halves, its cuts into three and four documents aligned one by one and
// the four aligned together; without, the whole of dev.
func TestTuneDictDev(t *testing.T) {
	dict, err := ReadDictionary("freedict-deu-fra")
	if err != nil {
		t.Skip(err)
	}
	if os.Getenv("SVERKA_NODICT") != "" {
		dict = nil
	}
	p := defaultParams()
	if tunedParams != nil {
		p = *tunedParams
	}
	apart := func(set []bitext, pairs []WordPair) float64 { return scoreApart(t, set, pairs, p) }
	together := func(set []bitext, pairs []WordPair) float64 { return scoreTogether(t, set, pairs, p) }
	dev := loadTextBerg(t, "dev")
	var line string
	var sumA, sumT float64
	for k := 2; k <= 6; k++ {
		pk := devPieces(t, k)
		a, tg := apart(pk, dict), together(pk, dict)
		sumA += a
		sumT += tg
		line += fmt.Sprintf(" %d: %.4f %.4f", k, a, tg)
	}
	w := apart(dev, dict)
	t.Logf("FreeDict: dev %.4f | pieces apart, together%s | mean apart %.4f together %.4f | no dict dev %.4f",
		w, line, sumA/5, sumT/5, apart(dev, nil))
}

// TestTuneDevOnly refits the weights on dev as TestTune does, but scores
// no test file, and prints TestTuneDictDev's figures with the weights
// found.
func TestTuneDevOnly(t *testing.T) {
	dev := loadTextBerg(t, "dev")
	p, s := tuneOn(t, dev, defaultParams(), 4)
	t.Logf("tuned on dev: %s; dev strict %.4f lax %.4f", describeParams(p), s.StrictF1, s.LaxF1)
	tunedParams = &p
	TestTuneDictDev(t)
}

var tunedParams *params

// TestTuneLemmaSample lists the dev words read as forms or compounds of
// FreeDict's headwords, and what of.
func TestTuneLemmaSample(t *testing.T) {
	pairs, err := ReadDictionary("freedict-deu-fra")
	if err != nil {
		t.Skip(err)
	}
	h := readPhrases(pairs).heads
	t.Logf("%d headwords", len(h.set))
	b := loadTextBerg(t, "dev")[0]
	for side, set := range [][]Sentence{b.src, b.tgt} {
		seen := map[string]bool{}
		var lines []string
		for _, s := range set {
			for _, w := range wordsOf(s.Text) {
				k := string(coarseKey(w, nil))
				if seen[k] || len(k) < 4 {
					continue
				}
				seen[k] = true
				ls := h.lemmas([]byte(k), nil)
				if len(ls) == 0 {
					continue
				}
				var ps []string
				for _, l := range ls {
					ps = append(ps, string(l))
				}
				lines = append(lines, w+"="+strings.Join(ps, "+"))
			}
		}
		t.Logf("side %d: %d words with lemmas: %s", side, len(lines), strings.Join(lines, " "))
	}
}

// TestTuneDictPieceErrors prints the error stretches of dev cut into
// SVERKA_PIECES documents (default 6) aligned one by one with FreeDict.
func TestTuneDictPieceErrors(t *testing.T) {
	dict, err := ReadDictionary("freedict-deu-fra")
	if err != nil {
		t.Skip(err)
	}
	if os.Getenv("SVERKA_NODICT") != "" {
		dict = nil
	}
	k, _ := strconv.Atoi(os.Getenv("SVERKA_PIECES"))
	if k == 0 {
		k = 6
	}
	counts := map[string]int{}
	for _, b := range devPieces(t, k) {
		out, err := alignWith(b.src, b.tgt, Options{Pairs: dict, Gaps: true}, defaultParams())
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range errorRegions(b.gold, out) {
			counts[r.class] += r.wrong
			t.Logf("%s %s: %s", b.name, r.class, r.describe(b))
		}
	}
	t.Log(counts)
}

// TestTuneKoreaErrors prints the korea-1950 pre-split links not in the gold.
func TestTuneKoreaErrors(t *testing.T) {
	for _, d := range loadKoreaGold(t) {
		src, tgt := preSplit(d.ruData, d.ru), preSplit(d.enData, d.en)
		links, err := Align(src, tgt, Options{})
		if err != nil {
			t.Fatal(err)
		}
		b := bitext{name: d.id, src: src, tgt: tgt}
		for _, r := range errorRegions(d.gold, links) {
			t.Logf("%s %s: %s", d.id, r.class, r.describe(b))
		}
	}
}
