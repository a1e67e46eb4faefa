package check

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/texts"
)

var rulePunctuationSpacing = &Rule{
	ID:      "punctuation-spacing",
	Name:    "PunctuationSpacing",
	Short:   "Spaces missing, doubled or misplaced around punctuation in the English",
	Help:    "No space after a comma, semicolon or full stop between two words (2,Molotov; end.The), two spaces between words, a space before a comma, full stop, semicolon, colon, question or exclamation mark, a quotation mark without its pair in its paragraph, and a list written two ways in one document (Ivanov -1 beside Petrov - 1: the way most entries are written is the document's). Abbreviations (U.S., A.M.), decimals and thousands (1,450) are not reported. Put one space after the mark and none before it.",
	Default: Warning,
	run:     checkPunctuationSpacing,
}

var (
	// noSpaceAfter: a comma or semicolon between a letter or digit and a
	// letter; a full stop between a word of two small letters or more and
	// a capitalised word (initials and abbreviations have single letters).
	noSpaceAfter = regexp.MustCompile(`[\p{L}\p{N}\)][,;][\p{L}]|\p{Ll}{2}\.\p{Lu}\p{Ll}`)
	doubleSpace  = regexp.MustCompile(`[^\s]  +[^\s]`)
	spaceBefore  = regexp.MustCompile(`[\p{L}\p{N}\)\]] +[,.;:!?](?:\s|$)`)
	// listEntry is a name and its count in a distribution list: Stalin - 2.
	listEntry = regexp.MustCompile(`\p{L}[\p{L}'’.]*( *)[-–—]( *)\d+\b`)
)

func checkPunctuationSpacing(x *index) []Finding {
	var out findings
	for i, segs := range x.english {
		t := targetOf(x.pairs[i])
		type entry struct {
			pos   texts.Pos
			match string
			style string
		}
		var entries []entry
		quotes := map[int][]quoteAt{}
		var paras []int
		for k := range segs {
			seg := &segs[k]
			s := seg.Text
			for _, m := range findIf(noSpaceAfter, s, mayLackSpace(s)) {
				at := m[0] + strings.IndexAny(s[m[0]:m[1]], ",;.")
				if isURLish(s, at) {
					continue
				}
				mark := s[at : at+1]
				out.add(Finding{Pos: t.pos(seg, at), Match: s[at:m[1]],
					Message: fmt.Sprintf("no space after %q in %q", mark, s[max(0, wordStart(s, at)):min(len(s), m[1]+wordLen(s[m[1]:]))]),
					Fix:     &Fix{Replace: mark + " " + s[at+1:m[1]], Description: "add a space"}})
			}
			for _, m := range findIf(doubleSpace, s, strings.Contains(s, "  ")) {
				at := m[0] + firstRuneLen(s[m[0]:])
				end := m[1] - lastRuneLen(s[:m[1]])
				if strings.ContainsAny(s[at:end], "\n\t") {
					continue
				}
				out.add(Finding{Pos: t.pos(seg, at), Match: s[at:end],
					Message: fmt.Sprintf("%d spaces between words", end-at),
					Fix:     &Fix{Replace: " ", Description: "leave one space"}})
			}
			for _, m := range findIf(spaceBefore, s, spaceBeforeMark(s)) {
				at := m[0] + firstRuneLen(s[m[0]:])
				sp := strings.TrimRight(s[at:m[1]], " \t\n")
				mark := sp[len(sp)-1:]
				if mark == "." && strings.HasPrefix(s[at+len(sp)-1:], "...") {
					continue
				}
				out.add(Finding{Pos: t.pos(seg, at), Match: sp,
					Message: fmt.Sprintf("a space before %q", mark),
					Fix:     &Fix{Replace: mark, Description: "remove the space"}})
			}
			var announced []int
			if mayAnnounceCopies(s) {
				announced = copiesAnnounced.FindStringIndex(s)
			}
			var entries0 [][]int
			if dashThenFigure(s) {
				entries0 = listEntry.FindAllStringSubmatchIndex(s, -1)
			}
			for _, m := range entries0 {
				if announced != nil && m[0] < announced[1] && announced[0] < m[1] {
					continue // "copies made - 10" announces the list
				}
				before, after := m[3]-m[2], m[5]-m[4]
				if before == 0 && after == 0 {
					continue // a code: LA-9
				}
				style := listStyle(before > 0, after > 0)
				entries = append(entries, entry{t.pos(seg, m[0]), s[m[0]:m[1]], style})
			}
			if seg.Start >= 0 {
				if _, ok := quotes[seg.Para]; !ok {
					paras = append(paras, seg.Para)
				}
				for j, r := range s {
					if r == '"' {
						quotes[seg.Para] = append(quotes[seg.Para], quoteAt{seg, j})
					}
				}
			}
		}
		for _, p := range paras {
			qs := quotes[p]
			if len(qs)%2 == 1 {
				q := qs[len(qs)-1]
				out.add(Finding{Pos: t.pos(q.seg, q.at), Match: q.seg.Text[q.at:min(len(q.seg.Text), q.at+24)],
					Message: "a quotation mark without its pair in its paragraph"})
			}
		}
		// A list written two ways: the entries in the minority style.
		count := map[string]int{}
		for _, e := range entries {
			count[e.style]++
		}
		if len(count) < 2 {
			continue
		}
		main := majorityStyle(count, func(a, b string) bool { return a < b })
		var first entry
		for _, e := range entries {
			if e.style == main {
				first = e
				break
			}
		}
		for _, e := range entries {
			if e.style == main {
				continue
			}
			out.add(Finding{Pos: e.pos, Match: e.match,
				Message: fmt.Sprintf("list entry %q is spaced %s, unlike the document's %d entries spaced %s (%q at %s)", e.match, e.style, count[main], main, first.match, first.pos),
				Related: []RelatedPlace{{Pos: first.pos, Match: first.match, Message: "spaced " + main}}})
		}
	}
	return out
}

// findIf runs re on s when the cheap test may says it can match: the
// regular expressions with Unicode classes cost more than the scan.
func findIf(re *regexp.Regexp, s string, may bool) [][]int {
	if !may {
		return nil
	}
	return re.FindAllStringIndex(s, -1)
}

// dashThenFigure: a dash with a space on a side, then a figure, as list
// entries have (Stalin - 2, Beria -1; not LA-9).
func dashThenFigure(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] == '-' || s[i] == 0x93 || s[i] == 0x94 { // -, and the last bytes of – and —
			j := i + 1
			for j < len(s) && s[j] == ' ' {
				j++
			}
			spaced := j > i+1 || s[i-1] == ' ' || i >= 3 && s[i-3] == ' '
			if spaced && j < len(s) && isDigit(s[j]) {
				return true
			}
		}
	}
	return false
}

// mayLackSpace: a comma, semicolon or full stop followed by a letter.
func mayLackSpace(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if c := s[i]; (c == ',' || c == ';' || c == '.') && s[i+1] != ' ' && !isDigit(s[i+1]) && s[i+1] != '\n' {
			return true
		}
	}
	return false
}

// spaceBeforeMark: a space before a punctuation mark.
func spaceBeforeMark(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ' ' && strings.IndexByte(",.;:!?", s[i+1]) >= 0 {
			return true
		}
	}
	return false
}

type quoteAt struct {
	seg *texts.Segment
	at  int
}

func listStyle(before, after bool) string {
	switch {
	case before && after:
		return "on both sides of the dash"
	case before:
		return "before the dash only"
	}
	return "after the dash only"
}

// isURLish reports a mark inside an address or a file name: no spaces
// around and a slash or @ in the same run of text.
func isURLish(s string, at int) bool {
	start := strings.LastIndexAny(s[:at], " \t\n") + 1
	end := strings.IndexAny(s[at:], " \t\n")
	if end < 0 {
		end = len(s)
	} else {
		end += at
	}
	return strings.ContainsAny(s[start:end], "/@")
}

func firstRuneLen(s string) int { _, n := utf8.DecodeRuneInString(s); return n }
func lastRuneLen(s string) int  { _, n := utf8.DecodeLastRuneInString(s); return n }

// wordStart is the start of the word that ends at byte i.
func wordStart(s string, i int) int {
	return strings.LastIndexFunc(s[:i], func(r rune) bool { return unicode.IsSpace(r) }) + 1
}

// wordLen is the length of the word s starts with.
func wordLen(s string) int {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return i
	}
	return len(s)
}
