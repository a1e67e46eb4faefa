package check

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Formats are the output formats of the printers.
var Formats = []string{"text", "json", "github", "sarif", "codeclimate"}

// PrintOptions say how to print findings.
type PrintOptions struct {
	ToolVersion string // for SARIF; "dev" when empty
	// Root is the repository's root folder, absolute (found from git or
	// GITHUB_WORKSPACE): SARIF, GitHub annotations and Code Climate name
	// files from it. Empty: files are named as the findings have them.
	Root string
	// WorkDir is the absolute folder relative file names are relative
	// to (the working directory).
	WorkDir string
	// Custom are the edition's own rules (Options.Custom): SARIF lists
	// them, with their metadata, after the built-in ones.
	Custom []*Rule
}

// Print writes findings in a format: text, json, github, sarif or
// codeclimate.
func Print(w io.Writer, format string, fs []Finding, opts PrintOptions) error {
	switch format {
	case "text", "":
		return WriteText(w, fs)
	case "json":
		return WriteJSON(w, fs)
	case "github":
		return WriteGitHub(w, fs, opts)
	case "sarif":
		return WriteSARIF(w, fs, opts)
	case "codeclimate":
		return WriteCodeClimate(w, fs, opts)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// WriteText writes one line a finding, file:line:col: severity: rule:
// message, the form editors and their tools jump from.
func WriteText(w io.Writer, fs []Finding) error {
	for _, f := range fs {
		if _, err := fmt.Fprintln(w, oneLine(f.String())); err != nil {
			return err
		}
	}
	return nil
}

// oneLine keeps a message on one line.
func oneLine(s string) string {
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// endCol returns the column just after the finding's match, when the match
// is on one line.
func (f Finding) endCol() int {
	if f.Match == "" || strings.ContainsAny(f.Match, "\r\n") {
		return 0
	}
	return f.Pos.Col + utf8.RuneCountInString(f.Match)
}
