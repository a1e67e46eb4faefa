package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/term"
)

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
		Args: maxArgs(1, "one GLOSSARY"),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := ""
			if len(args) == 1 {
				path = args[0]
			}
			return runGlossaryList(sio, opts, path)
		},
	}
	enumFlag(cmd, &opts.format, "format", "", "text", []string{"text", "json"}, "output format")
	return cmd
}

func runGlossaryList(sio *IO, opts glossaryListOptions, path string) error {
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
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", term.Printable(strings.Join(e.Russian, ", ")), e.Kind,
				term.Printable(g.Translit(e)), term.Printable(renderingSummary(e)))
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
