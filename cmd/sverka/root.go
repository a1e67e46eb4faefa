package main

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Main runs sverka with the arguments (without the program name) and returns
// the exit status.
func Main(args []string, sys *IO) int {
	// Standard error is a CI log: every line of it is guarded. The
	// progress bar alone draws on the terminal itself.
	guarded := *sys
	guarded.Err = newLogWriter(sys.Err)
	guarded.progressErr = sys.Err
	io := &guarded
	root := newRootCommand(io)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if err != nil && !errors.Is(err, errFindings) {
		fmt.Fprintf(io.Err, "sverka: %s\n", shortMessage(adviseEncoding(cmd, err.Error())))
		if isUsageError(err) {
			path := "sverka"
			if cmd != nil {
				path = cmd.CommandPath()
			}
			fmt.Fprintf(io.Err, "Run '%s --help' for usage.\n", path)
		}
	}
	return exitStatus(err)
}

// isUsageError says whether err is a misuse of the command line. Cobra's
// own errors arrive as usage errors too: flag errors through the flag
// error function, argument errors through the commands' Args validators.
func isUsageError(err error) bool {
	var ue *usageError
	return errors.As(err, &ue)
}

// flagError makes a flag parsing error a usage error naming the command.
func flagError(cmd *cobra.Command, err error) error {
	msg := err.Error()
	var invalid *pflag.InvalidValueError
	var enum *enumError
	if errors.As(err, &invalid) && errors.As(err, &enum) {
		msg = fmt.Sprintf("--%s %q: %v", invalid.GetFlag().Name, enum.value, enum)
	}
	if cmd.HasParent() {
		msg = commandName(cmd) + ": " + msg
	}
	return &usageError{msg: msg}
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

` + exitStatusAllHelp,
		Example: `  sverka segment examples/telegrams/en.txt
  sverka align examples/telegrams/ru/doc1.txt 'examples/telegrams/en.txt#1'
  sverka check`,
		Version:       versionText(),
		SilenceUsage:  true,
		SilenceErrors: true,
		// Without a command there is nothing to do: show what there is on
		// stderr and say so in the exit status.
		Args: subcommandArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cmd.SetOut(io.Err)
			cmd.Help()
			return usagef("no command given")
		},
	}
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	root.SetIn(io.In)
	root.PersistentFlags().BoolVarP(&io.Quiet, "quiet", "q", false, "say nothing on standard error but warnings and errors")
	root.SetFlagErrorFunc(flagError)
	root.SetVersionTemplate("sverka version {{.Version}}\n")
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
		newRulesCommand(io),
		newReviewCommand(io),
		newManCommand(io),
	)
	return root
}

// maxMessage bounds an error message: one quoting a line of its input (a
// parser's "found …") must not flood the terminal with a 10 MB line.
const maxMessage = 2000

// shortMessage cuts msg to maxMessage bytes at a character boundary.
func shortMessage(msg string) string {
	if len(msg) <= maxMessage {
		return msg
	}
	cut := maxMessage
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d more bytes)", msg[:cut], len(msg)-cut)
}
