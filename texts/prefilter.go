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
}

// mayMatch reports whether a line may match: false only when its first
// rune cannot begin a match.
func (f *firstRunes) mayMatch(line string) bool {
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
	f := &firstRunes{any: true}
	if tree, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
		tree = tree.Simplify()
		if anchoredAtStart(tree) {
			f = &firstRunes{}
			if collectFirst(tree, f) {
				f.any = true // may match the empty string
			}
		}
	}
	firstRunesCache.Store(re, f)
	return f
}

// matchLine is re.MatchString(line) for a trimmed line, tested first
// against the runes a match can begin with.
func matchLine(re *regexp.Regexp, line string) bool {
	return firstRunesOf(re).mayMatch(line) && re.MatchString(line)
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
