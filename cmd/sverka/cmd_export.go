package main

import "github.com/spf13/cobra"

// SKELETON: to be written.
func newExportCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "export",
		Short: "not written yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("export: not written yet")
		},
	}
}
