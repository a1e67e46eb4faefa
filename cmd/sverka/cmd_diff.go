package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/revision"
	"github.com/sverka/sverka/texts"
)

type diffOptions struct {
	source     string
	format     string
	color      string
	glossary   string
	output     string
	unchanged  bool
	sourceLang string
	targetLang string
	config     string
}

func newDiffCommand(io *IO) *cobra.Command {
	opts := &diffOptions{}
	cmd := &cobra.Command{
		Use:   "diff [flags] OLD NEW",
		Short: "Show what changed between two revisions of a translation, sentence by sentence",
		Long: `Diff compares two revisions of an English translation (or two
translations of one original): it pairs their sentences, directly by
similarity or, with --source, through the original each is aligned with,
and shows the words changed within each pair, [-deleted-] and {+inserted+}
(in colour on a terminal). A summary counts the sentences changed (split and
merged among them), added, removed and moved; with --glossary it names the
glossary renderings that changed.

OLD and NEW are files, or one document of a collection as FILE#ID. When both
are collections, their documents are paired by id; documents without
differences are not shown (--unchanged shows them), only counted in the
closing total.

--color auto colours on a terminal unless NO_COLOR is set; always and never
decide for you.

` + exitStatusDiffHelp,
		Example: `  sverka diff en-2023.txt en-2024.txt
  sverka diff --source ru/doc1.txt 'old/en.txt#1' 'en.txt#1'
  sverka diff --format html -o review.html old/en.txt en.txt`,
		Args: exactArgs(2, "OLD and NEW"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.glossary == "" {
				var err error
				if opts.glossary, err = configGlossary(opts.config); err != nil {
					return err
				}
			}
			return runDiff(io, opts, args[0], args[1])
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.source, "source", "", "the original `FILE` (or FILE#ID) to pair sentences through")
	enumFlag(cmd, &opts.format, "format", "", "text", []string{"text", "html"}, "output format")
	colorFlag(cmd, &opts.color)
	f.StringVar(&opts.glossary, "glossary", "", "name the renderings of the glossary `FILE` that changed")
	f.StringVarP(&opts.output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	f.StringVar(&opts.config, "config", "", "the edition's `sverka.yaml`: its glossary, unless --glossary names one")
	f.BoolVar(&opts.unchanged, "unchanged", false, "show unchanged sentences too")
	f.StringVar(&opts.sourceLang, "source-lang", "ru", "the language of --source")
	f.StringVar(&opts.targetLang, "target-lang", "en", "the language of OLD and NEW")
	// --lang was its name before export's --target-lang named the same.
	hiddenAlias(cmd, "lang", "target-lang")
	return cmd
}

func runDiff(sio *IO, opts *diffOptions, oldSpec, newSpec string) error {
	if err := checkDocSpecs("diff", oldSpec, newSpec, opts.source); err != nil {
		return err
	}
	if err := refuseInputAsOutput(opts.output, oldSpec, newSpec, opts.source, opts.glossary); err != nil {
		return err
	}
	in, err := readDiffInputs(sio, opts, oldSpec, newSpec)
	if err != nil {
		return err
	}
	revs, err := in.compare(opts.source, newSpec)
	if err != nil {
		return err
	}
	color := useColor(sio, opts.color, opts.output)
	popts := revision.PrintOptions{OldName: oldSpec, NewName: newSpec, Color: color, Unchanged: opts.unchanged}
	names := func(i int) (string, string) {
		if len(revs) > 1 {
			return oldSpec + "#" + in.pairs[i][0].ID, newSpec + "#" + in.pairs[i][1].ID
		}
		return oldSpec, newSpec
	}
	err = writeOutput(sio, opts.output, func(w io.Writer) error {
		if opts.format == "html" {
			return writeDiffHTML(w, revs, names, popts)
		}
		return writeDiffText(w, revs, names, popts)
	})
	if err != nil {
		return err
	}
	sio.Wrote(opts.output, fmt.Sprintf("%d document pair(s) compared", len(revs)))
	for _, r := range revs {
		if r.Summary().Differs() {
			return errFindings
		}
	}
	return nil
}

// diffInputs are what diff compares: the document pairs of the two
// revisions, the original they translate (one document, or documents by
// id) and the glossary whose renderings are followed.
type diffInputs struct {
	glossary   *glossary.Glossary
	pairs      [][2]*texts.Document
	sources    map[string]*texts.Document
	onlySource *texts.Document
}

// readDiffInputs reads the revisions, the original and the glossary the
// command names, and pairs the revisions' documents.
func readDiffInputs(sio *IO, opts *diffOptions, oldSpec, newSpec string) (*diffInputs, error) {
	in := &diffInputs{}
	var err error
	if opts.glossary != "" {
		if in.glossary, err = loadGlossary(sio, opts.glossary); err != nil {
			return nil, err
		}
	}
	if opts.sourceLang, err = languageTag("diff", "source-lang", opts.sourceLang); err != nil {
		return nil, err
	}
	if opts.targetLang, err = languageTag("diff", "target-lang", opts.targetLang); err != nil {
		return nil, err
	}
	lang := texts.Options{Lang: texts.Lang(opts.targetLang)}
	_, oldDocs, err := readDocuments(sio, oldSpec, lang)
	if err != nil {
		return nil, err
	}
	_, newDocs, err := readDocuments(sio, newSpec, lang)
	if err != nil {
		return nil, err
	}
	if in.pairs, err = pairDocuments(sio, "diff", oldSpec, newSpec, oldDocs, newDocs); err != nil {
		return nil, err
	}
	if opts.source == "" {
		return in, nil
	}
	_, srcDocs, err := readDocuments(sio, opts.source, texts.Options{Lang: texts.Lang(opts.sourceLang)})
	if err != nil {
		return nil, err
	}
	if len(srcDocs) == 1 {
		in.onlySource = srcDocs[0]
		if len(in.pairs) > 1 {
			return nil, usagef("diff: --source %s is one document, but %s and %s pair %d: name one with FILE#ID", opts.source, oldSpec, newSpec, len(in.pairs))
		}
		return in, nil
	}
	in.sources = map[string]*texts.Document{}
	for _, d := range srcDocs {
		in.sources[d.ID] = d
	}
	return in, nil
}

// compare compares each pair of revisions, through its original when
// there is one; sourceSpec and newSpec name the files in errors.
func (in *diffInputs) compare(sourceSpec, newSpec string) ([]*revision.Revision, error) {
	var revs []*revision.Revision
	for _, p := range in.pairs {
		dopts := revision.Options{Glossary: in.glossary, Source: in.onlySource}
		if in.sources != nil {
			s, ok := in.sources[p[1].ID]
			if !ok {
				return nil, fmt.Errorf("%s: no document %q to pair %s#%s through", sourceSpec, p[1].ID, newSpec, p[1].ID)
			}
			dopts.Source = s
		}
		r, err := revision.Compare(p[0], p[1], dopts)
		if err != nil {
			return nil, err
		}
		revs = append(revs, r)
	}
	return revs, nil
}

// writeDiffHTML writes the revisions as one page, a section a document.
func writeDiffHTML(w io.Writer, revs []*revision.Revision, names func(int) (string, string), popts revision.PrintOptions) error {
	var secs []revision.Section
	for i, r := range revs {
		o, n := names(i)
		secs = append(secs, revision.Section{Revision: r, OldName: o, NewName: n})
	}
	return revision.WriteHTMLSections(w, secs, popts)
}

// writeDiffText writes the revisions for a terminal, with a total for a
// collection.
func writeDiffText(w io.Writer, revs []*revision.Revision, names func(int) (string, string), popts revision.PrintOptions) error {
	printed := 0
	for i, r := range revs {
		// In a collection, an untouched document is only counted in the
		// total: six "no differences" blocks would bury the one document
		// that changed.
		if len(revs) > 1 && !popts.Unchanged && !r.Summary().Differs() {
			continue
		}
		popts.OldName, popts.NewName = names(i)
		printed++
		if printed > 1 {
			if _, err := io.WriteString(w, "\n"); err != nil {
				return err
			}
		}
		if err := revision.WriteText(w, r, popts); err != nil {
			return err
		}
	}
	if len(revs) > 1 {
		sep := "\n"
		if printed == 0 {
			sep = ""
		}
		if _, err := io.WriteString(w, sep+revision.Total(revs)+"\n"); err != nil {
			return err
		}
	}
	return nil
}
