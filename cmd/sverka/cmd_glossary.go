package main

import "github.com/spf13/cobra"

// SKELETON: to be written.
func newGlossaryCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "glossary",
		Short: "not written yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("glossary: not written yet")
		},
	}
}
