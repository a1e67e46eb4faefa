package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// findConfig returns name, or the sverka.yaml found here or above; cmd
// names the command in the error, hint says what else the user can do.
func findConfig(cmd, name, hint string) (string, error) {
	if name != "" {
		return name, nil
	}
	found, err := edition.Find(".")
	if err != nil {
		if errors.Is(err, edition.ErrNoConfig) {
			return "", usagef("%s: %v; %s", cmd, err, hint)
		}
		return "", err
	}
	return relToWD(found), nil
}

// openEdition opens the edition of the configuration at configName
// (already found) with opts (opts.Glossary, when set, instead of its own
// glossary; the check's exceptions validated unless opts say otherwise),
// and says on standard error what it left out and what its texts warn of,
// -q or not.
func openEdition(sio *IO, cmd, configName string, opts edition.OpenOptions) (*edition.Edition, error) {
	if opts.CheckGlossary == nil {
		opts.CheckGlossary = check.ValidateExceptions
	}
	ed, err := edition.Open(configName, opts)
	if err != nil {
		return nil, err
	}
	seen := map[*texts.Source]bool{}
	for _, p := range ed.Pairs {
		for _, src := range []*texts.Source{p.SourceText, p.TargetText} {
			if src != nil && !seen[src] {
				seen[src] = true
				warnSource(sio, src)
			}
		}
	}
	for _, w := range ed.Warnings {
		fmt.Fprintf(sio.Err, "sverka: %s: warning: %s\n", cmd, w)
	}
	return ed, nil
}

// editionGlossary reads the glossary the flag names, else the one the
// configuration names; nil when neither does.
func editionGlossary(sio *IO, cfg *edition.Config, dir, flagName string) (*glossary.Glossary, error) {
	if flagName != "" {
		return loadGlossary(sio, flagName)
	}
	if cfg == nil {
		return nil, nil
	}
	g, err := cfg.LoadGlossary(dir)
	if err != nil || g == nil {
		return nil, err
	}
	// Exceptions name rules, which glossary does not know.
	if err := check.ValidateExceptions(g); err != nil {
		return nil, err
	}
	return g, nil
}

// pairDocuments is edition.PairDocuments for the command cmd, which names
// it in messages, with the documents it leaves out named on stderr.
func pairDocuments(sio *IO, cmd, srcSpec, tgtSpec string, src, tgt []*texts.Document) ([][2]*texts.Document, error) {
	docs, warnings, err := edition.PairDocuments(srcSpec, tgtSpec, src, tgt)
	for _, w := range warnings {
		fmt.Fprintf(sio.Err, "sverka: %s: %s\n", cmd, w)
	}
	if err != nil {
		if len(src) == 1 || len(tgt) == 1 {
			return nil, usagef("%s: %v", cmd, err) // one document against a collection: name one
		}
		return nil, fmt.Errorf("%s: %w", cmd, err)
	}
	return docs, nil
}

// configGlossary is the glossary file the sverka.yaml at config names, as
// a path from here; "" when config is "" or names none. align and diff
// given files and --config take the edition's glossary from it.
func configGlossary(config string) (string, error) {
	if config == "" {
		return "", nil
	}
	cfg, err := edition.LoadOptionsFile(config)
	if err != nil || cfg.Glossary == "" {
		return "", err
	}
	return filepath.Join(filepath.Dir(config), filepath.FromSlash(cfg.Glossary)), nil
}
