package edition

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/sverka/sverka/texts"
)

// TestHTMLMarksFindings: the check's marks are on the words they are
// about (the whole sentence when the words are not at the place, a whole
// span when they fall inside one), carry their message for focus and tap,
// are numbered and listed in the findings section, one entry each, marks
// about other files included but marking nothing; the contents count
// findings by document.
func TestHTMLMarksFindings(t *testing.T) {
	b := fixturePair()
	concrete := b.Target.Segments[4] // "The concrete work is 60 percent complete."
	report := b.Target.Segments[3]   // "I report on the progress of the repair of pier No. 4 …"
	storm := b.Target.Segments[5]    // "… storm-fright [shtormoboiazn']: they [the crews - NO] refuse …"
	at := func(seg texts.Segment, words string) texts.Pos {
		i := strings.Index(seg.Text, words)
		return texts.Pos{File: seg.Pos.File, Line: seg.Pos.Line, Col: 1 + i, Offset: seg.Start + i}
	}
	marks := []Mark{
		{Rule: "term-forbidden", Severity: "error", Rank: 3, Message: "«бетонные работы» is rendered \"concrete work\", which the glossary forbids",
			Places: []texts.Pos{at(concrete, "concrete work")}, Matches: []string{"concrete work"}},
		{Rule: "name-variant", Severity: "warning", Rank: 2, Message: "elsewhere: Lavrentiev",
			Places: []texts.Pos{{File: "other.txt", Line: 5, Col: 5, Offset: concrete.Start + 4}}, Matches: []string{"concrete"}},
		{Rule: "spelling-variant", Severity: "info", Rank: 1, Message: "pier or quay",
			Places: []texts.Pos{at(report, "pier")}, Matches: []string{"quay"}}, // not the words there: the whole sentence
		{Rule: "insertion-mark", Severity: "warning", Rank: 2, Message: "signed NO",
			Places: []texts.Pos{at(storm, "crews")}, Matches: []string{"crews"}}, // inside a span: the whole span
	}
	var buf bytes.Buffer
	if err := WriteHTML(&buf, &Edition{Title: "Т", Pairs: []*Pair{b}, Marks: marks}, Options{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		`<mark class="finding">check finding</mark>`,
		`<span class="seg sentence marked" id="d1-t-5"`,
		`<mark class="finding finding-info" tabindex="0" aria-describedby="tip-f3">I report on the progress of the repair of pier No. 4 in the port of Nakhodka.<span class="tip"`,
		`The <mark class="finding finding-error" tabindex="0" aria-describedby="tip-f1">concrete work<span class="tip" role="tooltip" id="tip-f1">error term-forbidden: «бетонные работы» is rendered &#34;concrete work&#34;, which the glossary forbids</span></mark><sup class="fref"><a href="#f1">1</a></sup> is 60 percent complete.</span>`,
		`<mark class="finding finding-warning" tabindex="0" aria-describedby="tip-f4"><span class="sp sp-insertion" title="translator&#39;s insertion, signed NO">[the crews - NO]</span><span class="tip"`,
		`<section id="findings"`,
		`<li id="f1" class="sev-error"><span class="sev">error</span> <code>term-forbidden</code>: «бетонные работы» is rendered &#34;concrete work&#34;, which the glossary forbids &mdash; <a href="#d1-l5">Document 1, link 5</a></li>`,
		`<li id="f2" class="sev-warning"><span class="sev">warning</span> <code>name-variant</code>: elsewhere: Lavrentiev &mdash; <span class="where">other.txt:5:5</span></li>`,
		`<span class="nf">3 findings</span>, `,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if n := len(regexp.MustCompile(`<li id="f\d+"`).FindAllString(page, -1)); n != len(marks) {
		t.Errorf("%d entries in the findings section, want %d", n, len(marks))
	}
	if n := strings.Count(page, `<mark class="finding finding-`); n != 3 {
		t.Errorf("%d runs marked, want 3 (the mark about another file marks nothing)", n)
	}
	if strings.Count(page, "<mark") != strings.Count(page, "</mark>") {
		t.Error("unbalanced <mark> elements")
	}

	buf.Reset()
	if err := WriteHTML(&buf, &Edition{Title: "Т", Pairs: []*Pair{b}}, Options{}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "check finding") || strings.Contains(buf.String(), `id="findings"`) {
		t.Error("the legend or a findings section for a page without findings")
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
