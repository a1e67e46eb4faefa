package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
)

func newRulesCommand(sio *IO) *cobra.Command {
	var config string
	cmd := &cobra.Command{
		Use:   "rules [ID]",
		Short: "List the checks, or explain one",
		Long: `Rules lists every check 'sverka check' runs: its id, the severity it has
unless sverka.yaml says otherwise (rules: {ID: error|warning|info|off}), and
what it finds. In an edition (sverka.yaml here or above, or --config) it
lists the edition's own rules (rules: with a pattern or a swap) after them,
with the severity sverka.yaml gives them. 'sverka rules ID' prints the
rule's full help, the text SARIF output carries as the rule's help.

` + exitStatusHelp,
		Example: `  sverka rules
  sverka rules gloss-mismatch
  sverka rules --config edition/sverka.yaml`,
		Args: maxArgs(1, "one rule ID"),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			var ids []string
			for _, r := range check.Rules() {
				ids = append(ids, r.ID+"\t"+r.Short)
			}
			return ids, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			custom, err := editionRules(config)
			if err != nil {
				return err
			}
			rules := append(check.Rules(), custom...)
			if len(args) == 0 {
				return writeOutput(sio, "", func(w io.Writer) error { return writeRuleList(w, rules) })
			}
			for _, r := range rules {
				if r.ID == args[0] {
					return writeOutput(sio, "", func(w io.Writer) error { return writeRuleHelp(w, r) })
				}
			}
			return usagef("rules: no rule %q; 'sverka rules' lists them", args[0])
		},
	}
	cmd.Flags().StringVar(&config, "config", "", "the edition's `sverka.yaml`, for its own rules (default: found here or above)")
	return cmd
}

// editionRules are the own rules of the edition sverka.yaml (name, or
// found here or above) describes; none outside an edition. A sverka.yaml
// that does not load, or a rule in it that does not compile, is an error.
func editionRules(name string) ([]*check.Rule, error) {
	if name == "" {
		found, err := edition.Find(".")
		if errors.Is(err, edition.ErrNoConfig) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		name = relToWD(found)
	}
	cfg, dir, err := loadConfigOptions(name)
	if err != nil {
		return nil, err
	}
	o, err := check.OptionsFrom(cfg, dir)
	if err != nil {
		return nil, err
	}
	return o.Custom, nil
}

// writeRuleList writes one rule a line: id, default severity, what it finds.
func writeRuleList(w io.Writer, rules []*check.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	for _, r := range rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.ID, r.Default, r.Short)
	}
	return tw.Flush()
}

// writeRuleHelp writes a rule's full help, wrapped for a terminal.
func writeRuleHelp(w io.Writer, r *check.Rule) error {
	var needs []string
	if r.Original {
		needs = append(needs, "the Russian original and the alignment")
	}
	if r.Glossary {
		needs = append(needs, "a glossary")
	}
	need := "the English alone"
	if len(needs) > 0 {
		need = strings.Join(needs, " and ")
	}
	_, err := fmt.Fprintf(w, "%s (%s): %s\n\nDefault severity: %s. Needs: %s.\n\n%s\n",
		r.ID, r.Name, r.Short, r.Default, need, wrapText(r.Help, 76))
	return err
}

// wrapText breaks text into lines of at most width characters at spaces
// (a longer word has a line of its own).
func wrapText(text string, width int) string {
	var b strings.Builder
	n := 0
	for _, word := range strings.Fields(text) {
		l := utf8.RuneCountInString(word)
		switch {
		case n == 0:
		case n+1+l > width:
			b.WriteByte('\n')
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += l
	}
	return b.String()
}
