package edition

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/internal/sharedtest"
	"github.com/sverka/sverka/texts"
)

const tmxFixture = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ru-RU" datatype="plaintext" segtype="sentence" o-tmf="x" adminlang="en" creationtool="t" creationtoolversion="1"/>
<body>
<tu tuid="1"><tuv xml:lang="ru-RU"><seg>Совершенно  секретно</seg></tuv><tuv xml:lang="en-GB"><seg>Top secret</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="ru"><seg>Докладываю о ходе ремонта причала <bpt i="1">&lt;b&gt;</bpt>№ 4<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="en"><seg>I report on the repair of <hi>pier No. 4</hi>.</seg></tuv></tu>
<tu id="3" genre="Essay"><tuv lang="RU"><seg>Работы начаты.</seg></tuv><tuv lang="EN"><seg>Work has begun.</seg></tuv><tuv lang="EN"><seg>The work began.</seg></tuv></tu>
<tu><tuv xml:lang="ru"><seg>Конец.</seg></tuv><tuv xml:lang="en"><seg>End.</seg></tuv></tu>
<tu><tuv xml:lang="de"><seg>Ende.</seg></tuv></tu>
</body></tmx>`

func TestReadTMX(t *testing.T) {
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(strings.Replace(tmxFixture, "UTF-8", "UTF-16", 1)))
	for name, data := range map[string][]byte{"utf-8": []byte(tmxFixture), "utf-16": utf16} {
		tm, err := ReadTMX("m.tmx", bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(tm.Units) != 5 {
			t.Fatalf("%s: %d units", name, len(tm.Units))
		}
		if got := tm.Units[0].Segs["ru"]; !reflect.DeepEqual(got, []string{"Совершенно секретно"}) {
			t.Errorf("%s: unit 1 ru = %q", name, got)
		}
		if got := tm.Units[1].Segs; got["ru"][0] != "Докладываю о ходе ремонта причала № 4." || got["en"][0] != "I report on the repair of pier No. 4." {
			t.Errorf("%s: unit 2 = %q (inline codes must go, <hi> text stay)", name, got)
		}
		if got := tm.Units[2].Segs["en"]; len(got) != 2 {
			t.Errorf("%s: unit 3 en = %q", name, got)
		}
	}
	for _, bad := range []struct{ data, want string }{
		{"<html><body/></html>", "m.tmx:1: not a TMX file: the root element is <html>"},
		{"<tmx><body><tu>" + strings.Repeat("<x>", 100), "nested more than 64"},
		{"just text", "not a TMX file"},
	} {
		if _, err := ReadTMX("m.tmx", strings.NewReader(bad.data)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%q: err = %v, want %q", bad.data, err, bad.want)
		}
	}
}

// The TMX files of other tools are read as they are: OmegaT's, and
// rus-ltc's, which is not valid TMX (unknown attributes, id for tuid, many
// translations a unit).
func TestReadTMXOtherTools(t *testing.T) {
	for _, tt := range []struct {
		path     []string
		units    int
		lang     string
		atLeast1 int
	}{
		{[]string{"formats", "tmx", "omegat", "test-save-tmx14.tmx"}, 1, "be", 1},
		{[]string{"formats", "tmx", "rus-ltc", "new_rltc2demultiplicate.tmx"}, 10, "ru", 2},
	} {
		tm, err := ReadTMXFile(sharedtest.Path(t, tt.path...))
		if err != nil {
			if os.IsNotExist(err) {
				t.Skip(err)
			}
			t.Fatal(err)
		}
		if len(tm.Units) != tt.units || len(tm.Units[0].Segs[tt.lang]) < tt.atLeast1 {
			t.Errorf("%s: %d units, first %v", tt.path[len(tt.path)-1], len(tm.Units), tm.Units[0].Segs)
		}
	}
}

func TestTMAnchorsAndWordPairs(t *testing.T) {
	tm, err := ReadTMX("m.tmx", strings.NewReader(tmxFixture))
	if err != nil {
		t.Fatal(err)
	}
	src := []string{"Совершенно секретно", "Докладываю о ходе ремонта причала № 4.", "Работы начаты.", "Конец.", "Конец."}
	tgt := []string{"Top secret", "I report on the repair of pier No. 4.", "Work has begun.", "End."}
	got := tm.Anchors(src, tgt, texts.Russian, texts.English, nil)
	// Unit 3 has two renderings, Конец. is twice in the source: no anchor.
	want := []align.Link{{Source: []int{0}, Target: []int{0}, Confidence: 1}, {Source: []int{1}, Target: []int{1}, Confidence: 1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("anchors %v, want %v", got, want)
	}
	// A confirmed link that covers the second sentence wins over it.
	keep := []align.Link{{Source: []int{1, 2}, Target: []int{1}}}
	if got := tm.Anchors(src, tgt, texts.Russian, texts.English, keep); len(got) != 1 || got[0].Source[0] != 0 {
		t.Errorf("anchors beside a kept link: %v", got)
	}
	// Crossing matches: the most that keep the order.
	if got := tm.Anchors([]string{"Конец.", "Совершенно секретно", "Работы начаты."}, []string{"Top secret", "End."}, texts.Russian, texts.English, nil); len(got) != 1 {
		t.Errorf("crossing anchors: %v", got)
	}
	pairs := tm.WordPairs(texts.Russian, texts.English)
	wantPairs := []align.WordPair{{Source: "Совершенно секретно", Target: "Top secret"}, {Source: "Работы начаты.", Target: "Work has begun."}, {Source: "Работы начаты.", Target: "The work began."}, {Source: "Конец.", Target: "End."}}
	if !reflect.DeepEqual(pairs, wantPairs) {
		t.Errorf("word pairs %v\nwant %v", pairs, wantPairs)
	}
	links := []align.Link{{Source: []int{0}, Target: []int{0}, Confirmed: true}, {Source: []int{2}, Target: []int{2}, Confirmed: true}}
	Unconfirm(links, want)
	if links[0].Confirmed || !links[1].Confirmed {
		t.Errorf("Unconfirm: %v", links)
	}
}

func FuzzReadTMX(f *testing.F) {
	f.Add([]byte(tmxFixture))
	f.Add([]byte(`<tmx><body><tu><tuv lang="ru"><seg>а<ph>x</ph>б</seg></tuv></tu></body></tmx>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tm, err := ReadTMX("f.tmx", bytes.NewReader(data))
		if err != nil {
			return
		}
		src, tgt := []string{"а", "б"}, []string{"a", "b"}
		for _, l := range tm.Anchors(src, tgt, texts.Russian, texts.English, nil) {
			if l.Source[0] >= len(src) || l.Target[0] >= len(tgt) {
				t.Fatalf("anchor %v out of range", l)
			}
		}
		tm.WordPairs(texts.Russian, texts.English)
	})
}
