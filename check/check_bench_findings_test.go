package check

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"
)

// TestBenchmarkEditionFindings pins the findings of the benchmark's
// edition by count and hash, so that work on Check's speed cannot change
// what it finds unnoticed.
func TestBenchmarkEditionFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and aligns a 10,000-sentence edition")
	}
	tests := []struct {
		name  string
		style renderingStyle
		count int
		hash  string
	}{
		{"distinct", distinctRenderings, 200, "f4f48c6a56533cee"},
		{"shared-first-word", sharedFirstWord, 200, "f3ad969cf189dd5c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs, g := syntheticEdition(t, 100, 100, 1000, tt.style)
			fs := Check(pairs, g, Options{Insertions: InsertionStyle{Signers: []string{"NO"}}})
			data, err := json.Marshal(fs)
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(data)
			hash := hex.EncodeToString(sum[:8])
			if len(fs) != tt.count || hash != tt.hash {
				t.Errorf("%d findings, hash %s; want %d, %s", len(fs), hash, tt.count, tt.hash)
			}
		})
	}
}
