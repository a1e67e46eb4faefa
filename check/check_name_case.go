package check

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

var ruleNameCase = &Rule{
	ID:      "name-case",
	Name:    "NameCase",
	Short:   "A name in capitals and in title case within one document, or a possessive with a capital S",
	Help:    "Telegrams write surnames in capitals (STALIN), translations often in title case (Stalin); either is a house style, but one document writing a name both ways is inconsistent. The less frequent form is reported once per document, with both counts. A line all in capitals (a signature, SECRETARY OF THE CC) does not count. A possessive after a name in capitals takes a small s: MATVEYEV's, not MATVEYEV'S. Information only: choose one form per document.",
	Default: Info,
	run:     checkNameCase,
}

var capitalPossessive = regexp.MustCompile(`\p{Lu}{2}['’]S\b`)

type caseOcc struct {
	seg        *texts.Segment
	start, end int
}

func checkNameCase(x *index) []Finding {
	var out findings
	for _, p := range x.pairs {
		if p.Target == nil {
			continue
		}
		t := targetOf(p)
		caps := map[string][]caseOcc{}
		title := map[string][]caseOcc{}
		var keys []string
		for k := range p.Target.Segments {
			seg := &p.Target.Segments[k]
			var possessives [][]int
			if strings.Contains(seg.Text, "'S") || strings.Contains(seg.Text, "’S") {
				possessives = capitalPossessive.FindAllStringIndex(seg.Text, -1)
			}
			for _, m := range possessives {
				at := m[0] + 2
				out.add(Finding{Pos: t.pos(seg, at), Match: seg.Text[at:m[1]],
					Message: fmt.Sprintf("the possessive after a name in capitals takes a small s: %s", seg.Text[wordStart(seg.Text, m[0]):at]+seg.Text[at:m[1]-1]+"s"),
					Fix:     &Fix{Replace: seg.Text[at:m[1]-1] + "s", Description: "a small s"}})
			}
			if allCapsLine(seg.Text) || isListLine(seg.Text) {
				continue
			}
			for _, w := range x.words(seg.Text) {
				name := stripPossessive(w.Text)
				if utf8.RuneCountInString(name) < 2 || lex.HasCyrillic(name) || !unicode.IsLetter(firstRune(name)) {
					continue
				}
				if inAnySpan(seg, w.Start) {
					continue // a translator's insertion: [Kim and Pak - AM]
				}
				key := lex.Lower(name)
				occ := caseOcc{seg, w.Start, w.Start + len(name)}
				switch {
				case lex.IsAllCaps(name):
					if len(caps[key]) == 0 && len(title[key]) == 0 {
						keys = append(keys, key)
					}
					caps[key] = append(caps[key], occ)
				case lex.FirstUpper(name) && lex.Lower(name[1:]) == name[1:]:
					if len(caps[key]) == 0 && len(title[key]) == 0 {
						keys = append(keys, key)
					}
					title[key] = append(title[key], occ)
				}
			}
		}
		var fs []Finding
		for _, key := range keys {
			c, tc := caps[key], title[key]
			if len(c) == 0 || len(tc) == 0 {
				continue
			}
			minor, major, form, other := c, tc, "in capitals", "in title case"
			if len(tc) < len(c) || len(tc) == len(c) && tc[0].seg.Start > c[0].seg.Start {
				minor, major, form, other = tc, c, "in title case", "in capitals"
			}
			o, m := minor[0], major[0]
			mp := t.pos(m.seg, m.start)
			fs = append(fs, Finding{Pos: t.pos(o.seg, o.start), Match: o.seg.Text[o.start:o.end],
				Message: fmt.Sprintf("%s is written %s %d× in this document, but %s %d× (%s at %s)", o.seg.Text[o.start:o.end], form, len(minor), other, len(major), m.seg.Text[m.start:m.end], mp),
				Related: []RelatedPlace{{Pos: mp, Match: m.seg.Text[m.start:m.end], Message: other}}})
		}
		for _, f := range joinAdjacent(fs) {
			out.add(f)
		}
	}
	return out
}

// joinAdjacent makes one finding of the findings on the words of one
// name: KIM IL SUNG beside Kim Il Sung is one name written two ways.
func joinAdjacent(fs []Finding) []Finding {
	sort.SliceStable(fs, func(a, b int) bool { return fs[a].Pos.Offset < fs[b].Pos.Offset })
	var out []Finding
	for _, f := range fs {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if last.Pos.Line == f.Pos.Line && f.Pos.Offset-(last.Pos.Offset+len(last.Match)) == 1 {
				joined := last.Match + " " + f.Match
				last.Message = joined + strings.TrimPrefix(last.Message, last.Match)
				last.Match = joined
				// The other form is one name too where its words stand
				// together: (KIM IL SUNG at …), not (KIM at …).
				if lr, fr := &last.Related[0], f.Related[0]; lr.Pos.Line == fr.Pos.Line && fr.Pos.Offset-(lr.Pos.Offset+len(lr.Match)) == 1 {
					was := "(" + lr.Match + " at "
					lr.Match += " " + fr.Match
					last.Message = strings.Replace(last.Message, was, "("+lr.Match+" at ", 1)
				}
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// isListLine reports a distribution list or a list of copies: Russian
// lists write the names in title case (т. Сталину – 2) beside a text in
// capitals, and translations keep both.
func isListLine(s string) bool {
	if _, n := entriesFrom(s); n >= 2 {
		return true
	}
	return strings.HasPrefix(s, "Copies:") || strings.HasPrefix(s, "Distribution")
}

// allCapsLine reports a line with no small letter: a signature, a stamp.
func allCapsLine(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
