package align

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/sverka/sverka/internal/sharedtest"
	"github.com/sverka/sverka/texts"
)

// Real-text bitexts without shared anchors, for the benchmarks of issue 12.

// noAnchorBitext is the spread Text+Berg bitext of n German sentences with
// every digit removed and the French enciphered letter by letter: no
// number, name, identical word or cognate is shared, as between Chinese
// and English, while the lengths stay those of real text.
func noAnchorBitext(tb testing.TB, n int) (src, tgt []Sentence) {
	src, tgt = textBergBitext(tb, n, false)
	for k := range src {
		src[k].Text = strings.Map(dropDigit, src[k].Text)
	}
	for k := range tgt {
		tgt[k].Text = strings.Map(encipher, tgt[k].Text)
	}
	return src, tgt
}

func dropDigit(r rune) rune {
	if unicode.IsDigit(r) {
		return -1
	}
	return r
}

// encipher maps every Latin letter to another (a fixed shift), accented
// letters first to their base letter; digits are dropped.
func encipher(r rune) rune {
	if unicode.IsDigit(r) {
		return -1
	}
	if base, ok := unaccent[r]; ok {
		r = base
	}
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+11)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+11)%26
	}
	return r
}

var unaccent = map[rune]rune{'à': 'a', 'â': 'a', 'ç': 'c', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'î': 'i', 'ï': 'i', 'ô': 'o', 'ù': 'u', 'û': 'u', 'ü': 'u', 'É': 'E', 'À': 'A', 'Ç': 'C'}

// koreaSentences reads the six korea-1950 Russian documents and the seed's
// six English ones, in order, as the aligner sees them.
func koreaSentences(tb testing.TB) (ru, en []Sentence) {
	tb.Helper()
	seed := readCollection(tb, sharedtest.Path(tb, "seeds", "000_cd92320a92b46101.txt"))
	for d := 1; d <= 6; d++ {
		c := readCollection(tb, sharedtest.Path(tb, "corpus", "korea-1950", "ru", fmt.Sprintf("doc%d.txt", d)))
		for _, doc := range c.Documents {
			ru = append(ru, FromSegments(doc.Segments)...)
		}
		doc, err := seed.Document(fmt.Sprint(d))
		if err != nil {
			tb.Fatal(err)
		}
		en = append(en, FromSegments(doc.Segments)...)
	}
	return ru, en
}

func readCollection(tb testing.TB, path string) *texts.Collection {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("korea-1950 material not found: %v", err)
	}
	defer f.Close()
	c, err := texts.Read(path, f, texts.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// BenchmarkAlignReal aligns the real-text bitexts without anchors at 5,000
// source sentences (noanchor: Text+Berg enciphered; korea: the korea-1950
// documents repeated), and at 50,000. The command is timed on the files
// TestWriteRealBench writes.
func BenchmarkAlignReal(b *testing.B) {
	for _, c := range []struct {
		name string
		n    int
	}{{"noanchor", 5000}, {"korea", 5000}, {"noanchor", 50000}, {"korea", 50000}} {
		b.Run(fmt.Sprint(c.name, c.n), func(b *testing.B) {
			var src, tgt []Sentence
			if c.name == "noanchor" {
				src, tgt = noAnchorBitext(b, c.n)
			} else {
				ru, en := koreaSentences(b)
				for len(src) < c.n {
					src, tgt = append(src, ru...), append(tgt, en...)
				}
			}
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

// BenchmarkAlignRealUnspaced aligns the spread Text+Berg bitext with its
// French in pseudo-Chinese (pseudoChinese: no spaces, no digits, no shared
// anchors) at 5,000 and 50,000 source sentences: the speed bar of issue 12
// is on a Chinese–English novel, whose Chinese gives the word table a stem
// for each character.
func BenchmarkAlignRealUnspaced(b *testing.B) {
	for _, n := range []int{5000, 50000} {
		b.Run(fmt.Sprint("pseudozh", n), func(b *testing.B) {
			src, tgt := textBergBitext(b, n, false)
			p := newPseudoChinese(b)
			src = pseudoSide(src, func(s string) string { return strings.Map(dropDigit, s) })
			tgt = pseudoSide(tgt, p.text)
			b.ReportMetric(float64(len(src)), "source-sentences")
			b.ReportMetric(float64(len(tgt)), "target-sentences")
			b.ResetTimer()
			for b.Loop() {
				if _, err := Align(src, tgt, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(src)), "µs/source-sentence")
		})
	}
}

// concatTextBerg joins the Text+Berg test files into one bitext, reps
// times over, with the gold links renumbered: a long text whose alignment
// can be scored. Enciphered, it has no shared anchors (noAnchorBitext).
func concatTextBerg(tb testing.TB, reps int, enciphered bool) (src, tgt []Sentence, gold []Link) {
	return concatBitexts(loadTextBerg(tb, textBergTest...), reps, enciphered)
}

// concatBitexts joins sets into one bitext, reps times over, with the gold
// links renumbered, the target enciphered (encipher) and the source's
// digits dropped when asked.
func concatBitexts(sets []bitext, reps int, enciphered bool) (src, tgt []Sentence, gold []Link) {
	for range reps {
		for _, b := range sets {
			offS, offT := len(src), len(tgt)
			src = append(src, b.src...)
			for _, s := range b.tgt {
				if enciphered {
					s.Text = strings.Map(encipher, s.Text)
				}
				tgt = append(tgt, s)
			}
			for _, l := range b.gold {
				g := Link{Source: make([]int, len(l.Source)), Target: make([]int, len(l.Target))}
				for k, i := range l.Source {
					g.Source[k] = i + offS
				}
				for k, j := range l.Target {
					g.Target[k] = j + offT
				}
				gold = append(gold, g)
			}
		}
	}
	if enciphered {
		for k := range src {
			src[k].Text = strings.Map(dropDigit, src[k].Text)
		}
	}
	return src, tgt, gold
}

// TestTextBergLong aligns the Text+Berg test files run together three
// times (about 3,000 sentences a side, one document): the long-text search
// (band, coarse pass) must keep the accuracy the files have one by one;
// enciphered, with only lengths to go on, it must stay near length-only.
func TestTextBergLong(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, c := range []struct {
		enciphered bool
		bar        float64
	}{{false, 0.85}, {true, 0.60}} {
		src, tgt, gold := concatTextBerg(t, 3, c.enciphered)
		links, err := Align(src, tgt, Options{Gaps: true})
		if err != nil {
			t.Fatal(err)
		}
		var cnt Counts
		cnt.Compare(gold, links)
		s := cnt.Scores()
		t.Logf("%d × %d, enciphered %v: strict F1 %.3f, lax F1 %.3f", len(src), len(tgt), c.enciphered, s.StrictF1, s.LaxF1)
		if s.StrictF1 < c.bar {
			t.Errorf("enciphered %v: strict F1 %.3f, want at least %.2f", c.enciphered, s.StrictF1, c.bar)
		}
	}
}

// Align keeps no state between calls: callers (edition.Open) align several
// document pairs at once, and each must come out as it does alone.
func TestAlignConcurrent(t *testing.T) {
	type job struct{ src, tgt []Sentence }
	var jobs []job
	for seed := range uint64(4) {
		s, g := syntheticBitext(300, seed+20)
		jobs = append(jobs, job{s, g})
	}
	alone := make([][]Link, len(jobs))
	for k, j := range jobs {
		links, err := Align(j.src, j.tgt, Options{Gaps: true})
		if err != nil {
			t.Fatal(err)
		}
		alone[k] = links
	}
	together := make([][]Link, len(jobs))
	done := make(chan int)
	for k, j := range jobs {
		go func() {
			together[k], _ = Align(j.src, j.tgt, Options{Gaps: true})
			done <- k
		}()
	}
	for range jobs {
		<-done
	}
	for k := range jobs {
		if fmt.Sprint(alone[k]) != fmt.Sprint(together[k]) {
			t.Errorf("job %d: aligned beside others, the links differ from those aligned alone", k)
		}
	}
}
