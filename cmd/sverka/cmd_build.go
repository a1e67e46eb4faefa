package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"
	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/internal/input"
)

// buildOptions are the flags of sverka build.
type buildOptions struct {
	// findings are printed as check prints them; their output is
	// always standard output, -o being the HTML.
	findings findingsOptions
	config   string
	output   string
}

func newBuildCommand(io *IO) *cobra.Command {
	opts := &buildOptions{}
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Do the whole job on an edition: align, check, write the HTML edition",
		Long: `Build runs the whole job on the edition that sverka.yaml describes (found
here or in a parent directory, or named with --config): it reads and aligns
every document pair (using stored alignments where they exist), checks the
edition against its glossary, names, glosses and insertion marks, printing
the findings as 'sverka check' does, and writes the facing-text HTML
edition, by default edition.html beside sverka.yaml, with the sentences
the check found something in marked. It says where the file is.

The HTML is written even when the check finds something; the exit status
then says so.

` + exitStatusFindingsHelp,
		Example: `  sverka build --config examples/telegrams/sverka.yaml
  cd examples/telegrams && sverka build -o /tmp/telegrams.html`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBuild(io, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.config, "config", "", "the edition's `sverka.yaml` (default: found here or above)")
	f.StringVarP(&opts.output, "output", "o", "", "write the HTML edition to `FILE` (default: edition.html beside sverka.yaml)")
	opts.findings.addFlags(cmd)
	return cmd
}

func runBuild(sio *IO, opts *buildOptions) error {
	if err := opts.findings.check("build"); err != nil {
		return err
	}
	if err := checkOutputFolder(opts.output); err != nil {
		return err
	}
	config, err := findConfig("build", opts.config, "or name one with --config")
	if err != nil {
		return err
	}
	ed, err := openEdition(sio, "build", config, "")
	if err != nil {
		return err
	}
	output := opts.output
	if output == "" {
		output = filepath.Join(ed.Dir, "edition.html")
		// Written by itself, not named by -o: never through a link
		// that leads out of the edition.
		if !input.Within(output, ed.Dir) {
			return fmt.Errorf("%s: leads outside the edition folder %s (a symbolic link?): refused; name the output with -o", output, ed.Dir)
		}
	}
	if err := refuseInputAsOutput(output, append(ed.Files(), config)...); err != nil {
		return err
	}
	copts, err := check.OptionsFrom(ed.Config, ed.Dir)
	if err != nil {
		return err
	}
	opts.findings.editionDir = ed.Dir
	findings, checkErr := reportFindings(sio, &opts.findings, check.Run(ed, copts))
	if checkErr != nil && !errors.Is(checkErr, errFindings) {
		return checkErr
	}
	ed.Marks = check.Marks(findings)
	if err := writeExport(sio, &exportOptions{output: output, baseDir: ed.Dir}, exportWriters["html"], ed); err != nil {
		return err
	}
	// On stderr, so that --format sarif > sverka.sarif holds findings only.
	sio.Wrote(output, exportCounts(ed)+"; open it in a browser")
	return checkErr
}
