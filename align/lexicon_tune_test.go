//go:build tune

package align

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// lexiconVariant reads a learner of the word table, as changes to
// defaultParams joined by '+': base, conf=P (learnConf), dice=D
// (learnDice), min=C (learnMin). The other learners tried for issue 12
// (later rounds, soft counts, G², smoothed Dice, two partners, competitive
// linking …; docs/aligning.md) are in the history: commit c91016f has them
// all as variants of this test, 7fd608a the rounds for short texts.
func lexiconVariant(t *testing.T, name string) params {
	p := defaultParams()
	for _, f := range strings.Split(name, "+") {
		k, v, _ := strings.Cut(f, "=")
		x, _ := strconv.ParseFloat(v, 64)
		switch k {
		case "base":
		case "conf":
			p.learnConf = x
		case "dice":
			p.learnDice = x
		case "min":
			p.learnMin = int(x)
		default:
			t.Fatalf("variant %q: no field %q", name, k)
		}
	}
	return p
}

// TestTuneLexicon prints variantScores and the cuts of dev (devCuts) for
// each learner named in SVERKA_LEX (comma-separated; lexiconVariant), and
// the mean of dev's pieces aligned together,
// with FreeDict's dev figure when SVERKA_DICT is set:
// go test -tags tune -run TuneLexicon -v ./align.
func TestTuneLexicon(t *testing.T) {
	names := strings.Split(os.Getenv("SVERKA_LEX"), ",")
	if names[0] == "" {
		names = []string{"base"}
	}
	var dict []WordPair
	if os.Getenv("SVERKA_DICT") != "" {
		d, err := ReadDictionary("freedict-deu-fra")
		if err != nil {
			t.Fatal(err)
		}
		dict = d
	}
	cuts := devCuts(t)
	for _, name := range names {
		p := lexiconVariant(t, name)
		s := scoreSet(t, cuts, p)
		tog := 0.0
		for k := 2; k <= 4; k++ {
			tog += scoreTogether(t, devPieces(t, k), nil, p) / 3
		}
		fd := ""
		if dict != nil {
			var sumA, sumT float64
			for k := 2; k <= 6; k++ {
				pk := devPieces(t, k)
				sumA += scoreApart(t, pk, dict, p) / 5
				sumT += scoreTogether(t, pk, dict, p) / 5
			}
			fd = fmt.Sprintf(" | FD pieces %.4f %.4f", sumA, sumT)
		}
		t.Logf("cuts %.4f together %.4f | %s%s", s.StrictF1, tog, variantScores(t, name, p, dict), fd)
	}
}
