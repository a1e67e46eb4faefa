package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

func newGlossaryCommand(sio *IO) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "glossary",
		Short: "List, import, export and suggest glossary entries",
		Long: `The glossary of an edition is a YAML file kept with the texts: one entry per
concept (a term, person, place, organisation, code name or abbreviation) with
its Russian term or terms, matched in any inflected form, its
transliteration, and its English renderings marked preferred, admitted or
forbidden. 'sverka check' checks the edition against it.

An entry, as written by hand:

  - id: shtormoboiazn
    kind: term
    russian: [штормобоязнь]
    translit: shtormoboiazn'
    renderings:
      - storm-fright
      - {text: storm phobia, status: forbidden}
    gloss: {form: translit, when: first-in-document}

` + exitStatusHelp,
		Example: `  sverka glossary list examples/telegrams/glossary.yaml
  sverka glossary export --format tbx examples/telegrams/glossary.yaml -o glossary.tbx
  sverka glossary import terms.tbx -o glossary.yaml
  sverka glossary suggest --glossary glossary.yaml en.txt ru/*.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("glossary: name a subcommand: list, import, export or suggest")
		},
	}
	cmd.AddCommand(
		newGlossaryListCommand(sio),
		newGlossaryImportCommand(sio),
		newGlossaryExportCommand(sio),
		newGlossarySuggestCommand(sio),
	)
	return cmd
}

// loadGlossary reads a YAML glossary; "-" reads standard input.
func loadGlossary(sio *IO, path string) (*glossary.Glossary, error) {
	if path == "-" {
		return glossary.Load("<stdin>", sio.In)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return glossary.Load(path, f)
}

// theEditionGlossary reads the glossary the edition's sverka.yaml (found
// here or above) names, for a command given no glossary.
func theEditionGlossary(sio *IO, cmd string) (*glossary.Glossary, error) {
	name, err := findConfig(cmd, "", "or name a GLOSSARY")
	if err != nil {
		return nil, err
	}
	cfg, dir, err := loadConfig(name)
	if err != nil {
		return nil, err
	}
	g, err := editionGlossary(sio, cfg, dir, "")
	if err == nil && g == nil {
		return nil, usagef("%s: %s names no glossary; name a GLOSSARY", cmd, name)
	}
	return g, err
}

// ---- list

type glossaryListOptions struct{ format string }

func newGlossaryListCommand(sio *IO) *cobra.Command {
	var opts glossaryListOptions
	cmd := &cobra.Command{
		Use:   "list [--format text|json] [GLOSSARY]",
		Short: "List the entries of a glossary in Russian alphabetical order",
		Long: `List prints the entries of a glossary sorted by their Russian term in
Russian alphabetical order: the Russian term, the kind, the transliteration
(generated with the glossary's scheme when the entry gives none) and the
renderings with their status. A broken glossary is reported with the
file:line:col of each error. With no GLOSSARY, the glossary of the edition
(the sverka.yaml found here or above) is listed.

` + exitStatusHelp,
		Example: `  sverka glossary list examples/telegrams/glossary.yaml
  sverka glossary list --format json examples/telegrams/glossary.yaml
  cd examples/telegrams && sverka glossary list`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := ""
			if len(args) == 1 {
				path = args[0]
			}
			return runGlossaryList(sio, opts, path)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "text", "output format: text or json")
	return cmd
}

func runGlossaryList(sio *IO, opts glossaryListOptions, path string) error {
	if opts.format != "text" && opts.format != "json" {
		return usagef("glossary list: --format %q: want text or json", opts.format)
	}
	var g *glossary.Glossary
	var err error
	if path == "" {
		g, err = theEditionGlossary(sio, "glossary list")
	} else {
		g, err = loadGlossary(sio, path)
	}
	if err != nil {
		return err
	}
	entries := sortedEntries(g)
	return writeOutput(sio, "", func(w io.Writer) error {
		if opts.format == "json" {
			type listed struct {
				*glossary.Entry
				Translit string `json:"translit"`
				Pos      string `json:"pos"`
			}
			out := make([]listed, 0, len(entries))
			for _, e := range entries {
				out = append(out, listed{Entry: e, Translit: g.Translit(e), Pos: e.Pos.String()})
			}
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(out)
		}
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for _, e := range entries {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", strings.Join(e.Russian, ", "), e.Kind, g.Translit(e), renderingSummary(e))
		}
		return tw.Flush()
	})
}

// sortedEntries sorts by the first Russian term with Russian collation (ё
// with е, case second), then by id.
func sortedEntries(g *glossary.Glossary) []*glossary.Entry {
	col := collate.New(language.Russian)
	entries := slices.Clone(g.Entries)
	first := func(e *glossary.Entry) string {
		if len(e.Russian) == 0 {
			return ""
		}
		return e.Russian[0]
	}
	slices.SortStableFunc(entries, func(a, b *glossary.Entry) int {
		if c := col.CompareString(first(a), first(b)); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return entries
}

// renderingSummary writes the renderings as "storm-fright; admitted: fear of
// storms; forbidden: storm phobia".
func renderingSummary(e *glossary.Entry) string {
	var parts []string
	for _, st := range []glossary.Status{glossary.Preferred, glossary.Admitted, glossary.Forbidden} {
		var ts []string
		for _, r := range e.RenderingsWith(st) {
			t := r.Text
			if r.CaseSensitive {
				t += " (case)"
			}
			ts = append(ts, t)
		}
		if len(ts) == 0 {
			continue
		}
		if st == glossary.Preferred {
			parts = append(parts, strings.Join(ts, ", "))
		} else {
			parts = append(parts, string(st)+": "+strings.Join(ts, ", "))
		}
	}
	return strings.Join(parts, "; ")
}

// ---- import

type glossaryImportOptions struct {
	output, format, source, target, encoding string
	force                                    bool
}

func newGlossaryImportCommand(sio *IO) *cobra.Command {
	var opts glossaryImportOptions
	cmd := &cobra.Command{
		Use:   "import [--format tbx|csv|tsv] [-o OUT] FILE",
		Short: "Turn a TBX, CSV or TSV glossary into a YAML glossary",
		Long: `Import reads a glossary exported by a CAT tool or a spreadsheet and writes
it as a sverka YAML glossary, to standard output or to OUT. An existing OUT
(perhaps edited by hand) is replaced, atomically, only with --force.

The encoding is detected (a byte order mark, UTF-8, Windows-1251, KOI8-R;
for TBX also the XML declaration); --encoding names it where it cannot be.

TBX: TBX v3 (TBX-Basic and others, DCA style; DCT elements are understood)
and TBX v2 <martif> files. The Russian terms are taken from the langSec (or
langSet) of --source-lang, the renderings from --target-lang; statuses from
administrativeStatus (deprecated becomes forbidden). Concepts without a
Russian term are skipped with a warning on standard error.

CSV and TSV: the first row names the columns: russian, english, status,
kind, translit, note, definition, forms, preferred, admitted, forbidden,
gloss, id (ru, source, en, target and a few other synonyms are understood).
Rows with the same id, or the same Russian term, make one entry; several
values in one cell are separated by "|".

The format is told by the extension (.tbx, .xml, .csv, .tsv) or else by the
content; --format says it outright.

` + exitStatusHelp,
		Example: `  sverka glossary import terms.tbx -o glossary.yaml
  sverka glossary import --source-lang en --target-lang cs weblate.tbx
  sverka glossary import terms.csv > glossary.yaml`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGlossaryImport(sio, opts, args[0])
		},
	}
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write the YAML glossary to this file instead of standard output")
	cmd.Flags().StringVar(&opts.format, "format", "", "input format: tbx, csv or tsv (default: from the extension or content)")
	cmd.Flags().StringVar(&opts.source, "source-lang", "ru", "language of the terms in a TBX file")
	cmd.Flags().StringVar(&opts.target, "target-lang", "en", "language of the renderings in a TBX file")
	cmd.Flags().StringVar(&opts.encoding, "encoding", "auto", "the file's encoding when it cannot be told: utf-8, utf-16, utf-16le, utf-16be, windows-1251, koi8-r (TBX: any IANA name)")
	cmd.Flags().BoolVar(&opts.force, "force", false, "replace OUT when it exists")
	cmd.PreRunE = guardOutput(&opts.output)
	return cmd
}

func runGlossaryImport(sio *IO, opts glossaryImportOptions, path string) error {
	// OUT may be a glossary edited by hand since the last import.
	if opts.output != "" && opts.output != "-" && !opts.force {
		if _, err := os.Stat(opts.output); err == nil {
			return usagef("glossary import: %s exists; use --force to replace it", opts.output)
		}
	}
	var data []byte
	var err error
	name := path
	if path == "-" {
		name = "<stdin>"
		data, err = io.ReadAll(sio.In)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return err
	}
	format := opts.format
	if format == "" {
		format = detectGlossaryFormat(path, data)
	}
	var g *glossary.Glossary
	switch format {
	case "tbx":
		var skipped []*glossary.PosError
		g, skipped, err = glossary.ReadTBX(name, bytes.NewReader(data), glossary.ImportOptions{Source: opts.source, Target: opts.target, Encoding: opts.encoding})
		for _, s := range skipped {
			fmt.Fprintf(sio.Err, "%s: warning: %s\n", s.Pos, s.Msg)
		}
	case "csv", "tsv":
		comma := rune(0) // guessed from the header: a semicolon is common
		if format == "tsv" {
			comma = '\t'
		}
		if data, err = decodeGlossaryText(name, data, opts.encoding); err == nil {
			g, err = glossary.ReadCSV(name, bytes.NewReader(data), comma)
		}
	default:
		return usagef("glossary import: --format %q: want tbx, csv or tsv", format)
	}
	if err != nil {
		return err
	}
	if len(g.Entries) == 0 {
		fmt.Fprintf(sio.Err, "%s: warning: no entries imported\n", name)
	}
	g.File = ""
	return writeOutput(sio, opts.output, func(w io.Writer) error { return glossary.Write(w, g) })
}

// decodeGlossaryText decodes a CSV or TSV file in the encoding --encoding
// names, as the edition's texts are decoded; with "auto" the reader detects
// it.
func decodeGlossaryText(name string, data []byte, enc string) ([]byte, error) {
	if enc == "" || strings.EqualFold(enc, "auto") {
		return data, nil
	}
	src, err := texts.ReadSource(name, bytes.NewReader(data), texts.ReadOptions{Encoding: enc})
	if err != nil {
		return nil, err
	}
	return []byte(src.Text), nil
}

// detectGlossaryFormat tells TBX, CSV and TSV apart by the extension, then by
// the content.
func detectGlossaryFormat(path string, data []byte) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".tbx", ".xml":
		return "tbx"
	case ".csv":
		return "csv"
	case ".tsv", ".tab":
		return "tsv"
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\ufeff")), " \t\r\n")
	if bytes.HasPrefix(trimmed, []byte("<")) {
		return "tbx"
	}
	line, _, _ := bytes.Cut(trimmed, []byte("\n"))
	if bytes.ContainsRune(line, '\t') {
		return "tsv"
	}
	return "csv"
}

// ---- export

type glossaryExportOptions struct{ output, format string }

func newGlossaryExportCommand(sio *IO) *cobra.Command {
	var opts glossaryExportOptions
	cmd := &cobra.Command{
		Use:   "export --format tbx|csv|tsv [-o OUT] GLOSSARY",
		Short: "Write a YAML glossary as TBX-Basic, CSV or TSV",
		Long: `Export writes the glossary for CAT tools and spreadsheets, to standard output
or to OUT (replaced atomically).

tbx: TBX-Basic, TBX v3 DCA style, valid against the TBX v3 RelaxNG schemas.
Russian terms (explicit forms as termType variant), the transliteration as a
ru-Latn term, English renderings with administrativeStatus (forbidden as
deprecatedTerm-admn-sts). What TBX-Basic has no category for (kind, gloss
policy, case sensitivity, exceptions) goes into notes starting "sverka-", so
that importing the file back gives the same glossary.

csv, tsv: one row per entry under a header row; several values in a cell are
separated by "|". 'sverka glossary import' reads it back.

` + exitStatusHelp,
		Example: `  sverka glossary export --format tbx examples/telegrams/glossary.yaml -o glossary.tbx
  sverka glossary export --format csv examples/telegrams/glossary.yaml`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGlossaryExport(sio, opts, args[0])
		},
	}
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to this file instead of standard output")
	cmd.Flags().StringVar(&opts.format, "format", "tbx", "output format: tbx, csv or tsv")
	cmd.PreRunE = guardOutput(&opts.output)
	return cmd
}

func runGlossaryExport(sio *IO, opts glossaryExportOptions, path string) error {
	var write func(w io.Writer, g *glossary.Glossary) error
	switch opts.format {
	case "tbx":
		write = glossary.WriteTBX
	case "csv":
		write = func(w io.Writer, g *glossary.Glossary) error { return glossary.WriteCSV(w, g, ',') }
	case "tsv":
		write = func(w io.Writer, g *glossary.Glossary) error { return glossary.WriteCSV(w, g, '\t') }
	default:
		return usagef("glossary export: --format %q: want tbx, csv or tsv", opts.format)
	}
	g, err := loadGlossary(sio, path)
	if err != nil {
		return err
	}
	g.File = filepath.Base(path)
	return writeOutput(sio, opts.output, func(w io.Writer) error { return write(w, g) })
}

// ---- suggest

type glossarySuggestOptions struct {
	glossary, format, scheme string
	min                      int
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
    inflected forms and shown with their transliteration.

With no FILE, the texts of the edition (the sverka.yaml found here or
above) are read, Russian and English, and its glossary is the one given.

--format yaml writes the suggestions as a glossary that loads as it is;
the entries found only in English, with no Russian term to match, or
only in Russian, with no rendering, follow it commented out, to be
completed by hand. FILE may name one document of a
collection as FILE#ID.

` + exitStatusHelp,
		Example: `  sverka glossary suggest examples/telegrams/en.txt
  sverka glossary suggest --glossary examples/telegrams/glossary.yaml examples/telegrams/en.txt examples/telegrams/ru/*.txt
  sverka glossary suggest --format yaml examples/telegrams/ru/doc1.txt
  cd examples/telegrams && sverka glossary suggest --format yaml > suggested.yaml`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGlossarySuggest(sio, opts, args)
		},
	}
	cmd.Flags().StringVar(&opts.glossary, "glossary", "", "the edition's glossary: what it has is not suggested")
	cmd.Flags().StringVar(&opts.format, "format", "text", "output format: text, json or yaml")
	cmd.Flags().StringVar(&opts.scheme, "scheme", "", "transliteration scheme for Russian names (default: the glossary's, else ala-lc)")
	cmd.Flags().IntVar(&opts.min, "min", 2, "how often a capitalised name must occur to be suggested")
	return cmd
}

func runGlossarySuggest(sio *IO, opts glossarySuggestOptions, files []string) error {
	switch opts.format {
	case "text", "json", "yaml":
	default:
		return usagef("glossary suggest: --format %q: want text, json or yaml", opts.format)
	}
	var scheme texts.Scheme
	if opts.scheme != "" {
		s, err := texts.ParseScheme(opts.scheme)
		if err != nil {
			return usagef("glossary suggest: %v", err)
		}
		scheme = s
	}
	if len(files) == 0 {
		return runEditionSuggest(sio, opts, scheme)
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
	return writeSuggestOutput(sio, opts, scheme, glossary.Suggest(g, cols, glossary.SuggestOptions{Scheme: scheme, MinCount: opts.min}))
}

// runEditionSuggest suggests from the texts of the edition found here or
// above, against its glossary (or the one --glossary names).
func runEditionSuggest(sio *IO, opts glossarySuggestOptions, scheme texts.Scheme) error {
	name, err := findConfig("glossary suggest", "", "or name the FILEs to read")
	if err != nil {
		return err
	}
	ed, err := readEdition(sio, "glossary suggest", name, opts.glossary)
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
	return writeSuggestOutput(sio, opts, scheme, glossary.Suggest(ed.Glossary, cols, glossary.SuggestOptions{Scheme: scheme, MinCount: opts.min, Pairs: ed.checkPairs()}))
}

func writeSuggestOutput(sio *IO, opts glossarySuggestOptions, scheme texts.Scheme, sugs []glossary.Suggestion) error {
	return writeOutput(sio, "", func(w io.Writer) error {
		switch opts.format {
		case "json":
			if sugs == nil {
				sugs = []glossary.Suggestion{}
			}
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(sugs)
		case "yaml":
			return glossary.WriteSuggestedGlossary(w, sugs, scheme)
		}
		return writeSuggestions(w, sugs)
	})
}

func writeSuggestions(w io.Writer, sugs []glossary.Suggestion) error {
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
