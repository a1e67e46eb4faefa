package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

type exportOptions struct {
	format    string
	output    string
	keepEmpty bool
	// sentenceFiles writes, with --format xces, the sentence files of
	// each pair beside the alignment, for OPUS tools.
	sentenceFiles bool
	alignment     string
	glossary      string
	title         string
	sourceLang    string
	targetLang    string
	config        string
	reader        bool // the reader's edition instead of the review edition (html)
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
			if opts.reader {
				if opts.format != "html" {
					return usagef("export: --reader is the reader's HTML edition: it takes --format html, not %s", opts.format)
				}
				write = edition.WriteReaderHTML
			}
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
	f.BoolVar(&opts.sentenceFiles, "sentence-files", false, "xces: write each document's sentences (<s id>) beside -o FILE and name them in fromDoc and toDoc, as OPUS tools read them")
	f.StringVar(&opts.alignment, "alignment", "", "a stored alignment `FILE` (links, JSON or cesAlign, as sverka align writes) instead of aligning")
	f.StringVar(&opts.glossary, "glossary", "", "mark the terms of the glossary `FILE` (YAML)")
	f.StringVar(&opts.title, "title", "", "the edition's title")
	f.StringVar(&opts.sourceLang, "source-lang", "ru", "the language of SOURCE")
	f.StringVar(&opts.targetLang, "target-lang", "en", "the language of TARGET")
	f.StringVar(&opts.config, "config", "", "the edition's `sverka.yaml`, when exporting a whole edition (default: found here or above)")
	f.BoolVar(&opts.reader, "reader", false, "html: the reader's edition to publish, without the reviewer's marks")
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
	sio.Wrote(opts.output, exportCounts(ed))
	return nil
}

// writeExport writes the export to -o FILE or standard output.
func writeExport(sio *IO, opts *exportOptions, write exportWriter, ed *edition.Edition) error {
	eopts := edition.Options{KeepEmpty: opts.keepEmpty, Version: toolVersion(), BaseDir: opts.baseDir}
	if opts.sentenceFiles {
		if opts.format != "xces" {
			return usagef("export: --sentence-files goes with --format xces")
		}
		return writeXCESWithSentences(sio, opts.output, ed, eopts)
	}
	return writeOutput(sio, opts.output, func(w io.Writer) error {
		return write(w, ed, eopts)
	})
}

// exportCounts says how much an export holds: "2 document(s), 40 links,
// 3 flagged".
func exportCounts(ed *edition.Edition) string {
	links, flagged := 0, 0
	for _, b := range ed.Pairs {
		links += len(b.Links)
		for _, l := range b.FlaggedLinks() {
			if len(l.Flags) > 0 {
				flagged++
			}
		}
	}
	return fmt.Sprintf("%d document(s), %d links, %d flagged", len(ed.Pairs), links, flagged)
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
		if stored, err = edition.ReadAlignmentFile(opts.alignment); err != nil {
			return nil, err
		}
	}
	words := edition.GlossaryWordPairs(g)
	ed := &edition.Edition{Title: opts.title, Glossary: g}
	for _, p := range pairs {
		b := &edition.Pair{
			ID: p[1].ID, Source: p[0], Target: p[1],
			SourceLang: texts.Lang(opts.sourceLang), TargetLang: texts.Lang(opts.targetLang),
			SourceText: srcColl.Source, TargetText: tgtColl.Source,
			SourceFile: srcColl.Source.Name, TargetFile: tgtColl.Source.Name,
		}
		if opts.alignment != "" {
			var warnings []string
			if b.Links, warnings, err = edition.PairAlignment(opts.alignment, stored, p[0], p[1], srcSpec, tgtSpec); err != nil {
				return nil, err
			}
			for _, w := range warnings {
				fmt.Fprintf(sio.Err, "sverka: export: warning: %s\n", w)
			}
		} else if b.Links, err = edition.AlignPair(p[0], p[1], words); err != nil {
			return nil, err
		}
		ed.Pairs = append(ed.Pairs, b)
	}
	if ed.Title == "" {
		ed.Title = editionTitle(ed, srcSpec, tgtSpec)
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

// editionTitle is the title of an export given none: the documents'
// (edition.DocumentsTitle), else the files' names; never the collection's
// first line, which reading drops as junk.
func editionTitle(ed *edition.Edition, srcSpec, tgtSpec string) string {
	if t := edition.DocumentsTitle(ed.Pairs); t != "" {
		return t
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
	ed, err := openEdition(sio, "export", name, edition.OpenOptions{Glossary: opts.glossary})
	if err != nil {
		return err
	}
	if err := refuseInputAsOutput(opts.output, append(ed.Files(), name, opts.glossary)...); err != nil {
		return err
	}
	opts.baseDir = ed.Dir
	if opts.title != "" {
		ed.Title = opts.title
	}
	// The HTML marks the sentences the check finds something in, and
	// XLIFF notes them; the check needs the glossary.
	if (opts.format == "html" && !opts.reader || opts.format == "xliff") && ed.Glossary != nil {
		copts, err := check.OptionsFrom(ed.Config, ed.Dir)
		if err != nil {
			return err
		}
		ed.Marks = check.Marks(check.Run(ed, copts))
	}
	return writeEdition(sio, opts, write, ed)
}

func mustAbs(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
