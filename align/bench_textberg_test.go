package align

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// textBergBitext builds a large bitext from real text: the Text+Berg test
// and dev files, repeated until the source has at least n sentences, with
// French sentences split at a comma until the target has about 1.3 times
// as many. Spread splits anywhere; bunched splits the first ones it can,
// so that the length ratio drifts far from the mean at the start, the case
// a band around the diagonal handles worst.
func textBergBitext(tb testing.TB, n int, bunched bool) (src, tgt []Sentence) {
	sets := loadTextBerg(tb, append(textBergTest, "dev")...)
	for len(src) < n {
		for _, b := range sets {
			need := n - len(src)
			if need <= 0 {
				break
			}
			es, et := len(b.src), len(b.tgt)
			if es > need {
				// Cut after the last gold link that fits, so that the
				// two sides still end together.
				es, et = 0, 0
				for _, l := range b.gold {
					if len(l.Source) > 0 && l.Source[len(l.Source)-1] < need {
						es = max(es, l.Source[len(l.Source)-1]+1)
						if len(l.Target) > 0 {
							et = max(et, l.Target[len(l.Target)-1]+1)
						}
					}
				}
				if es == 0 {
					es, et = need, min(need, len(b.tgt))
				}
			}
			src = append(src, b.src[:es]...)
			tgt = append(tgt, b.tgt[:et]...)
		}
	}
	extra := n*13/10 - len(tgt)
	var splittable []int
	for j, s := range tgt {
		if k := strings.Index(s.Text, ", "); k > 20 && k < len(s.Text)-20 {
			splittable = append(splittable, j)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	if !bunched {
		r.Shuffle(len(splittable), func(a, b int) { splittable[a], splittable[b] = splittable[b], splittable[a] })
	}
	split := map[int]bool{}
	for _, j := range splittable[:min(extra, len(splittable))] {
		split[j] = true
	}
	var out []Sentence
	for j, s := range tgt {
		if split[j] {
			k := strings.Index(s.Text, ", ")
			out = append(out, Sentence{Text: s.Text[:k+1]}, Sentence{Text: s.Text[k+2:]})
			continue
		}
		out = append(out, s)
	}
	return src, out
}

// BenchmarkAlignTextBerg aligns about 5,000 × 6,500 sentences of real
// text, with the extra French sentences spread and bunched.
func BenchmarkAlignTextBerg(b *testing.B) {
	for _, bunched := range []bool{false, true} {
		name := "spread"
		if bunched {
			name = "bunched"
		}
		b.Run(name, func(b *testing.B) {
			src, tgt := textBergBitext(b, 5000, bunched)
			b.ReportMetric(float64(len(src)), "source-sentences")
			b.ReportMetric(float64(len(tgt)), "target-sentences")
			b.ResetTimer()
			for b.Loop() {
				if _, err := Align(src, tgt, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAlignTextBergLengthOnly is the bunched bitext with no lexical
// evidence, so no anchors: the band must follow the drift by widening.
func BenchmarkAlignTextBergLengthOnly(b *testing.B) {
	src, tgt := textBergBitext(b, 5000, true)
	p := defaultParams()
	p.ev = 0
	b.ResetTimer()
	for b.Loop() {
		if _, err := alignWith(src, tgt, Options{}, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAlignTextBerg25k is the spread bitext five times larger: time
// must grow linearly.
func BenchmarkAlignTextBerg25k(b *testing.B) {
	src, tgt := textBergBitext(b, 25000, false)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Align(src, tgt, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAlignFreeDict aligns the Text+Berg dev file with FreeDict's
// German–French dictionary, read once: what the word pairs cost an
// alignment (finding the pairs the texts hold, the headwords' forms and
// compounds, the keys).
func BenchmarkAlignFreeDict(b *testing.B) {
	pairs, err := ReadDictionary("freedict-deu-fra")
	if err != nil {
		b.Skip(err)
	}
	dev := loadTextBerg(b, "dev")[0]
	for _, c := range []struct {
		name  string
		pairs []WordPair
	}{{"none", nil}, {"freedict", pairs}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Align(dev.src, dev.tgt, Options{Pairs: c.pairs}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
