package align

import (
	"strings"

	"github.com/sverka/sverka/texts"
)

// WordPair is lexical evidence given by the caller: a source word or phrase
// and its translation (from a dictionary or a glossary).
type WordPair struct {
	Source string
	Target string
}

// Sentence is one sentence as the aligner sees it.
type Sentence struct {
	// Text is the sentence as evidence: the caller leaves out what has no
	// counterpart on the other side (translator insertions).
	Text string
	// Glosses are transliterations of original words found in brackets in
	// the sentence (aviaboiazn'), matched against the other side.
	Glosses []string
	// Para is the paragraph number: paragraph breaks are soft boundaries.
	Para int
}

// Options tune the aligner.
type Options struct {
	MaxLink int        // the most sentences on one side of a link; 0 means the default
	Pairs   []WordPair // dictionary and glossary evidence
	Keep    []Link     // confirmed links kept fixed
}

// Align pairs src with tgt. Every sentence of both sides is in exactly one
// link, and links are in text order.
//
// SKELETON: pairs by index.
func Align(src, tgt []Sentence, opts Options) ([]Link, error) {
	var links []Link
	n := max(len(src), len(tgt))
	for i := 0; i < n; i++ {
		l := Link{Confidence: 0.5}
		if i < len(src) {
			l.Source = []int{i}
		}
		if i < len(tgt) {
			l.Target = []int{i}
		}
		links = append(links, l)
	}
	return links, nil
}

// FromSegments turns segments into sentences for Align, leaving translator
// insertions out of the evidence and collecting transliteration glosses.
//
// SKELETON: text as is.
func FromSegments(segs []texts.Segment) []Sentence {
	out := make([]Sentence, len(segs))
	for i, s := range segs {
		out[i] = Sentence{Text: strings.TrimSpace(s.Text), Para: s.Para}
	}
	return out
}
