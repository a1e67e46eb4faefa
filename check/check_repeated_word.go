package check

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

var ruleRepeatedWord = &Rule{
	ID:      "repeated-word",
	Name:    "RepeatedWord",
	Short:   "A word written twice in a row in the English",
	Help:    "The same word twice with only spaces or a line break between (the the, to to), within a sentence or across the break between two sentences of a paragraph that the segmenter split at a line end. Numbers are left to number-mismatch, and words English does double (that that, had had) are not reported. Delete one of them.",
	Default: Warning,
	run:     checkRepeatedWord,
}

// doubledWords are words English rightly writes twice in a row.
var doubledWords = lex.Set(`that had is`)

func checkRepeatedWord(x *index) []Finding {
	var out findings
	for i, segs := range x.english {
		t := targetOf(x.pairs[i])
		var prev *texts.Segment
		for k := range segs {
			seg := &segs[k]
			ws := x.words(seg.Text)
			// The last word of the sentence before, when the two are one
			// paragraph split at a line end with no full stop between.
			if prev != nil && prev.Para == seg.Para && prev.Start >= 0 && len(ws) > 0 {
				pws := x.words(prev.Text)
				if len(pws) > 0 && pws[len(pws)-1].End == len(prev.Text) {
					if f, ok := repeated(t, pws[len(pws)-1], ws[0], seg, 0); ok {
						out.add(f)
					}
				}
			}
			for j := 1; j < len(ws); j++ {
				a, b := ws[j-1], ws[j]
				if strings.TrimFunc(seg.Text[a.End:b.Start], unicode.IsSpace) != "" {
					continue
				}
				if f, ok := repeated(t, a, b, seg, b.Start); ok {
					out.add(f)
				}
			}
			prev = seg
		}
	}
	return out
}

// repeated is the finding for word b, at byte at of seg, repeating a.
func repeated(t text, a, b lex.Word, seg *texts.Segment, at int) (Finding, bool) {
	if lex.Lower(a.Text) != lex.Lower(b.Text) || doubledWords[lex.Lower(a.Text)] {
		return Finding{}, false
	}
	if r, _ := utf8.DecodeRuneInString(a.Text); !unicode.IsLetter(r) {
		return Finding{}, false
	}
	return Finding{
		Pos: t.pos(seg, at), Match: b.Text,
		Message: fmt.Sprintf("%q is written twice", b.Text),
	}, true
}
