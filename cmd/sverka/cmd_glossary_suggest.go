package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/suggest"
	"github.com/sverka/sverka/texts"
)

type glossarySuggestOptions struct {
	glossary, format, scheme string
	min                      int
	add                      bool
	config                   string
}

func newGlossarySuggestCommand(sio *IO) *cobra.Command {
	var opts glossarySuggestOptions
	cmd := &cobra.Command{
		Use:   "suggest [--glossary GLOSSARY] [--format text|json|yaml] [FILE...]",
		Short: "Suggest glossary entries found in the texts",
		Long: `Suggest reads English and Russian texts and lists candidate glossary entries
that the glossary (when given) does not have yet, with every place they
occur (file:line:col):

  - words glossed with a transliteration in brackets: storm-fright [shtormoboiazn'];
  - code names glossed with a translation: Instantsia [Highest Authority],
    or standing on a line of their own in a Russian telegram: Инстанция;
  - capitalised names and terms that recur (--min times, 2 by default), not
    only at the start of sentences; for Russian, grouped over their
    inflected forms and shown in the nominative (т. Микояну: Микоян;
    Народной армии: Народная армия) with their transliteration, for
    English without demonyms, compass points and words the text also
    writes in lower case.

With no FILE, the texts of the edition (the sverka.yaml found here or
above) are read, Russian and English, and its glossary is the one given.

--format yaml writes the suggestions as a glossary that loads as it is;
the entries found only in English, with no Russian term to match, or
only in Russian, with no rendering, follow it commented out, to be
completed by hand. FILE may name one document of a
collection as FILE#ID.

--add merges the suggestions into the edition's glossary instead of
printing them: the entries with a Russian term and a rendering that the
glossary has no term or rendering of, each with an id it does not use,
added at the end of its entries, its comments and order kept. Run twice,
it adds nothing the second time. An edition without a glossary gets
glossary.yaml, named in its sverka.yaml.

` + exitStatusHelp,
		Example: `  sverka glossary suggest examples/telegrams/en.txt
  sverka glossary suggest --glossary examples/telegrams/glossary.yaml examples/telegrams/en.txt examples/telegrams/ru/*.txt
  sverka glossary suggest --format yaml examples/telegrams/ru/doc1.txt
  cd examples/telegrams && sverka glossary suggest --format yaml > suggested.yaml
  cd examples/telegrams && sverka glossary suggest --add`,
		Args: anyArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGlossarySuggest(sio, opts, args)
		},
	}
	cmd.Flags().StringVar(&opts.glossary, "glossary", "", "the edition's glossary: what it has is not suggested")
	enumFlag(cmd, &opts.format, "format", "", "text", []string{"text", "json", "yaml"}, "output format")
	schemeFlag(cmd, &opts.scheme, "", "transliteration scheme for Russian names (default: the glossary's, else ala-lc)")
	cmd.Flags().IntVar(&opts.min, "min", 2, "how often a capitalised name must occur to be suggested")
	cmd.Flags().BoolVar(&opts.add, "add", false, "add the suggestions to the edition's glossary (--glossary, else sverka.yaml's, else a new glossary.yaml)")
	cmd.Flags().StringVar(&opts.config, "config", "", "the edition's `sverka.yaml`, when reading its texts (default: found here or above)")
	return cmd
}

func runGlossarySuggest(sio *IO, opts glossarySuggestOptions, files []string) error {
	var scheme texts.Scheme
	if opts.scheme != "" {
		scheme = texts.Scheme(opts.scheme)
	}
	if len(files) == 0 {
		return runEditionSuggest(sio, opts, scheme)
	}
	if opts.add {
		return usagef("glossary suggest: --add merges into the edition's glossary: leave out the FILEs to read the edition's texts")
	}
	var g *glossary.Glossary
	if opts.glossary != "" {
		var err error
		if g, err = loadGlossary(sio, opts.glossary); err != nil {
			return err
		}
	}
	var cols []*texts.Collection
	for _, f := range files {
		c, docs, err := readDocuments(sio, f, texts.Options{})
		if err != nil {
			return err
		}
		c.Documents = docs
		cols = append(cols, c)
	}
	return writeSuggestOutput(sio, opts, scheme, suggest.Entries(g, cols, suggest.Options{Scheme: scheme, MinCount: opts.min}))
}

// runEditionSuggest suggests from the texts of the edition found here or
// above, against its glossary (or the one --glossary names).
func runEditionSuggest(sio *IO, opts glossarySuggestOptions, scheme texts.Scheme) error {
	name, err := findConfig("glossary suggest", opts.config, "or name the FILEs to read")
	if err != nil {
		return err
	}
	ed, err := openEdition(sio, "glossary suggest", name, edition.OpenOptions{Glossary: opts.glossary})
	if err != nil {
		return err
	}
	if scheme == "" && ed.Config.Scheme != "" {
		scheme = ed.Config.Scheme
	}
	// Each file once, its documents in the order the pairs name them.
	var cols []*texts.Collection
	byFile := make(map[*texts.Source]*texts.Collection)
	add := func(src *texts.Source, d *texts.Document) {
		c := byFile[src]
		if c == nil {
			c = &texts.Collection{Source: src}
			byFile[src] = c
			cols = append(cols, c)
		}
		c.Documents = append(c.Documents, d)
	}
	for _, p := range ed.Pairs {
		add(p.SourceText, p.Source)
		add(p.TargetText, p.Target)
	}
	sugs := suggest.Entries(ed.Glossary, cols, suggest.Options{Scheme: scheme, MinCount: opts.min, Pairs: ed.Pairs})
	if opts.add {
		return addSuggestions(sio, opts, name, ed, scheme, sugs)
	}
	return writeSuggestOutput(sio, opts, scheme, sugs)
}

func writeSuggestOutput(sio *IO, opts glossarySuggestOptions, scheme texts.Scheme, sugs []suggest.Suggestion) error {
	return writeOutput(sio, "", func(w io.Writer) error {
		switch opts.format {
		case "json":
			if sugs == nil {
				sugs = []suggest.Suggestion{}
			}
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(sugs)
		case "yaml":
			return suggest.WriteGlossary(w, sugs, scheme)
		}
		return writeSuggestions(w, sugs)
	})
}

func writeSuggestions(w io.Writer, sugs []suggest.Suggestion) error {
	bw := bufio.NewWriter(w)
	for _, s := range sugs {
		label := s.English
		if s.Russian != "" {
			label = s.Russian
		}
		switch {
		case s.Gloss != "":
			label += " [" + s.Gloss + "]"
		case s.Translit != "" && s.Russian == "":
			label += " [" + s.Translit + "]"
		case s.Translit != "":
			label += " (" + s.Translit + ")"
		}
		fmt.Fprintf(bw, "%s: %s: %s, %d×\n", s.Kind, label, s.Reason, len(s.Occurrences))
		for _, o := range s.Occurrences {
			fmt.Fprintf(bw, "  %s: %s\n", o.Pos, o.Text)
		}
	}
	return bw.Flush()
}
