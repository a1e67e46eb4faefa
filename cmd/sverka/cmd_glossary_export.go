package main

import (
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/glossary"
)

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
separated by "|". A cell that begins like a spreadsheet formula (=, +, -, @, a tab or a
carriage return) is written after a ' (as OWASP advises), so that a
spreadsheet shows it as text instead of running it; 'sverka glossary import' reads it back
without the '.

` + exitStatusHelp,
		Example: `  sverka glossary export --format tbx examples/telegrams/glossary.yaml -o glossary.tbx
  sverka glossary export --format csv examples/telegrams/glossary.yaml`,
		Args: exactArgs(1, "one GLOSSARY"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGlossaryExport(sio, opts, args[0])
		},
	}
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to this file instead of standard output")
	enumFlag(cmd, &opts.format, "format", "", "tbx", []string{"tbx", "csv", "tsv"}, "output format")
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
	}
	g, err := loadGlossary(sio, path)
	if err != nil {
		return err
	}
	g.File = filepath.Base(path)
	return writeOutput(sio, opts.output, func(w io.Writer) error { return write(w, g) })
}
