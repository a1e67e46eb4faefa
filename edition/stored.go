package edition

import (
	"bytes"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/texts"
)

// ReadAlignmentFile reads a stored alignment as sverka align writes it
// (JSON or links).
func ReadAlignmentFile(path string) ([]align.Bitext, error) {
	data, err := input.ReadFile(path, input.MaxData)
	if err != nil {
		return nil, err
	}
	bitexts, err := align.ReadAlignment(path, bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	markUnscored(data, bitexts)
	return bitexts, nil
}

// PairAlignment returns the links of the pair src, tgt in the alignment
// bitexts read from path: its only bitext, or the one naming these
// documents. Links that do not fit the documents (a sentence in no link,
// or in two) are an error naming srcLabel and tgtLabel, not a silent
// misreading. A confirmed link with a sentence edited since it was
// confirmed is no longer confirmed, and a warning says so: sverka align
// leaves such a link to the aligner, and no export may call the changed
// translation the editor's (XLIFF signed-off, TMX x-status confirmed).
func PairAlignment(path string, bitexts []align.Bitext, src, tgt *texts.Document, srcLabel, tgtLabel string) (links []align.Link, warnings []string, err error) {
	found := storedBitext(bitexts, src, tgt)
	if found == nil {
		return nil, nil, fmt.Errorf("%s: no alignment of documents %s and %s among its %d", path, src.ID, tgt.ID, len(bitexts))
	}
	if err := alignmentFits(path, *found, src, tgt); err != nil {
		return nil, nil, err
	}
	b := Pair{ID: tgt.ID, Source: src, Target: tgt, Links: found.Links}
	err = b.Validate()
	if err == nil && !moved(found.Source, src) && !moved(found.Target, tgt) {
		links, warnings = unconfirmEdited(path, *found, src, tgt)
		return links, warnings, nil
	}
	what := misfit(*found, src, tgt, srcLabel, tgtLabel)
	if what == "" {
		what = strings.TrimPrefix(err.Error(), "edition: ")
	}
	return nil, nil, fmt.Errorf("%s: does not fit %s and %s: %s; align them again, keeping the links an editor confirmed: "+
		"'sverka align' for the whole edition, or 'sverka align --alignment %s -o %s %s %s'",
		path, srcLabel, tgtLabel, what, path, path, srcLabel, tgtLabel)
}

// unconfirmEdited returns the bitext's links with the confirmation taken
// off those whose sentences differ from the ones the alignment recorded,
// and a warning for each.
func unconfirmEdited(path string, b align.Bitext, src, tgt *texts.Document) ([]align.Link, []string) {
	edited := func(rec align.Side, doc *texts.Document, ids []int) bool {
		if len(rec.Sentences) != len(doc.Segments) {
			return false // a links file records no texts
		}
		for _, i := range ids {
			if i >= 0 && i < len(doc.Segments) && normalizeSpace(rec.Sentences[i].Text) != normalizeSpace(doc.Segments[i].Text) {
				return true
			}
		}
		return false
	}
	links := b.Links
	var warnings []string
	for i, l := range b.Links {
		if !l.Confirmed || !edited(b.Source, src, l.Source) && !edited(b.Target, tgt, l.Target) {
			continue
		}
		if len(warnings) == 0 {
			links = slices.Clone(b.Links)
		}
		links[i].Confirmed = false
		warnings = append(warnings, fmt.Sprintf("%s: the confirmed link of %s has a sentence edited since it was confirmed: not confirmed until it is again ('sverka review', or 'sverka align', which aligns it afresh)",
			path, linkSentences(l)))
	}
	return links, warnings
}

// moved reports whether sentences of a side have moved since a JSON
// alignment recorded them: a sentence that differs from the one recorded
// at its place is one recorded at another. The count may be the same (one
// sentence removed, one added further on), and every link between would
// silently pair the wrong sentences. A sentence edited where it is (a
// typo fixed) has not moved: the links still hold.
func moved(rec align.Side, doc *texts.Document) bool {
	was, now := rec.Sentences, doc.Segments
	if len(was) != len(now) {
		return false // Validate refuses it
	}
	at := make(map[string]int, len(was))
	for i, w := range was {
		at[normalizeSpace(w.Text)] = i
	}
	for i, seg := range now {
		text := normalizeSpace(seg.Text)
		if text == normalizeSpace(was[i].Text) {
			continue
		}
		if _, ok := at[text]; ok {
			return true
		}
	}
	return false
}

// storedBitext is the bitext of an alignment file for the documents src
// and tgt: the file's only one, else the one naming them; nil for none.
func storedBitext(bitexts []align.Bitext, src, tgt *texts.Document) *align.Bitext {
	if len(bitexts) == 1 {
		return &bitexts[0]
	}
	for i := range bitexts {
		b := &bitexts[i]
		if (b.Source.Document == "" || b.Source.Document == src.ID) && b.Target.Document == tgt.ID {
			return b
		}
	}
	return nil
}

// misfit says which sentences changed since a stored alignment was
// written, numbering them from 1 as the pages and JSON ids do: for each
// side whose sentences differ from those a JSON alignment records, the
// run of sentences that differ. "" when it cannot tell (a links file
// records no texts).
func misfit(b align.Bitext, src, tgt *texts.Document, srcLabel, tgtLabel string) string {
	var parts []string
	for _, side := range []struct {
		label string
		rec   align.Side
		doc   *texts.Document
	}{{srcLabel, b.Source, src}, {tgtLabel, b.Target, tgt}} {
		now := side.doc.Segments
		if len(side.rec.Sentences) == 0 {
			if len(now) == 0 {
				continue // an empty text, recorded as one
			}
			return "" // the links format records no texts: Validate says more
		}
		was := side.rec.Sentences
		same := func(i, j int) bool { return normalizeSpace(was[i].Text) == normalizeSpace(now[j].Text) }
		pre := 0
		for pre < len(was) && pre < len(now) && same(pre, pre) {
			pre++
		}
		if pre == len(was) && pre == len(now) {
			continue
		}
		suf := 0
		for suf < len(was)-pre && suf < len(now)-pre && same(len(was)-1-suf, len(now)-1-suf) {
			suf++
		}
		from, to := pre+1, len(now)-suf
		switch {
		case to < from: // sentences removed
			parts = append(parts, fmt.Sprintf("%s lost %s after its sentence %d (the alignment has %d sentences, the text %d)",
				side.label, count(len(was)-len(now), "sentence"), pre, len(was), len(now)))
		case to == from:
			parts = append(parts, fmt.Sprintf("sentence %d of %s is new or changed (the alignment has %d sentences, the text %d)", from, side.label, len(was), len(now)))
		default:
			parts = append(parts, fmt.Sprintf("sentences %d to %d of %s are new or changed (the alignment has %d sentences, the text %d)", from, to, side.label, len(was), len(now)))
		}
	}
	return strings.Join(parts, "; ")
}

func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// normalizeSpace makes every run of white space one space and trims it.
func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// markUnscored gives the links of a links-format file that were written
// without a score (and are not confirmed) an unknown confidence, NaN, which
// the exports leave out, rather than the 1 the reader assumes: a links file
// from another aligner or typed by hand says nothing about confidence. The
// file's link lines are the bitexts' links in order.
func markUnscored(data []byte, bitexts []align.Bitext) {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return // JSON records every link's confidence
	}
	var scored []bool
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		has := false
		if end := strings.LastIndexByte(line, ']'); end >= 0 {
			for _, f := range strings.Split(line[end+1:], ":") {
				if _, err := strconv.ParseFloat(strings.TrimSpace(f), 64); err == nil {
					has = true
				}
			}
		}
		scored = append(scored, has)
	}
	k := 0
	for bi := range bitexts {
		for li := range bitexts[bi].Links {
			l := &bitexts[bi].Links[li]
			if k < len(scored) && !scored[k] && !l.Confirmed {
				l.Confidence = math.NaN()
			}
			k++
		}
	}
}

// alignmentFits refuses a stored alignment that records other documents
// than src and tgt: a JSON alignment names its files and document ids, and
// applying the alignment of one telegram to another would drop or misplace
// sentences. Files are compared by base name, so that an alignment written
// from another folder still fits; the links format records no files.
func alignmentFits(path string, b align.Bitext, src, tgt *texts.Document) error {
	for _, side := range []struct {
		name string
		rec  align.Side
		doc  *texts.Document
	}{{"source", b.Source, src}, {"target", b.Target, tgt}} {
		file := documentFile(side.doc)
		otherFile := side.rec.File != "" && file != "" && filepath.Base(filepath.FromSlash(side.rec.File)) != filepath.Base(file)
		otherDoc := side.rec.Document != "" && side.rec.Document != side.doc.ID
		if otherFile || otherDoc {
			return fmt.Errorf("%s: its %s is %s, not %s: the alignment of other documents would drop or misplace sentences (align this pair again)",
				path, side.name, docLabel(side.rec.File, side.rec.Document), docLabel(file, side.doc.ID))
		}
	}
	return nil
}

// documentFile is the file a document was read from, as its positions
// record it; "" when they do not.
func documentFile(d *texts.Document) string {
	if len(d.Segments) > 0 && d.Segments[0].Pos.File != "" {
		return d.Segments[0].Pos.File
	}
	return d.TitlePos.File
}

// docLabel names a document as FILE#ID.
func docLabel(file, id string) string {
	if id == "" {
		return file
	}
	return file + "#" + id
}
