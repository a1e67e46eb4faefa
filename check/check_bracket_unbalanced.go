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
// Each kind of bracket keeps where its open brackets stand in the stack,
// so that a closing bracket finds its pair at once: searching the stack
// for it made 50,000 "(" before 50,000 "]" quadratic. A bracket nested past
// texts.MaxSpanDepth is a warning: what it holds is not read as spans.
func unbalancedIn(t text, out *findings) {
	if t.Doc == nil {
		return
	}
	var stack []openBracket
	open := map[rune][]int{} // for '(' and '[': their indexes in stack
	para := -1
	flush := func() {
		for _, o := range stack {
			reportBracket(out, t, o.seg, o.at, fmt.Sprintf("%q is never closed in its paragraph", string(o.r)))
		}
		stack = stack[:0]
		clear(open)
	}
	segs := withHeading(t.Doc)
	for k := range segs {
		seg := &segs[k]
		if seg.Para != para || seg.Start < 0 {
			flush()
			para = seg.Para
		}
		for _, sp := range seg.Spans {
			if sp.Class == texts.TooDeep && sp.Start-seg.Start >= 0 && sp.Start-seg.Start < len(seg.Text) {
				f := bracketFinding(t, seg, sp.Start-seg.Start, fmt.Sprintf("brackets nested more than %d deep: the brackets inside are not read as notes or insertions", texts.MaxSpanDepth))
				f.Severity = Warning
				out.add(f)
			}
		}
		for i, r := range seg.Text {
			switch r {
			case '(', '[':
				open[r] = append(open[r], len(stack))
				stack = append(stack, openBracket{seg, i, r})
			case ')', ']':
				want := bracketPairs[r]
				mine := open[want]
				if len(mine) == 0 {
					if r == ')' && isListNumber(seg.Text[:i]) {
						continue
					}
					reportBracket(out, t, seg, i, fmt.Sprintf("%q closes nothing", string(r)))
					continue
				}
				j := mine[len(mine)-1]
				open[want] = mine[:len(mine)-1]
				// What opened after the pair, of the other kind, is
				// never closed.
				for _, o := range stack[j+1:] {
					reportBracket(out, t, o.seg, o.at, fmt.Sprintf("%q is never closed before %q", string(o.r), string(r)))
					other := open[o.r]
					open[o.r] = other[:len(other)-1]
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
	out.add(bracketFinding(t, seg, i, msg))
}

// bracketFinding is a finding at the bracket at byte i of the segment, with
// a few words after it as the match.
func bracketFinding(t text, seg *texts.Segment, i int, msg string) Finding {
	end := i + 1
	for n := 0; end < len(seg.Text) && n < 24; n++ {
		_, size := utf8.DecodeRuneInString(seg.Text[end:])
		end += size
	}
	return Finding{Pos: t.pos(seg, i), Match: seg.Text[i:end], Message: msg}
}
