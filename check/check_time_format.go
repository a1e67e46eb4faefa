package check

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/sverka/sverka/internal/lex"
)

var ruleTimeFormat = &Rule{
	ID:      "time-format",
	Name:    "TimeFormat",
	Short:   "Times of day written in more than one style, or malformed",
	Help:    "The times of the English are sorted by style: 24-hour (14:50), 12-hour with a.m. or p.m. (2:50 p.m.), compact (2:50pm, 7pm). A style the edition uses less than its most frequent one is reported once per document, as information, naming the majority. A malformed time is always a warning: a 24-hour time with a.m. or p.m. (20:55 p.m., 0:15 a.m.), p.m without its full stop. Write every time in the edition's style.",
	Default: Warning,
	run:     checkTimeFormat,
}

// clockTime: hours and minutes, or hours alone before a meridiem, with
// the meridiem as written.
var clockTime = regexp.MustCompile(`(?i)(\d{1,2})(?::(\d{2}))?(?:\s?([ap])(\.?)m(\.?))?`)

func checkTimeFormat(x *index) []Finding {
	var out findings
	var uses []styleUse
	for i, segs := range x.english {
		t := targetOf(x.pairs[i])
		for k := range segs {
			seg := &segs[k]
			s := seg.Text
			for _, m := range clockTime.FindAllStringSubmatchIndex(s, -1) {
				hasMin, hasMer := m[4] >= 0, m[6] >= 0
				if !hasMin && !hasMer || m[0] > 0 && (isDigit(s[m[0]-1]) || strings.IndexByte(":./", s[m[0]-1]) >= 0) {
					continue
				}
				end := m[1]
				if end < len(s) && (isDigit(s[end]) || hasMer && lex.StartsWithLetter(s[end:])) {
					continue // 8:101, 5 amps
				}
				if !hasMer && end < len(s) && s[end] == '.' && end+1 < len(s) && isDigit(s[end+1]) {
					continue
				}
				if inAnySpan(seg, m[0]) {
					continue
				}
				h, _ := strconv.Atoi(s[m[2]:m[3]])
				if hasMin {
					if mm, _ := strconv.Atoi(s[m[4]:m[5]]); mm > 59 || h > 24 {
						continue
					}
				}
				match := s[m[0]:end]
				pos := t.pos(seg, m[0])
				dots := m[8] < m[9] // p.m, not pm (a full stop after pm may end the sentence)
				switch {
				case hasMer && (h > 12 || h == 0):
					msg := fmt.Sprintf("%s mixes a 24-hour time with %s", match, strings.TrimSpace(s[m[6]:end]))
					if m[8] < m[9] && m[10] == m[11] {
						msg += ", and lacks its final full stop"
					}
					out.add(Finding{Pos: pos, Match: match, Message: msg})
				case hasMer && m[8] < m[9] && m[10] == m[11]:
					out.add(Finding{Pos: pos, Match: match, Message: fmt.Sprintf("%s: %s without its final full stop", match, strings.TrimSpace(s[m[6]:end])),
						Fix: &Fix{Replace: match + ".", Description: "add the full stop"}})
				case hasMer && !dots:
					uses = append(uses, styleUse{i, pos, strings.TrimSuffix(match, "."), "compact (7pm)"})
				case hasMer:
					uses = append(uses, styleUse{i, pos, match, "12-hour (2:50 p.m.)"})
				case hasMin:
					uses = append(uses, styleUse{i, pos, match, "24-hour (14:50)"})
				}
			}
		}
	}
	minorityStyles(uses, "times", &out)
	return out
}
