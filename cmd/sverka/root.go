package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
)

// Main runs sverka with the arguments (without the program name) and returns
// the exit status.
func Main(args []string, io *IO) int {
	root := newRootCommand(io)
	root.SetArgs(args)
	err := root.Execute()
	if err != nil && !errors.Is(err, errFindings) {
		fmt.Fprintf(io.Err, "sverka: %v\n", err)
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(io.Err, "Run 'sverka --help' for usage.")
		}
	}
	return exitStatus(err)
}

func newRootCommand(io *IO) *cobra.Command {
	root := &cobra.Command{
		Use:   "sverka",
		Short: "Check a translation against its original",
		Long: `sverka checks translations of archival documents against their originals.

It reads texts as they come (UTF-8 or legacy Russian encodings, web junk,
telegram headers), splits them into documents and sentences, aligns the
original with the translation, checks the edition's glossary, and exports
bilingual editions.

` + exitStatusHelp,
		Example: `  sverka segment examples/telegrams/en.txt
  sverka align examples/telegrams/ru/doc1.txt 'examples/telegrams/en.txt#1'
  sverka check`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	root.SetIn(io.In)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &usageError{msg: err.Error()}
	})
	root.AddCommand(
		newSegmentCommand(io),
		newNotesCommand(io),
		newAlignCommand(io),
		newEvalCommand(io),
		newGlossaryCommand(io),
		newTranslitCommand(io),
		newInitCommand(io),
		newCheckCommand(io),
		newExportCommand(io),
		newBuildCommand(io),
		newDiffCommand(io),
	)
	return root
}
