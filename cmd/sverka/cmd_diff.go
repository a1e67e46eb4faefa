package main

import "github.com/spf13/cobra"

// SKELETON: to be written.
func newDiffCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "diff",
		Short: "not written yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("diff: not written yet")
		},
	}
}
