package texts

import (
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Lang is a language code. sverka segments English and Russian.
type Lang string

const (
	LangAuto Lang = ""
	English  Lang = "en"
	Russian  Lang = "ru"
)

// Kind says what a segment is.
type Kind string

const (
	Sentence Kind = "sentence" // a sentence of running text
	Header   Kind = "header"   // a telegram or memo header line: sent/received lines, distribution, addressee, stamp, signature, typist
	Citation Kind = "citation" // an archive citation
	Heading  Kind = "heading"  // an editorial title or a heading line
	// EditorialNote is a line that is only an editor's note in brackets:
	// "[Signature illegible]", "[The rest of the sheet is torn off - NO]".
	// It is the editor's, not the document's, so it is neither a sentence
	// nor a header line of the document.
	EditorialNote Kind = "note"
)

// Segment is one sentence or line-like unit of a document.
type Segment struct {
	ID    string `json:"id"` // unique within the document: "1", "2", ...
	Kind  Kind   `json:"kind"`
	Text  string `json:"text"`  // as in Source.Text, whitespace-trimmed
	Start int    `json:"start"` // offsets in Source.Text
	End   int    `json:"end"`
	Pos   Pos    `json:"pos"`  // of Start
	Para  int    `json:"para"` // paragraph number within the document, from 1
	Spans []Span `json:"spans,omitempty"`
}

// Document is one document of a file: the whole file, or one numbered
// document of a collection.
type Document struct {
	ID       string    `json:"id"`    // the number of its heading ("3"), or "1" for a file of one document
	Title    string    `json:"title"` // the editorial title, if any
	TitlePos Pos       `json:"title_pos"`
	Lang     Lang      `json:"lang"`
	Segments []Segment `json:"segments"`
	// Heading is the heading line as written ("Document 3: Telegram
	// from ..."); empty for a file of one document.
	Heading string `json:"heading,omitempty"`
	// TitleSpans are the bracketed spans of the title.
	TitleSpans []Span `json:"title_spans,omitempty"`
}

// Dropped is a line recognised as web boilerplate and left out of the
// documents.
type Dropped struct {
	Pos    Pos    `json:"pos"`
	Text   string `json:"text"`
	Reason string `json:"reason"` // the name of the pattern that matched
	// Doc is the id of the document the line stood in; empty before the
	// first document heading.
	Doc string `json:"doc,omitempty"`
	// ByRule reports a line a boilerplate rule dropped (Reason names the
	// rule), not a repeat, the collection title or a line before the
	// first document.
	ByRule bool `json:"by_rule,omitempty"`
	// MayBeText reports a line a boilerplate rule dropped that is not
	// junk by its form alone: a lone word ("Print", "REPORT") among other
	// junk, a line of a rule that is not Obvious (the user's own rules).
	MayBeText bool `json:"may_be_text,omitempty"`
}

// IsText reports a dropped line that may be the file's own text: a line
// before the first document heading, or one a boilerplate rule dropped
// that is not junk by its form alone (MayBeText). Obvious web junk
// (download links, file sizes, pagers, share buttons, copyright lines), a
// repeat or the collection title (kept in Collection.Title) is not: a
// command should say that lines of text were left out.
func (d Dropped) IsText() bool { return d.Reason == DropBeforeFirst || d.MayBeText }

// DroppedText returns the dropped lines for which IsText holds.
func (c *Collection) DroppedText() []Dropped {
	var out []Dropped
	for _, d := range c.Dropped {
		if d.IsText() {
			out = append(out, d)
		}
	}
	return out
}

// Collection is a parsed file.
type Collection struct {
	Source    *Source
	Documents []*Document
	Dropped   []Dropped
	// Title is the collection's own title: the line before its first
	// document heading. It is also listed in Dropped.
	Title    string
	TitlePos Pos
	// Overdropped lists where boilerplate rules that are not Obvious
	// (the user's own) dropped more than half of the non-blank lines that
	// are not obvious junk: the whole file (Doc empty) or a document. A pattern that matches too much (".") empties the output;
	// a command should say so, naming the rule.
	Overdropped []Overdrop
}

// Overdrop says that boilerplate rules dropped most of a document's (or
// the file's) lines.
type Overdrop struct {
	Doc     string // the document's id; empty for the whole file
	Pos     Pos    // of the first line dropped
	Lines   int    // non-blank lines, the heading and obvious junk not counted
	Dropped int    // lines the rules that are not Obvious dropped
	// Rules counts the lines each rule dropped, most first.
	Rules []RuleCount
}

// RuleCount is the number of lines a boilerplate rule dropped.
type RuleCount struct {
	Rule  string
	Lines int
}

// Options say how to read and parse a file.
type Options struct {
	Read ReadOptions
	Lang Lang // LangAuto detects per document by script
	// Boilerplate replaces the default web-junk line patterns when not nil.
	Boilerplate []*regexp.Regexp
	// BoilerplateRules replaces the default rules, with names that
	// Dropped.Reason reports; it wins over Boilerplate.
	BoilerplateRules []BoilerplateRule
}

// Read decodes and parses r.
func Read(name string, r io.Reader, opts Options) (*Collection, error) {
	src, err := ReadSource(name, r, opts.Read)
	if err != nil {
		return nil, err
	}
	return Parse(src, opts)
}

// Document returns the document with the given id, or, where none has
// it, the one of the same number (01 is document 1: files numbered doc01,
// doc02 pair with Document 1, Document 2).
func (c *Collection) Document(id string) (*Document, error) {
	for _, d := range c.Documents {
		if d.ID == id {
			return d, nil
		}
	}
	if n, ok := number(id); ok {
		for _, d := range c.Documents {
			if m, ok := number(d.ID); ok && m == n {
				return d, nil
			}
		}
	}
	ids := make([]string, len(c.Documents))
	for i, d := range c.Documents {
		ids[i] = d.ID
	}
	if len(ids) == 1 {
		return nil, fmt.Errorf("%s: no document %q (the file has one, %s)", c.Source.Name, id, ids[0])
	}
	return nil, fmt.Errorf("%s: no document %q (the file has documents %s)", c.Source.Name, id, strings.Join(ids, ", "))
}

// JoinSegments joins the text of the segments at the indexes (one side of
// an alignment link), a space between two; indexes out of range are left
// out.
func (doc *Document) JoinSegments(idx []int) string {
	var b strings.Builder
	for _, i := range idx {
		if i < 0 || i >= len(doc.Segments) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(doc.Segments[i].Text)
	}
	return b.String()
}

// number is id without its leading zeros, when it is all digits.
func number(id string) (string, bool) {
	if id == "" || strings.Trim(id, "0123456789") != "" {
		return "", false
	}
	if n := strings.TrimLeft(id, "0"); n != "" {
		return n, true
	}
	return "0", true
}
