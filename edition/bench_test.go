package edition

import (
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/texts"
)

// bigBitext repeats the fixture's sentences to n links a side.
func bigBitext(n int) *Bitext {
	fx := fixtureBitext()
	src := &texts.Document{ID: "1", Lang: texts.Russian}
	tgt := &texts.Document{ID: "1", Lang: texts.English}
	var links []align.Link
	for i := 0; i < n; i++ {
		s := fx.Source.Segments[i%len(fx.Source.Segments)]
		t := fx.Target.Segments[i%len(fx.Target.Segments)]
		s.ID, t.ID = fmt.Sprint(i+1), fmt.Sprint(i+1)
		src.Segments = append(src.Segments, s)
		tgt.Segments = append(tgt.Segments, t)
		links = append(links, align.Link{Source: []int{i}, Target: []int{i}, Confidence: 0.9})
	}
	return &Bitext{ID: "1", Source: src, Target: tgt, Links: links}
}

func BenchmarkExport10k(b *testing.B) {
	ed := &Edition{Title: "bench", Bitexts: []*Bitext{bigBitext(10000)}}
	for _, wr := range writers {
		b.Run(wr.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := wr.write(io.Discard, ed, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDiff5k diffs a 5,000-sentence translation against a revision
// with every 50th sentence edited, every 200th dropped.
func BenchmarkDiff5k(b *testing.B) {
	var old, new []string
	for i := 0; i < 5000; i++ {
		s := fmt.Sprintf("Sentence %d of the report: the concrete work at pier No. %d is %d percent complete.", i, i%7, i%100)
		old = append(old, s)
		switch {
		case i%200 == 0:
		case i%50 == 0:
			new = append(new, s[:len(s)-10]+" done now.")
		default:
			new = append(new, s)
		}
	}
	od, nd := docOf("old", old...), docOf("new", new...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Diff(od, nd, DiffOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDiffShuffled10k diffs 10,000 sentences against the same
// sentences in another order.
func BenchmarkDiffShuffled10k(b *testing.B) {
	old := telegramLines(10000)
	new := append([]string(nil), old...)
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(new), func(i, j int) { new[i], new[j] = new[j], new[i] })
	od, nd := docOf("old", old...), docOf("new", new...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Diff(od, nd, DiffOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
