package revision

import (
	"strconv"

	"github.com/sverka/sverka/texts"
)

// joinedText is the text of the segments at the indexes, on one line.
func joinedText(doc *texts.Document, idx []int) string {
	return texts.OneLine(doc.JoinSegments(idx))
}

// sentenceNumber names the segment at index i for a reader: its id, else
// its place from 1.
func sentenceNumber(s *texts.Segment, i int) string {
	if s.ID == "" {
		return strconv.Itoa(i + 1)
	}
	return s.ID
}
