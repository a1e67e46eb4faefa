// Package docgen writes plain text as a Word document (.docx), an
// OpenDocument text (.odt) and a saved web page (.html), for tests: the
// reference edition and fixtures are kept as text and turned into the
// formats editors bring at test time, so that no generated document is
// committed.
//
// A line of the text may hold marks that each format writes its own way:
// {fn:TEXT} a footnote, {c:TEXT} a comment, {ins:TEXT} a tracked insertion,
// {del:TEXT} a tracked deletion.
package docgen

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
)

// mark is one {kind:text} in a line.
var mark = regexp.MustCompile(`\{(fn|c|ins|del):([^{}]*)\}`)

// piece is plain text or a mark.
type piece struct {
	kind, text string // kind "" is plain text
}

func pieces(line string) []piece {
	var out []piece
	last := 0
	for _, m := range mark.FindAllStringSubmatchIndex(line, -1) {
		if m[0] > last {
			out = append(out, piece{"", line[last:m[0]]})
		}
		out = append(out, piece{line[m[2]:m[3]], line[m[4]:m[5]]})
		last = m[1]
	}
	if last < len(line) {
		out = append(out, piece{"", line[last:]})
	}
	return out
}

func esc(s string) string {
	var b strings.Builder
	_ = xmlEscape(&b, s)
	return b.String()
}

func xmlEscape(w io.Writer, s string) error {
	_, err := io.WriteString(w, strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s))
	return err
}

// blocks cuts text into paragraphs at blank lines, each a list of lines.
func blocks(text string) [][]string {
	var out [][]string
	var cur []string
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if strings.TrimSpace(l) == "" {
			if cur != nil {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if cur != nil {
		out = append(out, cur)
	}
	return out
}

type zipEntry struct{ name, body string }

func writeZip(entries []zipEntry) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i, e := range entries {
		method := zip.Deflate
		if i == 0 && e.name == "mimetype" {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: method})
		if err != nil {
			return nil, err
		}
		if _, err := io.WriteString(w, e.body); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// DOCX writes text as Word writes text pasted into it line by line: one
// paragraph a line, an empty paragraph for a blank line. Each line's words
// are spread over several runs, as Word splits them.
func DOCX(text string) ([]byte, error) {
	var body, notes, comments strings.Builder
	nNote, nComment := 0, 0
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		body.WriteString("<w:p>")
		for _, p := range pieces(line) {
			switch p.kind {
			case "":
				for _, run := range runs(p.text) {
					fmt.Fprintf(&body, `<w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`, esc(run))
				}
			case "fn":
				nNote++
				fmt.Fprintf(&body, `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>`, nNote)
				fmt.Fprintf(&notes, `<w:footnote w:id="%d"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>`, nNote, esc(p.text))
			case "c":
				nComment++
				fmt.Fprintf(&body, `<w:commentRangeStart w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r><w:commentRangeEnd w:id="%d"/>`, nComment, nComment, nComment)
				fmt.Fprintf(&comments, `<w:comment w:id="%d" w:author="Editor" w:initials="ED"><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:comment>`, nComment, esc(p.text))
			case "ins":
				fmt.Fprintf(&body, `<w:ins w:id="9%d" w:author="Editor"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>`, nNote+nComment, esc(p.text))
			case "del":
				fmt.Fprintf(&body, `<w:del w:id="8%d" w:author="Editor"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>`, nNote+nComment, esc(p.text))
			}
		}
		body.WriteString("</w:p>\n")
	}
	entries := []zipEntry{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ` + wNS + `><w:body>
` + body.String() + `<w:sectPr/></w:body></w:document>`},
	}
	if nNote > 0 {
		entries = append(entries, zipEntry{"word/footnotes.xml", `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ` + wNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` + notes.String() + `</w:footnotes>`})
	}
	if nComment > 0 {
		entries = append(entries, zipEntry{"word/comments.xml", `<?xml version="1.0" encoding="UTF-8"?><w:comments ` + wNS + `>` + comments.String() + `</w:comments>`})
	}
	return writeZip(entries)
}

// runs cuts a line into pieces of about three words, as Word's runs
// (spelling marks, revisions) cut text.
func runs(s string) []string {
	words := strings.SplitAfter(s, " ")
	var out []string
	for i := 0; i < len(words); i += 3 {
		out = append(out, strings.Join(words[i:min(i+3, len(words))], ""))
	}
	return out
}

// ODT writes text as an OpenDocument text with one paragraph a block of
// lines (lines joined by line breaks), and document headings
// ("Document 3: ...", "Документ № 3") as headings.
func ODT(text string) ([]byte, error) {
	var body, changes strings.Builder
	nChange := 0
	for _, blk := range blocks(text) {
		tag, extra := "text:p", ` text:style-name="Standard"`
		if len(blk) == 1 && isHeading(blk[0]) {
			tag, extra = "text:h", ` text:outline-level="2"`
		}
		fmt.Fprintf(&body, "<%s%s>", tag, extra)
		for i, line := range blk {
			if i > 0 {
				body.WriteString("<text:line-break/>")
			}
			for _, p := range pieces(line) {
				switch p.kind {
				case "":
					body.WriteString(odtSpaces(esc(p.text)))
				case "fn":
					fmt.Fprintf(&body, `<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation><text:note-body><text:p>%s</text:p></text:note-body></text:note>`, nChange, nChange+1, esc(p.text))
					nChange++
				case "c":
					fmt.Fprintf(&body, `<office:annotation><dc:creator>Editor</dc:creator><dc:date>2026-01-01T00:00:00</dc:date><text:p>%s</text:p></office:annotation>`, esc(p.text))
				case "ins":
					nChange++
					fmt.Fprintf(&changes, `<text:changed-region text:id="ct%d"><text:insertion><office:change-info><dc:creator>Editor</dc:creator><dc:date>2026-01-01T00:00:00</dc:date></office:change-info></text:insertion></text:changed-region>`, nChange)
					fmt.Fprintf(&body, `<text:change-start text:change-id="ct%d"/>%s<text:change-end text:change-id="ct%d"/>`, nChange, esc(p.text), nChange)
				case "del":
					nChange++
					fmt.Fprintf(&changes, `<text:changed-region text:id="ct%d"><text:deletion><office:change-info><dc:creator>Editor</dc:creator><dc:date>2026-01-01T00:00:00</dc:date></office:change-info><text:p>%s</text:p></text:deletion></text:changed-region>`, nChange, esc(p.text))
					fmt.Fprintf(&body, `<text:change text:change-id="ct%d"/>`, nChange)
				}
			}
		}
		fmt.Fprintf(&body, "</%s>\n", tag)
	}
	tracked := ""
	if changes.Len() > 0 {
		tracked = "<text:tracked-changes>" + changes.String() + "</text:tracked-changes>"
	}
	content := `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>` + tracked + "\n" + body.String() + `</office:text></office:body></office:document-content>`
	return writeZip([]zipEntry{
		{"mimetype", "application/vnd.oasis.opendocument.text"},
		{"META-INF/manifest.xml", `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`},
		{"content.xml", content},
	})
}

// odtSpaces writes runs of spaces as ODF does: the second and later as
// <text:s/>, since white space in a paragraph collapses.
func odtSpaces(s string) string {
	return regexp.MustCompile(`  +`).ReplaceAllStringFunc(s, func(sp string) string {
		return fmt.Sprintf(` <text:s text:c="%d"/>`, len(sp)-1)
	})
}

var headingRE = regexp.MustCompile(`^(Document|Документ)\s+(No\.\s*|№\s*)?\d+`)

func isHeading(line string) bool { return headingRE.MatchString(line) }

// HTML writes text as a saved web page: a site header, navigation, a
// script and a footer around the text; one <p> a block of lines (lines
// joined by <br>), document headings as <h2>.
func HTML(text string) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Documents</title>
<style>p { margin: 0 0 1em } .ad { display: none }</style>
<script>var pages = "<p>Document 9: not a document</p>"; function share() {}</script>
</head><body>
<header><div class="logo">Archive of Documents</div></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/search">Search</a></li></ul></nav>
<main>
`)
	for _, blk := range blocks(text) {
		if len(blk) == 1 && isHeading(blk[0]) {
			fmt.Fprintf(&b, "<h2>%s</h2>\n", htmlLine(blk[0]))
			continue
		}
		b.WriteString("<p>")
		for i, line := range blk {
			if i > 0 {
				b.WriteString("<br>\n")
			}
			b.WriteString(htmlLine(line))
		}
		b.WriteString("</p>\n")
	}
	b.WriteString(`</main>
<div class="ad" style="display:none">Advertisement</div>
<footer><p>Contact us</p></footer>
<script>share();</script>
</body></html>
`)
	return []byte(b.String())
}

func htmlLine(line string) string {
	var b strings.Builder
	for _, p := range pieces(line) {
		switch p.kind {
		case "", "ins":
			b.WriteString(html.EscapeString(p.text))
		case "fn", "c":
			b.WriteString("[" + html.EscapeString(p.text) + "]")
		}
	}
	// Runs of spaces collapse in HTML: keep them as no-break spaces,
	// which sverka reads as spaces.
	return strings.ReplaceAll(b.String(), "  ", " &nbsp;")
}
