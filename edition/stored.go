package edition

import (
	"bytes"
	"fmt"
	"math"
	"path/filepath"
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
// misreading.
func PairAlignment(path string, bitexts []align.Bitext, src, tgt *texts.Document, srcLabel, tgtLabel string) ([]align.Link, error) {
	var found *align.Bitext
	if len(bitexts) == 1 {
		found = &bitexts[0]
	}
	for i := range bitexts {
		b := &bitexts[i]
		if found == nil && (b.Source.Document == "" || b.Source.Document == src.ID) && b.Target.Document == tgt.ID {
			found = b
		}
	}
	if found == nil {
		return nil, fmt.Errorf("%s: no alignment of documents %s and %s among its %d", path, src.ID, tgt.ID, len(bitexts))
	}
	if err := alignmentFits(path, *found, src, tgt); err != nil {
		return nil, err
	}
	b := Pair{ID: tgt.ID, Source: src, Target: tgt, Links: found.Links}
	if err := b.Validate(); err != nil {
		return nil, fmt.Errorf("%s: does not fit %s and %s: %v (align this pair again)", path, srcLabel, tgtLabel, strings.TrimPrefix(err.Error(), "edition: "))
	}
	return found.Links, nil
}

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
