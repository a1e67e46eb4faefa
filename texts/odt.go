package texts

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"

	"github.com/sverka/sverka/internal/xmlattr"
)

// Reading an OpenDocument text (.odt): the paragraphs and headings of
// content.xml, with notes and comments (annotations) in square brackets
// where they stand. Tracked changes are read as accepted: the deleted text
// ODF keeps apart (text:tracked-changes) is left out, with a warning.

// readODT reads the paragraphs of an OpenDocument text.
func readODT(z *zipDoc) (*paraDoc, error) {
	content, err := z.read("content.xml")
	if err != nil {
		return nil, err
	}
	d := &paraDoc{format: FormatODT}
	var c paraCollector
	skip := 0        // depth inside what is not the text (tracked deletions, note citations, comment authors)
	noteDepth := 0   // depth inside a note body or an annotation
	notePrefix := "" // what the note's brackets open with
	changes := map[string]int{}
	err = xmlTokens("content.xml", content, func(tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				if t.Name.Local == "insertion" || t.Name.Local == "deletion" {
					changes[t.Name.Local]++
				}
				return nil
			}
			switch t.Name.Local {
			case "tracked-changes", "note-citation", "creator", "date", "sequence-decls":
				skip = 1
				return nil
			}
			if noteDepth > 0 {
				noteDepth++
			}
			switch t.Name.Local {
			case "p", "h":
				c.start()
			case "line-break":
				c.write("\n")
			case "tab":
				c.write("\t")
			case "s":
				n, _ := strconv.Atoi(xmlattr.Get(t, "c"))
				c.write(strings.Repeat(" ", max(1, min(n, 100))))
			case "note-body", "annotation":
				if noteDepth == 0 {
					noteDepth = 1
					notePrefix = ""
					if t.Name.Local == "annotation" {
						notePrefix = "Comment: "
					}
					c.note = &strings.Builder{}
				}
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				return nil
			}
			if noteDepth > 0 {
				noteDepth--
				if noteDepth == 0 {
					text := c.note.String()
					c.note = nil
					c.write(bracketNote(notePrefix, text))
				}
			}
			switch t.Name.Local {
			case "p", "h":
				c.end()
			}
		case xml.CharData:
			if skip == 0 {
				// White space in ODF text collapses; <text:s> writes
				// the spaces that are meant.
				c.write(collapseSpace(string(t)))
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	d.paras = c.done()
	if n := changes["insertion"] + changes["deletion"]; n > 0 {
		d.warnings = append(d.warnings, fmt.Sprintf("tracked changes read as accepted (%s, %s): accept or reject them in the word processor to read the text you mean",
			plural(changes["insertion"], "insertion"), plural(changes["deletion"], "deletion")))
	}
	return d, nil
}

// collapseSpace makes each run of XML white space one space.
func collapseSpace(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") && !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
