package align

import (
	"os"
	"testing"
)

func TestDiag(t *testing.T) {
	name := os.Getenv("SVERKA_DIAG")
	if name == "" {
		t.Skip()
	}
	set := loadTextBerg(t, name)
	b := set[0]
	p := defaultParams()
	links, _ := alignWith(b.src, b.tgt, Options{}, p)
	gold := map[string]bool{}
	for _, g := range b.gold {
		gold[linkKey(g)] = true
	}
	test := map[string]bool{}
	for _, l := range links {
		test[linkKey(l)] = true
		mark := "  "
		if !gold[linkKey(l)] {
			mark = "XX"
		}
		t.Logf("%s %s %.2f", mark, linkKey(l), l.Confidence)
		if mark == "XX" {
			for _, i := range l.Source {
				t.Logf("      de %d: %.90s", i, b.src[i].Text)
			}
			for _, j := range l.Target {
				t.Logf("      fr %d: %.90s", j, b.tgt[j].Text)
			}
		}
	}
	for _, g := range b.gold {
		if !test[linkKey(g)] {
			t.Logf("MISSED gold %s", linkKey(g))
		}
	}
}
