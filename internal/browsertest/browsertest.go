// Package browsertest finds the Chromium that the browser tests of the
// pages (the editions, the review page, the revision diff) drive with
// chromedp, and skips a test where it is not installed, so that go test
// passes on a machine without it.
package browsertest

import (
	"os/exec"
	"testing"
)

// Chromium returns the path of the Debian chromium, or skips the test.
func Chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed (Debian: chromium): browser test skipped")
	return ""
}
