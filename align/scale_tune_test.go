//go:build tune

package align

import (
	"os"
	"strconv"
	"testing"
	"time"
)

// TestTuneTextBergScale scores the Text+Berg test files run together
// SVERKA_SCALE_REPS times (default 17, about 17,000 sentences a side),
// plain and enciphered: the long-text search (coarse pass, band) must keep
// its accuracy at the sizes of the speed benchmarks. It prints, asserts
// nothing: go test -tags tune -run TuneTextBergScale -v ./align/
func TestTuneTextBergScale(t *testing.T) {
	reps := 17
	if s := os.Getenv("SVERKA_SCALE_REPS"); s != "" {
		reps, _ = strconv.Atoi(s)
	}
	for _, enciphered := range []bool{false, true} {
		src, tgt, gold := concatTextBerg(t, reps, enciphered)
		start := time.Now()
		links, err := Align(src, tgt, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var cnt Counts
		cnt.Compare(gold, links)
		s := cnt.Scores()
		t.Logf("%d × %d, enciphered %v: strict F1 %.4f, lax F1 %.4f (%v)", len(src), len(tgt), enciphered, s.StrictF1, s.LaxF1, time.Since(start).Round(time.Millisecond))
	}
}
