package texts

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Formats of the files sverka reads besides plain text, as Source.Format
// reports them ("" is plain text).
const (
	FormatDOCX = "docx" // Word (WordprocessingML)
	FormatODT  = "odt"  // OpenDocument text
	FormatHTML = "html" // a web page as a browser saves it
)

// UnitParagraph is Pos.Unit in a document of paragraphs (Word,
// OpenDocument, a web page): Line is then the paragraph as the word
// processor counts it and Col the character in that paragraph.
const UnitParagraph = "paragraph"

// para is one paragraph of a document of paragraphs.
type para struct {
	num  int    // as the word processor counts it, from 1
	text string // one line, or several where the paragraph has line breaks
}

// paraDoc is what a reader of a document of paragraphs makes of a file.
type paraDoc struct {
	format   string
	encoding string // the encoding a web page was read in; "" is UTF-8 (the XML of Word and OpenDocument)
	paras    []para
	warnings []string
}

// paraLine says where a line of Source.Text stands in a document of
// paragraphs: its paragraph and the column, in that paragraph, of its
// first character less one.
type paraLine struct {
	para, col int
}

// sniffFormat tells a document of paragraphs (or a format sverka refuses)
// by its content, and then by its name: a Word file renamed .txt is still
// Word, and a saved page named .txt is read as a page only when it starts
// as one.
func sniffFormat(name string, b []byte) (string, error) {
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case bytes.HasPrefix(b, []byte("PK\x03\x04")) || bytes.HasPrefix(b, []byte("PK\x05\x06")):
		return zipFormat(b)
	case bytes.HasPrefix(b, []byte("%PDF-")) || ext == ".pdf":
		return "", fmt.Errorf("a PDF file, which sverka does not read: convert it to text first (pdftotext -layout %s)", filepath.Base(name))
	case bytes.HasPrefix(b, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return "", fmt.Errorf("an old binary Word (.doc) or other OLE file, which sverka does not read: save it as .docx, .odt or plain text")
	case bytes.HasPrefix(b, []byte(`{\rtf`)):
		return "", fmt.Errorf("an RTF file, which sverka does not read: save it as .docx, .odt or plain text")
	case looksLikeHTML(b):
		return FormatHTML, nil
	case ext == ".html" || ext == ".htm" || ext == ".xhtml":
		if bytes.IndexByte(b, '<') >= 0 {
			return FormatHTML, nil
		}
	case ext == ".docx" || ext == ".odt":
		return "", fmt.Errorf("not a %s document (no zip archive): damaged, or a text file misnamed", ext)
	}
	return "", nil
}

// looksLikeHTML reports a file that opens (after a BOM, white space and
// comments) with a doctype or an html element.
func looksLikeHTML(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	for range 8 {
		b = bytes.TrimLeft(b, " \t\r\n")
		if bytes.HasPrefix(b, []byte("<!--")) {
			end := bytes.Index(b, []byte("-->"))
			if end < 0 {
				return false
			}
			b = b[end+3:]
			continue
		}
		if bytes.HasPrefix(b, []byte("<?xml")) {
			end := bytes.Index(b, []byte("?>"))
			if end < 0 {
				return false
			}
			b = b[end+2:]
			continue
		}
		break
	}
	head := strings.ToLower(string(b[:min(len(b), 15)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// readParagraphs fills s from a document of paragraphs. Paragraphs become
// blocks of lines with a blank line between them, as in a text file; a
// document that separates its paragraphs by empty ones (text pasted into a
// word processor line by line) keeps one line a paragraph instead, so that
// it reads as the text it was pasted from.
func (s *Source) readParagraphs(d *paraDoc) error {
	empty, full := 0, 0
	for _, p := range d.paras {
		if strings.TrimSpace(p.text) == "" {
			empty++
		} else {
			full++
		}
	}
	lineMode := empty > 0 && empty*4 >= full
	var text strings.Builder
	var lines []paraLine
	addPara := func(p para) {
		col := 0
		for k, line := range strings.Split(p.text, "\n") {
			if k > 0 {
				text.WriteByte('\n')
			}
			lines = append(lines, paraLine{para: p.num, col: col})
			text.WriteString(line)
			col += utf8.RuneCountInString(line) + 1
		}
	}
	first := true
	for _, p := range d.paras {
		blank := strings.TrimSpace(p.text) == ""
		if !lineMode && blank {
			continue
		}
		if !first {
			text.WriteByte('\n')
			if !lineMode {
				lines = append(lines, paraLine{para: p.num})
				text.WriteByte('\n')
			}
		}
		first = false
		if blank {
			p.text = ""
		}
		addPara(p)
	}
	text.WriteByte('\n')
	lines = append(lines, paraLine{para: d.paras[len(d.paras)-1].num + 1})
	if full == 0 {
		return &Error{File: s.Name, Msg: "empty document (no text in its paragraphs)"}
	}
	b := []byte(text.String())
	s.Encoding, s.Format, s.Warnings = EncUTF8, d.format, d.warnings
	if err := s.decode(b, 0); err != nil {
		return err
	}
	// The text is UTF-8 now (locate knows a document's by its
	// paraLines); Encoding reports what the file was in.
	if d.encoding != "" {
		s.Encoding = d.encoding
	}
	s.paraLines = lines
	return nil
}

// cleanXMLText makes the characters of an XML text node one line: a line
// feed or tab the XML holds as white space is a space.
func cleanXMLText(s string) string {
	if strings.ContainsAny(s, "\n\r\t") {
		return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
	}
	return s
}

// readDocument reads a Word, OpenDocument or HTML file.
func readDocument(name, format string, b []byte, opts ReadOptions) (*Source, error) {
	var d *paraDoc
	var err error
	switch format {
	case FormatDOCX, FormatODT:
		var z *zipDoc
		if z, err = openZip(b); err == nil {
			if format == FormatDOCX {
				d, err = readDOCX(z)
			} else {
				d, err = readODT(z)
			}
		}
	case FormatHTML:
		d, err = readHTML(name, b, opts.Encoding)
	}
	if err != nil {
		if _, ok := err.(*Error); ok {
			return nil, err
		}
		return nil, &Error{File: name, Msg: err.Error()}
	}
	if len(d.paras) == 0 {
		return nil, &Error{File: name, Msg: "empty document (no paragraphs)"}
	}
	s := &Source{Name: name}
	if err := s.readParagraphs(d); err != nil {
		return nil, err
	}
	return s, nil
}

// IsDocumentName reports a file name of a document of paragraphs sverka
// reads (.docx, .odt, .html, .htm), as a command that looks for texts in a
// folder takes them beside .txt files.
func IsDocumentName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx", ".odt", ".html", ".htm":
		return true
	}
	return false
}
