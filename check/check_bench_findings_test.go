package check

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/internal/golden"
)

// TestBenchmarkEditionFindings pins the findings of the benchmark's
// edition in golden files, one finding a line as 'sverka check' prints
// them, so that work on Check's speed cannot change what it finds
// unnoticed, and a failure shows which finding changed (go test -update
// rewrites the files; review the diff).
func TestBenchmarkEditionFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and aligns a 10,000-sentence edition")
	}
	tests := []struct {
		name  string
		style renderingStyle
	}{
		{"distinct", distinctRenderings},
		{"shared-first-word", sharedFirstWord},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs, g := syntheticEdition(t, 100, 100, 1000, tt.style)
			fs := Run(&edition.Edition{Pairs: pairs, Glossary: g}, Options{Insertions: edition.InsertionStyle{Signers: []string{"NO"}}})
			var buf bytes.Buffer
			if err := Print(&buf, "text", fs, PrintOptions{}); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "bench-findings", tt.name+".txt"), buf.String())
		})
	}
}
