package texts

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Most lines match none of the line patterns (boilerplate, citations,
// dates), and most of those patterns are anchored at the start of the
// line, so the first character of a line rules out most of them. A
// firstRunes set, read from the pattern's syntax, is tested before the
// regular expression runs: it keeps the same answers and skips the
// regexp machinery on almost every line.

// firstRunes is the set of runes a match of an anchored pattern can begin
// with.
type firstRunes struct {
	any    bool // no useful set: the pattern is not anchored, or may match empty
	ascii  [utf8.RuneSelf]bool
	ranges [][2]rune // beyond ASCII, inclusive
	// maxLen is the longest line in bytes a pattern anchored at both ends
	// can match, or -1 when there is no bound.
	maxLen int
}

// mayMatch reports whether a line may match: false only when its first
// rune cannot begin a match, or it is longer than any match.
func (f *firstRunes) mayMatch(line string) bool {
	if f.maxLen >= 0 && len(line) > f.maxLen {
		return false
	}
	if f.any {
		return true
	}
	if line == "" {
		return false
	}
	if c := line[0]; c < utf8.RuneSelf {
		return f.ascii[c]
	}
	r, _ := utf8.DecodeRuneInString(line)
	for _, rg := range f.ranges {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}

func (f *firstRunes) add(lo, hi rune) {
	for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
		f.ascii[r] = true
	}
	if hi >= utf8.RuneSelf {
		f.ranges = append(f.ranges, [2]rune{max(lo, utf8.RuneSelf), hi})
	}
}

// addFold adds r and the runes it equals when case is ignored.
func (f *firstRunes) addFold(r rune) {
	f.add(r, r)
	for o := unicode.SimpleFold(r); o != r; o = unicode.SimpleFold(o) {
		f.add(o, o)
	}
}

var firstRunesCache sync.Map // *regexp.Regexp → *firstRunes

// firstRunesOf returns the set for re, computed once.
func firstRunesOf(re *regexp.Regexp) *firstRunes {
	if f, ok := firstRunesCache.Load(re); ok {
		return f.(*firstRunes)
	}
	f := &firstRunes{any: true, maxLen: -1}
	if tree, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
		tree = tree.Simplify()
		if anchoredAtStart(tree) {
			f = &firstRunes{maxLen: -1}
			if collectFirst(tree, f) {
				f.any = true // may match the empty string
			}
			if anchoredAtEnd(tree) {
				f.maxLen = maxMatchLen(tree)
			}
		}
	}
	firstRunesCache.Store(re, f)
	return f
}

// anchoredAtStart reports a pattern every match of which begins at the
// start of the text (a line has no line feeds, so ^ in (?m) counts too).
func anchoredAtStart(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText, syntax.OpBeginLine:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredAtStart(re.Sub[0])
	case syntax.OpCapture:
		return anchoredAtStart(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !anchoredAtStart(s) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// anchoredAtEnd reports a pattern every match of which ends at the end
// of the text.
func anchoredAtEnd(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText, syntax.OpEndLine:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredAtEnd(re.Sub[len(re.Sub)-1])
	case syntax.OpCapture:
		return anchoredAtEnd(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !anchoredAtEnd(s) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// maxMatchLen returns the most bytes a match of re can take, or -1 when
// there is no bound.
func maxMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpNoMatch:
		return 0
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return utf8.UTFMax * len(re.Rune) // a folded rune may be longer
		}
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return utf8.UTFMax
	case syntax.OpCapture:
		return maxMatchLen(re.Sub[0])
	case syntax.OpQuest:
		return maxMatchLen(re.Sub[0])
	case syntax.OpRepeat:
		n := maxMatchLen(re.Sub[0])
		if n < 0 || re.Max < 0 {
			return -1
		}
		return n * re.Max
	case syntax.OpConcat:
		total := 0
		for _, s := range re.Sub {
			n := maxMatchLen(s)
			if n < 0 {
				return -1
			}
			total += n
		}
		return total
	case syntax.OpAlternate:
		most := 0
		for _, s := range re.Sub {
			n := maxMatchLen(s)
			if n < 0 {
				return -1
			}
			most = max(most, n)
		}
		return most
	}
	return -1 // star, plus
}

// linePattern is a regular expression for whole lines with its
// prefilter.
type linePattern struct {
	re     *regexp.Regexp
	filter *firstRunes
}

func newLinePattern(re *regexp.Regexp) linePattern {
	return linePattern{re: re, filter: firstRunesOf(re)}
}

// match is re.MatchString(line) for a trimmed line.
func (p linePattern) match(line string) bool {
	return p.filter.mayMatch(line) && p.re.MatchString(line)
}

// collectFirst adds to f the runes a match of re can begin with, and
// reports whether re can match the empty string (then what follows it
// can begin the match too).
func collectFirst(re *syntax.Regexp, f *firstRunes) (nullable bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		if re.Flags&syntax.FoldCase != 0 {
			f.addFold(re.Rune[0])
		} else {
			f.add(re.Rune[0], re.Rune[0])
		}
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			f.add(re.Rune[i], re.Rune[i+1])
		}
		return false
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		f.any = true
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return collectFirst(re.Sub[0], f)
	case syntax.OpStar, syntax.OpQuest:
		collectFirst(re.Sub[0], f)
		return true
	case syntax.OpRepeat:
		n := collectFirst(re.Sub[0], f)
		return n || re.Min == 0
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !collectFirst(s, f) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, s := range re.Sub {
			if collectFirst(s, f) {
				nullable = true
			}
		}
		return nullable
	}
	f.any = true
	return false
}
