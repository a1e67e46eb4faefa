package texts

import "strings"

// LineKind says what a line of text is by its own shape, as Parse would
// say it of the line without the document around it: Header for a
// telegram or memo header line (a sent or received line, a distribution
// list, an addressee, a stamp, a signature in capitals), Citation for an
// archive citation, Sentence for anything else. It is for text whose
// segments come without kinds (a file of one sentence a line), where no
// document says which lines are its header.
func LineKind(line string) Kind {
	line = strings.TrimSpace(line)
	if strings.ContainsAny(line, "\n\r\t\v\f") || strings.Contains(line, "  ") {
		// Folding costs more than classifying: only where needed.
		line = strings.TrimSpace(FoldSpace(line))
	}
	switch classifyLine(line) {
	case headerLine, distLine:
		return Header
	case citationLine:
		return Citation
	}
	return Sentence
}
