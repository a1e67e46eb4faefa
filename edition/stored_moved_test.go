package edition

import (
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/texts"
)

// TestMovedBesideEmptySide: a stored alignment of an empty source and a
// translation whose sentences moved is refused with the sentences named,
// like any other, not a panic (the empty side records no sentences).
func TestMovedBesideEmptySide(t *testing.T) {
	doc := func(file string, sentences ...string) *texts.Document {
		d := &texts.Document{ID: "1"}
		for i, s := range sentences {
			d.Segments = append(d.Segments, texts.Segment{ID: string(rune('1' + i)), Text: s, Pos: texts.Pos{File: file}})
		}
		return d
	}
	side := func(file string, sentences ...string) align.Side {
		s := align.Side{File: file}
		for _, t := range sentences {
			s.Sentences = append(s.Sentences, align.Unit{Text: t})
		}
		return s
	}
	stored := []align.Bitext{{
		Source: side("ru.txt"),
		Target: side("en.txt", "The pier is repaired.", "The crane is broken.", "Coal has come."),
		Links:  []align.Link{{Target: []int{0}}, {Target: []int{1}}, {Target: []int{2}}},
	}}
	src := doc("ru.txt")
	tgt := doc("en.txt", "The crane is broken.", "Coal has come.", "The ship has left.")
	_, _, err := PairAlignment("align/doc1.json", stored, src, tgt, "ru.txt", "en.txt")
	if err == nil || !strings.Contains(err.Error(), "sentences 1 to 3 of en.txt are new or changed") {
		t.Errorf("got %v, want the moved sentences named", err)
	}
}
