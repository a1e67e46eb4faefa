package align

import (
	"fmt"
	"slices"
	"testing"
)

func ExampleAlignDocuments() {
	docs := []Documents{
		{
			Source: []Sentence{{Text: "Докладываю о положении на 26.9.50."}, {Text: "ШТЫКОВ"}},
			Target: []Sentence{{Text: "I report on the situation as of 26 September 1950."}, {Text: "SHTYKOV"}},
		},
		{
			Source: []Sentence{{Text: "Противник силами 2 дивизий ведёт наступление на Кимпхо."}},
			Target: []Sentence{{Text: "The enemy, 2 divisions strong,"}, {Text: "is attacking Kimpkho."}},
		},
	}
	all, _ := AlignDocuments(docs, Options{})
	for k, links := range all {
		for _, l := range links {
			fmt.Println(k+1, FormatIDs(l.Source), FormatIDs(l.Target))
		}
	}
	// Output:
	// 1 [0] [0]
	// 1 [1] [1]
	// 2 [0] [0, 1]
}

// AlignDocuments of one pair is Align; a pair with confirmed links keeps
// them; empty sides give unpaired links; each pair's own word pairs count.
func TestAlignDocuments(t *testing.T) {
	ru := []Sentence{{Text: "Докладываю о положении на 26.9.50."}, {Text: "Противник наступает на Кимпхо."}, {Text: "ШТЫКОВ"}}
	en := []Sentence{{Text: "I report on the situation as of 26 September 1950."}, {Text: "The enemy is attacking Kimpkho."}, {Text: "SHTYKOV"}}
	one, err := Align(ru, en, Options{})
	if err != nil {
		t.Fatal(err)
	}
	keep := []Link{{Source: []int{0, 1}, Target: []int{0}}}
	tests := []struct {
		name string
		docs []Documents
		want [][]string
	}{
		{"one pair is Align", []Documents{{Source: ru, Target: en}}, [][]string{keys(one)}},
		{"confirmed links kept", []Documents{{Source: ru, Target: en}, {Source: ru, Target: en, Keep: keep}},
			[][]string{keys(one), {"[0, 1]:[0]", "[]:[1]", "[2]:[2]"}}},
		{"empty sides", []Documents{{Source: ru, Target: en}, {Source: ru[:1]}, {Target: en[:1]}, {}},
			[][]string{keys(one), {"[0]:[]"}, {"[]:[0]"}, nil}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := AlignDocuments(tc.docs, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%d alignments, want %d", len(got), len(tc.want))
			}
			for k := range got {
				if g := keys(got[k]); !slices.Equal(g, tc.want[k]) {
					t.Errorf("document pair %d: %v, want %v", k+1, g, tc.want[k])
				}
			}
		})
	}
	if _, err := AlignDocuments([]Documents{{Source: ru, Target: en}}, Options{MaxLink: 9}); err == nil {
		t.Error("max link 9 accepted")
	}
}

func keys(links []Link) []string {
	var out []string
	for _, l := range links {
		out = append(out, linkKey(l))
	}
	return out
}
