package revision

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

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
		if _, err := Compare(od, nd, Options{}); err != nil {
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
		if _, err := Compare(od, nd, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
