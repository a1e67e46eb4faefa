package edition

import (
	"math"
	"slices"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/texts"
)

// The exports flag a link as the aligner would for these texts, whatever
// flags it came with: a links file keeps none, and an editor's
// confirmation or a title takes the omission or addition away.
func TestFlaggedLinks(t *testing.T) {
	const ru, en = "ru/doc1.txt", "en.txt"
	src := &texts.Document{ID: "1", Lang: texts.Russian, Segments: []texts.Segment{
		fixtureSeg(ru, 1, texts.Sentence, 1, "Причал восстановлен."),
		fixtureSeg(ru, 2, texts.Sentence, 1, "Краны работают на полную мощность."),
	}}
	tgt := &texts.Document{ID: "1", Lang: texts.English, Segments: []texts.Segment{
		fixtureSeg(en, 1, texts.Heading, 1, "Harbour works"),
		fixtureSeg(en, 2, texts.Sentence, 1, "The pier is restored."),
		fixtureSeg(en, 3, texts.Sentence, 1, "[The rest is illegible - NO]",
			spanSpec{class: texts.Insertion, text: "[The rest is illegible - NO]", inner: "The rest is illegible", signer: "NO"}),
		fixtureSeg(en, 4, texts.Sentence, 1, "Work goes on at night."),
		fixtureSeg(en, 5, texts.Sentence, 1, "—"),
	}}
	for _, c := range []struct {
		name string
		link align.Link
		want []align.Flag
	}{
		{"sure 1-1", align.Link{Source: []int{0}, Target: []int{1}, Confidence: 0.95}, nil},
		{"stale flag dropped", align.Link{Source: []int{0}, Target: []int{1}, Confidence: 0.95, Flags: []align.Flag{align.LowConfidence}}, nil},
		{"unsure 1-1", align.Link{Source: []int{0}, Target: []int{1}, Confidence: 0.5}, []align.Flag{align.LowConfidence}},
		{"unscored", align.Link{Source: []int{0}, Target: []int{1}, Confidence: math.NaN()}, nil},
		{"omission", align.Link{Source: []int{1}, Confidence: 0.9}, []align.Flag{align.Omission}},
		{"omission, unsure", align.Link{Source: []int{1}, Confidence: 0.6}, []align.Flag{align.Omission, align.LowConfidence}},
		{"omission confirmed", align.Link{Source: []int{1}, Confidence: 0.6, Confirmed: true}, nil},
		{"addition", align.Link{Target: []int{3}, Confidence: 0.9}, []align.Flag{align.Addition}},
		{"addition confirmed", align.Link{Target: []int{3}, Confidence: 0.9, Confirmed: true}, nil},
		{"a title alone", align.Link{Target: []int{0}, Confidence: 0.9}, nil},
		{"a signed insertion alone", align.Link{Target: []int{2}, Confidence: 0.9}, nil},
		{"a stray mark alone", align.Link{Target: []int{4}, Confidence: 0.9}, nil},
		// An editor's link may hold several sentences without counterpart
		// (a boundary sentence moved onto an omission).
		{"two sentences omitted", align.Link{Source: []int{0, 1}, Confidence: 0.9}, []align.Flag{align.Omission}},
		{"two sentences added", align.Link{Target: []int{3, 4}, Confidence: 0.9}, []align.Flag{align.Addition}},
		{"a title and a stray mark added", align.Link{Target: []int{0, 4}, Confidence: 0.9}, nil},
		{"outside the texts", align.Link{Source: []int{7, -1}, Confidence: 0.9}, nil},
	} {
		b := &Pair{ID: "1", Source: src, Target: tgt, Links: []align.Link{c.link}}
		got := b.FlaggedLinks()[0].Flags
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: flags %v, want %v", c.name, got, c.want)
		}
		if c.name == "stale flag dropped" && len(b.Links[0].Flags) != 1 {
			t.Errorf("FlaggedLinks changed the pair's own links: %v", b.Links[0].Flags)
		}
	}
}

// A pair without its original (an edition of the translation alone) has
// flags too, and no panic: its links can only be additions.
func TestFlaggedLinksWithoutOriginal(t *testing.T) {
	tgt := &texts.Document{ID: "1", Lang: texts.English, Segments: []texts.Segment{
		fixtureSeg("en.txt", 1, texts.Sentence, 1, "The pier is restored."),
	}}
	b := &Pair{ID: "1", Target: tgt, Links: []align.Link{{Target: []int{0}, Confidence: 0.9}}}
	if got := b.FlaggedLinks()[0].Flags; !slices.Equal(got, []align.Flag{align.Addition}) {
		t.Errorf("flags %v, want [addition]", got)
	}
}
