package main

import "github.com/spf13/cobra"

// SKELETON: to be written.
func newEvalCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "eval",
		Short: "not written yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("eval: not written yet")
		},
	}
}
