package main

import "github.com/spf13/cobra"

// SKELETON: to be written.
func newTranslitCommand(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "translit",
		Short: "not written yet",
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("translit: not written yet")
		},
	}
}
