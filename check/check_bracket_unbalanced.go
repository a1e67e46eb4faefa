package check

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/texts"
)

var ruleBracketUnbalanced = &Rule{
	ID:      "bracket-unbalanced",
	Name:    "BracketUnbalanced",
	Short:   "A bracket without its pair",
	Help:    "A square or round bracket opened and never closed in its paragraph, or closed without being opened. List numbers such as 1) and а) are not counted. Close the bracket or remove the stray one.",
	Default: Error,
	run:     checkBracketUnbalanced,
}

var bracketPairs = map[rune]rune{')': '(', ']': '['}

func checkBracketUnbalanced(x *index) []Finding {
	var out findings
	for i := range x.pairs {
		p := x.pairs[i]
		unbalancedIn(targetOf(p), &out)
		if p.Source != nil {
			unbalancedIn(*sourceOf(p), &out)
		}
	}
	return out
}

type openBracket struct {
	seg *texts.Segment
	at  int
	r   rune
}

// unbalancedIn scans each paragraph of a document: a bracket may open in
// one sentence and close in the next, but not across a paragraph break.
func unbalancedIn(t text, out *findings) {
	if t.Doc == nil {
		return
	}
	var stack []openBracket
	para := -1
	flush := func() {
		for _, o := range stack {
			reportBracket(out, t, o.seg, o.at, fmt.Sprintf("%q is never closed in its paragraph", string(o.r)))
		}
		stack = stack[:0]
	}
	segs := withHeading(t.Doc)
	for k := range segs {
		seg := &segs[k]
		if seg.Para != para || seg.Start < 0 {
			flush()
			para = seg.Para
		}
		for i, r := range seg.Text {
			switch r {
			case '(', '[':
				stack = append(stack, openBracket{seg, i, r})
			case ')', ']':
				want := bracketPairs[r]
				j := len(stack) - 1
				for j >= 0 && stack[j].r != want {
					j--
				}
				if j < 0 {
					if r == ')' && isListNumber(seg.Text[:i]) {
						continue
					}
					reportBracket(out, t, seg, i, fmt.Sprintf("%q closes nothing", string(r)))
					continue
				}
				for _, o := range stack[j+1:] {
					reportBracket(out, t, o.seg, o.at, fmt.Sprintf("%q is never closed before %q", string(o.r), string(r)))
				}
				stack = stack[:j]
			}
		}
	}
	flush()
}

// isListNumber reports whether the text before a ')' ends in a list
// number or letter standing alone: "1)", "а)", "12)".
func isListNumber(before string) bool {
	n := 0
	for len(before) > 0 {
		r, size := utf8.DecodeLastRuneInString(before)
		if unicode.IsSpace(r) {
			break
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
		n++
		before = before[:len(before)-size]
	}
	return n >= 1 && n <= 3
}

// reportBracket reports the bracket at byte i of the segment, with a few
// words after it as the match, so that the fingerprint tells two stray
// brackets of a file apart.
func reportBracket(out *findings, t text, seg *texts.Segment, i int, msg string) {
	end := i + 1
	for n := 0; end < len(seg.Text) && n < 24; n++ {
		_, size := utf8.DecodeRuneInString(seg.Text[end:])
		end += size
	}
	out.add(Finding{Pos: t.pos(seg, i), Match: seg.Text[i:end], Message: msg})
}
