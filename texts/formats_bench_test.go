package texts_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/docgen"
	"github.com/sverka/sverka/texts"
)

// BenchmarkReadFormats reads one collection as text, Word, OpenDocument
// and a web page: what a document format costs over the text it holds.
func BenchmarkReadFormats(b *testing.B) {
	var sb strings.Builder
	for i := 1; i <= 200; i++ {
		sb.WriteString("Document " + strconv.Itoa(i) + ": Телеграмма\n\nSent on 26.9.50 at 8:10 a.m.\nThe regiment [the 84th - AM] flew to Andong at dawn; the crews rested there. Потерь нет.\n\n")
	}
	text := sb.String()
	docx, err := docgen.DOCX(text)
	if err != nil {
		b.Fatal(err)
	}
	odt, err := docgen.ODT(text)
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range []struct {
		name string
		data []byte
	}{{"a.txt", []byte(text)}, {"a.docx", docx}, {"a.odt", odt}, {"a.html", docgen.HTML(text)}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := texts.Read(f.name, bytes.NewReader(f.data), texts.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
