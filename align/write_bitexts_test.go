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

// TestWriteRealBench writes the real-text benchmark bitexts of issue 12 as
// line files, for timing the command with /usr/bin/time:
// SVERKA_REALBENCH=DIR go test -tags tune -run WriteRealBench ./align/
//
// noanchor-N.de/.fr is the spread Text+Berg bitext with every digit removed
// and the French enciphered letter by letter, so that no number, name or
// cognate is shared: a pair without anchors, as Chinese–English is, with
// the lengths of real text. korea-N.ru/.en is the korea-1950 Russian
// reconstruction against the seed's English, repeated.
func TestWriteRealBench(t *testing.T) {
	dir := os.Getenv("SVERKA_REALBENCH")
	if dir == "" {
		t.Skip("set SVERKA_REALBENCH=DIR to write the real-text bitexts")
	}
	write := func(name string, ss []Sentence) {
		var b strings.Builder
		for _, s := range ss {
			b.WriteString(strings.ReplaceAll(s.Text, "\n", " "))
			b.WriteByte('\n')
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ru, en := koreaSentences(t)
	for _, n := range []int{5000, 50000, 100000} {
		src, tgt := noAnchorBitext(t, n)
		write(fmt.Sprintf("noanchor-%d.de", n), src)
		write(fmt.Sprintf("noanchor-%d.fr", n), tgt)
		var rs, es []Sentence
		for len(rs) < n {
			rs, es = append(rs, ru...), append(es, en...)
		}
		write(fmt.Sprintf("korea-%d.ru", n), rs)
		write(fmt.Sprintf("korea-%d.en", n), es)
	}
}
