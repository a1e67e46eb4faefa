package align

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/sharedtest"
)

func TestReadCESAlign(t *testing.T) {
	const xces = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE cesAlign PUBLIC "-//CES//DTD XML cesAlign//EN" "">
<cesAlign version="1.0">
 <linkGrp targType="s" fromDoc="ru/письмо.txt#2" toDoc="en.docx#2">
  <link id="SL1" xtargets="s1;s1" certainty="0.944" status="confirmed"/>
  <link id="SL2" xtargets="s2 s3;s2"/>
  <link id="SL3" xtargets="s4;" certainty="0.100"/>
  <link id="SL4" xtargets=";s3" certainty="12.5"/>
 </linkGrp>
</cesAlign>
`
	bs, err := ReadAlignment("a.xml", strings.NewReader(xces))
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 1 {
		t.Fatalf("%d bitexts", len(bs))
	}
	b := bs[0]
	if b.Source.File != "ru/письмо.txt" || b.Source.Document != "2" || b.Target.File != "en.docx" || b.Target.Document != "2" {
		t.Errorf("sides %+v %+v", b.Source, b.Target)
	}
	want := []Link{
		{Source: []int{0}, Target: []int{0}, Confidence: 0.944, Confirmed: true},
		{Source: []int{1, 2}, Target: []int{1}, Confidence: 1},
		{Source: []int{3}, Target: []int{}, Confidence: 0.1},
		{Source: []int{}, Target: []int{2}, Confidence: 1}, // 12.5 is no confidence
	}
	if !reflect.DeepEqual(b.Links, want) {
		t.Errorf("links %+v\nwant %+v", b.Links, want)
	}
	if !reflect.DeepEqual(b.Lines, []int{5, 6, 7, 8}) {
		t.Errorf("lines %v", b.Lines)
	}

	for _, bad := range []struct{ data, want string }{
		{`<cesAlign><linkGrp><link xtargets="s1"/></linkGrp></cesAlign>`, `a.xml:1: xtargets "s1": want SOURCE-IDS;TARGET-IDS`},
		{`<cesAlign><linkGrp><link xtargets=";"/></linkGrp></cesAlign>`, "a.xml:1: a link with no sentences"},
		{`<cesAlign><link xtargets="s1;s1"/></cesAlign>`, "a.xml:1: a <link> outside any <linkGrp>"},
		{`<tmx version="1.4"/>`, "a.xml:1: not an alignment: the root element is <tmx>"},
		{"<cesAlign>\n<linkGrp>", "a.xml:2: not a cesAlign file"},
		{`<cesAlign>` + strings.Repeat("<a>", 100), "nested more than 64"},
	} {
		_, err := ReadAlignment("a.xml", strings.NewReader(bad.data))
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%q: err = %v, want %q", bad.data, err, bad.want)
		}
	}
}

// OPUS's own ids ("s4.2") are numbered in the order the links name them.
// TestReadCESAlignGaps: a link that skips OCR debris names it after the
// sentences beyond it; the numbers, counted from s0 as the lines of --split
// lines are or from s1, still say where each sentence is.
func TestReadCESAlignGaps(t *testing.T) {
	for _, from := range []int{0, 1} {
		id := func(n int) string { return "s" + strconv.Itoa(n+from) }
		xces := `<cesAlign version="1.0"><linkGrp targType="s">
  <link xtargets="` + id(0) + `;` + id(0) + " " + id(2) + `"/>
  <link xtargets=";` + id(1) + `"/>
  <link xtargets="` + id(1) + `;` + id(3) + `"/>
</linkGrp></cesAlign>`
		bs, err := ReadAlignment("g.xml", strings.NewReader(xces))
		if err != nil {
			t.Fatal(err)
		}
		want := []Link{
			{Source: []int{0}, Target: []int{0, 2}, Confidence: 1},
			{Source: []int{}, Target: []int{1}, Confidence: 1},
			{Source: []int{1}, Target: []int{3}, Confidence: 1},
		}
		if !reflect.DeepEqual(bs[0].Links, want) {
			t.Errorf("from s%d: links %+v\nwant %+v", from, bs[0].Links, want)
		}
	}
}

func TestReadCESAlignOPUS(t *testing.T) {
	path := sharedtest.Path(t, "formats", "xces", "1988.hun.xml")
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	bs, err := ReadAlignment(filepath.Base(path), f)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 1 || bs[0].Source.File != "data/xml/1988de.basic.xml" || len(bs[0].Links) < 10 {
		t.Fatalf("%d bitexts: %+v", len(bs), bs)
	}
	// s4.1;s4.1 s4.2 is the seventh link: source sentence 6, target 6 and 7.
	if l := bs[0].Links[6]; !reflect.DeepEqual(l.Source, []int{6}) || !reflect.DeepEqual(l.Target, []int{6, 7}) {
		t.Errorf("link 7 = %+v", l)
	}
	next := 0
	for _, l := range bs[0].Links {
		for _, s := range l.Source {
			if s != next {
				t.Fatalf("source sentence %d after %d", s, next-1)
			}
			next++
		}
	}
}
