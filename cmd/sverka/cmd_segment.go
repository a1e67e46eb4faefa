package main

import "github.com/spf13/cobra"

// SKELETON: to be written.
func newSegmentCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "segment",
		Short: "not written yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("segment: not written yet")
		},
	}
}
