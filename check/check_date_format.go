package check

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var ruleDateFormat = &Rule{
	ID:      "date-format",
	Name:    "DateFormat",
	Short:   "Dates, or the number sign, written in more than one style, or a malformed date",
	Help:    "The dates of the English are sorted by style: with the month in words, day first (27 September 1950), month first (September 27, 1950) or a day in quotation marks (\"21\" September 1950, as Soviet forms print it); in figures, dotted (27.9.50) or with slashes (09/27/50). Within each kind, a style the edition uses less than its most frequent one is reported once per document, as information, naming the majority; so is a number sign other than the edition's usual one (No. 12, # 12, № 12). A date in figures that is no date (13/09/50 in the month-first style of slashes) is a warning. Dates in the translator's brackets are not counted. Write every date in the edition's style.",
	Default: Warning,
	run:     checkDateFormat,
}

var (
	monthWords   = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`
	dayFirst     = regexp.MustCompile(`(["“]?)\b(\d{1,2})(["”]?) ` + monthWords)
	monthFirst   = regexp.MustCompile(monthWords + ` (\d{1,2})\b`)
	figuresDate  = regexp.MustCompile(`\b(\d{1,2})([./])(\d{1,2})([./])(\d{2}|\d{4})\b`)
	numberSign   = regexp.MustCompile(`(No\.|#|№) ?[A-Z]?\d+`)
	signStyleFor = map[string]string{"No.": "with No.", "#": "with #", "№": "with №"}
)

func checkDateFormat(x *index) []Finding {
	var out findings
	var words, figures, signs []styleUse
	for i, segs := range x.english {
		t := targetOf(x.pairs[i])
		for k := range segs {
			seg := &segs[k]
			s := seg.Text
			months := hasMonthName(s)
			var dayMs, monthMs, figMs, signMs [][]int
			if months {
				dayMs = dayFirst.FindAllStringSubmatchIndex(s, -1)
				monthMs = monthFirst.FindAllStringSubmatchIndex(s, -1)
			}
			if figureThenMark(s) {
				figMs = figuresDate.FindAllStringSubmatchIndex(s, -1)
			}
			if strings.Contains(s, "No.") || strings.ContainsAny(s, "#№") {
				signMs = numberSign.FindAllStringSubmatchIndex(s, -1)
			}
			for _, m := range dayMs {
				if inAnySpan(seg, m[0]) || m[4] > 0 && isDigit(s[m[4]-1]) {
					continue
				}
				style := "day first (27 September 1950)"
				if m[3] > m[2] && m[7] > m[6] {
					style = "with the day in quotation marks (\"21\" September 1950)"
				}
				words = append(words, styleUse{i, t.pos(seg, m[0]), s[m[0]:m[1]], style})
			}
			for _, m := range monthMs {
				if inAnySpan(seg, m[0]) || dayBefore(s[:m[0]]) {
					continue // 29 September 29: day first, the day repeated
				}
				if d, _ := strconv.Atoi(s[m[2]:m[3]]); d < 1 || d > 31 {
					continue
				}
				words = append(words, styleUse{i, t.pos(seg, m[0]), s[m[0]:m[1]], "month first (September 27, 1950)"})
			}
			for _, m := range figMs {
				if inAnySpan(seg, m[0]) || s[m[4]:m[5]] != s[m[8]:m[9]] {
					continue
				}
				a, _ := strconv.Atoi(s[m[2]:m[3]])
				b, _ := strconv.Atoi(s[m[6]:m[7]])
				match := s[m[0]:m[1]]
				pos := t.pos(seg, m[0])
				if s[m[4]:m[5]] == "/" {
					if a < 1 || a > 12 || b < 1 || b > 31 {
						out.add(Finding{Pos: pos, Match: match, Message: fmt.Sprintf("%s is no date in the month-first style of slashes (MM/DD/YY)", match)})
						continue
					}
					figures = append(figures, styleUse{i, pos, match, "with slashes (09/27/50)"})
					continue
				}
				if a < 1 || a > 31 || b < 1 || b > 12 {
					out.add(Finding{Pos: pos, Match: match, Message: fmt.Sprintf("%s is no date in the day-first style of dots (D.M.YY)", match)})
					continue
				}
				figures = append(figures, styleUse{i, pos, match, "dotted (27.9.50)"})
			}
			for _, m := range signMs {
				sign := s[m[2]:m[3]]
				if inAnySpan(seg, m[0]) {
					continue
				}
				// The sign with its number, as the reader sees it: No. 12
				// is written with No., where # 13 is the edition's way.
				signs = append(signs, styleUse{i, t.pos(seg, m[0]), s[m[0]:m[1]], signStyleFor[sign]})
			}
		}
	}
	minorityStyles(words, "dates", &out)
	minorityStyles(figures, "dates in figures", &out)
	minorityStyles(signs, "numbers", &out)
	return out
}

// figureThenMark: a figure followed by a full stop or a slash and a
// figure, as dates in figures have.
func figureThenMark(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '/') && isDigit(s[i-1]) && isDigit(s[i+1]) {
			return true
		}
	}
	return false
}

// hasMonthName is a cheap test before the date patterns.
func hasMonthName(s string) bool {
	for _, m := range []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// dayBefore reports text ending in a day number and a space: the month
// after it is the day-first date's.
func dayBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	return s != "" && isDigit(s[len(s)-1])
}
