package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

// checkOptions are the flags of sverka check.
type checkOptions struct {
	findingsOptions
	config   string
	glossary string
}

func newCheckCommand(io *IO) *cobra.Command {
	opts := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check [FILE...]",
		Short: "Check the edition against its glossary, names, glosses and insertions",
		Long: `Check runs sverka's checks on the edition and reports findings.

` + checkRulesHelp() + `

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
	cmd.PreRunE = guardOutput(&opts.output, &opts.config, &opts.glossary)
	f := cmd.Flags()
	opts.addFlags(cmd)
	f.StringVarP(&opts.output, "output", "o", "", "write the findings to `FILE` (atomically) instead of standard output")
	f.StringVar(&opts.config, "config", "", "the edition's configuration `FILE` (default: sverka.yaml here or above)")
	f.StringVar(&opts.glossary, "glossary", "", "the glossary `FILE` (default: the configuration's)")
	return cmd
}

// checkRulesHelp says which checks run with and without FILEs, named
// from the rules themselves (a list written out went stale as rules were
// added: it named 10 of 20).
func checkRulesHelp() string {
	var all, alone, withGlossary []string
	for _, r := range check.Rules() {
		all = append(all, r.ID)
		switch {
		case r.Original:
		case r.Glossary:
			withGlossary = append(withGlossary, r.ID)
		default:
			alone = append(alone, r.ID)
		}
	}
	return wrapText("With no FILE, check finds sverka.yaml in the current directory or above it "+
		"(or reads --config), reads every document pair it names, aligns each pair "+
		"(with the stored alignment file where the configuration names one and it "+
		"exists) and runs every check: "+strings.Join(all, ", ")+" ('sverka rules' says what each looks for).", 76) +
		"\n\n" + wrapText("With FILE arguments (English translations, FILE or FILE#ID), check runs the "+
		"checks that need no original: "+strings.Join(alone, ", ")+", and with a glossary "+
		strings.Join(withGlossary, " and ")+". --config then supplies options alone "+
		"(glossary, scheme, insertions, rules): it need not name document pairs. A "+
		"Russian file is refused: an original is checked with its translation "+
		"through sverka.yaml.", 76)
}

func runCheck(sio *IO, opts *checkOptions, args []string) error {
	if err := opts.findingsOptions.check("check"); err != nil {
		return err
	}
	if err := checkOutputFolder(opts.output); err != nil {
		return err
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
		ed, err := openEdition(sio, "check", name, edition.OpenOptions{Glossary: opts.glossary})
		if err != nil {
			return err
		}
		if err := refuseInputAsOutput(opts.output, append(ed.Files(), name)...); err != nil {
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
		opts.editionDir = dir
	}
	opts.custom = checkOpts.Custom
	_, err = reportFindings(sio, &opts.findingsOptions, check.Run(&edition.Edition{Pairs: pairs, Glossary: gloss}, checkOpts))
	return err
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
		// An original named beside its translation, as align and export
		// take them, would have its every word reported as Russian left
		// in the English.
		latin, cyrillic := 0, 0
		for _, d := range docs {
			for _, seg := range d.Segments {
				l, c := lex.CountScripts(seg.Text)
				latin, cyrillic = latin+l, cyrillic+c
			}
		}
		if cyrillic > latin {
			return nil, usagef("check: %s is in Russian: check takes English translations alone; to check one against its original, name the pair in %s (sverka init) and run sverka check without FILEs", a, edition.ConfigName)
		}
		for _, d := range docs {
			pairs = append(pairs, &edition.Pair{ID: d.ID, Target: d, TargetText: c.Source, TargetFile: c.Source.Name})
		}
	}
	return pairs, nil
}

// loadConfigOptions reads a sverka.yaml for its options alone.
func loadConfigOptions(name string) (*edition.Config, string, error) {
	cfg, err := edition.LoadOptionsFile(name)
	if err != nil {
		return nil, "", err
	}
	return cfg, filepath.Dir(name), nil
}
