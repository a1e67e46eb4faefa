//go:build tune

package align

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// TestTuneCalibrate fits the confidence map on the Text+Berg development
// set and reports how it holds on the test set; run it by hand
// (go test -tags tune -run TuneCalibrate ./align) and copy calW into
// confidence.go.
func TestTuneCalibrate(t *testing.T) {
	type obs struct {
		x  [3]float64
		ok bool
	}
	collect := func(set []bitext) []obs {
		var out []obs
		for _, c := range calibrationCases(set) {
			out = append(out, obs{calFeatures(c.st), c.right})
		}
		return out
	}
	test := collect(loadTextBerg(t, textBergTest...))
	dev := collect(loadTextBerg(t, "dev"))
	all := dev // the test set stays blind
	var w [4]float64
	pred := func(x [3]float64) float64 {
		z := w[0]
		for k := range x {
			z += w[k+1] * x[k]
		}
		return 1 / (1 + math.Exp(-z))
	}
	for it := 0; it < 20000; it++ {
		var g [4]float64
		for _, o := range all {
			y := 0.0
			if o.ok {
				y = 1
			}
			d := pred(o.x) - y
			g[0] += d
			for k := range o.x {
				g[k+1] += d * o.x[k]
			}
		}
		for k := range w {
			w[k] -= 0.3 * g[k] / float64(len(all))
		}
	}
	t.Logf("calW = %#v", w)
	for _, set := range []struct {
		name string
		o    []obs
	}{{"test", test}, {"dev", dev}} {
		var n, ok [5]int
		var n9, ok9, n8, ok8 int
		for _, o := range set.o {
			c := pred(o.x)
			k := min(4, int(c*5))
			n[k]++
			if o.ok {
				ok[k]++
			}
			if c >= 0.9 {
				n9++
				if o.ok {
					ok9++
				}
			}
			if c >= 0.75 && c < 0.85 {
				n8++
				if o.ok {
					ok8++
				}
			}
		}
		t.Logf("%s: bins %v right %v; conf>=0.9: %d/%d right; 0.75<=conf<0.85: %d/%d right", set.name, n, ok, ok9, n9, ok8, n8)
	}
}

// linkAllDebris reports whether every sentence of l is OCR debris.
func linkAllDebris(l Link, src, tgt []Sentence) bool {
	for _, i := range l.Source {
		if !isDebris(src[i]) {
			return false
		}
	}
	for _, j := range l.Target {
		if !isDebris(tgt[j]) {
			return false
		}
	}
	return true
}

// TestTuneCalibrateRelearned fits calRelearned, the two terms the
// confidence map adds for a relearned text, on the pseudo-Chinese of the
// Text+Berg development set (whole, and run together four times) with
// calW held, and reports the bins before and after on them and on the
// pseudo-Chinese test set (blind); copy calRelearned into confidence.go.
func TestTuneCalibrateRelearned(t *testing.T) {
	type obs struct {
		z, lo float64 // calW's sum, the log-odds
		ok    bool
		rel   bool
	}
	collect := func(set []bitext) []obs {
		var out []obs
		for _, c := range calibrationCases(set) {
			x := calFeatures(c.st)
			out = append(out, obs{calLogit(x, false), x[0], c.right, c.relearned})
		}
		return out
	}
	d := pseudoChineseSets(t, "dev")
	src, tgt, gold := concatBitexts(d, 4, false)
	fit := append(collect(d), collect([]bitext{{src: src, tgt: tgt, gold: gold}})...)
	test := collect(pseudoChineseSets(t, textBergTest...))
	var w [2]float64
	pred := func(o obs, w [2]float64) float64 {
		z := o.z
		if o.rel {
			z += w[0] + w[1]*o.lo
		}
		return 1 / (1 + math.Exp(-z))
	}
	for range 20000 {
		var g [2]float64
		n := 0
		for _, o := range fit {
			if !o.rel {
				continue
			}
			y := 0.0
			if o.ok {
				y = 1
			}
			dz := pred(o, w) - y
			g[0] += dz
			g[1] += dz * o.lo
			n++
		}
		if n == 0 {
			t.Fatal("no relearned text among the fitting set")
		}
		for k := range w {
			w[k] -= 0.3 * g[k] / float64(n)
		}
	}
	t.Logf("calRelearned = %#v", w)
	for _, set := range []struct {
		name string
		o    []obs
	}{{"pseudo dev and dev×4", fit}, {"pseudo test", test}} {
		for _, ww := range [][2]float64{{}, w} {
			var n, ok [10]int
			for _, o := range set.o {
				k := min(9, int(pred(o, ww)*10))
				n[k]++
				if o.ok {
					ok[k]++
				}
			}
			var bins []string
			for k := range n {
				if n[k] > 0 {
					bins = append(bins, fmt.Sprintf("%.1f: %d/%d", float64(k)/10, ok[k], n[k]))
				}
			}
			t.Logf("%s, calRelearned %.3f: %s", set.name, ww, strings.Join(bins, ", "))
		}
	}
}

// calibrationCase is a link of a final path the search made: its step, and
// whether the link is exactly right.
type calibrationCase struct {
	st               step
	relearned, right bool
}

// calibrationCases aligns each bitext and returns its links' steps. The
// final path's steps are the links the search made, in order; the debris
// put back after it (all its sentences debris) came from no step.
func calibrationCases(set []bitext) []calibrationCase {
	var out []calibrationCase
	for _, b := range set {
		gold := linkSet(b.gold)
		var steps []calibrationCase
		calibrationHook = func(st step, relearned bool) {
			steps = append(steps, calibrationCase{st: st, relearned: relearned})
		}
		links, _ := alignWith(b.src, b.tgt, Options{Gaps: true}, defaultParams())
		calibrationHook = nil
		k := 0
		for _, l := range links {
			if linkAllDebris(l, b.src, b.tgt) {
				continue
			}
			c := steps[k]
			c.right = gold[linkKey(l)]
			out = append(out, c)
			k++
		}
	}
	return out
}
