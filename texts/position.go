package texts

import "fmt"

// Pos is a place in a file as the user has it: Line and Col are 1-based, Col
// counts characters (runes of the decoded text), Offset counts bytes of the
// original file.
type Pos struct {
	File   string `json:"file,omitempty"`
	Line   int    `json:"line"`
	Col    int    `json:"col"`
	Offset int    `json:"offset"`
}

// String formats the position as file:line:col, the form editors and linters
// understand.
func (p Pos) String() string {
	if p.File == "" {
		return fmt.Sprintf("%d:%d", p.Line, p.Col)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}
