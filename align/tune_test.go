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
	for _, lex := range []float64{28, 40, 56, 80} {
		for _, v := range []float64{6.8, 12, 20} {
			for _, p12 := range []float64{2, 2.5, 3} {
				for _, learn := range []bool{false, true} {
					try(fmt.Sprint("lex ", lex, " var ", v, " p12 ", p12, " learn ", learn), func(p *params) {
						p.lexWeight, p.variance = lex, v
						p.prior[[2]int{1, 2}], p.prior[[2]int{2, 1}] = p12, p12
						if !learn {
							p.ev &^= evLearned
						}
					})
				}
			}
		}
	}
}

func ftoa(v float64) string { return strconvF(v) }

func strconvF(v float64) string {
	return fmt.Sprint(v)
}
