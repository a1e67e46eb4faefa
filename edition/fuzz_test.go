package edition

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/texts"
)

// wellFormed decodes every token of an XML document.
func wellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// FuzzExport feeds any text, with a span at any offsets, to every writer:
// none may fail or panic, XML must stay well-formed, and no markup of the
// text may reach the HTML.
func FuzzExport(f *testing.F) {
	f.Add("Среди рабочих <b>штормобоязнь</b> [the crews - NO]", 40, 57, byte(0), "NO")
	f.Add("C[entral] C[ommittee] & ]]> \x00\xff", 1, 9, byte(3), "")
	f.Add("", 0, 0, byte(7), "A\"M")
	classes := []texts.SpanClass{texts.Insertion, texts.Gloss, texts.Translation, texts.Expansion, texts.Supplied,
		texts.Variant, texts.DateNorm, texts.CiteSpan, texts.Sic, texts.Illegible, texts.Query, texts.Note}
	edition := func(text string, start, end int, class byte, signer string) *Edition {
		seg := texts.Segment{ID: "1", Kind: texts.Sentence, Text: text, Start: 100, End: 100 + len(text),
			Spans: []texts.Span{{Class: classes[int(class)%len(classes)], Start: 100 + start, End: 100 + end, Signer: signer, Inner: text, Head: signer}}}
		src := &texts.Document{ID: "1", Lang: texts.Russian, Segments: []texts.Segment{seg}}
		tgt := &texts.Document{ID: "1", Title: text, Lang: texts.English, Segments: []texts.Segment{seg, seg}}
		return &Edition{Title: text, Pairs: []*Pair{{Source: src, Target: tgt, Links: []align.Link{
			{Source: []int{0}, Target: []int{0, 1}, Confidence: 0.5},
		}}}}
	}
	f.Fuzz(func(t *testing.T, text string, start, end int, class byte, signer string) {
		ed := edition(text, start, end, class, signer)
		for _, wr := range writers {
			var buf bytes.Buffer
			if err := wr.write(&buf, ed, Options{KeepEmpty: true}); err != nil {
				t.Fatalf("%s: %v", wr.name, err)
			}
			switch wr.name {
			case "tei", "tmx", "xces":
				if err := wellFormed(buf.Bytes()); err != nil {
					t.Fatalf("%s: not well-formed: %v\n%s", wr.name, err, buf.String())
				}
			case "html":
				// A text such as "<" or "<a" is in the page's own markup:
				// only a text the page without it lacks can show a leak.
				if strings.Contains(text, "<") && strings.Contains(buf.String(), text) {
					var bare bytes.Buffer
					if err := wr.write(&bare, edition("", 0, 0, class, ""), Options{KeepEmpty: true}); err != nil {
						t.Fatal(err)
					}
					if !strings.Contains(bare.String(), text) {
						t.Fatalf("html: text with markup written unescaped: %q", text)
					}
				}
			}
		}
	})
}
