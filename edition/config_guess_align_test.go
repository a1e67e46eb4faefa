package edition

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/sverka/sverka/align"
)

// TestGuessStoredAlignments: init over an edition that was aligned names
// the alignments sverka stored for its pairs declared alone, found by the
// texts they hold, so that check and build keep reading the links an
// editor confirmed there; a file of other texts is not named (the
// documents rule's: TestGuessNamesStoredAlignments).
func TestGuessStoredAlignments(t *testing.T) {
	stored := func(src, srcDoc, tgt, tgtDoc string) *fstest.MapFile {
		var b bytes.Buffer
		bitext := align.Bitext{
			Source: align.Side{File: src, Document: srcDoc, Sentences: []align.Unit{{ID: "1", Text: "Уголь погружен."}}},
			Target: align.Side{File: tgt, Document: tgtDoc, Sentences: []align.Unit{{ID: "1", Text: "The coal is loaded."}}},
			Links:  []align.Link{{Source: []int{0}, Target: []int{0}, Confidence: 1, Confirmed: true}},
		}
		if err := align.WriteJSON(&b, []align.Bitext{bitext}); err != nil {
			t.Fatal(err)
		}
		return &fstest.MapFile{Data: b.Bytes()}
	}
	ru := &fstest.MapFile{Data: []byte("Из Мурманска. Уголь погружен на пароход.\n")}
	en := &fstest.MapFile{Data: []byte("From Murmansk. The coal is loaded onto the steamer.\n")}
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		want string // the alignment Guess names
	}{
		{"a pair", fstest.MapFS{"ru/a.txt": ru, "en/a.txt": en,
			"align/doc1.json": stored("ru/a.txt", "1", "en/a.txt", "1")}, "align/doc1.json"},
		{"a pair, the file of other texts", fstest.MapFS{"ru/a.txt": ru, "en/a.txt": en,
			"align/doc1.json": stored("ru/b.txt", "1", "en/a.txt", "1")}, ""},
		{"a pair, no alignment stored", fstest.MapFS{"ru/a.txt": ru, "en/a.txt": en,
			"align/notes.json": &fstest.MapFile{Data: []byte("{\"not\": \"an alignment\"}\n")}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Guess(tc.fsys)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Pairs) != 1 || c.Pairs[0].Alignment != tc.want {
				t.Errorf("pairs %+v, want one with the alignment %q", c.Pairs, tc.want)
			}
		})
	}
}
