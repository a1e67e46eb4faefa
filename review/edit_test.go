package review

import (
	"fmt"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

func link(s, t []int) align.Link { return align.Link{Source: s, Target: t, Confidence: 0.4} }

func shape(ls []align.Link) string {
	out := ""
	for _, l := range ls {
		c := ""
		if l.Confirmed {
			c = "!"
		}
		out += fmt.Sprintf("%v%v%s ", l.Source, l.Target, c)
	}
	return out
}

func TestEdits(t *testing.T) {
	base := []align.Link{link([]int{0}, []int{0}), link([]int{1, 2}, []int{1}), link([]int{}, []int{2}), link([]int{3}, []int{3, 4})}
	for _, tt := range []struct {
		name string
		edit func([]align.Link) ([]align.Link, []int, error)
		want string
	}{
		{"confirm", func(l []align.Link) ([]align.Link, []int, error) { return confirmLink(l, 1) },
			"[0][0] [1 2][1]! [][2] [3][3 4] "},
		{"merge", func(l []align.Link) ([]align.Link, []int, error) { return mergeNext(l, 1) },
			"[0][0] [1 2][1 2]! [3][3 4] "},
		{"split 2-1 after one", func(l []align.Link) ([]align.Link, []int, error) { return split(l, 1, 1, 1) },
			"[0][0] [1][1]! [2][]! [][2] [3][3 4] "},
		{"unpair", func(l []align.Link) ([]align.Link, []int, error) { return unpair(l, 3) },
			"[0][0] [1 2][1] [][2] [3][]! [][3]! [][4]! "},
		{"move first target back", func(l []align.Link) ([]align.Link, []int, error) { return moveBoundary(l, 3, "target", "prev") },
			"[0][0] [1 2][1] [][2 3]! [3][4]! "},
		{"move last source on", func(l []align.Link) ([]align.Link, []int, error) { return moveBoundary(l, 1, "source", "next") },
			"[0][0] [1][1]! [2][2]! [3][3 4] "},
		{"a link left empty goes", func(l []align.Link) ([]align.Link, []int, error) { return moveBoundary(l, 2, "target", "prev") },
			"[0][0] [1 2][1 2]! [3][3 4] "},
		{"confirm all", confirmAll, "[0][0]! [1 2][1]! [][2]! [3][3 4]! "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			before := shape(base)
			got, _, err := tt.edit(base)
			if err != nil {
				t.Fatal(err)
			}
			if s := shape(got); s != tt.want {
				t.Errorf("got  %s\nwant %s", s, tt.want)
			}
			if shape(base) != before {
				t.Error("the edit changed the links it was given")
			}
		})
	}
}

// TestEditsAroundDebris: the edits of a link that goes round OCR debris
// (sverka align --split lines: [1]:[1, 3], the debris []:[2] alone after
// it) leave links an edition takes: merged or moved into the link, the
// debris takes its place there; cut or unpaired, the parts and the debris
// are put in text order. Before, each gave links out of order, which the
// review refused to save.
func TestEditsAroundDebris(t *testing.T) {
	for _, tt := range []struct {
		name string
		base []align.Link
		edit func([]align.Link) ([]align.Link, []int, error)
		want string
	}{
		{"merge the debris in", gapped(), func(l []align.Link) ([]align.Link, []int, error) { return mergeNext(l, 1) },
			"[0][0] [1][1 2 3]! [2][4] "},
		{"move the debris back", gapped(), func(l []align.Link) ([]align.Link, []int, error) { return moveBoundary(l, 2, "target", "prev") },
			"[0][0] [1][1 2 3]! [2][4] "},
		{"move the last half on", gapped(), func(l []align.Link) ([]align.Link, []int, error) { return moveBoundary(l, 1, "target", "next") },
			"[0][0] [1][1]! [][2 3]! [2][4] "},
		{"split at the debris", gapped(), func(l []align.Link) ([]align.Link, []int, error) { return split(l, 1, 1, 1) },
			"[0][0] [1][1]! [][2] [][3]! [2][4] "},
		{"unpair", gapped(), func(l []align.Link) ([]align.Link, []int, error) { return unpair(l, 1) },
			"[0][0] [1][]! [][1]! [][2] [][3]! [2][4] "},
		{"split round source debris", []align.Link{link([]int{0, 2}, []int{0}), link([]int{1}, []int{}), link([]int{3}, []int{1})},
			func(l []align.Link) ([]align.Link, []int, error) { return split(l, 0, 1, 1) },
			"[0][0]! [1][] [2][]! [3][1] "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, touched, err := tt.edit(tt.base)
			if err != nil {
				t.Fatal(err)
			}
			if s := shape(got); s != tt.want {
				t.Errorf("got  %s\nwant %s", s, tt.want)
			}
			for _, k := range touched {
				if k < 0 || k >= len(got) {
					t.Errorf("touched %d of %d links", k, len(got))
				}
			}
			// As the review saves them: an edition must take them.
			ns, nt := 0, 0
			for _, l := range got {
				ns, nt = ns+len(l.Source), nt+len(l.Target)
			}
			p := edition.Pair{ID: "1", Source: &texts.Document{Segments: make([]texts.Segment, ns)},
				Target: &texts.Document{Segments: make([]texts.Segment, nt)}, Links: got}
			if err := p.Validate(); err != nil {
				t.Error(err)
			}
		})
	}
}

func gapped() []align.Link {
	return []align.Link{link([]int{0}, []int{0}), link([]int{1}, []int{1, 3}), link([]int{}, []int{2}), link([]int{2}, []int{4})}
}
