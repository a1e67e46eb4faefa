package texts

import "strings"

// SpanClass says what a bracketed span is.
type SpanClass string

const (
	Insertion   SpanClass = "insertion"   // translator's insertion signed with initials: [the leadership - AM]
	Gloss       SpanClass = "gloss"       // transliteration of the original word after its rendering: aircraft-fright [aviaboiazn']
	Translation SpanClass = "translation" // translation gloss of a foreign word or code name: Instantsia [Highest Authority]
	Expansion   SpanClass = "expansion"   // completion of an abbreviation inside a word: C[entral]
	Supplied    SpanClass = "supplied"    // text supplied by the editor: [To:], [A.I.] SHABSHIN
	Variant     SpanClass = "variant"     // a variant reading of a name: P'UNGGI [BUNKEI]
	DateNorm    SpanClass = "date"        // a normalised date: 26.9.50 [26 September 1950]
	CiteSpan    SpanClass = "citation"    // [Source: ...]
	Sic         SpanClass = "sic"
	Illegible   SpanClass = "illegible"
	Query       SpanClass = "query" // [?], a question mark of the editor
	Note        SpanClass = "note"  // anything else

	// Suspicions, never errors.
	Unbalanced     SpanClass = "unbalanced"      // a bracket without its pair
	FootnoteMarker SpanClass = "footnote-marker" // digits fused to a word or time: MDGS2, 8:101
)

// Span is a bracketed span (or a suspicion) in a text.
type Span struct {
	Class SpanClass `json:"class"`
	Text  string    `json:"text"`  // as written, brackets included
	Inner string    `json:"inner"` // between the brackets; for an insertion, without the signature
	Start int       `json:"start"` // offsets in Source.Text
	End   int       `json:"end"`
	Pos   Pos       `json:"pos"`
	// Head is the word or words the span follows and refers to: the
	// rendering a gloss glosses, the abbreviation an expansion completes.
	Head string `json:"head,omitempty"`
	// Signer is the initials that sign an insertion ("AM"), SignMark the
	// separator as written before them (" - ", " -", "—").
	Signer   string `json:"signer,omitempty"`
	SignMark string `json:"sign_mark,omitempty"`
}

// FindSpans finds the bracketed spans of s, which starts at offset base of
// src (src may be nil: positions are then left zero).
//
// SKELETON: square brackets only, everything a note.
func FindSpans(s string, base int, src *Source) []Span {
	var out []Span
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '[')
		if j < 0 {
			break
		}
		j += i
		k := strings.IndexByte(s[j:], ']')
		if k < 0 {
			break
		}
		k += j
		sp := Span{Class: Note, Text: s[j : k+1], Inner: s[j+1 : k], Start: base + j, End: base + k + 1}
		if src != nil {
			sp.Pos = src.Pos(sp.Start)
		}
		out = append(out, sp)
		i = k + 1
	}
	return out
}
