package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/input"
)

type glossaryExportOptions struct{ output, format string }

func newGlossaryExportCommand(sio *IO) *cobra.Command {
	var opts glossaryExportOptions
	cmd := &cobra.Command{
		Use:   "export --format tbx|tbx2|csv|tsv|vale [-o OUT] [GLOSSARY]",
		Short: "Write a YAML glossary as TBX-Basic, TBX v2, CSV, TSV or a Vale vocabulary",
		Long: `Export writes the glossary for CAT tools and spreadsheets, to standard output
or to OUT (replaced atomically).

tbx: TBX-Basic, TBX v3 DCA style, valid against the TBX v3 RelaxNG schemas.
Russian terms (explicit forms as termType variant), the transliteration as a
ru-Latn term, English renderings with administrativeStatus (forbidden as
deprecatedTerm-admn-sts). What TBX-Basic has no category for (kind, gloss
policy, case sensitivity, exceptions) goes into notes starting "sverka-", so
that importing the file back gives the same glossary.

tbx2: TBX v2 (a <martif> of type TBX-Default), the TBX that OmegaT and
translate-toolkit (tbx2po) read, with the same terms, statuses and notes.

csv, tsv: one row per entry under a header row; several values in a cell are
separated by "|". A cell that begins like a spreadsheet formula (=, +, -, @, a tab or a
carriage return) is written after a ' (as OWASP advises), so that a
spreadsheet shows it as text instead of running it; 'sverka glossary import' reads it back
without the '.

Every format writes the glossary's own languages (its "languages:" key;
ru and en when it has none): a glossary imported from en/cs is exported as
en/cs, and imported back as such.

vale: a Vale vocabulary in the folder OUT (-o is required): accept.txt with
the preferred and admitted renderings, reject.txt with the forbidden ones,
so that an English style guide in Vale follows the glossary. Point Vale's
Vocab at the folder's name (styles/config/vocabularies/NAME).

With no GLOSSARY, the glossary of the edition (the sverka.yaml found here
or above) is written.

` + exitStatusHelp,
		Example: `  sverka glossary export --format tbx examples/telegrams/glossary.yaml -o glossary.tbx
  sverka glossary export --format tbx2 examples/telegrams/glossary.yaml -o omegat/glossary/edition.tbx
  sverka glossary export --format vale -o styles/config/vocabularies/Edition examples/telegrams/glossary.yaml
  sverka glossary export --format csv examples/telegrams/glossary.yaml
  cd examples/telegrams && sverka glossary export -o glossary.tbx`,
		Args: maxArgs(1, "one GLOSSARY"),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := ""
			if len(args) == 1 {
				path = args[0]
			}
			return runGlossaryExport(sio, opts, path)
		},
	}
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to this file instead of standard output")
	enumFlag(cmd, &opts.format, "format", "", "tbx", []string{"tbx", "tbx2", "csv", "tsv", "vale"}, "output format")
	cmd.PreRunE = guardOutput(&opts.output)
	return cmd
}

func runGlossaryExport(sio *IO, opts glossaryExportOptions, path string) error {
	var write func(w io.Writer, g *glossary.Glossary) error
	switch opts.format {
	case "tbx":
		write = glossary.WriteTBX
	case "tbx2":
		write = glossary.WriteTBX2
	case "vale":
		return runValeExport(sio, opts, path)
	case "csv":
		write = func(w io.Writer, g *glossary.Glossary) error { return glossary.WriteCSV(w, g, ',') }
	case "tsv":
		write = func(w io.Writer, g *glossary.Glossary) error { return glossary.WriteCSV(w, g, '\t') }
	}
	g, err := exportedGlossary(sio, opts, path)
	if err != nil {
		return err
	}
	g.File = filepath.Base(g.File)
	if err := writeOutput(sio, opts.output, func(w io.Writer) error { return write(w, g) }); err != nil {
		return err
	}
	sio.Wrote(opts.output, countEntries(len(g.Entries)))
	return nil
}

// exportedGlossary reads the glossary at path, else (path "") the
// edition's, which -o must not name: a glossary named on the command line
// is guarded before the command runs.
func exportedGlossary(sio *IO, opts glossaryExportOptions, path string) (*glossary.Glossary, error) {
	if path != "" {
		g, err := loadGlossary(sio, path)
		if err == nil && g.File == "" {
			g.File = path
		}
		return g, err
	}
	g, err := theEditionGlossary(sio, "glossary export")
	if err != nil {
		return nil, err
	}
	if err := refuseInputAsOutput(opts.output, g.File); err != nil {
		return nil, err
	}
	return g, nil
}

// runValeExport writes the Vale vocabulary into the folder -o names,
// making it if need be; each file is replaced atomically.
func runValeExport(sio *IO, opts glossaryExportOptions, path string) error {
	if opts.output == "" || opts.output == "-" {
		return usagef("glossary export --format vale: name the vocabulary folder with -o DIR (styles/config/vocabularies/NAME)")
	}
	g, err := exportedGlossary(sio, opts, path)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(opts.output, 0o755); err != nil {
		return fmt.Errorf("%s: %v", opts.output, input.UnwrapPath(err))
	}
	var accept, reject bytes.Buffer
	if err := glossary.WriteVale(&accept, &reject, g); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		data *bytes.Buffer
	}{{"accept.txt", &accept}, {"reject.txt", &reject}} {
		p := filepath.Join(opts.output, f.name)
		if err := writeFileAtomic(p, func(w io.Writer) error { _, err := w.Write(f.data.Bytes()); return err }); err != nil {
			return err
		}
	}
	sio.Wrote(opts.output, fmt.Sprintf("accept.txt: %d, reject.txt: %d", strings.Count(accept.String(), "\n"), strings.Count(reject.String(), "\n")))
	return nil
}
