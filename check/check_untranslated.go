package check

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/sverka/sverka/texts"
)

var ruleUntranslated = &Rule{
	ID:      "untranslated",
	Name:    "Untranslated",
	Short:   "Russian left in the English, or a Russian abbreviation carried over in Latin letters",
	Help:    "A Cyrillic word in the English outside a bracketed gloss or note and outside quotation marks, and a Russian mark after a document number carried over in Latin look-alikes or transliteration instead of translated or kept as a gloss: No. 512cc (сс: совершенно секретно, top secret), No. 77/sh (ш: the cipher office's mark, шифр), #73 (op) (оп: особая папка, the special file), No. 12s (с: секретно, secret). The message says what the mark stands for. Translate it, or keep the Russian in a gloss.",
	Default: Warning,
	run:     checkUntranslated,
}

// russianMarks are the marks Soviet documents put after a number, by
// their Latin spelling in a translation.
var russianMarks = map[string]string{
	"cc": "сс: совершенно секретно, top secret",
	"ss": "сс: совершенно секретно, top secret",
	"s":  "с: секретно, secret",
	"c":  "с: секретно, secret",
	"sh": "ш: шифр, the cipher office's mark",
	"op": "оп: особая папка, the special file",
}

var (
	// markAfterNumber: a number sign, the number, then letters glued or
	// after a slash or hyphen: No. 1172cc, # 1298/sh.
	markAfterNumber = regexp.MustCompile(`(?:No\.|#|№)\s*[A-ZА-Я]?\d+(?:/\d+)?[/-]?([a-zA-Z]{1,2})\b`)
	// markInParens: (op) after a number.
	markInParens = regexp.MustCompile(`\d\s*\((op|оп)\)`)
)

func checkUntranslated(x *index) []Finding {
	var out findings
	for t, seg := range x.englishSegments() {
		s := seg.Text
		var quoted [][2]int
		for _, w := range x.words(s) {
			if w.Text[0] < 0x80 || !allCyrillic(w.Text) {
				continue
			}
			if quoted == nil {
				quoted = quotedRanges(s)
			}
			if inAnySpan(seg, w.Start) || inRanges(quoted, w.Start) {
				continue
			}
			out.add(Finding{Pos: t.pos(seg, w.Start), Match: w.Text,
				Message: fmt.Sprintf("%q is Russian left in the English", w.Text)})
		}
		report := func(at, end int, mark string) {
			meaning, ok := russianMarks[strings.ToLower(mark)]
			if !ok || inAnySpan(seg, at) {
				return
			}
			out.add(Finding{Pos: t.pos(seg, at), Match: s[at:end],
				Message: fmt.Sprintf("%q after the number carries the Russian mark over (%s): translate it or gloss it", s[at:end], meaning)})
		}
		if strings.Contains(s, "No.") || strings.ContainsAny(s, "#№") {
			for _, m := range markAfterNumber.FindAllStringSubmatchIndex(s, -1) {
				report(m[2], m[3], s[m[2]:m[3]])
			}
		}
		if strings.Contains(s, "(op)") || strings.Contains(s, "(оп)") {
			for _, m := range markInParens.FindAllStringSubmatchIndex(s, -1) {
				report(m[2], m[3], translitMark(s[m[2]:m[3]]))
			}
		}
	}
	return out
}

func translitMark(m string) string {
	if m == "оп" {
		return "op"
	}
	return m
}

// allCyrillic reports a word of Cyrillic letters only (a word that mixes
// scripts is mixed-script's).
func allCyrillic(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Cyrillic, r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// inAnySpan reports whether byte i of a segment is inside any bracketed
// span: a gloss, a note or a citation may quote the Russian.
func inAnySpan(seg *texts.Segment, i int) bool {
	for k := range seg.Spans {
		sp := &seg.Spans[k]
		if sp.Class.Suspicion() {
			continue
		}
		if at := spanOffset(seg, sp); at >= 0 && at <= i && i < at+len(sp.Text) {
			return true
		}
	}
	return false
}

// quotedRanges are the byte ranges of s between quotation marks.
func quotedRanges(s string) [][2]int {
	var out [][2]int
	open := -1
	var closer rune
	for i, r := range s {
		switch {
		case open < 0 && (r == '"' || r == '«' || r == '“'):
			open = i
			closer = map[rune]rune{'"': '"', '«': '»', '“': '”'}[r]
		case open >= 0 && r == closer:
			out = append(out, [2]int{open, i})
			open = -1
		}
	}
	return out
}

func inRanges(rs [][2]int, i int) bool {
	for _, r := range rs {
		if r[0] <= i && i <= r[1] {
			return true
		}
	}
	return false
}
