package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/internal/input"
)

// findingsOptions are the flags of the commands that report findings,
// check and build, so that both print, fail and keep a baseline alike.
type findingsOptions struct {
	format         string
	failOn         string
	baseline       string
	updateBaseline bool
	color          string
	// output is where the findings go ("" or "-": standard output).
	output string
	// editionDir is the folder of the edition checked ("" for files
	// checked alone): the baseline must lie in it or in the working
	// directory.
	editionDir string
	// custom are the edition's own rules, which SARIF lists.
	custom []*check.Rule
}

// addFlags defines --format, --fail-on, --baseline, --update-baseline and
// --color on cmd.
func (o *findingsOptions) addFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	enumFlag(cmd, &o.format, "format", "", "text", check.Formats, "findings format")
	failOnFlag(cmd, &o.failOn)
	f.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in this `FILE` (recorded when it does not exist)")
	f.BoolVar(&o.updateBaseline, "update-baseline", false, "record today's findings in the --baseline file")
	colorFlag(cmd, &o.color)
}

// check refuses flags that do not go together.
func (o *findingsOptions) check(cmd string) error {
	if o.updateBaseline && o.baseline == "" {
		return usagef("%s: --update-baseline needs --baseline FILE", cmd)
	}
	return nil
}

// reportFindings leaves out what the baseline records, prints the rest and
// returns them, with errFindings when one is at or above --fail-on.
func reportFindings(sio *IO, opts *findingsOptions, findings []check.Finding) ([]check.Finding, error) {
	var err error
	if opts.baseline != "" {
		findings, err = applyBaseline(sio, opts, findings)
		if err != nil {
			return nil, err
		}
	}
	colored := opts.format == "text" && useColor(sio, opts.color, opts.output)
	popts := printOptions(findings)
	popts.Custom = opts.custom
	err = writeOutput(sio, opts.output, func(w io.Writer) error {
		if colored {
			w = &severityColorer{w: w}
		}
		return check.Print(w, opts.format, findings, popts)
	})
	if err != nil {
		return nil, err
	}
	if err := writeStepSummary(opts, findings, popts); err != nil {
		return nil, err
	}
	switch {
	case opts.output != "" && opts.output != "-":
		sio.Wrote(opts.output, countFindings(findings))
	case len(findings) > 0:
		sio.Infof("%s", summarize(findings))
	}
	if check.MaxSeverity(findings).Rank() >= check.Severity(opts.failOn).Rank() {
		return findings, errFindings
	}
	return findings, nil
}

// countFindings is "no findings", "1 finding" or the summary.
func countFindings(fs []check.Finding) string {
	if len(fs) == 0 {
		return "no findings"
	}
	return summarize(fs)
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

// applyBaseline records the findings in a new (or updated) baseline, or
// leaves out those an existing one records.
func applyBaseline(sio *IO, opts *findingsOptions, fs []check.Finding) ([]check.Finding, error) {
	if err := baselineInside(opts); err != nil {
		return nil, err
	}
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
		sio.Infof("recorded %d findings in the baseline %s", len(b.Findings), opts.baseline)
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
		sio.Infof("%d findings recorded in the baseline %s left out", known, opts.baseline)
	}
	return fresh, nil
}

// baselineInside refuses a baseline that lies, once symbolic links are
// followed, outside the edition's folder and the working directory. In
// CI a pull request can make .sverka-baseline.json a link: read, it would
// quote another file in an error; written (--update-baseline, or a first
// run), it would overwrite whatever the link points at.
func baselineInside(opts *findingsOptions) error {
	roots := []string{"."}
	if opts.editionDir != "" {
		roots = append(roots, opts.editionDir)
	}
	if input.Within(opts.baseline, roots...) {
		return nil
	}
	where := "the working directory"
	if opts.editionDir != "" {
		where = "the edition folder " + opts.editionDir + " and the working directory"
	}
	return fmt.Errorf("%s: the baseline leads outside %s (a symbolic link?): refused", opts.baseline, where)
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

// writeStepSummary appends the findings' Markdown summary to the file
// $GITHUB_STEP_SUMMARY names, when it is set (in a GitHub Actions job),
// since the job's annotations show only the first ten errors and ten
// warnings.
func writeStepSummary(opts *findingsOptions, findings []check.Finding, popts check.PrintOptions) error {
	path := os.Getenv("GITHUB_STEP_SUMMARY")
	if path == "" {
		return nil
	}
	rest := "the output of this step"
	switch {
	case opts.format == "sarif":
		rest = "the code scanning alerts of the SARIF upload"
	case opts.output != "" && opts.output != "-":
		rest = opts.output
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("GITHUB_STEP_SUMMARY: %v", input.UnwrapPath(err))
	}
	if err := check.WriteSummary(f, findings, popts, rest); err != nil {
		f.Close()
		return fmt.Errorf("GITHUB_STEP_SUMMARY: %v", err)
	}
	return f.Close()
}
