package review

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// bigEdition writes an edition of one pair of n sentences a side, with a
// stored alignment of one link a sentence, so that opening it reads
// rather than aligns (aligning is align's benchmark).
func bigEdition(b testing.TB, n int) string {
	b.Helper()
	dir := b.TempDir()
	var ru, en strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&ru, "Бригада %d отремонтировала причал № %d в порту Находка.\n\n", i, i%40+1)
		fmt.Fprintf(&en, "Team %d repaired pier No. %d in the port of Nakhodka.\n\n", i, i%40+1)
	}
	os.WriteFile(filepath.Join(dir, "ru.txt"), []byte(ru.String()), 0o644)
	os.WriteFile(filepath.Join(dir, "en.txt"), []byte(en.String()), 0o644)
	os.WriteFile(filepath.Join(dir, "glossary.yaml"), []byte("# the big edition's glossary\nentries:\n  - id: nakhodka\n    kind: place\n    russian: [Находка]\n    renderings:\n      - Nakhodka\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sverka.yaml"), []byte("# a long edition\nglossary: glossary.yaml\npairs:\n  - source: ru.txt\n    target: en.txt\n    alignment: align.json\n"), 0o644)
	side := func(name string, lang texts.Lang) (align.Side, int) {
		c, err := edition.ReadCollection(filepath.Join(dir, name), texts.Options{Lang: lang})
		if err != nil {
			b.Fatal(err)
		}
		d := c.Documents[0]
		s := align.Side{File: name, Document: d.ID}
		for _, seg := range d.Segments {
			s.Sentences = append(s.Sentences, align.Unit{ID: seg.ID, Kind: seg.Kind, Text: seg.Text, Pos: seg.Pos})
		}
		return s, len(d.Segments)
	}
	src, ns := side("ru.txt", texts.Russian)
	tgt, nt := side("en.txt", texts.English)
	bt := align.Bitext{Source: src, Target: tgt}
	for i := 0; i < max(ns, nt); i++ {
		l := align.Link{Source: []int{}, Target: []int{}, Confidence: 0.9}
		if i < ns {
			l.Source = []int{i}
		}
		if i < nt {
			l.Target = []int{i}
		}
		bt.Links = append(bt.Links, l)
	}
	var buf bytes.Buffer
	align.WriteJSON(&buf, []align.Bitext{bt})
	os.WriteFile(filepath.Join(dir, "align.json"), buf.Bytes(), 0o644)
	return dir
}

func bigServer(b *testing.B) (*Server, string) {
	b.Helper()
	dir := bigEdition(b, 10000)
	s, err := New(filepath.Join(dir, "sverka.yaml"), Options{Addr: testAddr, Token: "secret"})
	if err != nil {
		b.Fatal(err)
	}
	if n := len(s.ed.Pairs[0].Links); n < 10000 {
		b.Fatalf("%d links, want 10,000", n)
	}
	return s, dir
}

// BenchmarkOpen10k: reading a 10,000-link edition and checking it, as
// sverka review does before it prints its address.
func BenchmarkOpen10k(b *testing.B) {
	dir := bigEdition(b, 10000)
	for b.Loop() {
		if _, err := New(filepath.Join(dir, "sverka.yaml"), Options{Addr: testAddr, Token: "secret"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstScreen10k: what the page asks for before it shows the
// first rows: the page, its state and the first chunk of rows.
func BenchmarkFirstScreen10k(b *testing.B) {
	s, _ := bigServer(b)
	h := s.Handler()
	for b.Loop() {
		for _, target := range []string{"/", "/api/state", "/api/rows?doc=0&only=all&from=0&to=100"} {
			if w := call(b, h, "GET", target, "", nil); w.Code != 200 {
				b.Fatalf("%s: %d", target, w.Code)
			}
		}
	}
}

// BenchmarkRows10k: one chunk of rows deep in the document.
func BenchmarkRows10k(b *testing.B) {
	s, _ := bigServer(b)
	h := s.Handler()
	for b.Loop() {
		if w := call(b, h, "GET", "/api/rows?doc=0&from=9000&to=9100", "", nil); w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}

// BenchmarkConfirm10k: one action, saved, as the page makes it: the
// request, the edit, the atomic write of the stored alignment and the
// state in the answer.
func BenchmarkConfirm10k(b *testing.B) {
	s, _ := bigServer(b)
	h := s.Handler()
	k := 0
	for b.Loop() {
		st := s.state()
		w := call(b, h, "POST", "/api/links/confirm", body(b, st, map[string]any{"doc": 0, "link": k % 10000}), nil)
		if w.Code != 200 {
			b.Fatal(w.Code, w.Body)
		}
		k += 7
	}
}

// BenchmarkSave10k: the save alone: checking, encoding and writing the
// stored alignment of 10,000 links.
func BenchmarkSave10k(b *testing.B) {
	s, _ := bigServer(b)
	links := s.ed.Pairs[0].Links
	for b.Loop() {
		if err := s.apply(0, links, s.versions()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteJSON10k is the reference for the save: align.WriteJSON of
// the same alignment into memory, what sverka align --format json does.
func BenchmarkWriteJSON10k(b *testing.B) {
	s, dir := bigServer(b)
	bs, err := edition.ReadAlignmentFile(filepath.Join(dir, "align.json"))
	if err != nil {
		b.Fatal(err)
	}
	_ = s
	for b.Loop() {
		var buf bytes.Buffer
		if err := align.WriteJSON(&buf, bs); err != nil {
			b.Fatal(err)
		}
	}
}
