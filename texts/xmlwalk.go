package texts

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// maxXMLDepth bounds the nesting of the XML of a document: Word and
// OpenDocument files nest a few dozen elements deep, and a file nested
// ten thousand deep is an attack, refused before it costs anything.
const maxXMLDepth = 512

// xmlTokens calls fn for each token of an entry of an archive, tracking the
// depth, and names the entry in every error.
func xmlTokens(entry string, b []byte, fn func(tok xml.Token) error) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			if depth != 0 {
				return fmt.Errorf("damaged XML in %s: ends inside an element", entry)
			}
			return nil
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return fmt.Errorf("damaged XML in %s: line %d: %s", entry, se.Line, se.Msg)
			}
			return fmt.Errorf("damaged XML in %s: %v", entry, err)
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxXMLDepth {
				line, _ := d.InputPos()
				return fmt.Errorf("XML in %s nested more than %d elements deep (line %d): not a document sverka reads", entry, maxXMLDepth, line)
			}
		case xml.EndElement:
			depth--
		}
		if err := fn(tok); err != nil {
			return err
		}
	}
}

// paraCollector gathers the paragraphs of a document as its reader walks
// the XML. A paragraph may open inside another (a text box in Word, a frame
// in OpenDocument): each is a paragraph of its own, numbered where it
// opens.
type paraCollector struct {
	paras []para
	open  []*openPara
	count int
	// note, when not nil, gathers the text of a footnote or comment in
	// place of the paragraph it stands in.
	note *strings.Builder
}

type openPara struct {
	num  int
	text strings.Builder
}

func (c *paraCollector) start() {
	if c.note != nil {
		return
	}
	c.count++
	c.open = append(c.open, &openPara{num: c.count})
}

func (c *paraCollector) end() {
	if c.note != nil {
		c.note.WriteByte(' ')
		return
	}
	if len(c.open) == 0 {
		return
	}
	p := c.open[len(c.open)-1]
	c.open = c.open[:len(c.open)-1]
	c.paras = append(c.paras, para{num: p.num, text: strings.TrimRight(p.text.String(), " ")})
}

// write adds text to the paragraph (or note) being read; text outside any
// paragraph is no paragraph's and is left out.
func (c *paraCollector) write(s string) {
	switch {
	case c.note != nil:
		c.note.WriteString(s)
	case len(c.open) > 0:
		c.open[len(c.open)-1].text.WriteString(s)
	}
}

// done returns the paragraphs in their order in the document.
func (c *paraCollector) done() []para {
	for len(c.open) > 0 {
		c.end()
	}
	sort.SliceStable(c.paras, func(i, j int) bool { return c.paras[i].num < c.paras[j].num })
	return c.paras
}

// bracketNote is a footnote or comment as sverka shows it in the text: in
// square brackets, where its mark stands, so that `notes` lists it.
func bracketNote(prefix, text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" {
		return ""
	}
	// A space before it, as a word processor shows a note apart from the
	// word its mark follows: fused to the word, it would read as the
	// completion of an abbreviation.
	return " [" + prefix + text + "]"
}
