package check

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/sverka/sverka/texts"
)

var ruleCopyCount = &Rule{
	ID:      "copy-count",
	Name:    "CopyCount",
	Short:   "A distribution list whose copies do not add up to the number its header announces",
	Help:    "A telegram's header announces how many copies were made (Number of copies made - 10; Distribution list - 12 copies:; Размножено 10 экз.) and lists who got how many (Stalin - 2, Molotov - 1, ...). The entries after the announcement, on its line and the header lines that follow, must add up to it. Checked in both languages: a list that does not add up in the original too was copied faithfully, but is still worth a note. Correct the count or the entries.",
	Default: Warning,
	run:     checkCopyCount,
}

var (
	copiesAnnounced = regexp.MustCompile(`(?i)(\d+)\s+copies|copies\s+made\s*[-–—:]\s*(\d+)|(?:размножено|разослано|отпечатано)\s+(\d+)\s*экз`)
	copyEntry       = regexp.MustCompile(`[\p{L}.)]\s*[-–—]\s*(\d+)\b`)
)

func checkCopyCount(x *index) []Finding {
	var out findings
	for _, p := range x.pairs {
		if p.Target != nil {
			copyCounts(targetOf(p), &out)
		}
		if p.Source != nil {
			copyCounts(*sourceOf(p), &out)
		}
	}
	return out
}

func copyCounts(t text, out *findings) {
	segs := t.Doc.Segments
	for k := range segs {
		seg := &segs[k]
		if !mayAnnounceCopies(seg.Text) {
			continue
		}
		m := copiesAnnounced.FindStringSubmatchIndex(seg.Text)
		if m == nil {
			continue
		}
		var want int
		for g := 1; g <= 3; g++ {
			if m[2*g] >= 0 {
				want, _ = strconv.Atoi(seg.Text[m[2*g]:m[2*g+1]])
			}
		}
		sum, n := entriesFrom(seg.Text[m[1]:])
		for j := k + 1; j < len(segs) && segs[j].Kind == texts.Header && segs[j].Para == seg.Para; j++ {
			if mayAnnounceCopies(segs[j].Text) && copiesAnnounced.MatchString(segs[j].Text) {
				break
			}
			s, c := entriesFrom(segs[j].Text)
			if c == 0 {
				if n > 0 {
					break
				}
				continue // "Distribution List:" before its entries
			}
			sum, n = sum+s, n+c
		}
		if n < 2 || sum == want {
			continue
		}
		out.add(Finding{Pos: t.pos(seg, m[0]), Match: seg.Text[m[0]:m[1]],
			Message: fmt.Sprintf("%d copies announced, but the %d entries of the list add up to %d", want, n, sum)})
	}
}

// mayAnnounceCopies is a cheap test before copiesAnnounced.
func mayAnnounceCopies(s string) bool {
	return strings.Contains(s, "opies") || strings.Contains(s, "экз")
}

// entriesFrom adds up the counts of the list entries in s.
func entriesFrom(s string) (sum, n int) {
	for _, m := range copyEntry.FindAllStringSubmatch(s, -1) {
		v, _ := strconv.Atoi(m[1])
		sum += v
		n++
	}
	return sum, n
}
