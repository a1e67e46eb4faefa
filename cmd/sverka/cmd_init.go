package main

import "github.com/spf13/cobra"

// SKELETON: to be written.
func newInitCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "init",
		Short: "not written yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("init: not written yet")
		},
	}
}
