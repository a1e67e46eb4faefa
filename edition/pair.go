package edition

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// Pair is one aligned document pair: an original, its translation, and
// the links between their segments. Link indexes are positions in
// Source.Segments and Target.Segments. It is the one type a document pair
// has from Open to every export, the check and the review server.
type Pair struct {
	// ID names the pair in anchors and ids ("3" gives id="d3"); empty means
	// its position in the edition, from 1.
	ID         string
	Source     *texts.Document // nil for a translation checked alone
	Target     *texts.Document
	SourceLang texts.Lang // empty: Source.Lang, else Russian
	TargetLang texts.Lang // empty: Target.Lang, else English
	// SourceText and TargetText are the files the documents were read
	// from, for positions and file names; either may be nil.
	SourceText *texts.Source
	TargetText *texts.Source
	// SourceFile and TargetFile name where the texts came from (XCES
	// fromDoc and toDoc, TEI sourceDesc); they may be empty.
	SourceFile string
	TargetFile string
	// Links pair the segments. A link whose Confidence is NaN has no
	// known confidence (it was read from a links file without scores):
	// the exports leave its confidence out.
	Links []align.Link
	// Stored reports links read from a stored alignment file rather than
	// made by the aligner when the edition was opened.
	Stored bool
	// Spec is the declaration in sverka.yaml the pair comes from (with the
	// stored alignment it names), for an edition Open read; several pairs
	// share it when it names whole collections. The review server saves
	// corrections through it.
	Spec *PairSpec
}

// Edition is an edition as Open reads it and the exports write it: a
// title and document pairs in order, with the glossary and the marks the
// pages show.
type Edition struct {
	Title string
	Pairs []*Pair
	// Glossary marks terms in the HTML and TEI; nil marks none.
	Glossary *glossary.Glossary
	// Marks are remarks on the texts (the check's findings) that the HTML
	// shows on the sentences they point at; marks about other texts are
	// ignored.
	Marks []Mark

	// Config is the edition's sverka.yaml and Dir its folder, as file
	// names should show it, for an edition Open read; nil and "" for one
	// put together by hand.
	Config *Config
	Dir    string
	// Warnings are what Open left out and why (a document without a
	// counterpart), for the caller to show.
	Warnings []string

	// dictionary and tm are the word pairs of sverka.yaml's dictionary and
	// its translation memory, as Open read them, for Realign to align with
	// what Open aligned with.
	dictionary []align.WordPair
	tm         *TM
}

// Options tune the exports.
type Options struct {
	// KeepEmpty keeps omissions and additions (links with an empty side)
	// in TMX, where translation memories usually leave them out.
	KeepEmpty bool
	// Generator names the tool in headers ("sverka"); empty means sverka.
	Generator string
	// Version is the tool's version in headers; empty leaves it out where
	// it is optional.
	Version string
	// BaseDir, when set, is the folder file names are written relative to
	// (HTML positions, TEI sourceDesc, XCES fromDoc and toDoc), so that a
	// published file does not show the editor's own folders. It must be
	// in the same form as the names, both absolute or both relative to the
	// working directory; an absolute name that cannot be made relative is
	// cut to its base name.
	BaseDir string
	// XCESDocs, when set, names the documents of pair i in WriteXCES's
	// fromDoc and toDoc (the sentence files written beside it) instead of
	// their texts' FILE#ID.
	XCESDocs func(i int, p *Pair) (fromDoc, toDoc string)
}

// fileName is name as the exports write it: relative to BaseDir, with
// forward slashes.
func (o Options) fileName(name string) string {
	if o.BaseDir == "" || name == "" {
		return name
	}
	rel, err := filepath.Rel(o.BaseDir, name)
	switch {
	case err == nil:
		return filepath.ToSlash(rel)
	case filepath.IsAbs(name):
		return filepath.Base(name)
	}
	return filepath.ToSlash(name)
}

// position is p as the exports write it: "file:line:col" with the file
// named by fileName.
func (o Options) position(p texts.Pos) string {
	p.File = o.fileName(p.File)
	return p.String()
}

func (o Options) generator() string {
	if o.Generator == "" {
		return "sverka"
	}
	return o.Generator
}

// Validate checks that the links are an alignment of these two documents:
// every link points at segments that exist, no link is empty, every
// segment of either side is in exactly one link, and links follow the
// order of both texts (as align.Align returns them). A stored alignment of
// another document, or a links file that lost a line, fails here instead
// of silently dropping sentences from an export. Writers can then index
// without checks.
func (b *Pair) Validate() error {
	if b.Source == nil || b.Target == nil {
		return fmt.Errorf("edition: document pair %q lacks a source or a target", b.ID)
	}
	ns, nt := len(b.Source.Segments), len(b.Target.Segments)
	for i, l := range b.Links {
		if len(l.Source) == 0 && len(l.Target) == 0 {
			return fmt.Errorf("edition: document pair %q: link %d is empty", b.ID, i+1)
		}
		// NaN is a confidence not known (a links file without scores).
		if c := l.Confidence; !math.IsNaN(c) && !(c >= 0 && c <= 1) {
			return fmt.Errorf("edition: document pair %q: link %d: confidence %g is outside [0, 1]", b.ID, i+1, c)
		}
		for _, s := range l.Source {
			if s < 0 || s >= ns {
				return fmt.Errorf("edition: document pair %q: link %d: source sentence %d out of range (the source has %d)", b.ID, i+1, s+1, ns)
			}
		}
		for _, t := range l.Target {
			if t < 0 || t >= nt {
				return fmt.Errorf("edition: document pair %q: link %d: target sentence %d out of range (the target has %d)", b.ID, i+1, t+1, nt)
			}
		}
	}
	if err := checkSide(b.ID, "source", ns, b.Links, func(l align.Link) []int { return l.Source }); err != nil {
		return err
	}
	return checkSide(b.ID, "target", nt, b.Links, func(l align.Link) []int { return l.Target })
}

// checkSide checks one side of the links, whose indexes are in range: each
// of the n segments is in exactly one link, in increasing order across the
// links, except that a link may skip segments (OCR debris, with
// align.Options.Gaps) that each stand alone in a one-sided link (right
// after it, as align puts them, though any place is taken).
// Messages number links and sentences from 1, as the pages' ids do.
func checkSide(id, side string, n int, links []align.Link, ids func(align.Link) []int) error {
	gap := map[int]bool{} // skipped inside a link
	for _, l := range links {
		x := ids(l)
		for k := 1; k < len(x); k++ {
			for g := x[k-1] + 1; g < x[k]; g++ {
				gap[g] = true
			}
		}
	}
	alone := func(l align.Link) bool {
		x := ids(l)
		return len(x) == 1 && len(l.Source)+len(l.Target) == 1 && gap[x[0]]
	}
	standing := map[int]bool{} // gap segments seen standing alone
	for i, l := range links {
		if alone(l) {
			s := ids(l)[0]
			if standing[s] {
				return fmt.Errorf("edition: document pair %q: link %d: %s sentence %d is used twice or out of order", id, i+1, side, s+1)
			}
			standing[s] = true
		}
	}
	next := 0 // the segment the next link must start with
	for i, l := range links {
		if alone(l) {
			continue
		}
		for _, s := range ids(l) {
			for next < s && gap[next] && standing[next] {
				next++
			}
			switch {
			case s < next:
				return fmt.Errorf("edition: document pair %q: link %d: %s sentence %d is used twice or out of order", id, i+1, side, s+1)
			case s > next:
				return fmt.Errorf("edition: document pair %q: link %d: %s sentence %d is in no link (link %d goes on from %s sentence %d)", id, i+1, side, next+1, i+1, side, s+1)
			}
			next = s + 1
		}
	}
	for next < n && gap[next] && standing[next] {
		next++
	}
	if next == n-1 {
		return fmt.Errorf("edition: document pair %q: %s sentence %d is in no link (the %s has %d)", id, side, n, side, n)
	}
	if next < n {
		return fmt.Errorf("edition: document pair %q: %s sentences %d to %d are in no link (the %s has %d)", id, side, next+1, n, side, n)
	}
	return nil
}

// Validate checks every pair and gives each one a unique anchor id.
func (e *Edition) Validate() error {
	seen := map[string]bool{}
	for i, b := range e.Pairs {
		if b == nil {
			return fmt.Errorf("edition: document pair %d is nil", i+1)
		}
		if err := b.Validate(); err != nil {
			return err
		}
		id := b.anchor(i)
		if seen[id] {
			return fmt.Errorf("edition: two document pairs have the id %q", b.ID)
		}
		seen[id] = true
	}
	return nil
}

// anchor is the document's id in exports: "d" and the pair's ID made safe
// for XML ids and URLs.
func (b *Pair) anchor(i int) string {
	if b.ID == "" {
		return "d" + strconv.Itoa(i+1)
	}
	return "d" + safeID(b.ID)
}

// safeID keeps letters, digits, '.', '-' and '_' of s (so that the result
// is an XML name char sequence and needs no escaping in a URL fragment).
func safeID(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)), r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}

func (b *Pair) sourceLang() texts.Lang { return sideLang(b.SourceLang, b.Source, texts.Russian) }

func (b *Pair) targetLang() texts.Lang { return sideLang(b.TargetLang, b.Target, texts.English) }

// sideLang is a side's language: the one set for the pair, else the
// document's own, else def.
func sideLang(set texts.Lang, d *texts.Document, def texts.Lang) texts.Lang {
	switch {
	case set != "":
		return set
	case d != nil && d.Lang != "":
		return d.Lang
	}
	return def
}

// title is the pair's heading: the translation's editorial title, the
// original's, or the pair's id.
func (b *Pair) title(i int) string {
	if t := strings.TrimSpace(b.Target.Title); t != "" {
		return t
	}
	if t := strings.TrimSpace(b.Source.Title); t != "" {
		return t
	}
	if b.ID != "" {
		return "Document " + b.ID
	}
	return "Document " + strconv.Itoa(i+1)
}

// segID is a segment's id within a pair: its own ID made safe, or its
// position from 1.
func segID(s *texts.Segment, i int) string {
	if s.ID == "" {
		return strconv.Itoa(i + 1)
	}
	return safeID(s.ID)
}

// row is one link as the writers see it.
type row struct {
	n      int // from 1
	id     string
	link   align.Link
	source []int
	target []int
	kind   texts.Kind // of the first segment, Source side first
}

func (b *Pair) rows(anchor string) []row {
	links := b.FlaggedLinks()
	out := make([]row, len(links))
	for i, l := range links {
		out[i] = b.row(anchor, i, l)
	}
	return out
}

// FlaggedLinks returns the pair's links with their flags as the aligner
// sets them for these texts (align.Reflag), whatever flags they came with:
// a links file keeps none, an editor may have confirmed a link since the
// aligner flagged it, and a pair built by hand has none. The pair must be
// valid (Pair.Validate).
//
// Reflag reads the sentences of links without counterpart alone (a
// sentence's letters, a title's kind), so only those are converted: the
// review page asks for the flags of every link on each request, and
// converting every segment of a long document each time was most of it.
func (b *Pair) FlaggedLinks() []align.Link {
	links := slices.Clone(b.Links)
	src, tgt := emptySideSentences(b.Source, links, true), emptySideSentences(b.Target, links, false)
	align.Reflag(links, src, tgt)
	return links
}

// emptySideSentences returns a sentence for each segment of doc, filled in
// for the segments of links with an empty side only (the source side's,
// or the target's); nil for a missing document.
func emptySideSentences(doc *texts.Document, links []align.Link, source bool) []align.Sentence {
	if doc == nil {
		return nil
	}
	out := make([]align.Sentence, len(doc.Segments))
	for _, l := range links {
		if len(l.Source) > 0 && len(l.Target) > 0 {
			continue
		}
		ids := l.Target
		if source {
			ids = l.Source
		}
		for _, i := range ids {
			if i >= 0 && i < len(doc.Segments) {
				out[i] = align.FromSegments(doc.Segments[i : i+1])[0]
			}
		}
	}
	return out
}

// row is link i, l, as the writers see it.
func (b *Pair) row(anchor string, i int, l align.Link) row {
	r := row{n: i + 1, id: anchor + "-l" + strconv.Itoa(i+1), link: l, source: l.Source, target: l.Target, kind: texts.Sentence}
	switch {
	case len(l.Source) > 0:
		r.kind = b.Source.Segments[l.Source[0]].Kind
	case len(l.Target) > 0:
		r.kind = b.Target.Segments[l.Target[0]].Kind
	}
	return r
}

// linkType is "1-1", "2-1", "0-1" and so on.
func linkType(l align.Link) string {
	return strconv.Itoa(len(l.Source)) + "-" + strconv.Itoa(len(l.Target))
}

// flagNames lists the link's flags, each once: those FlaggedLinks set
// (align.Reflag), so that a sentence without counterpart that is a title,
// a stray mark or confirmed by an editor is no omission or addition to
// review.
func flagNames(l align.Link) []string {
	var out []string
	for _, f := range l.Flags {
		if !slices.Contains(out, string(f)) {
			out = append(out, string(f))
		}
	}
	return out
}

// formatConfidence gives a confidence with two decimals, "" when it is
// unknown (NaN: a links file without scores).
func formatConfidence(c float64) string {
	if math.IsNaN(c) {
		return ""
	}
	if c < 0 {
		c = 0
	}
	if c > 1 {
		c = 1
	}
	return strconv.FormatFloat(c, 'f', 2, 64)
}

func joinText(doc *texts.Document, idx []int) string {
	return texts.OneLine(doc.JoinSegments(idx))
}
