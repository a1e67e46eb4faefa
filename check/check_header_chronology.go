package check

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/sverka/sverka/texts"
)

var ruleHeaderChronology = &Rule{
	ID:      "header-chronology",
	Name:    "HeaderChronology",
	Short:   "A telegram's header lines out of time order",
	Help:    "The header of a ciphered telegram records its path: sent, received (in Moscow), arrived at the directorate, deciphered, typed. Their dates and times, read in either language (26.9.50 г. в 8.10; on 09/30/50 at 23:32 p.m.; 24-hour times and a.m./p.m.), must not go backwards. A line earlier than a step before it is reported with both times: a typing error in the English, or one copied from the original (the original is checked too). Correct the date or the time.",
	Default: Warning,
	run:     checkHeaderChronology,
}

// headerStages are the steps of a telegram's path, in order, and how a
// header line names each in English and in Russian.
var headerStages = []struct {
	name string
	re   *regexp.Regexp
}{
	{"sent", regexp.MustCompile(`(?i)^(?:from \S+ )?sent\b|^(?:из \S+ )?отправлено\b`)},
	{"received", regexp.MustCompile(`(?i)^received in\b|^поступило в москву`)},
	{"arrived", regexp.MustCompile(`(?i)^(?:arrived|received at)\b|^поступило в \d`)},
	{"deciphered", regexp.MustCompile(`(?i)^deciphered\b|^расшифровал`)},
	{"typed", regexp.MustCompile(`(?i)^typed\b|^отп\.`)},
}

type stamp struct {
	stage   int
	minutes int64
	seg     *texts.Segment
	at, end int
	when    string
}

func checkHeaderChronology(x *index) []Finding {
	var out findings
	for _, p := range x.pairs {
		if p.Target != nil {
			headerOrder(targetOf(p), false, &out)
		}
		if p.Source != nil {
			headerOrder(*sourceOf(p), true, &out)
		}
	}
	return out
}

func headerOrder(t text, russian bool, out *findings) {
	var seen []stamp
	lastDate := int64(-1)
	for k := range t.Doc.Segments {
		seg := &t.Doc.Segments[k]
		if !mayBeStage(seg.Text) {
			continue
		}
		stage := -1
		for i, st := range headerStages {
			if st.re.MatchString(seg.Text) {
				stage = i
				break
			}
		}
		if stage < 0 {
			continue
		}
		s, ok := readStamp(seg, russian, lastDate)
		if !ok {
			continue
		}
		lastDate = s.minutes / 1440
		s.stage = stage
		// The step just before it that it goes back on.
		for i := len(seen) - 1; i >= 0; i-- {
			o := seen[i]
			if o.stage < s.stage && s.minutes < o.minutes {
				op := t.pos(o.seg, o.at)
				out.add(Finding{Pos: t.pos(seg, s.at), Match: seg.Text[s.at:s.end],
					Message: fmt.Sprintf("%s %s is before %s %s (%s)", headerStages[s.stage].name, s.when, headerStages[o.stage].name, o.when, op),
					Related: []RelatedPlace{{Pos: op, Match: o.seg.Text[o.at:o.end], Message: headerStages[o.stage].name + " " + o.when}}})
				break
			}
		}
		seen = append(seen, s)
	}
}

// stageWords are the first words of the header lines headerStages
// names, lower case: a cheap test before the regular expressions.
var stageWords = []string{"from", "sent", "received", "arrived", "deciphered", "typed", "из", "отправлено", "поступило", "расшифровал", "отп."}

func mayBeStage(s string) bool {
	head := strings.ToLower(s[:min(len(s), 24)])
	for _, w := range stageWords {
		if strings.HasPrefix(head, w) {
			return true
		}
	}
	return false
}

// readStamp reads the date and time of a header line; a line with a time
// alone takes the date of the line before.
func readStamp(seg *texts.Segment, russian bool, lastDate int64) (stamp, bool) {
	toks := numbersIn(seg.Text, russian)
	var date, tm *numTok
	year := 0
	for i := range toks {
		tk := &toks[i]
		switch {
		case tk.kind == numDate && date == nil:
			date = tk
			if i+1 < len(toks) && toks[i+1].kind == numPlain {
				year, _ = strconv.Atoi(toks[i+1].val)
			}
		case tk.kind == numTime && tm == nil:
			tm = tk
		}
	}
	if tm == nil || date == nil && lastDate < 0 {
		return stamp{}, false
	}
	var day int64
	when := ""
	at, end := tm.start, tm.end
	if date != nil {
		if year == 0 && lastDate >= 0 {
			// "on 4 November" after "3 November 1951": the year goes on.
			year = int(lastDate / 372)
		}
		day = int64(year)*372 + int64(date.month)*31 + int64(date.day)
		when = seg.Text[date.start:date.end] + " "
		at = date.start
	} else {
		day = lastDate
	}
	var h, m int
	fmt.Sscanf(tm.val, "%d:%d", &h, &m)
	when += seg.Text[tm.start:tm.end]
	return stamp{minutes: day*1440 + int64(h*60+m), seg: seg, at: at, end: end, when: when}, true
}
