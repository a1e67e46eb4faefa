//go:build tune

package align

// calibrationHook sees every link of a final path; TestTuneCalibrate sets
// it. It exists only in builds with -tags tune, so that library code has no
// mutable package-level hook.
var calibrationHook func(st step, relearned bool)

func observeStep(st step, relearned bool) {
	if calibrationHook != nil {
		calibrationHook(st, relearned)
	}
}
