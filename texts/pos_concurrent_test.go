package texts

import (
	"strings"
	"sync"
	"testing"
)

// Pos fills its line caches on first use; check.Run's rules call it on
// one Source from several goroutines at once. Under -race this failed;
// without it, each goroutine's positions must still be the sequential
// ones.
func TestPosConcurrent(t *testing.T) {
	text := strings.Repeat("Телеграмма из Пхеньяна.\nВторая строка, ещё одна.\n", 50)
	read := func() *Source {
		s, err := ReadSource("t.txt", strings.NewReader(text), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	ref := read()
	want := make([]Pos, 0, len(text)/7)
	for off := 0; off < len(text); off += 7 {
		want = append(want, ref.Pos(off))
	}
	s := read()
	var wg sync.WaitGroup
	got := make([][]Pos, 4)
	for g := range got {
		wg.Go(func() {
			for off := 0; off < len(text); off += 7 {
				got[g] = append(got[g], s.Pos(off))
			}
		})
	}
	wg.Wait()
	for g := range got {
		for k := range want {
			if got[g][k] != want[k] {
				t.Fatalf("goroutine %d, offset %d: %+v, want %+v", g, 7*k, got[g][k], want[k])
			}
		}
	}
}
