package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/internal/input"
)

// evalOptions are the flags of sverka eval.
type evalOptions struct {
	gold   []string
	test   []string
	format string
}

func newEvalCommand(io *IO) *cobra.Command {
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

--gold and --test each take every file that follows them up to the next
flag (--gold a b c --test x y z); repeating a flag or separating files by
commas works too. The n-th gold file is compared with the n-th test file.

Files are in the links format ("[0, 1]:[2]", one link a line) or sverka's
JSON alignment format, and may hold several documents, as 'sverka align'
writes them: documents are paired by their ids ("# SRC TGT" lines, the
JSON bitexts' document ids), or in order when the ids are missing and both
files hold as many documents.

` + exitStatusHelp,
		Example: `  sverka eval --gold test0.defr --test test0.links
  sverka eval --gold test0.defr test1.defr --test test0.links test1.links
  sverka eval --format json --gold gold.links --test doc1-6.links`,
		// The flags take several values each, which pflag cannot do:
		// parseEvalArgs reads them.
		DisableFlagParsing: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, help, err := parseEvalArgs(args)
			if err != nil {
				return err
			}
			if help {
				return cmd.Help()
			}
			return runEval(io, opts)
		},
	}
	return cmd
}

// parseEvalArgs reads --gold FILE..., --test FILE..., --format F (also
// --flag=value and comma lists) and -h/--help.
func parseEvalArgs(args []string) (opts evalOptions, help bool, err error) {
	opts.format = "text"
	var list *[]string // the flag whose files are being read
	add := func(to *[]string, v string) {
		for _, f := range strings.Split(v, ",") {
			if f != "" {
				*to = append(*to, f)
			}
		}
	}
	for k := 0; k < len(args); k++ {
		a := args[k]
		name, value, hasValue := strings.Cut(a, "=")
		switch {
		case a == "-h" || a == "--help":
			return opts, true, nil
		case name == "--gold" || name == "--test":
			list = &opts.gold
			if name == "--test" {
				list = &opts.test
			}
			if hasValue {
				add(list, value)
			}
		case name == "--format":
			list = nil
			if !hasValue {
				if k+1 >= len(args) {
					return opts, false, usagef("eval: --format wants a value: text or json")
				}
				k++
				value = args[k]
			}
			opts.format = value
		case a == "--":
			list = nil
		case strings.HasPrefix(a, "-") && a != "-":
			return opts, false, usagef("eval: unknown flag %s", a)
		case list == nil:
			return opts, false, usagef("eval: %s: files go after --gold or --test", a)
		default:
			add(list, a)
		}
	}
	return opts, false, nil
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
		gold, err := readEvalFile(opts.gold[k])
		if err != nil {
			return err
		}
		test, err := readEvalFile(opts.test[k])
		if err != nil {
			return err
		}
		pairs, err := pairEvalDocuments(opts.gold[k], gold, opts.test[k], test)
		if err != nil {
			return err
		}
		for _, p := range pairs {
			c.Compare(p[0].Links, p[1].Links)
		}
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

// readEvalFile reads the documents of an alignment file.
func readEvalFile(path string) ([]align.Bitext, error) {
	f, err := input.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return align.ReadAlignment(path, f)
}

// pairEvalDocuments pairs the documents of a gold file with those of a test
// file: one with one; by their document ids when both name them; else in
// order when both hold as many.
func pairEvalDocuments(goldFile string, gold []align.Bitext, testFile string, test []align.Bitext) ([][2]align.Bitext, error) {
	var out [][2]align.Bitext
	if len(gold) <= 1 && len(test) <= 1 {
		var g, t align.Bitext
		if len(gold) == 1 {
			g = gold[0]
		}
		if len(test) == 1 {
			t = test[0]
		}
		return append(out, [2]align.Bitext{g, t}), nil
	}
	key := func(b align.Bitext) string { return b.Source.Document + "\x00" + b.Target.Document }
	named := func(bs []align.Bitext) bool {
		seen := map[string]bool{}
		for _, b := range bs {
			if b.Source.Document == "" && b.Target.Document == "" || seen[key(b)] {
				return false
			}
			seen[key(b)] = true
		}
		return true
	}
	if named(gold) && named(test) {
		byKey := map[string]align.Bitext{}
		for _, t := range test {
			byKey[key(t)] = t
		}
		for _, g := range gold {
			t, ok := byKey[key(g)]
			if !ok {
				return nil, fmt.Errorf("%s: document %s %s has no counterpart in %s", goldFile,
					evalDocLabel(g.Source.Document), evalDocLabel(g.Target.Document), testFile)
			}
			delete(byKey, key(g))
			out = append(out, [2]align.Bitext{g, t})
		}
		for _, t := range test {
			if _, ok := byKey[key(t)]; ok {
				return nil, fmt.Errorf("%s: document %s %s has no counterpart in %s", testFile,
					evalDocLabel(t.Source.Document), evalDocLabel(t.Target.Document), goldFile)
			}
		}
		return out, nil
	}
	if len(gold) != len(test) {
		return nil, fmt.Errorf("%s holds %d documents and %s %d, without document ids to pair them by",
			goldFile, len(gold), testFile, len(test))
	}
	for k := range gold {
		out = append(out, [2]align.Bitext{gold[k], test[k]})
	}
	return out, nil
}

func evalDocLabel(id string) string {
	if id == "" {
		return "-"
	}
	return id
}
