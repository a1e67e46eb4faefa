package main

import (
	"regexp"
	"strings"

	"github.com/spf13/cobra"
)

// namingEncoding is the advice that ends the messages about a file whose
// encoding cannot be told: "name it with --encoding", with the encoding
// when it can be guessed ("--encoding utf-16le"). Every reader (texts,
// glossary) words it so, so that this one pattern finds it.
var namingEncoding = regexp.MustCompile(`name it with --encoding( [A-Za-z0-9_-]+)?`)

// adviseEncoding fits that advice to the command: one without --encoding
// (check, build, export, align, diff, review) cannot take it, so its user
// is told to convert the file instead.
func adviseEncoding(cmd *cobra.Command, msg string) string {
	if cmd == nil || cmd.Flags().Lookup("encoding") != nil {
		return msg
	}
	return namingEncoding.ReplaceAllStringFunc(msg, func(m string) string {
		from := "ITS-ENCODING"
		if name, ok := strings.CutPrefix(m, "name it with --encoding "); ok {
			from = strings.ToUpper(name)
		}
		return "convert it to UTF-8 (iconv -f " + from + " -t UTF-8), since " + cmd.CommandPath() + " takes no --encoding"
	})
}
