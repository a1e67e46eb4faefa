//go:build tune

package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The generators below write the benchmark bitexts as line files, for
// timing the command itself with /usr/bin/time; they are tools, not tests,
// so they build only with -tags tune.

// TestWriteSynthetic writes the synthetic bitexts as line files, for timing
// the command itself: SVERKA_SYNTHETIC=DIR go test -tags tune -run WriteSynthetic ./align/
func TestWriteSynthetic(t *testing.T) {
	dir := os.Getenv("SVERKA_SYNTHETIC")
	if dir == "" {
		t.Skip("set SVERKA_SYNTHETIC=DIR to write the synthetic bitexts")
	}
	for _, n := range []int{5000, 25000, 50000, 100000} {
		src, tgt := syntheticBitext(n, 7)
		for name, ss := range map[string][]Sentence{"src": src, "tgt": tgt} {
			var b strings.Builder
			for _, s := range ss {
				b.WriteString(s.Text)
				b.WriteByte('\n')
			}
			path := filepath.Join(dir, fmt.Sprintf("synthetic-%d.%s", n, name))
			if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestWriteTextBerg writes the Text+Berg bitexts as line files, for timing
// the command: SVERKA_TEXTBERG=DIR go test -tags tune -run WriteTextBerg ./align/
func TestWriteTextBerg(t *testing.T) {
	dir := os.Getenv("SVERKA_TEXTBERG")
	if dir == "" {
		t.Skip("set SVERKA_TEXTBERG=DIR to write the Text+Berg bitexts")
	}
	for _, n := range []int{5000, 25000, 100000} {
		for _, bunched := range []bool{false, true} {
			src, tgt := textBergBitext(t, n, bunched)
			name := fmt.Sprintf("textberg-%d-spread", n)
			if bunched {
				name = fmt.Sprintf("textberg-%d-bunched", n)
			}
			for ext, ss := range map[string][]Sentence{"de": src, "fr": tgt} {
				var b strings.Builder
				for _, s := range ss {
					b.WriteString(s.Text)
					b.WriteByte('\n')
				}
				if err := os.WriteFile(filepath.Join(dir, name+"."+ext), []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}
