package review

import (
	"fmt"
	"testing"

	"github.com/sverka/sverka/align"
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
