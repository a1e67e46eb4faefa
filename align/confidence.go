package align

import (
	"math"
	"unicode"
)

// calibrate turns the posterior probability of a link into its confidence.
// The map is a logistic function of the log-odds of the posterior and
// the link's type, fitted on the Text+Berg development set
// (TestTuneCalibrate, built with -tags tune) so that the confidence is
// close to the share of links that are exactly right. A text whose first
// pass was too unsure to learn its word table from (relearned: few shared
// anchors, or a script without spaces) has posteriors that promise more
// than its links keep, from a model that knows less of it; two more terms,
// fitted on the dev set's pseudo-Chinese (unspaced_test.go) with the
// others held, read them lower.
func calibrate(st step, relearned bool) float64 {
	z := calLogit(calFeatures(st), relearned)
	// Four decimals are all the meaning it has, and keep outputs the same
	// across machines.
	return math.Round(1e4/(1+math.Exp(-z))) / 1e4
}

// calLogit is the map's log-odds of the features x.
func calLogit(x [3]float64, relearned bool) float64 {
	z := calW[0]
	for k := range x {
		z += calW[k+1] * x[k]
	}
	if relearned {
		z += calRelearned[0] + calRelearned[1]*x[0]
	}
	return z
}

func calFeatures(st step) [3]float64 {
	p := min(max(st.posterior, 1e-6), 1-1e-6)
	one := 0.0
	if st.i-st.pi == 1 && st.j-st.pj == 1 {
		one = 1
	}
	empty := 0.0
	if st.i == st.pi || st.j == st.pj {
		empty = 1
	}
	return [3]float64{math.Log(p / (1 - p)), one, empty}
}

// calW are the intercept and the weights of calFeatures.
var calW = [4]float64{0.728, 0.192, 0.247, -0.372}

// calRelearned are the intercept and the log-odds weight added for a
// relearned text.
var calRelearned = [2]float64{-0.602, 0.097}

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
