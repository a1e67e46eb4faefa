package texts

import (
	"fmt"

	"github.com/sverka/sverka/internal/term"
)

// Pos is a place in a file as the user has it: Line and Col are 1-based, Col
// counts characters (runes of the decoded text), Offset counts bytes of the
// original file.
type Pos struct {
	File   string `json:"file,omitempty"`
	Line   int    `json:"line"`
	Col    int    `json:"col"`
	Offset int    `json:"offset"`
	// Unit is UnitParagraph where Line counts the paragraphs of a Word,
	// OpenDocument or web page file, empty where it counts lines.
	Unit string `json:"unit,omitempty"`
}

// String formats the position as file:line:col, the form editors and linters
// understand (in a document of paragraphs, file:paragraph:col).
//
// The file name is written Printable: a name with a line break in it
// cannot start a line of its own in a CI log.
func (p Pos) String() string {
	if p.File == "" {
		return fmt.Sprintf("%d:%d", p.Line, p.Col)
	}
	return fmt.Sprintf("%s:%d:%d", term.Printable(p.File), p.Line, p.Col)
}
