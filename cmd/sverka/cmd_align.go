package main

import "github.com/spf13/cobra"

// SKELETON: to be written.
func newAlignCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "align",
		Short: "not written yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("align: not written yet")
		},
	}
}
