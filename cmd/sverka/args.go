package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// Positional argument validators. Every command sets one (a test walks
// the tree): cobra's own return plain errors, which could be told from a
// failure only by their text; these return usage errors, exit status 2.

// commandName is the command as the user typed it, without "sverka ".
func commandName(cmd *cobra.Command) string {
	return strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")
}

// noArgs is for a command that takes no arguments.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("%s: takes no arguments, got %q", commandName(cmd), args[0])
	}
	return nil
}

// anyArgs is for a command that takes any number of arguments.
func anyArgs(*cobra.Command, []string) error { return nil }

// subcommandArgs is for a command that only groups subcommands: an
// argument is a subcommand that does not exist.
func subcommandArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2 // cobra's own default
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += fmt.Sprintf(" (did you mean %s?)", strings.Join(s, " or "))
	}
	return &usageError{msg: msg}
}

// exactArgs wants n arguments, described by what ("SOURCE and TARGET").
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s: want %s, got %s", commandName(cmd), what, countArgs(len(args)))
		}
		return nil
	}
}

// maxArgs wants at most n arguments.
func maxArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usagef("%s: want at most %s, got %s", commandName(cmd), what, countArgs(len(args)))
		}
		return nil
	}
}

// minArgs wants at least n arguments.
func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("%s: want at least %s, got %s", commandName(cmd), what, countArgs(len(args)))
		}
		return nil
	}
}

func countArgs(n int) string {
	switch n {
	case 0:
		return "none"
	case 1:
		return "1 argument"
	}
	return fmt.Sprintf("%d arguments", n)
}
