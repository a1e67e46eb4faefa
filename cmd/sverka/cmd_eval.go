package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

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
	opts := evalOptions{}
	var lists fileLists
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
		Args: func(cmd *cobra.Command, args []string) error {
			return lists.place(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEval(io, opts)
		},
	}
	lists.flags = cmd.Flags()
	cmd.Flags().Var(lists.value(&opts.gold), "gold", "the gold alignment `FILE`s (every file up to the next flag)")
	cmd.Flags().Var(lists.value(&opts.test), "test", "the alignment `FILE`s to score, one for each gold file")
	enumFlag(cmd, &opts.format, "format", "", "text", []string{"text", "json"}, "output format")
	return cmd
}

// fileLists lets --gold and --test take every argument that follows them
// up to the next flag, which pflag alone cannot: each time a flag is set
// it notes how many positional arguments pflag had collected, and place
// gives each positional argument to the flag last set before it.
type fileLists struct {
	flags *pflag.FlagSet
	marks []fileListMark
}

type fileListMark struct {
	list *[]string
	at   int // positional arguments before the flag
}

func (l *fileLists) value(list *[]string) pflag.Value { return &fileListValue{lists: l, list: list} }

// place appends the positional arguments to the flags they follow.
func (l *fileLists) place(cmd *cobra.Command, args []string) error {
	for k, a := range args {
		var list *[]string
		for _, m := range l.marks {
			if m.at <= k {
				list = m.list
			}
		}
		if list == nil {
			return usagef("%s: %s: files go after --gold or --test", commandName(cmd), a)
		}
		addFiles(list, a)
	}
	return nil
}

// fileListValue is --gold or --test.
type fileListValue struct {
	lists *fileLists
	list  *[]string
}

func (v *fileListValue) Set(s string) error {
	addFiles(v.list, s)
	v.lists.marks = append(v.lists.marks, fileListMark{list: v.list, at: len(v.lists.flags.Args())})
	return nil
}

func (v *fileListValue) String() string { return strings.Join(*v.list, ",") }
func (v *fileListValue) Type() string   { return "files" }

// addFiles appends a comma list of files.
func addFiles(to *[]string, v string) {
	for _, f := range strings.Split(v, ",") {
		if f != "" {
			*to = append(*to, f)
		}
	}
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
