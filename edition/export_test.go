package edition

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/internal/golden"
)

// writers are the exports by format name, with the golden file each
// writes for the fixture.
var writers = []struct {
	name   string
	golden string
	write  func(io.Writer, *Edition, Options) error
}{
	{"html", "fixture.html", WriteHTML},
	{"reader", "fixture.reader.html", WriteReaderHTML},
	{"tei", "fixture.tei.xml", WriteTEI},
	{"tmx", "fixture.tmx", WriteTMX},
	{"xces", "fixture.xces.xml", WriteXCES},
	{"xliff", "fixture.xlf", WriteXLIFF},
	{"tsv", "fixture.tsv", WriteTSV},
	{"md", "fixture.md", WriteMarkdown},
}

func TestGolden(t *testing.T) {
	for _, wr := range writers {
		t.Run(wr.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := wr.write(&buf, fixtureEdition(), Options{Version: "test"}); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", wr.golden), buf.Bytes())
		})
	}
}

// TestHTMLSelfContainedAndEscaped checks, without a browser, that the page
// loads nothing and that markup in a document stays text.
func TestHTMLSelfContainedAndEscaped(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteHTML(&buf, validationEditions()["two"], Options{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, bad := range []string{"http://", "https://", " src=", "<link ", "@import", `<script>alert("x")`, "<b>must</b>", "Two <documents>"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	for _, want := range []string{`&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;`, "&lt;b&gt;must&lt;/b&gt;", "Two &lt;documents&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if n := strings.Count(page, "<script>"); n != 1 {
		t.Errorf("%d <script> elements, want the page's own", n)
	}
}

// TestValidateRejectsBadLinks: a link to a sentence that does not exist is
// an error, not a panic, in every writer.
func TestValidateRejectsBadLinks(t *testing.T) {
	for _, bad := range []align.Link{
		{Source: []int{99}, Target: []int{0}},
		{Source: []int{0}, Target: []int{-1}},
		{},
	} {
		b := fixturePair()
		b.Links = append(b.Links, bad)
		for _, wr := range writers {
			err := wr.write(io.Discard, &Edition{Pairs: []*Pair{b}}, Options{})
			if err == nil {
				t.Errorf("%s accepted link %+v", wr.name, bad)
			}
		}
	}
	twice := &Edition{Pairs: []*Pair{fixturePair(), fixturePair()}}
	if err := WriteTSV(io.Discard, twice, Options{}); err == nil || !strings.Contains(err.Error(), "two document pairs have the id") {
		t.Errorf("duplicate ids: %v", err)
	}
}

// TestValidateRejectsMisfits: links that are in range but are not an
// alignment of these documents (another document's alignment, a links file
// that lost a line, a sentence used twice, links out of order) fail, so that
// no export silently drops sentences.
func TestValidateRejectsMisfits(t *testing.T) {
	tests := []struct {
		name  string
		edit  func([]align.Link) []align.Link
		wants string
	}{
		{"line lost", func(l []align.Link) []align.Link { return append(l[:3:3], l[4:]...) }, "source sentence 4 is in no link"},
		{"tail lost", func(l []align.Link) []align.Link { return l[:len(l)-1] }, "target sentence 10 is in no link"},
		{"used twice", func(l []align.Link) []align.Link {
			l[2].Target = []int{1, 2}
			return l
		}, "target sentence 2 is used twice or out of order"},
		{"out of order", func(l []align.Link) []align.Link {
			l[1], l[2] = l[2], l[1]
			return l
		}, "source sentence 2 is in no link"},
		{"shorter document's alignment", func(l []align.Link) []align.Link { return l[:5] }, "source sentences 6 to 9 are in no link"},
		{"a sentence skipped that is not alone", func(l []align.Link) []align.Link {
			l[6].Target = []int{5, 7}
			l[7].Target = []int{6}
			return l
		}, "target sentence 7 is in no link"},
		{"a sentence skipped and alone twice", func(l []align.Link) []align.Link {
			l[6].Target = []int{5, 7}
			l[7].Target = []int{}
			return append(l[:8:8], append([]align.Link{{Target: []int{6}}, {Target: []int{6}}}, l[8:]...)...)
		}, "target sentence 7 is used twice or out of order"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := fixturePair()
			b.Links = tt.edit(slices.Clone(b.Links))
			err := b.Validate()
			if err == nil || !strings.Contains(err.Error(), tt.wants) {
				t.Fatalf("Validate: %v, want %q", err, tt.wants)
			}
			if err := WriteTMX(io.Discard, &Edition{Pairs: []*Pair{b}}, Options{}); err == nil {
				t.Error("WriteTMX accepted the links")
			}
		})
	}
	if err := fixturePair().Validate(); err != nil {
		t.Errorf("the fixture: %v", err)
	}
	// A link may skip a sentence that stands alone after it: OCR debris
	// inside a sentence, with align.Options.Gaps.
	b := fixturePair()
	b.Links[6].Target = []int{5, 7}
	b.Links[7].Target = []int{}
	b.Links = append(b.Links[:8:8], append([]align.Link{{Target: []int{6}}}, b.Links[8:]...)...)
	if err := b.Validate(); err != nil {
		t.Errorf("a link skipping a sentence that stands alone after it: %v", err)
	}
}

// TestHTMLAnchors: ids are unique, every in-page link and every
// counterpart named in data-with resolves, and each document, link and
// sentence has its anchor.
func TestHTMLAnchors(t *testing.T) {
	ed := validationEditions()["two"]
	var buf bytes.Buffer
	if err := WriteHTML(&buf, ed, Options{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	ids := map[string]int{}
	for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllStringSubmatch(page, -1) {
		ids[m[1]]++
	}
	for id, n := range ids {
		if n > 1 {
			t.Errorf("id %q used %d times", id, n)
		}
	}
	for _, m := range regexp.MustCompile(` href="#([^"]+)"`).FindAllStringSubmatch(page, -1) {
		if ids[m[1]] == 0 {
			t.Errorf("link to #%s, which is not on the page", m[1])
		}
	}
	for _, m := range regexp.MustCompile(` data-with="([^"]+)"`).FindAllStringSubmatch(page, -1) {
		for _, id := range strings.Fields(m[1]) {
			if ids[id] == 0 {
				t.Errorf("counterpart %s is not on the page", id)
			}
		}
	}
	for k, b := range ed.Pairs {
		d := "d" + b.ID
		want := []string{d}
		for i := range b.Links {
			want = append(want, fmt.Sprintf("%s-l%d", d, i+1))
		}
		for i := range b.Source.Segments {
			want = append(want, d+"-s-"+b.Source.Segments[i].ID)
		}
		for i := range b.Target.Segments {
			want = append(want, d+"-t-"+b.Target.Segments[i].ID)
		}
		for _, id := range want {
			if ids[id] != 1 {
				t.Errorf("document pair %d: no anchor %q", k+1, id)
			}
		}
	}
}

// TestUnknownConfidence: a link without a known confidence (NaN, from a
// links file without scores) shows none in any format, rather than 1.00
// or 0.00; the others keep theirs.
func TestUnknownConfidence(t *testing.T) {
	b := fixturePair()
	b.Links[1].Confidence = math.NaN()
	ed := &Edition{Pairs: []*Pair{b}}
	tests := []struct {
		write          func(io.Writer, *Edition, Options) error
		unknown, known string
	}{
		{WriteTMX, `<tu tuid="d1-l2" srclang="ru">` + "\n" + `<prop type="x-document">1</prop><prop type="x-link-type">1-1</prop><prop type="x-status">`, `<prop type="x-confidence">0.90`},
		{WriteTSV, "\td1-l2\t1-1\t2\t2\t", "\t0.90\t"},
		{WriteTEI, `<link xml:id="d1-l2" type="1-1" target="#d1-s-2 #d1-t-2"/>`, `cert="0.90"`},
		{WriteXCES, `<link id="SL2" xtargets="s2;s2"/>`, `certainty="0.900"`},
		{WriteHTML, "link 2 (1-1), confidence unknown", "link 3 (1-1), confidence 0.90"},
	}
	for i, tt := range tests {
		var buf bytes.Buffer
		if err := tt.write(&buf, ed, Options{}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.Contains(out, "NaN") || !strings.Contains(out, tt.unknown) || !strings.Contains(out, tt.known) {
			t.Errorf("writer %d: lacks %q or %q, or says NaN:\n%s", i, tt.unknown, tt.known, out)
		}
	}
	var tsv bytes.Buffer
	WriteTSV(&tsv, ed, Options{})
	for _, line := range strings.Split(tsv.String(), "\n") {
		if strings.Contains(line, "\td1-l2\t") && !strings.HasSuffix(line, "\t\t") {
			t.Errorf("TSV: the confidence of link 2 is not empty: %q", line)
		}
	}
}

// TestTEIKeepsOmissionsAndAdditions: every link is in the linkGrp, the
// omission and the addition as a <ptr> at their one sentence with their
// type and flags, and every <link> has the two targets TEI requires.
func TestTEIKeepsOmissionsAndAdditions(t *testing.T) {
	b := fixturePair()
	var buf bytes.Buffer
	if err := WriteTEI(&buf, &Edition{Pairs: []*Pair{b}}, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	links := regexp.MustCompile(`<(link|ptr) xml:id="d1-l\d+"[^>]*/>`).FindAllStringSubmatch(out, -1)
	if len(links) != len(b.Links) {
		t.Errorf("%d links and pointers in the linkGrp, want %d", len(links), len(b.Links))
	}
	for _, want := range []string{
		`<ptr xml:id="d1-l6" type="omission" subtype="1-0" target="#d1-s-6" cert="0.70" ana="omission low-confidence"/>`,
		// The translator's signed note is an addition, but none to review.
		`<ptr xml:id="d1-l10" type="addition" subtype="0-1" target="#d1-t-10" cert="0.60" ana="low-confidence"/>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("TEI lacks %s", want)
		}
	}
	for _, m := range regexp.MustCompile(`<link [^>]*target="([^"]*)"`).FindAllStringSubmatch(out, -1) {
		if len(strings.Fields(m[1])) < 2 {
			t.Errorf("a <link> with fewer than two targets: %s", m[0])
		}
	}
}

// TestOptionsFileName: names are written relative to BaseDir, with
// slashes; an absolute name that cannot be made relative keeps only its
// base name.
func TestOptionsFileName(t *testing.T) {
	tests := []struct{ base, name, want string }{
		{"", "/home/редактор/ed/ru/doc1.txt", "/home/редактор/ed/ru/doc1.txt"},
		{"/home/редактор/ed", "/home/редактор/ed/ru/doc1.txt", "ru/doc1.txt"},
		{"../ed", "../ed/en.txt", "en.txt"},
		{"/home/редактор/ed", "/home/редактор/other/en.txt", "../other/en.txt"},
		{"/home/редактор/ed", "ru/doc1.txt", "ru/doc1.txt"},
		{"ed", "/srv/архив/doc1.txt", "doc1.txt"},
	}
	for _, tt := range tests {
		if got := (Options{BaseDir: tt.base}).fileName(tt.name); got != tt.want {
			t.Errorf("BaseDir %q: fileName(%q) = %q, want %q", tt.base, tt.name, got, tt.want)
		}
	}
}

// TestExportsGoRoundDebris: every export writes a link that goes round a
// sentence (OCR debris, as sverka align --split lines links it) with the
// sentences it has, the one it skips standing alone after it; none reads
// a link as the run from its first sentence to its last.
func TestExportsGoRoundDebris(t *testing.T) {
	e := fixtureEdition()
	p := e.Pairs[0]
	p.Links[6] = align.Link{Source: []int{6}, Target: []int{5, 7}, Confidence: 0.8}
	p.Links[7] = align.Link{Source: []int{}, Target: []int{6}, Confidence: 0.78}
	p.Links = slices.Insert(p.Links, 8, align.Link{Source: []int{7}, Target: []int{}, Confidence: 0.7})
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	both := "roadstead. The cargo is urgent"
	for _, tc := range []struct{ format, want string }{
		{"html", `data-with="d1-t-6 d1-t-8"`},
		{"reader", `id="d1-t-6">`},
		{"tei", `#d1-s-7 #d1-t-6 #d1-t-8"`},
		{"tmx", both},
		{"xces", `xtargets="s7;s6 s8"`},
		{"xliff", both},
		{"tsv", "\t7\t6,8\t"},
		{"md", both},
	} {
		t.Run(tc.format, func(t *testing.T) {
			for _, wr := range writers {
				if wr.name != tc.format {
					continue
				}
				var buf bytes.Buffer
				if err := wr.write(&buf, e, Options{Version: "test"}); err != nil {
					t.Fatal(err)
				}
				if out := buf.String(); !strings.Contains(out, tc.want) {
					t.Errorf("no %q in\n%s", tc.want, out)
				}
			}
		})
	}
}

// TestLinkSentences: a message names a link's sentences as a run, or one
// by one where the link goes round OCR debris (not "2 to 4", which takes
// in the debris).
func TestLinkSentences(t *testing.T) {
	for _, tc := range []struct {
		link align.Link
		want string
	}{
		{align.Link{Source: []int{1}, Target: []int{1, 2, 3}}, "source sentence 2 and target sentences 2 to 4"},
		{align.Link{Source: []int{1}, Target: []int{1, 3}}, "source sentence 2 and target sentences 2, 4"},
		{align.Link{Source: []int{}, Target: []int{2}}, "no source sentence and target sentence 3"},
	} {
		if got := linkSentences(tc.link); got != tc.want {
			t.Errorf("%v:%v: %q, want %q", tc.link.Source, tc.link.Target, got, tc.want)
		}
	}
}
