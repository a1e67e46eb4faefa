package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/internal/term"
)

// initOptions are the flags of sverka init.
type initOptions struct {
	force bool
}

func newInitCommand(io *IO) *cobra.Command {
	opts := &initOptions{}
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Write a sverka.yaml for the edition in DIR",
		Long: `Init writes a first sverka.yaml for the edition in DIR (default: the
current directory), guessing the document pairs from the text files
present: numbered Russian files with one English collection become a rule
(source: ru/doc{id}.txt, target: en.txt); Russian and English files with
the same number or name become pairs. A glossary.yaml there is named.
Files it cannot pair are named on standard error and written into
sverka.yaml as commented pairs, for you to finish.
Edit the file afterwards: signers of insertions, scheme, rule severities.

Init does not overwrite an existing sverka.yaml unless --force is given.

` + exitStatusHelp,
		Example: `  cd examples/telegrams && sverka init
  sverka init --force my-edition`,
		Args: maxArgs(1, "one DIR"),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			return runInit(io, opts, dir)
		},
	}
	cmd.Flags().BoolVar(&opts.force, "force", false, "overwrite an existing sverka.yaml")
	return cmd
}

func runInit(sio *IO, opts *initOptions, dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("init: %s: %v", term.Printable(dir), input.UnwrapPath(err))
	}
	if !fi.IsDir() {
		return usagef("init: %s is not a directory", dir)
	}
	path := filepath.Join(dir, edition.ConfigName)
	if _, err := os.Stat(path); err == nil && !opts.force {
		return usagef("init: %s exists; use --force to overwrite it", path)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	cfg, err := edition.Guess(os.DirFS(dir))
	if err != nil {
		return fmt.Errorf("init: %s: %w", dir, err)
	}
	if err := writeFileAtomic(path, cfg.Write); err != nil {
		return err
	}
	pairs, err := cfg.ResolvePairs(os.DirFS(dir))
	if err != nil {
		return err
	}
	sio.Wrote(path, fmt.Sprintf("%d document pairs", len(pairs)))
	if len(cfg.Unpaired) > 0 {
		var names []string
		for _, p := range cfg.Unpaired {
			names = append(names, p.Source+p.Target)
		}
		fmt.Fprintf(sio.Err, "sverka: init: warning: could not pair %s: %s lists them as comments for you to finish\n",
			strings.Join(names, ", "), path)
	}
	return nil
}
