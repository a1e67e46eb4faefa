//go:build tune

package align

import (
	"testing"
)

// TestTuneDebris prints what leaving OCR debris out of the search
// (params.skipDebris) does to dev, its cuts (one by one and together),
// korea-1950 and the long dev texts: go test -tags tune -run TuneDebris
// -v ./align.
func TestTuneDebris(t *testing.T) {
	for _, skip := range []bool{false, true} {
		p := defaultParams()
		p.skipDebris = skip
		cuts := devCuts(t)
		name := "debris searched"
		if skip {
			name = "debris left out"
		}
		t.Logf("%s: the cuts %.4f, together %.4f", name, scoreApart(t, cuts, nil, p), scoreTogether(t, cuts[1:], nil, p))
		t.Log(variantScores(t, name, p, nil))
	}
}
