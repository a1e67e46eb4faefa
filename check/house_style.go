package check

import (
	"fmt"

	"github.com/sverka/sverka/texts"
)

// styleUse is one place the English writes something in a style of the
// house: a time, a date, a number sign.
type styleUse struct {
	doc   int
	pos   texts.Pos
	match string
	style string
}

// minorityStyles reports, once per document, each style the edition
// uses less than its most frequent one, naming the majority: house style
// asks for one way, and the edition's own habit says which.
func minorityStyles(uses []styleUse, what string, out *findings) {
	count := map[string]int{}
	first := map[string]styleUse{}
	for _, u := range uses {
		if count[u.style] == 0 {
			first[u.style] = u
		}
		count[u.style]++
	}
	if len(count) < 2 {
		return
	}
	main := majorityStyle(count, func(a, b string) bool { return first[a].pos.Offset < first[b].pos.Offset })
	m := first[main]
	type docStyle struct {
		doc   int
		style string
	}
	inDoc := map[docStyle]int{}
	for _, u := range uses {
		inDoc[docStyle{u.doc, u.style}]++
	}
	done := map[docStyle]bool{}
	for _, u := range uses {
		k := docStyle{u.doc, u.style}
		if u.style == main || done[k] {
			continue
		}
		done[k] = true
		out.add(Finding{Severity: Info, Pos: u.pos, Match: u.match,
			Message: fmt.Sprintf("%s is written %s (%d× in this document), but the edition writes %s %s %d× (first %q at %s)", u.match, u.style, inDoc[k], what, main, count[main], m.match, m.pos),
			Related: []RelatedPlace{{Pos: m.pos, Match: m.match, Message: main}}})
	}
}

// majorityStyle is the style used most, ties going to the one earlier
// says comes first.
func majorityStyle(count map[string]int, earlier func(a, b string) bool) string {
	main := ""
	for s, n := range count {
		if main == "" || n > count[main] || n == count[main] && earlier(s, main) {
			main = s
		}
	}
	return main
}
