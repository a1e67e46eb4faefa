package check

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

// bracketSpan is a span of a segment with its byte offset in the segment's
// text (-1 when it cannot be found there).
type bracketSpan struct {
	*texts.Span
	Seg *texts.Segment
	At  int
}

// spansOf returns the bracketed spans of a segment with their offsets.
func spansOf(seg *texts.Segment) []bracketSpan {
	out := make([]bracketSpan, 0, len(seg.Spans))
	for k := range seg.Spans {
		sp := &seg.Spans[k]
		out = append(out, bracketSpan{Span: sp, Seg: seg, At: spanOffset(seg, sp)})
	}
	return out
}

// translitGloss matches the inside of a bracketed transliteration: one or
// two lower-case Latin words, apostrophes for the soft sign.
var translitGloss = regexp.MustCompile(`^[a-z][a-z'’ʹ-]*( [a-z][a-z'’ʹ-]*)?$`)

// isGloss reports whether the span is a transliteration gloss. The class
// texts gives is trusted; a plain note of one lower-case Latin word after
// a word is taken for a gloss too (the texts package's classes are
// heuristics and may leave such a span a note).
func (b bracketSpan) isGloss() bool {
	switch b.Class {
	case texts.Gloss:
		return true
	case texts.Note:
		return b.At > 0 && !b.isExpansion() && translitGloss.MatchString(b.Inner) && !strings.Contains(b.Inner, " ")
	}
	return false
}

// isExpansion reports a bracket glued to a word: C[entral], M[inistry].
func (b bracketSpan) isExpansion() bool {
	if b.Class == texts.Expansion {
		return true
	}
	if b.At <= 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(b.Seg.Text[:b.At])
	if unicode.IsLetter(before) {
		return true
	}
	if end := b.At + len(b.Text); end < len(b.Seg.Text) {
		after, _ := utf8.DecodeRuneInString(b.Seg.Text[end:])
		return unicode.IsLetter(after)
	}
	return false
}

// head returns the words the span follows and their offset in the segment:
// the Head texts found, else the word just before the bracket.
func (b bracketSpan) head() (string, int) {
	if b.At < 0 {
		return b.Span.Head, -1
	}
	before := b.Seg.Text[:b.At]
	if h := b.Span.Head; h != "" {
		if i := strings.LastIndex(before, h); i >= 0 {
			return h, i
		}
	}
	ws := lex.Words(before, true)
	if len(ws) == 0 {
		return "", -1
	}
	last := ws[len(ws)-1]
	if strings.TrimSpace(before[last.End:]) != "" {
		return "", -1 // punctuation between: not a head
	}
	return last.Text, last.Start
}

// signature matches a signed insertion's ending: "... - AM", "...-NO",
// "... — A.M.".
var signature = regexp.MustCompile(`^(.*?\S)(\s*[-–—]+\s*)(\p{Lu}{1,3}|\p{Lu}\.\s?\p{Lu}\.)$`)

// signed returns how an insertion is signed: the separator as written and
// the initials; ok is false for an unsigned span.
func (b bracketSpan) signed() (mark, signer string, ok bool) {
	if b.Signer != "" {
		return b.SignMark, b.Signer, true
	}
	m := signature.FindStringSubmatch(b.Inner)
	if m == nil {
		return "", "", false
	}
	return m[2], m[3], true
}

// looksLikeInsertion reports an unsigned bracket of running English words
// ([the situation]) that is not a gloss, an expansion, a date, a source or
// supplied heading text.
func (b bracketSpan) looksLikeInsertion() bool {
	switch b.Class {
	case texts.Insertion, texts.Note, texts.Supplied:
	default:
		return false
	}
	if b.isExpansion() || b.isGloss() {
		return false
	}
	inner := strings.TrimSpace(b.Inner)
	r, _ := utf8.DecodeRuneInString(inner)
	if !unicode.IsLower(r) || r > unicode.MaxASCII {
		return false
	}
	return strings.Contains(inner, " ")
}
