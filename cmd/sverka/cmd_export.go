package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
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
}

// exportWriters are the export formats by name.
var exportWriters = map[string]func(io.Writer, *edition.Edition, edition.Options) error{
	"html": edition.WriteHTML,
	"tei":  edition.WriteTEI,
	"tmx":  edition.WriteTMX,
	"xces": edition.WriteXCES,
	"tsv":  edition.WriteTSV,
	"md":   edition.WriteMarkdown,
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
  xces  OPUS cesAlign with xtargets and certainty
  tsv   one link a line: ids, texts, confidence, flags
  md    a facing table in Markdown for a code host

SOURCE and TARGET are files, or one document of a collection as FILE#ID.
When both are collections, their documents are paired by id.

` + exitStatusHelp,
		Example: `  sverka export --format html -o doc1.html examples/telegrams/ru/doc1.txt 'examples/telegrams/en.txt#1'
  sverka export --format tmx --alignment doc1.links ru/doc1.txt 'en.txt#1' > doc1.tmx`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usagef("export: want SOURCE and TARGET, got %d argument(s)", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(io, opts, args)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.format, "format", "f", "html", "html, tei, tmx, xces, tsv or md")
	f.StringVarP(&opts.output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	f.BoolVar(&opts.keepEmpty, "keep-empty", false, "keep omissions and additions in TMX")
	f.StringVar(&opts.alignment, "alignment", "", "a stored alignment `FILE` (links or JSON, as sverka align writes) instead of aligning")
	f.StringVar(&opts.glossary, "glossary", "", "mark the terms of the glossary `FILE` (YAML)")
	f.StringVar(&opts.title, "title", "", "the edition's title")
	f.StringVar(&opts.sourceLang, "source-lang", "ru", "the language of SOURCE")
	f.StringVar(&opts.targetLang, "target-lang", "en", "the language of TARGET")
	return cmd
}

func runExport(sio *IO, opts *exportOptions, args []string) error {
	write, ok := exportWriters[opts.format]
	if !ok {
		return usagef("export: unknown format %q (want html, tei, tmx, xces, tsv or md)", opts.format)
	}
	var g *glossary.Glossary
	if opts.glossary != "" {
		var err error
		if g, err = readGlossaryFlag(opts.glossary); err != nil {
			return err
		}
	}
	ed, err := buildEdition(sio, opts, args[0], args[1], g)
	if err != nil {
		return err
	}
	if err := writeOutput(sio, opts.output, func(w io.Writer) error {
		return write(w, ed, edition.Options{KeepEmpty: opts.keepEmpty})
	}); err != nil {
		return err
	}
	if opts.output != "" && opts.output != "-" {
		links, flagged := 0, 0
		for _, b := range ed.Bitexts {
			links += len(b.Links)
			for _, l := range b.Links {
				if len(l.Flags) > 0 || len(l.Source) == 0 || len(l.Target) == 0 {
					flagged++
				}
			}
		}
		fmt.Fprintf(sio.Err, "sverka: wrote %s: %d document(s), %d links, %d flagged\n", opts.output, len(ed.Bitexts), links, flagged)
	}
	return nil
}

func readGlossaryFlag(path string) (*glossary.Glossary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &inputError{file: path, err: unwrapPathError(err)}
	}
	defer f.Close()
	return glossary.Load(path, f)
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
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
	pairs, err := pairDocuments(sio, srcSpec, tgtSpec, srcDocs, tgtDocs)
	if err != nil {
		return nil, err
	}
	if opts.alignment != "" && len(pairs) > 1 {
		return nil, usagef("export: --alignment holds one document pair's links, but %s and %s pair %d documents: name one with FILE#ID", srcSpec, tgtSpec, len(pairs))
	}
	ed := &edition.Edition{Title: opts.title}
	for _, p := range pairs {
		b := &edition.Bitext{
			ID: p[1].ID, Source: p[0], Target: p[1],
			SourceLang: texts.Lang(opts.sourceLang), TargetLang: texts.Lang(opts.targetLang),
			SourceFile: srcColl.Source.Name, TargetFile: tgtColl.Source.Name,
			Glossary: g,
		}
		if opts.alignment != "" {
			if b.Links, err = readAlignmentFile(opts.alignment); err != nil {
				return nil, err
			}
			if err := b.Validate(); err != nil {
				return nil, fmt.Errorf("%s: does not fit %s and %s: %v", opts.alignment, srcSpec, tgtSpec, strings.TrimPrefix(err.Error(), "edition: "))
			}
		} else if b.Links, err = alignPair(p[0], p[1], g); err != nil {
			return nil, err
		}
		ed.Bitexts = append(ed.Bitexts, b)
	}
	if ed.Title == "" {
		ed.Title = editionTitle(ed, srcSpec, tgtSpec)
	}
	return ed, nil
}

// pairDocuments pairs the documents named: one with one, or a collection
// with a collection by id.
func pairDocuments(sio *IO, srcSpec, tgtSpec string, src, tgt []*texts.Document) ([][2]*texts.Document, error) {
	switch {
	case len(src) == 0:
		return nil, fmt.Errorf("%s: no documents", srcSpec)
	case len(tgt) == 0:
		return nil, fmt.Errorf("%s: no documents", tgtSpec)
	case len(src) == 1 && len(tgt) == 1:
		return [][2]*texts.Document{{src[0], tgt[0]}}, nil
	case len(src) == 1 || len(tgt) == 1:
		return nil, usagef("export: %s has %d document(s) and %s has %d: name one document with FILE#ID", srcSpec, len(src), tgtSpec, len(tgt))
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
			fmt.Fprintf(sio.Err, "sverka: export: %s: document %s has no counterpart in %s: left out\n", srcSpec, d.ID, tgtSpec)
		}
	}
	for _, d := range tgt {
		if !used[d.ID] {
			fmt.Fprintf(sio.Err, "sverka: export: %s: document %s has no counterpart in %s: left out\n", tgtSpec, d.ID, srcSpec)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("export: no document of %s has the id of a document of %s", srcSpec, tgtSpec)
	}
	return out, nil
}

func readAlignmentFile(path string) ([]align.Link, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &inputError{file: path, err: unwrapPathError(err)}
	}
	defer f.Close()
	return edition.ReadAlignment(path, f)
}

// alignPair aligns two documents, with the glossary's renderings as word
// pairs when there is a glossary.
func alignPair(src, tgt *texts.Document, g *glossary.Glossary) ([]align.Link, error) {
	return align.Align(align.FromSegments(src.Segments), align.FromSegments(tgt.Segments), align.Options{Pairs: exportWordPairs(g)})
}

// exportWordPairs turns a glossary into lexical evidence for the
// aligner: every Russian term with every rendering that is not forbidden.
func exportWordPairs(g *glossary.Glossary) []align.WordPair {
	if g == nil {
		return nil
	}
	var out []align.WordPair
	for _, e := range g.Entries {
		if e == nil {
			continue
		}
		for _, ru := range e.Russian {
			for _, r := range e.Renderings {
				if r.Status != glossary.Forbidden && r.Text != "" && ru != "" {
					out = append(out, align.WordPair{Source: ru, Target: r.Text})
				}
			}
		}
	}
	return out
}

func editionTitle(ed *edition.Edition, srcSpec, tgtSpec string) string {
	if len(ed.Bitexts) == 1 {
		if t := strings.TrimSpace(ed.Bitexts[0].Target.Title); t != "" {
			return t
		}
	}
	return filepath.Base(srcSpec) + " · " + filepath.Base(tgtSpec)
}
