package edition

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sverka/sverka/texts"
)

// markPlace is where the review edition shows a mark: a sentence of a
// pair, the words of it the mark is about, and the row of its link.
type markPlace struct {
	pair       int // -1: the mark falls in no sentence of the edition
	target     bool
	seg        int
	start, end int    // the marked bytes of the sentence's text
	row        string // the id of the link's row ("d1-l5")
	link       int    // the link's number, from 1
}

// placeMarks finds each mark's place: the first of its places that falls
// inside a sentence of a pair, and there the words it is about when the
// text at the place is those words, else the whole sentence.
func placeMarks(ed *Edition) []markPlace {
	out := make([]markPlace, len(ed.Marks))
	for i := range out {
		out[i].pair = -1
	}
	if len(ed.Marks) == 0 {
		return out
	}
	type side struct {
		doc    *texts.Document
		src    *texts.Source
		target bool
		rows   map[int]int // sentence index → link index
	}
	type pairSides struct {
		anchor string
		sides  [2]side
	}
	all := make([]pairSides, len(ed.Pairs))
	for pi, b := range ed.Pairs {
		ps := pairSides{anchor: b.anchor(pi)}
		ps.sides[0] = side{doc: b.Target, src: b.TargetText, target: true, rows: map[int]int{}}
		ps.sides[1] = side{doc: b.Source, src: b.SourceText, rows: map[int]int{}}
		for li, l := range b.Links {
			for _, t := range l.Target {
				ps.sides[0].rows[t] = li
			}
			for _, s := range l.Source {
				ps.sides[1].rows[s] = li
			}
		}
		all[pi] = ps
	}
	for mi, m := range ed.Marks {
	places:
		for k, p := range m.Places {
			for pi, ps := range all {
				for _, sd := range ps.sides {
					seg, at := SegmentAt(sd.doc, sd.src, p)
					if seg < 0 {
						continue
					}
					text := sd.doc.Segments[seg].Text
					start, end := 0, len(text)
					if w := m.match(k); w != "" && at >= 0 && at+len(w) <= len(text) && text[at:at+len(w)] == w {
						start, end = at, at+len(w)
					}
					li := sd.rows[seg]
					out[mi] = markPlace{pair: pi, target: sd.target, seg: seg, start: start, end: end,
						row: ps.anchor + "-l" + strconv.Itoa(li+1), link: li + 1}
					break places
				}
			}
		}
	}
	return out
}

// SegmentAt is the index of the sentence of doc that holds p (same file,
// an offset within it) and p's offset in the sentence's text, or -1, -1.
// src is the file doc was read from: p counts the file's bytes, the
// sentences the text's, which differ wherever reading changed the bytes
// (CRLF, a no-break space, a code page); nil when the text is the file.
func SegmentAt(doc *texts.Document, src *texts.Source, p texts.Pos) (seg, at int) {
	if doc == nil || len(doc.Segments) == 0 || doc.Segments[0].Pos.File != p.File {
		return -1, -1
	}
	off := p.Offset
	if src != nil {
		off = src.TextOffset(p.Offset)
	}
	segs := doc.Segments
	k := sort.Search(len(segs), func(k int) bool { return segs[k].End > off })
	if k < len(segs) && segs[k].Start <= off && segs[k].Pos.File == p.File {
		return k, off - segs[k].Start
	}
	return -1, -1
}

// markedRun is a run of a sentence's text that marks cover, with the
// numbers (from 1) of the marks.
type markedRun struct {
	start, end int
	marks      []int
}

// markRuns returns the runs of a sentence's text the marks cover, widened
// so that no run cuts a span or a glossary term (extents are the pieces'
// byte ranges, atomic those that must not be cut), overlapping runs
// merged.
func markRuns(runs []markedRun, extents [][2]int, atomic []bool) []markedRun {
	for i := range runs {
		for k, e := range extents {
			if !atomic[k] {
				continue
			}
			if runs[i].start > e[0] && runs[i].start < e[1] {
				runs[i].start = e[0]
			}
			if runs[i].end > e[0] && runs[i].end < e[1] {
				runs[i].end = e[1]
			}
		}
	}
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].start < runs[j].start })
	var out []markedRun
	for _, r := range runs {
		if r.start >= r.end {
			continue
		}
		if n := len(out); n > 0 && r.start < out[n-1].end {
			out[n-1].end = max(out[n-1].end, r.end)
			out[n-1].marks = append(out[n-1].marks, r.marks...)
			continue
		}
		out = append(out, r)
	}
	return out
}

// RelMessage is a message (a mark's, a finding's) with the files under
// baseDir named relative to it, as the pages name every file: baseDir as
// given and as an absolute path; "" leaves the message as it is.
func RelMessage(msg, baseDir string) string {
	if baseDir == "" {
		return msg
	}
	if abs, err := filepath.Abs(baseDir); err == nil {
		msg = cutFolder(msg, abs+string(filepath.Separator))
	}
	if d := filepath.Clean(baseDir); d != "." {
		msg = cutFolder(msg, d+string(filepath.Separator))
	}
	return msg
}

// cutFolder removes the folder prefix from every path in msg that starts
// with it: at the start of msg or after a space, quote or bracket, so that
// "data/x" keeps its "a/" when the folder is "a".
func cutFolder(msg, prefix string) string {
	var b strings.Builder
	for {
		i := strings.Index(msg, prefix)
		if i < 0 {
			b.WriteString(msg)
			return b.String()
		}
		b.WriteString(msg[:i])
		if i == 0 || strings.ContainsRune(" \t\n\"'(«[", rune(msg[i-1])) {
			msg = msg[i+len(prefix):]
		} else {
			b.WriteString(prefix)
			msg = msg[i+len(prefix):]
		}
	}
}
