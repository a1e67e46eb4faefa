package edition

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
)

func TestReadAlignment(t *testing.T) {
	tests := []struct {
		name, in string
		want     []align.Link
		err      string
	}{
		{name: "links", in: "[0, 1]:[0]\n\n# a comment\n[]:[1]\n[2]:[]\n[3]:[2, 3]:0.25\n", want: []align.Link{
			{Source: []int{0, 1}, Target: []int{0}, Confidence: 1},
			{Target: []int{1}, Confidence: 1},
			{Source: []int{2}, Confidence: 1},
			{Source: []int{3}, Target: []int{2, 3}, Confidence: 0.25},
		}},
		{name: "json array", in: `[{"source":[0],"target":[0,1],"confidence":0.9,"confirmed":true}]`, want: []align.Link{
			{Source: []int{0}, Target: []int{0, 1}, Confidence: 0.9, Confirmed: true},
		}},
		{name: "json object", in: "{\n \"links\": [{\"source\":[],\"target\":[4],\"confidence\":0.5,\"flags\":[\"addition\"]}]\n}", want: []align.Link{
			{Source: []int{}, Target: []int{4}, Confidence: 0.5, Flags: []align.Flag{align.Addition}},
		}},
		{name: "empty link", in: "[0]:[0]\n[]:[]\n", err: "a.txt:2: a link with both sides empty"},
		{name: "bad index", in: "[0]:[x]\n", err: "a.txt:1: target side: bad sentence index \"x\""},
		{name: "negative", in: "[-1]:[0]\n", err: "a.txt:1: source side: bad sentence index \"-1\""},
		{name: "no colon", in: "[0] [0]\n", err: "a.txt:1: want [source]:[target]"},
		{name: "bad score", in: "[0]:[0]:high\n", err: "a.txt:1: bad score \"high\""},
		{name: "json no links", in: `{"alignment": []}`, err: `a.txt: JSON without a "links" array`},
		{name: "json bad type", in: "[\n{\"source\": \"x\"}]", err: "a.txt:2: json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadAlignment("a.txt", strings.NewReader(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestWriteLinksRoundTrip(t *testing.T) {
	links := fixtureBitext().Links
	var buf bytes.Buffer
	if err := WriteLinks(&buf, links); err != nil {
		t.Fatal(err)
	}
	got, err := ReadAlignment("links", &buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(links) {
		t.Fatalf("%d links back, want %d", len(got), len(links))
	}
	for i := range links {
		if !reflect.DeepEqual(got[i].Source, links[i].Source) && len(links[i].Source) > 0 ||
			!reflect.DeepEqual(got[i].Target, links[i].Target) && len(links[i].Target) > 0 ||
			formatConfidence(got[i].Confidence) != formatConfidence(links[i].Confidence) {
			t.Errorf("link %d: got %+v, want %+v", i, got[i], links[i])
		}
	}
}

func FuzzReadAlignment(f *testing.F) {
	f.Add("[0, 1]:[0]\n[]:[1]\n[2]:[]:0.5\n")
	f.Add(`{"links":[{"source":[0],"target":[1]}]}`)
	f.Add("[\xff]:[0]")
	f.Fuzz(func(t *testing.T, in string) {
		links, err := ReadAlignment("fuzz", strings.NewReader(in))
		if err != nil {
			return
		}
		for _, l := range links {
			if len(l.Source) == 0 && len(l.Target) == 0 {
				t.Fatalf("empty link accepted from %q", in)
			}
			for _, n := range append(append([]int(nil), l.Source...), l.Target...) {
				if n < 0 {
					t.Fatalf("negative index accepted from %q", in)
				}
			}
		}
	})
}
