package align

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
)

// syntheticBitext makes n source sentences in a Russian-like text and their
// translation: about three in ten split in two, some left out, some added,
// numbers and names carried over, sentence lengths like the telegrams'.
func syntheticBitext(n int, seed uint64) (src, tgt []Sentence) {
	r := rand.New(rand.NewPCG(seed, 1))
	syll := []string{"ка", "ро", "ми", "на", "ту", "ле", "вос", "при", "ско", "да", "ни", "ор", "ва", "ге", "ль"}
	lat := []string{"ka", "ro", "mi", "na", "tu", "le", "vos", "pri", "sko", "da", "ni", "or", "va", "ge", "l"}
	// A word is k written in base 15 with syllables: common words are
	// short, rare names long, as in real texts.
	word := func(rs []string, k int) string {
		var b strings.Builder
		for s := 0; s < 2 || k > 0; s++ {
			b.WriteString(rs[k%len(rs)])
			k /= len(rs)
		}
		return b.String()
	}
	sentence := func(words int, cyr bool) (string, string) {
		var s, t []string
		for w := 0; w < words; w++ {
			k := int(r.ExpFloat64() * 2000)
			switch {
			case r.IntN(25) == 0:
				num := fmt.Sprint(r.IntN(100000))
				s, t = append(s, num), append(t, num)
			case r.IntN(12) == 0: // a name, transliterated
				k = 225 + r.IntN(700000)
				s, t = append(s, strings.ToUpper(word(syll, k)[:2])+word(syll, k)[2:]), append(t, word(lat, k))
			default:
				s, t = append(s, word(syll, k)), append(t, "w"+fmt.Sprint(k%700))
			}
		}
		return strings.Join(s, " ") + ".", strings.Join(t, " ") + "."
	}
	for i := 0; i < n; i++ {
		words := 4 + r.IntN(22)
		s, t := sentence(words, true)
		src = append(src, Sentence{Text: s, Para: i / 8})
		switch x := r.IntN(100); {
		case x < 2: // left out
		case x < 32:
			tw := strings.Fields(t)
			cut := len(tw) / 2
			tgt = append(tgt, Sentence{Text: strings.Join(tw[:cut], " ") + ".", Para: i / 8},
				Sentence{Text: strings.Join(tw[cut:], " "), Para: i / 8})
		default:
			tgt = append(tgt, Sentence{Text: t, Para: i / 8})
		}
		if r.IntN(100) < 2 {
			_, extra := sentence(6, false)
			tgt = append(tgt, Sentence{Text: extra, Para: i / 8})
		}
	}
	return src, tgt
}

// BenchmarkAlign5000 aligns 5,000 source sentences with about 6,500 target
// sentences (the size hunalign needs about 1.3 s for on this machine).
func BenchmarkAlign5000(b *testing.B) {
	src, tgt := syntheticBitext(5000, 7)
	b.ReportMetric(float64(len(tgt)), "target-sentences")
	b.ResetTimer()
	for b.Loop() {
		if _, err := Align(src, tgt, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAlign100k aligns 100,000 source sentences with about 130,000
// target sentences and reports the peak heap, which must grow linearly.
// Run it by hand: go test -bench Align100k -benchtime 1x ./align/
func BenchmarkAlign100k(b *testing.B) {
	for _, n := range []int{25000, 50000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			src, tgt := syntheticBitext(n, 11)
			b.ReportMetric(float64(len(tgt)), "target-sentences")
			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			b.ResetTimer()
			for b.Loop() {
				if _, err := Align(src, tgt, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/(1<<20), "MB-allocated/op")
		})
	}
}
