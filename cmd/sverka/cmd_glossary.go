package main

import (
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
)

func newGlossaryCommand(sio *IO) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "glossary",
		Short: "List, import, export and suggest glossary entries",
		Long: `The glossary of an edition is a YAML file kept with the texts: one entry per
concept (a term, person, place, organisation, code name or abbreviation) with
its Russian term or terms, matched in any inflected form, its
transliteration, and its English renderings marked preferred, admitted or
forbidden. 'sverka check' checks the edition against it.

An entry, as written by hand:

  - id: shtormoboiazn
    kind: term
    russian: [штормобоязнь]
    translit: shtormoboiazn'
    renderings:
      - storm-fright
      - {text: storm phobia, status: forbidden}
    gloss: {form: translit, when: first-in-document}

` + exitStatusHelp,
		Example: `  sverka glossary list examples/telegrams/glossary.yaml
  sverka glossary export --format tbx examples/telegrams/glossary.yaml -o glossary.tbx
  sverka glossary import terms.tbx -o glossary.yaml
  sverka glossary suggest --glossary glossary.yaml en.txt ru/*.txt`,
		Args: subcommandArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("glossary: name a subcommand: list, import, export or suggest")
		},
	}
	cmd.AddCommand(
		newGlossaryListCommand(sio),
		newGlossaryImportCommand(sio),
		newGlossaryExportCommand(sio),
		newGlossarySuggestCommand(sio),
	)
	return cmd
}

// loadGlossary reads a YAML glossary; "-" reads standard input.
func loadGlossary(sio *IO, path string) (*glossary.Glossary, error) {
	var g *glossary.Glossary
	var err error
	if path == "-" {
		g, err = glossary.Load("<stdin>", sio.In)
	} else {
		g, err = glossary.LoadFile(path)
	}
	if err != nil {
		return nil, err
	}
	// Exceptions name rules, which glossary does not know.
	if err := check.ValidateExceptions(g); err != nil {
		return nil, err
	}
	return g, nil
}

// theEditionGlossary reads the glossary the edition's sverka.yaml (found
// here or above) names, for a command given no glossary.
func theEditionGlossary(sio *IO, cmd string) (*glossary.Glossary, error) {
	name, err := findConfig(cmd, "", "or name a GLOSSARY")
	if err != nil {
		return nil, err
	}
	cfg, err := edition.LoadFile(name)
	if err != nil {
		return nil, err
	}
	g, err := editionGlossary(sio, cfg, filepath.Dir(name), "")
	if err == nil && g == nil {
		return nil, usagef("%s: %s names no glossary; name a GLOSSARY", cmd, name)
	}
	return g, err
}
