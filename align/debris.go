package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/texts"
)

// OCR debris (a stray mark, a rule of dashes, letters of a picture's
// edge: "h * \"", ".:-- , .") often lands in the middle of a sentence that
// a page or a picture interrupts, and the hand-made alignments of OCR text
// link the sentence around it, leaving the debris unpaired: the Text+Berg
// gold has such gapped links. A monotone search cannot make them, and the
// debris pulls the link apart (the half before it left unpaired, or
// joined to the link before). So the debris is left out of the search and
// put back afterwards as links of its own; a link the debris stood inside
// then has a gap there.

// isDebris reports whether a sentence is OCR debris: under junkLetters
// letters and digits, none a digit (a line of a number may be a page or a
// list number that the other side has too) or a letter of a script
// written without spaces (Chinese, Japanese, Thai), not a short word
// (isShortWord), and not a piece of an abbreviation cut at its full stop,
// a capital first and a full stop last (C ) ., L' E .), which belongs to
// the sentence it was cut from, nor a short reply, a word that a
// sentence's end mark closes (— Да! «Нет?» No.), which the other side
// translates.
func isDebris(s Sentence) bool {
	if s.forced || s.Kind != "" && s.Kind != texts.Sentence || letters(s.Text) >= junkLetters {
		return false
	}
	// A letter of a script written without spaces is a word or most of
	// one: 好的 is a sentence.
	if strings.ContainsFunc(s.Text, func(r rune) bool { return unicode.IsDigit(r) || isUnspaced(r) }) ||
		isShortWord(s.Text) {
		return false
	}
	t := strings.TrimSpace(s.Text)
	first, _ := utf8.DecodeRuneInString(t)
	return !(unicode.IsUpper(first) && strings.HasSuffix(t, ".")) && !endsWord(t)
}

// endsWord reports whether t ends in a letter and the end marks of a
// sentence after it (. ! ? …), closing quotes and brackets aside: Да!,
// «Нет?», “No.”
func endsWord(t string) bool {
	t = strings.TrimRightFunc(t, func(r rune) bool {
		return unicode.In(r, unicode.Pf, unicode.Pe) || r == '"' || r == '\''
	})
	u := strings.TrimRight(t, ".!?…")
	if len(u) == len(t) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(u)
	return unicode.IsLetter(last)
}

// debrisSplit is a pair of texts with their debris taken out.
type debrisSplit struct {
	src, tgt         []Sentence // what is left
	keptS, keptT     []int      // the position in the whole text of each sentence left
	debrisS, debrisT []int      // the positions of the debris
}

// splitDebris takes the debris out of two texts; ok is false when there
// is none, or when one side would be left empty (there is nothing to
// search around then).
func splitDebris(src, tgt []Sentence) (d debrisSplit, ok bool) {
	side := func(ss []Sentence) (left []Sentence, kept, debris []int) {
		for k, s := range ss {
			if isDebris(s) {
				debris = append(debris, k)
				continue
			}
			kept = append(kept, k)
			left = append(left, s)
		}
		return left, kept, debris
	}
	d.src, d.keptS, d.debrisS = side(src)
	d.tgt, d.keptT, d.debrisT = side(tgt)
	if len(d.debrisS)+len(d.debrisT) == 0 || len(d.src) == 0 || len(d.tgt) == 0 {
		return debrisSplit{}, false
	}
	return d, true
}

// restore maps the links of the texts without debris back to the whole
// texts and puts each debris sentence back. With gaps, each stands in a
// link of its own, in text order (before the first link that starts after
// it on its side), and a link it stood inside has a gap there; without,
// debris inside a link's sentences is one of them again, so that the
// links cover each text in order. One debris line on each side in the
// same place, between the same two links, made of the same marks (* * *
// and * * * * *, the break between two sections), is one mark each text
// keeps, and a link.
func (d debrisSplit) restore(links []Link, src, tgt []Sentence, p params, gaps bool) []Link {
	out := make([]Link, 0, len(links)+len(d.debrisS)+len(d.debrisT))
	usedS, usedT := map[int]bool{}, map[int]bool{}
	ns, nt := 0, 0 // the next debris sentence of each side
	add := func(l Link) {
		out = append(out, l)
		finish(out[len(out)-1:], src, tgt, p)
	}
	next := func(debris []int, n int, before int, used map[int]bool) (int, []int) {
		var free []int
		for ; n < len(debris) && debris[n] < before; n++ {
			if !used[debris[n]] {
				free = append(free, debris[n])
			}
		}
		return n, free
	}
	place := func(beforeS, beforeT int) {
		var fs, ft []int
		ns, fs = next(d.debrisS, ns, beforeS, usedS)
		nt, ft = next(d.debrisT, nt, beforeT, usedT)
		if len(fs) == 1 && len(ft) == 1 && sameMarks(src[fs[0]].Text, tgt[ft[0]].Text) {
			add(Link{Source: fs, Target: ft, Confidence: markConfidence})
			return
		}
		for _, i := range fs {
			add(Link{Source: []int{i}, Target: []int{}, Confidence: debrisConfidence})
		}
		for _, j := range ft {
			add(Link{Source: []int{}, Target: []int{j}, Confidence: debrisConfidence})
		}
	}
	for _, l := range links {
		l.Source = back(l.Source, d.keptS, d.debrisS, usedS, gaps)
		l.Target = back(l.Target, d.keptT, d.debrisT, usedT, gaps)
		// A side the link is empty on waits for nothing.
		bs, bt := 0, 0
		if len(l.Source) > 0 {
			bs = l.Source[0]
		}
		if len(l.Target) > 0 {
			bt = l.Target[0]
		}
		place(bs, bt)
		out = append(out, l)
		if gaps {
			// The debris the link skips goes right after it.
			for _, i := range inside(l.Source, d.debrisS, usedS) {
				add(Link{Source: []int{i}, Target: []int{}, Confidence: debrisConfidence})
			}
			for _, j := range inside(l.Target, d.debrisT, usedT) {
				add(Link{Source: []int{}, Target: []int{j}, Confidence: debrisConfidence})
			}
		}
	}
	place(len(src), len(tgt))
	return out
}

// inside returns the debris between the first and the last of ids not
// used yet, and marks it used.
func inside(ids, debris []int, used map[int]bool) []int {
	if len(ids) < 2 {
		return nil
	}
	var in []int
	for _, x := range debris {
		if x > ids[0] && x < ids[len(ids)-1] && !used[x] {
			in = append(in, x)
			used[x] = true
		}
	}
	return in
}

// back maps one side of a link to the whole text; without gaps, the
// debris between its first and last sentence joins it (used marks it).
func back(ids, kept, debris []int, used map[int]bool, gaps bool) []int {
	for k, i := range ids {
		ids[k] = kept[i]
	}
	if gaps || len(ids) < 2 {
		return ids
	}
	if in := inside(ids, debris, used); len(in) > 0 {
		ids = append(ids, in...)
		slices.Sort(ids)
	}
	return ids
}

// sameMarks reports whether two lines are made of the same characters,
// white space aside, however many of each.
func sameMarks(a, b string) bool {
	set := func(s string) map[rune]bool {
		m := map[rune]bool{}
		for _, r := range s {
			if !unicode.IsSpace(r) {
				m[r] = true
			}
		}
		return m
	}
	x, y := set(a), set(b)
	if len(x) == 0 || len(x) != len(y) {
		return false
	}
	for r := range x {
		if !y[r] {
			return false
		}
	}
	return true
}

// debrisConfidence is the confidence of a debris sentence left unpaired,
// and markConfidence of two marks paired: what the calibration makes of a
// sure link with an empty side, and of a sure 1-1 link.
var (
	debrisConfidence = calibrate(step{pi: 0, i: 1, pj: 0, j: 0, posterior: 0.99}, false)
	markConfidence   = calibrate(step{pi: 0, i: 1, pj: 0, j: 1, posterior: 0.99}, false)
)

// isShortWord reports whether text is one word of two or three letters
// and nothing else, in small letters or with a capital first only: yes,
// no, Да, ls (with an end mark after it, it is a reply: endsWord). Tables,
// forms and lists of real text have such lines (a cell "no" against the
// Chinese 否 in the Debian handbook), and taken for debris they were left
// unpaired and their counterpart with them. OCR's letters of a picture's
// edge are mixed in case (JfV) or apart (f r).
func isShortWord(text string) bool {
	t := strings.TrimSpace(text)
	n := 0
	for k, r := range t {
		switch {
		case !unicode.IsLetter(r):
			return false
		case k > 0 && !unicode.IsLower(r):
			return false
		}
		n++
	}
	return n >= 2
}
