package edition

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sverka/sverka/texts"
)

// TestReaderEdition: the reader's edition sets the apparatus as print
// does (an insertion in brackets with its signer, a transliteration in
// italics, an expansion's letters in italics, a note as a footnote at the
// document's end), keys the conventions it uses and no other, names its
// sources, and writes nothing of the reviewer's apparatus.
func TestReaderEdition(t *testing.T) {
	b := fixturePair()
	// A note of the editor in the translation's fourth sentence.
	seg := &b.Target.Segments[3]
	note := " [The pier was rebuilt in 1953.]"
	at := len(seg.Text) - 1
	seg.Text = seg.Text[:at] + note + seg.Text[at:]
	seg.End = seg.Start + len(seg.Text)
	seg.Spans = append(seg.Spans, texts.Span{Class: texts.Note, Text: note[1:], Inner: "The pier was rebuilt in 1953.",
		Start: seg.Start + at + 1, End: seg.Start + at + len(note)})
	ed := &Edition{Title: "Два документа 1951 года", Pairs: []*Pair{b},
		Marks: []Mark{{Rule: "term-forbidden", Severity: "error", Rank: 3, Message: "a forbidden rendering",
			Places: []texts.Pos{b.Target.Segments[4].Pos}, Matches: []string{"The"}}}}
	var buf bytes.Buffer
	if err := WriteReaderHTML(&buf, ed, Options{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		`<title>Два документа 1951 года</title>`,
		`they <span class="insertion">[the crews &ndash; <span class="sig">NO</span>]</span> refuse`,
		`storm-fright <span class="translit">[<i lang="ru-Latn">shtormoboiazn&#39;</i>]</span>`,
		`C<span class="expansion">[<i>entral</i>]</span>`,
		`Instantsia <span class="gloss">[Highest Authority]</span>`,
		`Nakhodka<sup class="fn" id="d1-n1-ref"><a href="#d1-n1">1</a></sup>.`,
		`<li id="d1-n1">The pier was rebuilt in 1953. <a href="#d1-n1-ref"`,
		`<aside class="key" id="key"><h2>Editorial conventions</h2>`,
		`signed with initials: NO`,
		`an editor&#39;s note, at the end of the document`,
		`Russian originals: ru/doc1.txt.`,
		`English translation: en.txt.`,
		`AVP RF, fond 07, opis 25, papka 14, delo 3, listy 12-13`,
		`<tr id="d1-l4" class="row sentence"><td class="src" lang="ru"><span class="seg" id="d1-s-4">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the reader's edition lacks %s", want)
		}
	}
	for _, not := range []string{"confidence", "omission", "no counterpart", "term-forbidden", "forbidden rendering",
		"<mark", `class="term`, `class="flag`, "<script", "supplied by the editor"} {
		if strings.Contains(page, not) {
			t.Errorf("the reader's edition has %q", not)
		}
	}
}

// TestDocumentsTitle: an edition's title comes from its documents' titles.
func TestDocumentsTitle(t *testing.T) {
	one, two, untitled := fixturePair(), fixturePair(), fixturePair()
	untitled.Target = &texts.Document{}
	untitled.Source = &texts.Document{}
	for _, tt := range []struct {
		pairs []*Pair
		want  string
	}{
		{nil, ""},
		{[]*Pair{one}, "Document 1: Ciphered telegram from Vladivostok, 14 March 1951"},
		{[]*Pair{one, two}, "Document 1: Ciphered telegram from Vladivostok, 14 March 1951, and one more document"},
		{[]*Pair{one, two, two}, "Document 1: Ciphered telegram from Vladivostok, 14 March 1951, and 2 more documents"},
		{[]*Pair{untitled, one}, ""},
	} {
		if got := DocumentsTitle(tt.pairs); got != tt.want {
			t.Errorf("DocumentsTitle(%d pairs) = %q, want %q", len(tt.pairs), got, tt.want)
		}
	}
}
