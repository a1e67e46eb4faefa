package edition

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/sharedtest"
	"github.com/sverka/sverka/texts"
)

func TestXLIFFValidAgainstSchema(t *testing.T) {
	lint := xmllint(t)
	xsd := sharedtest.Path(t, "formats", "xliff", "xliff-core-1.2-strict.xsd")
	dir := t.TempDir()
	args := []string{"--noout", "--nonet", "--schema", xsd}
	for name, ed := range validationEditions() {
		args = append(args, writeFile(t, dir, name+".xlf", func(buf *bytes.Buffer) error { return WriteXLIFF(buf, ed, Options{}) }))
	}
	b := fixturePair()
	args = append(args, writeFile(t, dir, "findings.xlf", func(buf *bytes.Buffer) error {
		return WriteXLIFF(buf, &Edition{Pairs: []*Pair{b}, Marks: fixtureMarks(b)}, Options{})
	}))
	runXMLLint(t, lint, args...)
}

// fixtureMarks are a finding on a sentence of the translation that also
// names its place in the original, and one about another file.
func fixtureMarks(b *Pair) []Mark {
	en, ru := b.Target.Segments[4], b.Source.Segments[4]
	rp := texts.Pos{File: ru.Pos.File, Line: ru.Pos.Line, Col: 1, Offset: ru.Start}
	return []Mark{
		{Rule: "term-forbidden", Severity: "error", Rank: 3, Message: "«бетонные работы» is rendered \"concrete work\"",
			Places: []texts.Pos{{File: en.Pos.File, Line: en.Pos.Line, Col: 5, Offset: en.Start + 4}, rp}},
		{Rule: "name-variant", Severity: "warning", Rank: 2, Message: "elsewhere: Lavrentiev",
			Places: []texts.Pos{{File: "other.txt", Line: 5, Col: 5, Offset: en.Start + 4}}},
	}
}

// The state of each unit follows the link: confirmed links are signed off
// (and approved), flagged ones need review, omissions have no target; a
// finding is a note of its unit, once, with its priority.
func TestXLIFFStatesAndNotes(t *testing.T) {
	b := fixturePair()
	var buf bytes.Buffer
	if err := WriteXLIFF(&buf, &Edition{Pairs: []*Pair{b}, Marks: fixtureMarks(b)}, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	units := regexp.MustCompile(`(?s)<trans-unit .*?</trans-unit>`).FindAllString(out, -1)
	if len(units) != len(b.Links) {
		t.Fatalf("%d trans-units for %d links", len(units), len(b.Links))
	}
	for i, l := range b.FlaggedLinks() {
		u := units[i]
		flags := flagNames(l)
		switch {
		case len(l.Target) == 0:
			if strings.Contains(u, "<target") {
				t.Errorf("unit %d (an omission) has a target:\n%s", i+1, u)
			}
		case l.Confirmed:
			if !strings.Contains(u, `state="signed-off"`) || !strings.Contains(u, `approved="yes"`) {
				t.Errorf("unit %d (confirmed):\n%s", i+1, u)
			}
		case len(flags) > 0:
			if !strings.Contains(u, `state="needs-review-translation"`) || !strings.Contains(u, "flags: "+strings.Join(flags, " ")) {
				t.Errorf("unit %d (flagged %v):\n%s", i+1, flags, u)
			}
		default:
			if !strings.Contains(u, `state="translated"`) {
				t.Errorf("unit %d:\n%s", i+1, u)
			}
		}
	}
	if n := strings.Count(out, "term-forbidden"); n != 1 {
		t.Errorf("the finding is noted %d times, want once:\n%s", n, out)
	}
	if !strings.Contains(out, `<note from="sverka" priority="1" annotates="target">error term-forbidden: «бетонные работы» is rendered &#34;concrete work&#34;</note>`) {
		t.Errorf("no note for the finding:\n%s", out)
	}
	if strings.Contains(out, "Lavrentiev") {
		t.Error("a finding about another file is noted")
	}
}

// translate-toolkit, the reader CAT tool users convert XLIFF with, counts
// one unit per link and converts the file to PO.
func TestXLIFFReadByTranslateToolkit(t *testing.T) {
	pocount, err := exec.LookPath("pocount")
	if err != nil {
		t.Skip("translate-toolkit not installed (Debian: translate-toolkit): skipped")
	}
	dir := t.TempDir()
	b := fixturePair()
	path := writeFile(t, dir, "fixture.xlf", func(buf *bytes.Buffer) error { return WriteXLIFF(buf, &Edition{Pairs: []*Pair{b}}, Options{}) })
	out, err := exec.Command(pocount, "--csv", path).CombinedOutput()
	if err != nil {
		t.Fatalf("pocount: %v\n%s", err, out)
	}
	// The CSV's last line: file, translated units, their source and target
	// words, fuzzy units and words, untranslated units and words, total
	// units, total words.
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	fields := strings.Split(lines[len(lines)-1], ",")
	if len(fields) < 9 || strings.TrimSpace(fields[8]) != itoa(len(b.Links)) {
		t.Errorf("pocount counts %q, want %d units in all", lines[len(lines)-1], len(b.Links))
	}
	confirmed := 0
	for _, l := range b.Links {
		if l.Confirmed && len(l.Target) > 0 {
			confirmed++
		}
	}
	if strings.TrimSpace(fields[1]) != itoa(confirmed) {
		t.Errorf("pocount counts %s translated, want the %d confirmed links", fields[1], confirmed)
	}
	po := filepath.Join(dir, "fixture.po")
	if out, err := exec.Command("xliff2po", path, po).CombinedOutput(); err != nil {
		t.Fatalf("xliff2po: %v\n%s", err, out)
	}
	text, err := os.ReadFile(po)
	if err != nil {
		t.Fatal(err)
	}
	if want := joinText(b.Target, b.Links[1].Target); !strings.Contains(string(text), want) {
		t.Errorf("the PO file lacks %q:\n%s", want, text)
	}
}
