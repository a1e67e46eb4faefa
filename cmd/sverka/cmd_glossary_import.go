package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/texts"
)

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
values in one cell are separated by "|". A ' before =, +, -, @, a tab or a
carriage return at the start of a cell, which 'sverka glossary export'
writes so that spreadsheets do not run the cell as a formula, is taken off.

The format is told by the extension (.tbx, .xml, .csv, .tsv) or else by the
content; --format says it outright.

` + exitStatusHelp,
		Example: `  sverka glossary import terms.tbx -o glossary.yaml
  sverka glossary import --source-lang en --target-lang cs weblate.tbx
  sverka glossary import terms.csv > glossary.yaml`,
		Args: exactArgs(1, "one FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			// Unnamed languages are the ones a file sverka wrote names,
			// else ru and en.
			if !cmd.Flags().Changed("source-lang") {
				opts.source = ""
			}
			if !cmd.Flags().Changed("target-lang") {
				opts.target = ""
			}
			return runGlossaryImport(sio, opts, args[0])
		},
	}
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write the YAML glossary to this file instead of standard output")
	enumFlag(cmd, &opts.format, "format", "", "", []string{"tbx", "csv", "tsv"}, "input format (default: from the extension or content)")
	cmd.Flags().StringVar(&opts.source, "source-lang", "ru", "language of the terms in a TBX file")
	cmd.Flags().StringVar(&opts.target, "target-lang", "en", "language of the renderings in a TBX file")
	cmd.Flags().StringVar(&opts.encoding, "encoding", "auto", "the file's encoding when it cannot be told: utf-8, utf-16, utf-16le, utf-16be, windows-1251, koi8-r, ibm866, iso-8859-5, x-mac-cyrillic, windows-1252 (TBX: any IANA name)")
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
	name := path
	var r io.Reader = sio.In
	if path == "-" {
		name = "<stdin>"
	} else {
		f, err := input.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	// A TBX file is read as a stream; its head tells the format.
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(4096)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return &input.Error{File: name, Err: err}
	}
	format := opts.format
	if format == "" {
		format = detectGlossaryFormat(path, head)
	}
	var g *glossary.Glossary
	var data []byte
	switch format {
	case "tbx":
		var skipped []*glossary.PosError
		g, skipped, err = glossary.ReadTBX(name, br, glossary.ImportOptions{Source: opts.source, Target: opts.target, Encoding: opts.encoding})
		for _, s := range skipped {
			fmt.Fprintf(sio.Err, "%s: warning: %s\n", s.Pos, s.Msg)
		}
		if g != nil {
			warnDroppedCategories(sio, name, g.Dropped)
		}
	case "csv", "tsv":
		comma := rune(0) // guessed from the header: a semicolon is common
		if format == "tsv" {
			comma = '\t'
		}
		if data, err = input.ReadAll(br, input.MaxData); err != nil {
			return &input.Error{File: name, Err: err}
		}
		if data, err = decodeGlossaryText(name, data, opts.encoding); err == nil {
			g, err = glossary.ReadCSV(name, bytes.NewReader(data), comma)
		}
	}
	if err != nil {
		return err
	}
	if len(g.Entries) == 0 {
		// Writing "entries: []" would replace a glossary with nothing.
		return fmt.Errorf("%s: no entries found; nothing written", name)
	}
	g.File = ""
	if err := writeOutput(sio, opts.output, func(w io.Writer) error { return glossary.Write(w, g) }); err != nil {
		return err
	}
	sio.Wrote(opts.output, countEntries(len(g.Entries)))
	return nil
}

// countEntries is "1 entry" or "N entries".
func countEntries(n int) string {
	if n == 1 {
		return "1 entry"
	}
	return fmt.Sprintf("%d entries", n)
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

// warnDroppedCategories says what an import left out, by data category,
// most first: nothing of a glossary is lost without a word.
func warnDroppedCategories(sio *IO, name string, dropped map[string]int) {
	if len(dropped) == 0 {
		return
	}
	cats := make([]string, 0, len(dropped))
	total := 0
	for c, n := range dropped {
		cats = append(cats, c)
		total += n
	}
	sort.Slice(cats, func(i, j int) bool {
		if dropped[cats[i]] != dropped[cats[j]] {
			return dropped[cats[i]] > dropped[cats[j]]
		}
		return cats[i] < cats[j]
	})
	parts := make([]string, len(cats))
	for i, c := range cats {
		parts[i] = fmt.Sprintf("%d %s", dropped[c], c)
	}
	fmt.Fprintf(sio.Err, "%s: warning: left out %d items of data categories a sverka glossary does not hold: %s\n", name, total, strings.Join(parts, ", "))
}
