package texts

import (
	"encoding/xml"
	"fmt"
	"strings"

	"github.com/sverka/sverka/internal/xmlattr"
)

// Reading a Word document (WordprocessingML, .docx): the paragraphs of
// word/document.xml, with footnotes, endnotes and comments in square
// brackets where their marks stand. Tracked changes are read as accepted
// (insertions kept, deletions left out), with a warning.

// readDOCX reads the paragraphs of a Word document.
func readDOCX(z *zipDoc) (*paraDoc, error) {
	body, err := z.read("word/document.xml")
	if err != nil {
		return nil, err
	}
	notes := map[string]map[string]string{}
	for _, n := range []struct{ entry, elem string }{
		{"word/footnotes.xml", "footnote"}, {"word/endnotes.xml", "endnote"}, {"word/comments.xml", "comment"},
	} {
		b, err := z.read(n.entry)
		if err != nil {
			return nil, err
		}
		if b == nil {
			continue
		}
		m, err := readDOCXNotes(n.entry, n.elem, b)
		if err != nil {
			return nil, err
		}
		notes[n.elem] = m
	}
	d := &paraDoc{format: FormatDOCX}
	var c paraCollector
	skip := 0 // depth inside content that is not the text (deletions, fallbacks, field codes)
	inText := false
	changes := map[string]int{}
	err = xmlTokens("word/document.xml", body, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				return nil
			}
			switch t.Name.Local {
			case "p":
				c.start()
			case "t":
				inText = true
			case "tab", "ptab":
				c.write("\t")
			case "br", "cr":
				c.write("\n")
			case "noBreakHyphen":
				c.write("-")
			case "footnoteReference", "endnoteReference":
				kind := strings.TrimSuffix(t.Name.Local, "Reference")
				c.write(bracketNote("", notes[kind][xmlattr.Get(t, "id")]))
			case "commentReference":
				c.write(bracketNote("Comment: ", notes["comment"][xmlattr.Get(t, "id")]))
			case "ins", "moveTo":
				changes["insertion"]++
			case "del", "moveFrom":
				changes["deletion"]++
				skip = 1
			case "Fallback", "instrText", "delText", "delInstrText":
				skip = 1
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				return nil
			}
			switch t.Name.Local {
			case "p":
				c.end()
			case "t":
				inText = false
			}
		case xml.CharData:
			if skip == 0 && inText {
				c.write(cleanXMLText(string(t)))
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	d.paras = c.done()
	if n := changes["insertion"] + changes["deletion"]; n > 0 {
		d.warnings = append(d.warnings, fmt.Sprintf("tracked changes read as accepted (%s, %s): accept or reject them in Word to read the text you mean",
			plural(changes["insertion"], "insertion"), plural(changes["deletion"], "deletion")))
	}
	return d, nil
}

// readDOCXNotes reads the footnotes, endnotes or comments of a Word file:
// their text by id. The separators Word keeps among the footnotes have
// no text of their own and are left out.
func readDOCXNotes(entry, elem string, b []byte) (map[string]string, error) {
	out := map[string]string{}
	id, depth, skip := "", 0, 0
	inText := false
	var text strings.Builder
	err := xmlTokens(entry, b, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				return nil
			}
			switch t.Name.Local {
			case elem:
				id, depth = xmlattr.Get(t, "id"), 1
				text.Reset()
			case "p":
				if depth > 0 && text.Len() > 0 {
					text.WriteByte(' ')
				}
			case "t":
				inText = true
			case "tab", "br", "cr":
				text.WriteByte(' ')
			case "del", "moveFrom", "Fallback", "instrText", "delText":
				skip = 1
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				return nil
			}
			switch {
			case t.Name.Local == "t":
				inText = false
			case t.Name.Local == elem && depth > 0:
				out[id] = strings.TrimSpace(text.String())
				depth = 0
			}
		case xml.CharData:
			if depth > 0 && skip == 0 && inText {
				text.WriteString(cleanXMLText(string(t)))
			}
		}
		return nil
	})
	return out, err
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
