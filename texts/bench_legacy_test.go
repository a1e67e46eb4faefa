package texts

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// BenchmarkReadSource1251 measures decoding a Windows-1251 file with CRLF
// line endings, as Russian transcriptions still arrive.
func BenchmarkReadSource1251(b *testing.B) {
	text := strings.ReplaceAll(koi8Safe(benchText(Russian)), "\n", "\r\n\r\n")
	data, err := charmap.Windows1251.NewEncoder().Bytes([]byte(text))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadSource("bench", bytes.NewReader(data), ReadOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
