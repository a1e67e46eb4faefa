package edition

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/texts"
)

// confirmedNow returns the links an editor confirmed in stored (the
// pair's bitext of its stored alignment at path, nil for none), for
// realigning the pair around them. They are carried over to the texts as
// they are now: a JSON alignment records each sentence's text, so
// sentences before and after an edited stretch are found again at their
// new places; a confirmed link on a sentence that changed, or past the end
// of a text, is left to the aligner and said in a warning.
func confirmedNow(p *Pair, stored *align.Bitext, path string) (keep []align.Link, warnings []string) {
	src, tgt := p.Source, p.Target
	if stored != nil {
		srcMap := sentenceMap(stored.Source.Sentences, src.Segments)
		tgtMap := sentenceMap(stored.Target.Sentences, tgt.Segments)
		for _, l := range stored.Links {
			if !l.Confirmed {
				continue
			}
			s, okS := mapIDs(l.Source, srcMap)
			t, okT := mapIDs(l.Target, tgtMap)
			if !okS || !okT {
				warnings = append(warnings, fmt.Sprintf("%s: the confirmed link of %s no longer fits the texts (a sentence changed): left to the aligner, confirm it again",
					path, linkSentences(l)))
				continue
			}
			keep = append(keep, align.Link{Source: s, Target: t, Confidence: 1, Confirmed: true})
		}
	}
	return keep, warnings
}

// Realign aligns the pair afresh, keeping its confirmed links exactly,
// with the evidence Open aligns with: the dictionary and the glossary's
// word pairs and the translation memory's anchors. The review's "Realign
// the rest" calls it, so that it realigns as sverka align does.
func (ed *Edition) Realign(p *Pair) ([]align.Link, error) {
	var keep []align.Link
	for _, l := range p.Links {
		if l.Confirmed {
			keep = append(keep, l)
		}
	}
	words := append(append([]align.WordPair(nil), ed.dictionary...), GlossaryWordPairs(ed.Glossary)...)
	return alignKeeping(p, words, ed.tm, keep, "")
}

// alignKeeping aligns the pair with the word pairs and the memory tm (nil
// for none), keeping the links of keep; path, when set, is the alignment
// file an error about a kept link names.
func alignKeeping(p *Pair, words []align.WordPair, tm *TM, keep []align.Link, path string) ([]align.Link, error) {
	src, tgt := p.Source, p.Target
	// The memory's exact matches anchor the rest, as in Open.
	pairs, anchors := memoryEvidence(src, tgt, words, tm, p.sourceLang(), p.targetLang(), keep)
	opts := align.Options{Pairs: pairs, Keep: append(append([]align.Link(nil), keep...), anchors...)}
	links, err := align.Align(align.FromSegments(src.Segments), align.FromSegments(tgt.Segments), opts)
	var ke *align.KeepError
	if errors.As(err, &ke) && ke.Index < len(keep) {
		msg := fmt.Sprintf("the confirmed link of %s cannot be kept: %s", linkSentences(keep[ke.Index]), ke.Msg)
		if path != "" {
			msg = path + ": " + msg
		}
		return nil, errors.New(msg)
	}
	if err != nil {
		return nil, err
	}
	Unconfirm(links, anchors)
	return links, nil
}

// sentenceMap maps each sentence index of a stored side to its index in
// the text now, -1 where the sentence changed: the common run at the
// start and at the end, compared by text, keep their sentences; a side
// that records no texts (the links format) keeps every index in range.
func sentenceMap(was []align.Unit, now []texts.Segment) func(int) int {
	if len(was) == 0 {
		return func(i int) int {
			if i < len(now) {
				return i
			}
			return -1
		}
	}
	same := func(i, j int) bool { return normalizeSpace(was[i].Text) == normalizeSpace(now[j].Text) }
	pre := 0
	for pre < len(was) && pre < len(now) && same(pre, pre) {
		pre++
	}
	suf := 0
	for suf < len(was)-pre && suf < len(now)-pre && same(len(was)-1-suf, len(now)-1-suf) {
		suf++
	}
	shift := len(now) - len(was)
	return func(i int) int {
		switch {
		case i < 0 || i >= len(was):
			return -1
		case i < pre:
			return i
		case i >= len(was)-suf:
			return i + shift
		}
		return -1
	}
}

func mapIDs(ids []int, m func(int) int) ([]int, bool) {
	out := make([]int, len(ids))
	for k, i := range ids {
		if out[k] = m(i); out[k] < 0 {
			return nil, false
		}
	}
	return out, true
}

// linkSentences names a link's sentences from 1: "source sentences 4 to 5
// and target sentence 6".
func linkSentences(l align.Link) string {
	side := func(name string, ids []int) string {
		switch len(ids) {
		case 0:
			return "no " + name + " sentence"
		case 1:
			return name + " sentence " + strconv.Itoa(ids[0]+1)
		}
		if ids[len(ids)-1]-ids[0] != len(ids)-1 {
			// A link that goes round OCR debris: not the run between.
			var ns []string
			for _, i := range ids {
				ns = append(ns, strconv.Itoa(i+1))
			}
			return name + " sentences " + strings.Join(ns, ", ")
		}
		return name + " sentences " + strconv.Itoa(ids[0]+1) + " to " + strconv.Itoa(ids[len(ids)-1]+1)
	}
	return side("source", l.Source) + " and " + side("target", l.Target)
}

// Bitext is the pair as an alignment file records it (sverka align's
// JSON): its files named relative to dir, with forward slashes, its
// document ids, every sentence with its text and place, and its links.
func (p *Pair) Bitext(dir string) align.Bitext {
	side := func(file string, d *texts.Document) align.Side {
		s := align.Side{File: relSlash(dir, file), Document: d.ID}
		for _, seg := range d.Segments {
			s.Sentences = append(s.Sentences, align.Unit{ID: seg.ID, Kind: seg.Kind, Text: seg.Text, Pos: seg.Pos})
		}
		return s
	}
	return align.Bitext{Source: side(p.SourceFile, p.Source), Target: side(p.TargetFile, p.Target), Links: p.Links}
}

func relSlash(dir, name string) string {
	return Options{BaseDir: dir}.fileName(name)
}

// Confirmed counts the links an editor confirmed.
func (p *Pair) Confirmed() int {
	n := 0
	for _, l := range p.Links {
		if l.Confirmed {
			n++
		}
	}
	return n
}
