package edition

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/sverka/sverka/align"
)

// TestGuessStoredAlignments: init over an edition that was aligned names
// the alignments sverka stored for its pairs, so that check and build
// keep reading the links an editor confirmed there; a file of other texts
// is not named.
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
	coll := &fstest.MapFile{Data: []byte("Document 1: From Murmansk\n\nThe coal is loaded.\n\nDocument 2: From Kola\n\nThe steamer left the port.\n")}
	for _, tc := range []struct {
		name          string
		fsys          fstest.MapFS
		rule, pairOne string // the alignment Guess names
	}{
		{"the documents rule", fstest.MapFS{"ru/doc1.txt": ru, "ru/doc2.txt": ru, "en.txt": coll,
			"align/doc1.json": stored("ru/doc1.txt", "1", "en.txt", "1")}, "align/doc{id}.json", ""},
		{"the documents rule, a file of other texts", fstest.MapFS{"ru/doc1.txt": ru, "ru/doc2.txt": ru, "en.txt": coll,
			"align/doc1.json": stored("ru/doc1.txt", "1", "other.txt", "1")}, "", ""},
		{"a pair", fstest.MapFS{"ru/a.txt": ru, "en/a.txt": en,
			"align/doc1.json": stored("ru/a.txt", "1", "en/a.txt", "1")}, "", "align/doc1.json"},
		{"a pair, no alignment stored", fstest.MapFS{"ru/a.txt": ru, "en/a.txt": en,
			"align/notes.json": &fstest.MapFile{Data: []byte("{\"not\": \"an alignment\"}\n")}}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Guess(tc.fsys)
			if err != nil {
				t.Fatal(err)
			}
			rule, pairOne := "", ""
			if c.Documents != nil {
				rule = c.Documents.Alignment
			}
			if len(c.Pairs) > 0 {
				pairOne = c.Pairs[0].Alignment
			}
			if rule != tc.rule || pairOne != tc.pairOne {
				t.Errorf("alignment of the rule %q, of the first pair %q; want %q, %q", rule, pairOne, tc.rule, tc.pairOne)
			}
		})
	}
}
