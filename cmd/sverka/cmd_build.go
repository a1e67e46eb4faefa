package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"
	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
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
edition, by default edition.html beside sverka.yaml, with the words the
check found something in marked and a list of the findings. When
sverka.yaml says

  publish: {reader: edition.html, review: review.html}

it writes both editions from the one source: the reader's edition to
publish (as 'sverka export --reader') and the review edition with the
marks. -o writes the review edition alone, to FILE. It says where the
files are.

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
	ed, err := openEdition(sio, "build", config, edition.OpenOptions{})
	if err != nil {
		return err
	}
	outputs := buildOutputs(ed, opts.output)
	for _, o := range outputs {
		// Files build names by itself (edition.html, sverka.yaml's
		// publish files), not by -o, are never written through a link
		// that leads out of the edition.
		if opts.output == "" && !input.Within(o.file, ed.Dir) {
			return fmt.Errorf("%s: leads outside the edition folder %s (a symbolic link?): refused; name the output with -o", o.file, ed.Dir)
		}
		if err := refuseInputAsOutput(o.file, append(ed.Files(), config)...); err != nil {
			return err
		}
	}
	copts, err := check.OptionsFrom(ed.Config, ed.Dir)
	if err != nil {
		return err
	}
	opts.findings.editionDir = ed.Dir
	opts.findings.custom = copts.Custom
	findings, checkErr := reportFindings(sio, &opts.findings, check.Run(ed, copts))
	if checkErr != nil && !errors.Is(checkErr, errFindings) {
		return checkErr
	}
	ed.Marks = check.Marks(findings)
	for _, o := range outputs {
		if err := writeExport(sio, &exportOptions{output: o.file, baseDir: ed.Dir}, o.write, ed); err != nil {
			return err
		}
		// On stderr, so that --format sarif > sverka.sarif holds findings only.
		sio.Wrote(o.file, o.what+exportCounts(ed)+"; open it in a browser")
	}
	return checkErr
}

// buildOutput is one edition build writes.
type buildOutput struct {
	what  string // "" for the one edition, else "reader's edition: " or "review edition: "
	file  string
	write exportWriter
}

// buildOutputs are the editions build writes: -o's review edition, else
// those sverka.yaml's publish names, else edition.html.
func buildOutputs(ed *edition.Edition, output string) []buildOutput {
	if output != "" {
		return []buildOutput{{"", output, edition.WriteHTML}}
	}
	in := func(name string) string { return filepath.Join(ed.Dir, filepath.FromSlash(name)) }
	var out []buildOutput
	if p := ed.Config.Publish; p.Reader != "" || p.Review != "" {
		if p.Reader != "" {
			out = append(out, buildOutput{"reader's edition: ", in(p.Reader), edition.WriteReaderHTML})
		}
		if p.Review != "" {
			out = append(out, buildOutput{"review edition: ", in(p.Review), edition.WriteHTML})
		}
		return out
	}
	return []buildOutput{{"", in("edition.html"), edition.WriteHTML}}
}
