package edition

import (
	"fmt"
	"io"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/texts"
)

// bigPair repeats the fixture's sentences to n links a side.
func bigPair(n int) *Pair {
	fx := fixturePair()
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
	return &Pair{ID: "1", Source: src, Target: tgt, Links: links}
}

func BenchmarkExport10k(b *testing.B) {
	ed := &Edition{Title: "bench", Pairs: []*Pair{bigPair(10000)}}
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
