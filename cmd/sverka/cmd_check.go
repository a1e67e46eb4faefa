package main

import "github.com/spf13/cobra"

// SKELETON: to be written.
func newCheckCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "not written yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("check: not written yet")
		},
	}
}
