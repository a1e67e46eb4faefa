package main

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/texts"
)

type exportOptions struct {
	format     string
	output     string
	keepEmpty  bool
	alignment  string
	glossary   string
	title      string
	sourceLang string
	targetLang string
	config     string
	// baseDir is the folder the export names files relative to: the
	// edition's folder, or the working directory for a pair.
	baseDir string
}

// exportFormats are the export formats, in the order the help lists them.
var exportFormats = []string{"html", "tei", "tmx", "xliff", "xces", "tsv", "md"}

// exportWriters are the export formats by name.
var exportWriters = map[string]exportWriter{
	"html":  edition.WriteHTML,
	"tei":   edition.WriteTEI,
	"tmx":   edition.WriteTMX,
	"xces":  edition.WriteXCES,
	"xliff": edition.WriteXLIFF,
	"tsv":   edition.WriteTSV,
	"md":    edition.WriteMarkdown,
}

func newExportCommand(io *IO) *cobra.Command {
	opts := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export --format FORMAT [flags] SOURCE TARGET",
		Short: "Write a bilingual edition: facing HTML, TEI, TMX, XCES, TSV or Markdown",
		Long: `Export aligns an original with its translation (or reads a stored
alignment) and writes the result as one file:

  html  a self-contained facing-text page to open, send and print
  tei   TEI P5: <s xml:id> sentences and a <linkGrp> of translation links
  tmx   TMX 1.4b translation memory for CAT tools, one <tu> per link
  xliff XLIFF 1.2 for review in a CAT tool, one <trans-unit> per link
  xces  OPUS cesAlign with xtargets and certainty
  tsv   one link a line: ids, texts, confidence, flags
  md    a facing table in Markdown for a code host

In tsv, a text that begins like a spreadsheet formula (=, +, -, @) is
written after a ' (as OWASP advises), so that a spreadsheet shows it as
text instead of running it.

SOURCE and TARGET are files, or one document of a collection as FILE#ID.
When both are collections, their documents are paired by id. Without
SOURCE and TARGET, export writes the whole edition that sverka.yaml (here
or in a parent directory, or --config) describes, with its glossary and
its stored alignments where they exist.

` + exitStatusHelp,
		Example: `  sverka export --format html -o edition.html     # the edition of sverka.yaml
  sverka export --format html -o doc1.html examples/telegrams/ru/doc1.txt 'examples/telegrams/en.txt#1'
  sverka export --format tmx --alignment doc1.links ru/doc1.txt 'en.txt#1' > doc1.tmx`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 && len(args) != 0 {
				return usagef("export: want SOURCE and TARGET, or none to export the edition of sverka.yaml; got %d argument(s)", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			write := exportWriters[opts.format]
			var err error
			if opts.sourceLang, err = languageTag("export", "source-lang", opts.sourceLang); err != nil {
				return err
			}
			if opts.targetLang, err = languageTag("export", "target-lang", opts.targetLang); err != nil {
				return err
			}
			if err := checkOutputFolder(opts.output); err != nil {
				return err
			}
			if len(args) == 0 {
				return runExportEdition(io, opts, write)
			}
			return runExport(io, opts, write, args)
		},
	}
	f := cmd.Flags()
	enumFlag(cmd, &opts.format, "format", "f", "html", exportFormats, "output format")
	f.StringVarP(&opts.output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	f.BoolVar(&opts.keepEmpty, "keep-empty", false, "keep omissions and additions in TMX")
	f.StringVar(&opts.alignment, "alignment", "", "a stored alignment `FILE` (links or JSON, as sverka align writes) instead of aligning")
	f.StringVar(&opts.glossary, "glossary", "", "mark the terms of the glossary `FILE` (YAML)")
	f.StringVar(&opts.title, "title", "", "the edition's title")
	f.StringVar(&opts.sourceLang, "source-lang", "ru", "the language of SOURCE")
	f.StringVar(&opts.targetLang, "target-lang", "en", "the language of TARGET")
	f.StringVar(&opts.config, "config", "", "the edition's `sverka.yaml`, when exporting a whole edition (default: found here or above)")
	return cmd
}

// exportWriter is the writer of one format.
type exportWriter = func(io.Writer, *edition.Edition, edition.Options) error

func runExport(sio *IO, opts *exportOptions, write exportWriter, args []string) error {
	if err := checkDocSpecs("export", args...); err != nil {
		return err
	}
	if err := refuseInputAsOutput(opts.output, args[0], args[1], opts.alignment, opts.glossary); err != nil {
		return err
	}
	var g *glossary.Glossary
	if opts.glossary != "" {
		var err error
		if g, err = loadGlossary(sio, opts.glossary); err != nil {
			return err
		}
	}
	ed, err := buildEdition(sio, opts, args[0], args[1], g)
	if err != nil {
		return err
	}
	if wd, err := os.Getwd(); err == nil {
		opts.baseDir = wd
	}
	return writeEdition(sio, opts, write, ed)
}

// writeEdition writes the export and says on stderr where it went.
func writeEdition(sio *IO, opts *exportOptions, write exportWriter, ed *edition.Edition) error {
	if err := writeExport(sio, opts, write, ed); err != nil {
		return err
	}
	if opts.output != "" && opts.output != "-" {
		fmt.Fprintf(sio.Err, "sverka: wrote %s: %s\n", opts.output, exportCounts(ed))
	}
	return nil
}

// writeExport writes the export to -o FILE or standard output.
func writeExport(sio *IO, opts *exportOptions, write exportWriter, ed *edition.Edition) error {
	return writeOutput(sio, opts.output, func(w io.Writer) error {
		return write(w, ed, edition.Options{KeepEmpty: opts.keepEmpty, Version: toolVersion(), BaseDir: opts.baseDir})
	})
}

// exportCounts says how much an export holds: "2 document(s), 40 links,
// 3 flagged".
func exportCounts(ed *edition.Edition) string {
	links, flagged := 0, 0
	for _, b := range ed.Bitexts {
		links += len(b.Links)
		for _, l := range b.Links {
			if len(l.Flags) > 0 || len(l.Source) == 0 || len(l.Target) == 0 {
				flagged++
			}
		}
	}
	return fmt.Sprintf("%d document(s), %d links, %d flagged", len(ed.Bitexts), links, flagged)
}

// languageTag reads a --source-lang or --target-lang value: a BCP 47
// language tag (ru, en-GB), which TMX's xml:lang and TEI's need. It
// returns the tag in its canonical form.
func languageTag(cmd, flag, value string) (string, error) {
	tag, err := language.Parse(value)
	if err != nil || strings.TrimSpace(value) != value {
		return "", usagef("%s: --%s %q is not a language tag: want a BCP 47 tag such as ru, en or en-GB", cmd, flag, value)
	}
	return tag.String(), nil
}

// buildEdition reads SOURCE and TARGET, pairs their documents and aligns
// each pair (or applies the stored alignment).
func buildEdition(sio *IO, opts *exportOptions, srcSpec, tgtSpec string, g *glossary.Glossary) (*edition.Edition, error) {
	srcColl, srcDocs, err := readDocuments(sio, srcSpec, texts.Options{Lang: texts.Lang(opts.sourceLang)})
	if err != nil {
		return nil, err
	}
	tgtColl, tgtDocs, err := readDocuments(sio, tgtSpec, texts.Options{Lang: texts.Lang(opts.targetLang)})
	if err != nil {
		return nil, err
	}
	pairs, err := pairDocuments(sio, "export", srcSpec, tgtSpec, srcDocs, tgtDocs)
	if err != nil {
		return nil, err
	}
	var stored []align.Bitext // read once for all pairs
	if opts.alignment != "" {
		if stored, err = readAlignmentFile(opts.alignment); err != nil {
			return nil, err
		}
	}
	words := glossaryWordPairs(g)
	ed := &edition.Edition{Title: opts.title}
	for _, p := range pairs {
		b := &edition.Bitext{
			ID: p[1].ID, Source: p[0], Target: p[1],
			SourceLang: texts.Lang(opts.sourceLang), TargetLang: texts.Lang(opts.targetLang),
			SourceFile: srcColl.Source.Name, TargetFile: tgtColl.Source.Name,
			Glossary: g,
		}
		if opts.alignment != "" {
			if b.Links, err = pairAlignment(opts.alignment, stored, p[0], p[1], srcSpec, tgtSpec); err != nil {
				return nil, err
			}
		} else if b.Links, err = alignPair(p[0], p[1], words); err != nil {
			return nil, err
		}
		ed.Bitexts = append(ed.Bitexts, b)
	}
	if ed.Title == "" {
		ed.Title = editionTitle(ed, tgtColl, srcSpec, tgtSpec)
	}
	return ed, nil
}

// checkDocSpecs refuses FILE# with nothing after the '#' (read as the
// whole file, it would end in a puzzling complaint about its number of
// documents); cmd names the command. "" is skipped.
func checkDocSpecs(cmd string, specs ...string) error {
	for _, spec := range specs {
		if spec == "" || !strings.HasSuffix(spec, "#") {
			continue
		}
		if _, err := os.Stat(spec); err == nil {
			continue // a file whose name ends in '#'
		}
		return usagef("%s: %s: empty document id after '#': name a document, as in %s1, or leave out the '#'", cmd, spec, spec)
	}
	return nil
}

// pairDocuments pairs the documents named: one with one, or a collection
// with a collection by id. Documents left without a counterpart are named
// on stderr; cmd names the command in messages.
func pairDocuments(sio *IO, cmd, srcSpec, tgtSpec string, src, tgt []*texts.Document) ([][2]*texts.Document, error) {
	switch {
	case len(src) == 0:
		return nil, fmt.Errorf("%s: no documents", srcSpec)
	case len(tgt) == 0:
		return nil, fmt.Errorf("%s: no documents", tgtSpec)
	case len(src) == 1 && len(tgt) == 1:
		return [][2]*texts.Document{{src[0], tgt[0]}}, nil
	case len(src) == 1 || len(tgt) == 1:
		return nil, usagef("%s: %s has %d document(s) and %s has %d: name one document with FILE#ID", cmd, srcSpec, len(src), tgtSpec, len(tgt))
	}
	byID := map[string]*texts.Document{}
	for _, d := range tgt {
		byID[d.ID] = d
	}
	var out [][2]*texts.Document
	used := map[string]bool{}
	for _, d := range src {
		if t, ok := byID[d.ID]; ok {
			out = append(out, [2]*texts.Document{d, t})
			used[d.ID] = true
		} else {
			fmt.Fprintf(sio.Err, "sverka: %s: %s: document %s has no counterpart in %s: left out\n", cmd, srcSpec, d.ID, tgtSpec)
		}
	}
	for _, d := range tgt {
		if !used[d.ID] {
			fmt.Fprintf(sio.Err, "sverka: %s: %s: document %s has no counterpart in %s: left out\n", cmd, tgtSpec, d.ID, srcSpec)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no document of %s has the id of a document of %s", cmd, srcSpec, tgtSpec)
	}
	return out, nil
}

// readAlignmentFile reads a stored alignment as sverka align writes it
// (JSON or links).
func readAlignmentFile(path string) ([]align.Bitext, error) {
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

// pairAlignment returns the links of the pair src, tgt in the alignment
// bitexts read from path: its only bitext, or the one naming these
// documents. Links that do not fit the documents (a sentence in no link,
// or in two) are an error naming srcLabel and tgtLabel, not a silent
// misreading.
func pairAlignment(path string, bitexts []align.Bitext, src, tgt *texts.Document, srcLabel, tgtLabel string) ([]align.Link, error) {
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
	b := edition.Bitext{ID: tgt.ID, Source: src, Target: tgt, Links: found.Links}
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

// alignPair aligns two documents, with words (the glossary's renderings,
// made once for all pairs) as lexical evidence.
func alignPair(src, tgt *texts.Document, words []align.WordPair) ([]align.Link, error) {
	return align.Align(align.FromSegments(src.Segments), align.FromSegments(tgt.Segments), align.Options{Pairs: words})
}

// editionTitle is the title of an export given none: the document's title
// for one document, else the collection's own title, else the files'
// names.
func editionTitle(ed *edition.Edition, tgt *texts.Collection, srcSpec, tgtSpec string) string {
	if len(ed.Bitexts) == 1 {
		if t := strings.TrimSpace(ed.Bitexts[0].Target.Title); t != "" {
			return t
		}
	}
	if tgt != nil && strings.TrimSpace(tgt.Title) != "" {
		return strings.TrimSpace(tgt.Title)
	}
	return filepath.Base(srcSpec) + " · " + filepath.Base(tgtSpec)
}

// runExportEdition exports the whole edition of sverka.yaml: every
// document pair it names, aligned from its stored alignment where that
// exists, with its glossary.
func runExportEdition(sio *IO, opts *exportOptions, write exportWriter) error {
	name, err := findConfig("export", opts.config, "or name SOURCE and TARGET")
	if err != nil {
		return err
	}
	oe, err := readEdition(sio, "export", name, opts.glossary)
	if err != nil {
		return err
	}
	if err := refuseInputAsOutput(opts.output, oe.inputs(name, opts.glossary)...); err != nil {
		return err
	}
	opts.baseDir = oe.Dir
	ed := oe.export(opts.title)
	// The HTML marks the sentences the check finds something in, and
	// XLIFF notes them; the check needs the glossary.
	if (opts.format == "html" || opts.format == "xliff") && oe.Glossary != nil {
		findings := check.Check(oe.checkPairs(), oe.Glossary, oe.checkOptions())
		for _, b := range ed.Bitexts {
			b.Findings = findings
		}
	}
	return writeEdition(sio, opts, write, ed)
}

// inputs are the files the edition was read from: its configuration, its
// glossary (glossFlag, else the configuration's), its texts and the stored
// alignments it names.
func (e *openEdition) inputs(config, glossFlag string) []string {
	in := []string{config, glossFlag}
	if e.Config.Glossary != "" {
		in = append(in, filepath.Join(e.Dir, filepath.FromSlash(e.Config.Glossary)))
	}
	for _, p := range e.Pairs {
		in = append(in, p.SourceText.Name, p.TargetText.Name)
	}
	if specs, err := e.Config.ResolvePairs(os.DirFS(e.Dir)); err == nil {
		for _, s := range specs {
			if s.Alignment != "" {
				in = append(in, filepath.Join(e.Dir, filepath.FromSlash(s.Alignment)))
			}
		}
	}
	return in
}

func mustAbs(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
