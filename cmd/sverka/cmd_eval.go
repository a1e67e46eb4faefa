package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/align"
)

// evalOptions are the flags of sverka eval.
type evalOptions struct {
	gold   []string
	test   []string
	format string
}

func newEvalCommand(io *IO) *cobra.Command {
	var opts evalOptions
	cmd := &cobra.Command{
		Use:   "eval --gold FILE... --test FILE...",
		Short: "Score alignments against gold alignments",
		Long: `eval compares alignments (--test) with hand-made gold alignments (--gold),
file by file in the order given, and prints strict and lax precision, recall
and F1, micro-averaged over the files (counts summed, then scores computed
once), as the Text+Berg evaluation defines them:

  precision  over every output link, 1-0 and 0-1 included; strict: the link
             is exactly a gold link; lax: or some source sentence of it is
             linked by a gold link to some target sentence of it
  recall     the same with output and gold swapped, after removing every
             link with an empty side from both
  F1         2PR/(P+R)

Files are in the links format ("[0, 1]:[2]", one link a line) or sverka's
JSON alignment format.

` + exitStatusHelp,
		Example: `  sverka eval --gold test0.defr --test test0.links
  sverka eval --gold g1.links --gold g2.links --test t1.links --test t2.links --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEval(io, opts)
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&opts.gold, "gold", nil, "gold alignment files (repeat the flag or separate with commas)")
	f.StringSliceVar(&opts.test, "test", nil, "alignment files to score, in the order of --gold")
	f.StringVar(&opts.format, "format", "text", "output format: text or json")
	return cmd
}

// evalReport is what eval prints in JSON.
type evalReport struct {
	Files  int          `json:"files"`
	Counts align.Counts `json:"counts"`
	Scores align.Scores `json:"scores"`
}

func runEval(sio *IO, opts evalOptions) error {
	if len(opts.gold) == 0 || len(opts.test) == 0 {
		return usagef("eval: want --gold and --test files")
	}
	if len(opts.gold) != len(opts.test) {
		return usagef("eval: %d gold files but %d test files: give them in pairs", len(opts.gold), len(opts.test))
	}
	if opts.format != "text" && opts.format != "json" {
		return usagef("eval: --format %q: want text or json", opts.format)
	}
	var c align.Counts
	for k := range opts.gold {
		gold, err := readLinksFile(opts.gold[k])
		if err != nil {
			return err
		}
		test, err := readLinksFile(opts.test[k])
		if err != nil {
			return err
		}
		c.Compare(gold, test)
	}
	s := c.Scores()
	if opts.format == "json" {
		enc := json.NewEncoder(sio.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(evalReport{Files: len(opts.gold), Counts: c, Scores: s})
	}
	return writeEvalText(sio.Out, len(opts.gold), c, s)
}

func writeEvalText(w io.Writer, files int, c align.Counts, s align.Scores) error {
	_, err := fmt.Fprintf(w, `files: %d, test links: %d, gold links with both sides: %d
         precision  recall     F1
strict   %.4f     %.4f     %.4f
lax      %.4f     %.4f     %.4f
`, files, c.TestLinks, c.GoldLinks, s.StrictP, s.StrictR, s.StrictF1, s.LaxP, s.LaxR, s.LaxF1)
	return err
}

// readLinksFile reads the links of an alignment file; the links of all its
// documents are taken together, which is right for one document a file.
func readLinksFile(path string) ([]align.Link, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	bs, err := align.ReadAlignment(path, f)
	if err != nil {
		return nil, err
	}
	if len(bs) > 1 {
		return nil, fmt.Errorf("%s: holds %d documents: eval wants one document a file", path, len(bs))
	}
	var links []align.Link
	for _, b := range bs {
		links = append(links, b.Links...)
	}
	return links, nil
}
