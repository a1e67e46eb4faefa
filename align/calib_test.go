//go:build tune

package align

import (
	"math"
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
		for _, b := range set {
			gold := map[string]bool{}
			for _, g := range b.gold {
				gold[linkKey(g)] = true
			}
			var steps []step
			calibrationHook = func(st step) { steps = append(steps, st) }
			links, _ := alignWith(b.src, b.tgt, Options{Gaps: true}, defaultParams())
			calibrationHook = nil
			// The final path's steps are the links the search made, in
			// order; the debris put back after it (all its sentences
			// debris) came from no step.
			k := 0
			for _, l := range links {
				if linkAllDebris(l, b.src, b.tgt) {
					continue
				}
				out = append(out, obs{calFeatures(steps[k]), gold[linkKey(l)]})
				k++
			}
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
