package edition

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sverka/sverka/texts"
)

// TestHTMLMarksFindings: a sentence the check found something in carries
// the mark and, on hover, the rule and message; the legend explains the
// mark; findings about other files mark nothing.
func TestHTMLMarksFindings(t *testing.T) {
	b := fixturePair()
	seg := b.Target.Segments[4] // "The concrete work is 60 percent complete."
	marks := []Mark{
		{Rule: "term-forbidden", Severity: "error", Rank: 2, Message: "«бетонные работы» is rendered \"concrete work\", which the glossary forbids",
			Places: []texts.Pos{{File: seg.Pos.File, Line: seg.Pos.Line, Col: 5, Offset: seg.Start + 4}}},
		{Rule: "name-variant", Severity: "warning", Rank: 1, Message: "elsewhere: Lavrentiev",
			Places: []texts.Pos{{File: "other.txt", Line: 5, Col: 5, Offset: seg.Start + 4}}},
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, &Edition{Title: "Т", Pairs: []*Pair{b}, Marks: marks}, Options{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		`<span class="finding">check finding</span>`,
		`class="seg sentence finding finding-error" id="d1-t-5"`,
		`title="error term-forbidden: «бетонные работы» is rendered &#34;concrete work&#34;, which the glossary forbids"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if n := strings.Count(page, "finding-"); n != 1+2 { // the sentence, and the two CSS rules for warnings and infos
		t.Errorf("%d finding marks, want one sentence marked", n-2)
	}
	if strings.Contains(page, "Lavrentiev") {
		t.Error("a finding about another file marked a sentence")
	}

	buf.Reset()
	if err := WriteHTML(&buf, &Edition{Title: "Т", Pairs: []*Pair{b}}, Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "check finding") {
		t.Error("the legend explains a mark the page does not use")
	}
}

// TestMarkdownSingleDocumentTitleOnce: one document whose title is the
// edition's is titled once; several documents each get their heading.
func TestMarkdownSingleDocumentTitleOnce(t *testing.T) {
	b := fixturePair()
	title := b.title(0)
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, &Edition{Title: title, Pairs: []*Pair{b}}, Options{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "Ciphered telegram from Vladivostok, 14 March 1951"); n != 1 {
		t.Errorf("the title is written %d times, want once:\n%s", n, buf.String())
	}
	b2 := fixturePair()
	b2.ID = "2"
	buf.Reset()
	if err := WriteMarkdown(&buf, &Edition{Title: title, Pairs: []*Pair{b, b2}}, Options{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n## "); n != 2 {
		t.Errorf("%d document headings, want 2:\n%s", n, buf.String())
	}
}
