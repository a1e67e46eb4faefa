package align

// Flag marks a link for an editor's review.
type Flag string

const (
	LowConfidence Flag = "low-confidence"
	Omission      Flag = "omission" // a source sentence with no counterpart in the translation
	Addition      Flag = "addition" // a target sentence with no counterpart in the original
)

// Link pairs source sentences with target sentences. Either side may be
// empty, not both. Indexes are 0-based positions in the sentence slices
// given to the aligner.
type Link struct {
	Source     []int   `json:"source"`
	Target     []int   `json:"target"`
	Confidence float64 `json:"confidence"`
	Flags      []Flag  `json:"flags,omitempty"`
	Confirmed  bool    `json:"confirmed,omitempty"` // fixed by an editor: realigning keeps it
}
