package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/texts"
)

// checkOptions are the flags of sverka check.
type checkOptions struct {
	format         string
	failOn         string
	baseline       string
	updateBaseline bool
	config         string
	glossary       string
}

func newCheckCommand(io *IO) *cobra.Command {
	opts := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check [FILE...]",
		Short: "Check the edition against its glossary, names, glosses and insertions",
		Long: `Check runs sverka's checks on the edition and reports findings.

With no FILE, check finds sverka.yaml in the current directory or above it
(or reads --config), reads every document pair it names, aligns each pair
(with the stored alignment file where the configuration names one and it
exists) and runs every check: term-missing, term-forbidden,
term-inconsistent, name-variant, spelling-variant, gloss-mismatch,
gloss-missing, insertion-mark, bracket-unbalanced, mixed-script.

With FILE arguments (English translations, FILE or FILE#ID), check runs the
checks that need no original: name-variant, spelling-variant, gloss-mismatch
against the glossary, insertion-mark, bracket-unbalanced, mixed-script, and with a glossary
term-forbidden and gloss-missing. --config then supplies options alone
(glossary, scheme, insertions, rules): it need not name document pairs.

--baseline FILE records today's findings in FILE when it does not exist
(or with --update-baseline); later runs report only findings it does not
record. Exceptions can also be recorded on a glossary entry.

` + exitStatusFindingsHelp,
		Example: `  cd examples/telegrams && sverka check
  sverka check --format github            # annotations on a pull request
  sverka check --format sarif > sverka.sarif
  sverka check --baseline .sverka-baseline.json --fail-on warning
  sverka check --glossary glossary.yaml en.txt`,
		Args: anyArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(io, opts, args)
		},
	}
	f := cmd.Flags()
	enumFlag(cmd, &opts.format, "format", "", "text", check.Formats, "output format")
	failOnFlag(cmd, &opts.failOn)
	f.StringVar(&opts.baseline, "baseline", "", "report only findings not recorded in this `FILE` (recorded when it does not exist)")
	f.BoolVar(&opts.updateBaseline, "update-baseline", false, "record today's findings in the --baseline file")
	f.StringVar(&opts.config, "config", "", "the edition's configuration `FILE` (default: sverka.yaml here or above)")
	f.StringVar(&opts.glossary, "glossary", "", "the glossary `FILE` (default: the configuration's)")
	return cmd
}

func runCheck(sio *IO, opts *checkOptions, args []string) error {
	failOn := check.Severity(opts.failOn) // --fail-on takes only severities
	if opts.updateBaseline && opts.baseline == "" {
		return usagef("check: --update-baseline needs --baseline FILE")
	}
	var (
		err   error
		cfg   *edition.Config
		dir   string
		gloss *glossary.Glossary
		pairs []*edition.Pair
	)
	if len(args) == 0 {
		name, err := findConfig("check", opts.config, "or name English files to check them alone")
		if err != nil {
			return err
		}
		ed, err := openEdition(sio, "check", name, opts.glossary)
		if err != nil {
			return err
		}
		cfg, dir, gloss, pairs = ed.Config, ed.Dir, ed.Glossary, ed.Pairs
	} else {
		if opts.config != "" {
			// With FILE arguments the configuration supplies options
			// only: it need not name document pairs.
			if cfg, dir, err = loadConfigOptions(opts.config); err != nil {
				return err
			}
		}
		if gloss, err = editionGlossary(sio, cfg, dir, opts.glossary); err != nil {
			return err
		}
		if pairs, err = englishPairs(sio, args); err != nil {
			return err
		}
	}
	checkOpts := check.Options{}
	if cfg != nil {
		if checkOpts, err = check.OptionsFrom(cfg, dir); err != nil {
			return err
		}
	}
	// Fingerprints name files from the edition's folder, or from here for
	// files checked alone, wherever the command runs from.
	checkOpts.BaseDir = "."
	if len(args) == 0 {
		checkOpts.BaseDir = dir
	}
	return reportFindings(sio, opts, failOn, check.Run(&edition.Edition{Pairs: pairs, Glossary: gloss}, checkOpts))
}

// reportFindings leaves out what the baseline records, prints the rest and
// returns errFindings when one is at or above failOn.
func reportFindings(sio *IO, opts *checkOptions, failOn check.Severity, findings []check.Finding) error {
	var err error
	if opts.baseline != "" {
		findings, err = applyBaseline(sio, opts, findings)
		if err != nil {
			return err
		}
	}
	err = writeOutput(sio, "", func(w io.Writer) error {
		if opts.format == "text" && sio.Color {
			w = &severityColorer{w: w}
		}
		return check.Print(w, opts.format, findings, check.PrintOptions{ToolVersion: toolVersion()})
	})
	if err != nil {
		return err
	}
	if len(findings) > 0 {
		fmt.Fprintf(sio.Err, "sverka: %s\n", summarize(findings))
	}
	if check.MaxSeverity(findings).Rank() >= failOn.Rank() {
		return errFindings
	}
	return nil
}

// summarize counts findings by severity: "3 findings: 1 error, 2 warnings".
func summarize(fs []check.Finding) string {
	count := map[check.Severity]int{}
	for _, f := range fs {
		count[f.Severity]++
	}
	var parts []string
	for _, s := range []check.Severity{check.Error, check.Warning, check.Info} {
		if n := count[s]; n > 0 {
			word := string(s)
			if n > 1 && s != check.Info {
				word += "s"
			}
			parts = append(parts, fmt.Sprintf("%d %s", n, word))
		}
	}
	noun := "findings"
	if len(fs) == 1 {
		noun = "finding"
	}
	return fmt.Sprintf("%d %s: %s", len(fs), noun, strings.Join(parts, ", "))
}

// relToWD shortens an absolute path to one relative to the working
// directory when that is shorter, so positions read as editors expect.
func relToWD(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(wd, p); err == nil && len(rel) < len(p) {
		return rel
	}
	return p
}

// englishPairs reads English files for the checks that need no original.
func englishPairs(sio *IO, args []string) ([]*edition.Pair, error) {
	var pairs []*edition.Pair
	for _, a := range args {
		c, docs, err := readDocuments(sio, a, texts.Options{Lang: texts.English})
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			pairs = append(pairs, &edition.Pair{ID: d.ID, Target: d, TargetText: c.Source, TargetFile: c.Source.Name})
		}
	}
	return pairs, nil
}

// applyBaseline records the findings in a new (or updated) baseline, or
// leaves out those an existing one records.
func applyBaseline(sio *IO, opts *checkOptions, fs []check.Finding) ([]check.Finding, error) {
	f, err := input.Open(opts.baseline)
	if errors.Is(err, os.ErrNotExist) || (err == nil && opts.updateBaseline) {
		if f != nil {
			f.Close()
		}
		if fi, err := os.Stat(opts.baseline); err == nil && fi.IsDir() {
			return nil, fmt.Errorf("%s: cannot write the baseline: it is a folder", opts.baseline)
		}
		b := check.NewBaseline(fs)
		if err := writeFileAtomic(opts.baseline, b.Write); err != nil {
			// The temporary file written first means nothing to the
			// user: name the baseline.
			if le := (*os.LinkError)(nil); errors.As(err, &le) {
				return nil, fmt.Errorf("%s: cannot write the baseline: %v", opts.baseline, le.Err)
			}
			return nil, err
		}
		fmt.Fprintf(sio.Err, "sverka: recorded %d findings in the baseline %s\n", len(b.Findings), opts.baseline)
		return nil, nil
	}
	if ie := (*input.Error)(nil); errors.As(err, &ie) {
		return nil, fmt.Errorf("%s: cannot read the baseline: %v", opts.baseline, ie.Err)
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := check.ReadBaseline(opts.baseline, input.Limit(f, input.MaxData))
	if err != nil {
		return nil, err
	}
	fresh, known := b.Filter(fs)
	if known > 0 {
		fmt.Fprintf(sio.Err, "sverka: %d findings recorded in the baseline %s left out\n", known, opts.baseline)
	}
	return fresh, nil
}

// severityColorer colours the severity of text findings on a terminal
// (IO.Color: never with NO_COLOR or when piped). The text printer writes
// one line per Write; the colour is added here, at the edge, not in the
// library.
type severityColorer struct{ w io.Writer }

var severityColors = []struct{ plain, colored string }{
	{": error: ", ": \x1b[1;31merror\x1b[0m: "},
	{": warning: ", ": \x1b[1;33mwarning\x1b[0m: "},
	{": info: ", ": \x1b[1;36minfo\x1b[0m: "},
}

func (c *severityColorer) Write(p []byte) (int, error) {
	s := string(p)
	for _, sc := range severityColors {
		if i := strings.Index(s, sc.plain); i >= 0 {
			s = s[:i] + sc.colored + s[i+len(sc.plain):]
			break
		}
	}
	if _, err := io.WriteString(c.w, s); err != nil {
		return 0, err
	}
	return len(p), nil
}

// loadConfigOptions reads a sverka.yaml for its options alone.
func loadConfigOptions(name string) (*edition.Config, string, error) {
	cfg, err := edition.LoadOptionsFile(name)
	if err != nil {
		return nil, "", err
	}
	return cfg, filepath.Dir(name), nil
}
