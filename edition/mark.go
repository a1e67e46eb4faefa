package edition

import "github.com/sverka/sverka/texts"

// Mark is a remark the review edition shows on a sentence: a finding of
// the check. The edition knows no rules; package check turns its findings
// into marks (check.Marks).
type Mark struct {
	// Places are where the remark points, the place of the words it is
	// about first (check.Finding.Places: the translation's, but the
	// original's for an omission); the first that falls inside a sentence
	// of a pair (same file, an offset within the sentence) marks that
	// sentence.
	Places []texts.Pos
	// Matches are the words the remark is about at each place, parallel to
	// Places: the review edition marks those words alone where they are
	// found at the place, else the whole sentence. Missing or empty
	// entries mark the whole sentence.
	Matches []string
	// Severity names how serious it is ("error", "warning", "info"), and
	// Rank orders severities, higher worse: a sentence with several marks
	// takes the class of the worst.
	Severity string
	Rank     int
	Rule     string
	Message  string
}

// match is the words the mark is about at its k-th place, "" for none.
func (m Mark) match(k int) string {
	if k < len(m.Matches) {
		return m.Matches[k]
	}
	return ""
}
