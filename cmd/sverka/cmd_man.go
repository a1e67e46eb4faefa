package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/sverka/sverka/internal/input"
)

func newManCommand(sio *IO) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "man DIR",
		Short: "Write the manual pages of every command into DIR",
		Long: `Man writes a manual page in section 1 for sverka and for each of its
commands (sverka.1, sverka-check.1, sverka-glossary-list.1, ...) into DIR,
made from the commands' own help, so the pages always match the program.
DIR is created when missing; pages there are replaced.

` + exitStatusHelp,
		Example: `  sverka man /usr/local/share/man/man1
  sverka man man && man -l man/sverka-check.1`,
		Args: exactArgs(1, "one DIR"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runMan(sio, cmd.Root(), args[0])
		},
	}
	return cmd
}

func runMan(sio *IO, root *cobra.Command, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("%s: cannot make the folder: %v", dir, input.UnwrapPath(err))
	}
	header := &doc.GenManHeader{Title: "SVERKA", Section: "1", Source: "sverka " + toolVersion(), Manual: "sverka manual"}
	// The generator's footer would date every page: regenerating them
	// would change files that did not change.
	root.DisableAutoGenTag = true
	if err := doc.GenManTree(root, header, dir); err != nil {
		return err
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "sverka*.1"))
	sio.Infof("wrote %d manual pages in %s", len(pages), dir)
	return nil
}
