package edition

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/internal/sharedtest"
	"github.com/sverka/sverka/texts"
)

// xmllint returns the path of xmllint, or skips the test.
func xmllint(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian: libxml2-utils): XML validation skipped")
	}
	return p
}

func writeFile(t *testing.T, dir, name string, write func(*bytes.Buffer) error) string {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func runXMLLint(t *testing.T, lint string, args ...string) {
	t.Helper()
	out, err := exec.Command(lint, args...).CombinedOutput()
	if err != nil {
		t.Errorf("xmllint %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// editions are what the validation tests export: the fixture, one with
// markup-like text, and an empty one.
func validationEditions() map[string]*Edition {
	hostile := fixturePair()
	hostile.ID = "2"
	hostile.Target.Segments[3].Text = `I report <script>alert("x")</script> & "quotes" ]]> on pier No. 4.`
	hostile.Target.Segments[3].End = hostile.Target.Segments[3].Start + len(hostile.Target.Segments[3].Text)
	unpaired := fixturePair()
	unpaired.Links = []align.Link{{Source: []int{0, 1, 2, 3, 4, 5, 6, 7, 8}, Confidence: 0.1}, {Target: []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}}}
	return map[string]*Edition{
		"unpaired": {Pairs: []*Pair{unpaired}},
		"fixture":  fixtureEdition(),
		"two":      {Title: "Two <documents>", Pairs: []*Pair{fixturePair(), hostile}},
		"empty":    {},
	}
}

func TestTMXValidAgainstDTD(t *testing.T) {
	lint := xmllint(t)
	dtd := sharedtest.Path(t, "formats", "tmx", "tmx14.dtd")
	dir := t.TempDir()
	// The DOCTYPE names tmx14.dtd: put it beside the files as a CAT tool
	// would find it.
	b, err := os.ReadFile(dtd)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "tmx14.dtd"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	for name, ed := range validationEditions() {
		for _, keep := range []bool{false, true} {
			file := name + ".tmx"
			if keep {
				file = name + "-keep.tmx"
			}
			path := writeFile(t, dir, file, func(buf *bytes.Buffer) error { return WriteTMX(buf, ed, Options{KeepEmpty: keep}) })
			runXMLLint(t, lint, "--noout", "--dtdvalid", dtd, path)
		}
	}
}

// TestTEIValidAgainstSchema validates every TEI export in one xmllint run:
// compiling tei_all takes seconds.
func TestTEIValidAgainstSchema(t *testing.T) {
	lint := xmllint(t)
	rng := sharedtest.Path(t, "formats", "tei", "tei_all.rng")
	if _, err := os.Stat(rng); err != nil {
		t.Skipf("TEI schema not found: %v", err)
	}
	dir := t.TempDir()
	args := []string{"--noout", "--relaxng", rng}
	for name, ed := range validationEditions() {
		args = append(args, writeFile(t, dir, name+".tei.xml", func(buf *bytes.Buffer) error { return WriteTEI(buf, ed, Options{}) }))
	}
	runXMLLint(t, lint, args...)
}

// TestXCESWellFormedAndResolves checks what can be checked without a DTD:
// the file is well-formed and every xtargets id names a segment.
func TestXCESWellFormedAndResolves(t *testing.T) {
	for name, ed := range validationEditions() {
		var buf bytes.Buffer
		if err := WriteXCES(&buf, ed, Options{}); err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Groups []struct {
				ID    string `xml:"id,attr"`
				Links []struct {
					XTargets  string `xml:"xtargets,attr"`
					Certainty string `xml:"certainty,attr"`
				} `xml:"link"`
			} `xml:"linkGrp"`
		}
		if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatalf("%s: not well-formed: %v", name, err)
		}
		if len(doc.Groups) != len(ed.Pairs) {
			t.Fatalf("%s: %d linkGrp, want %d", name, len(doc.Groups), len(ed.Pairs))
		}
		for g, grp := range doc.Groups {
			b := ed.Pairs[g]
			if len(grp.Links) != len(b.Links) {
				t.Errorf("%s: %d links, want %d", name, len(grp.Links), len(b.Links))
			}
			for _, l := range grp.Links {
				src, tgt, ok := strings.Cut(l.XTargets, ";")
				if !ok || l.Certainty == "" {
					t.Errorf("%s: bad link %+v", name, l)
				}
				for _, id := range strings.Fields(src) {
					if !hasSeg(b.Source.Segments, id) {
						t.Errorf("%s: xtargets source %q names no segment", name, id)
					}
				}
				for _, id := range strings.Fields(tgt) {
					if !hasSeg(b.Target.Segments, id) {
						t.Errorf("%s: xtargets target %q names no segment", name, id)
					}
				}
			}
		}
		if lint, err := exec.LookPath("xmllint"); err == nil {
			path := writeFile(t, t.TempDir(), name+".xces.xml", func(b *bytes.Buffer) error { _, err := b.Write(buf.Bytes()); return err })
			runXMLLint(t, lint, "--noout", path)
		}
	}
}

func hasSeg(segs []texts.Segment, id string) bool {
	for i := range segs {
		if "s"+segID(&segs[i], i) == id {
			return true
		}
	}
	return false
}
