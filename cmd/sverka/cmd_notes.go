package main

import "github.com/spf13/cobra"

// SKELETON: to be written.
func newNotesCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "notes",
		Short: "not written yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("notes: not written yet")
		},
	}
}
