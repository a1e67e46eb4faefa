package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/texts"
)

// openEdition is an edition read from its sverka.yaml: the configuration,
// the glossary, and every document pair read and aligned. check, export and
// build all work from it, so they read and pair the same way.
type openEdition struct {
	Config   *edition.Config
	Dir      string // the configuration's folder, as file names should show it
	Glossary *glossary.Glossary
	Pairs    []*openPair
	Title    string // the title of the first translation collection, if any
}

// openPair is one document pair of an edition.
type openPair struct {
	ID             string
	Source, Target *texts.Document
	SourceText     *texts.Source
	TargetText     *texts.Source
	Links          []align.Link
	Stored         bool // the links come from a stored alignment file
}

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

// loadConfig reads the configuration at name and returns it with its
// folder.
func loadConfig(name string) (*edition.Config, string, error) {
	cfg, err := edition.LoadFile(name)
	if err != nil {
		return nil, "", err
	}
	return cfg, filepath.Dir(name), nil
}

// editionGlossary reads the glossary the flag names, else the one the
// configuration names; nil when neither does.
func editionGlossary(sio *IO, cfg *edition.Config, dir, flagName string) (*glossary.Glossary, error) {
	name := flagName
	if name == "" && cfg != nil && cfg.Glossary != "" {
		name = filepath.Join(dir, filepath.FromSlash(cfg.Glossary))
		if err := inEdition(dir, name); err != nil {
			return nil, err
		}
		g, err := glossary.LoadFile(name)
		if ie := (*input.Error)(nil); errors.As(err, &ie) {
			// The file cannot be read at all: say where sverka.yaml
			// names it.
			return nil, fmt.Errorf("%s: glossary %s: %w", cfg.GlossaryPos, cfg.Glossary, ie.Err)
		}
		return g, err
	}
	if name == "" {
		return nil, nil
	}
	return loadGlossary(sio, name)
}

// readEdition reads the configuration at configName (already found), its
// glossary (or the one glossFlag names), and every document pair, aligned
// from its stored alignment where the configuration names one that exists.
func readEdition(sio *IO, cmd, configName, glossFlag string) (*openEdition, error) {
	cfg, dir, err := loadConfig(configName)
	if err != nil {
		return nil, err
	}
	g, err := editionGlossary(sio, cfg, dir, glossFlag)
	if err != nil {
		return nil, err
	}
	specs, err := cfg.ResolvePairs(os.DirFS(dir))
	if err != nil {
		return nil, err
	}
	rel := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }
	// A collection named by several pairs (en.txt#1, en.txt#2) is read once.
	cache := map[string]*texts.Collection{}
	read := func(spec string, lang texts.Lang) (*texts.Collection, []*texts.Document, error) {
		file, id := splitDocSpec(rel(spec))
		c, ok := cache[file]
		if !ok {
			if err := inEdition(dir, file); err != nil {
				return nil, nil, err
			}
			var err error
			if c, err = readCollection(sio, file, cfg.ReadOptions(lang)); err != nil {
				return nil, nil, err
			}
			cache[file] = c
		}
		return selectDocuments(c, id)
	}
	words := glossaryWordPairs(g)
	ed := &openEdition{Config: cfg, Dir: dir, Glossary: g}
	for _, s := range specs {
		sc, sds, err := read(s.Source, cfg.Languages.Source)
		if err != nil {
			return nil, err
		}
		tc, tds, err := read(s.Target, cfg.Languages.Target)
		if err != nil {
			return nil, err
		}
		if ed.Title == "" {
			ed.Title = strings.TrimSpace(tc.Title)
		}
		docs, err := pairDocuments(sio, cmd, rel(s.Source), rel(s.Target), sds, tds)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.Pos, err)
		}
		stored, hasStored, err := storedAlignment(s, dir)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			p := &openPair{ID: d[1].ID, Source: d[0], Target: d[1], SourceText: sc.Source, TargetText: tc.Source}
			if s.ID != "" {
				p.ID = s.ID
			}
			if hasStored {
				p.Links, err = pairAlignment(filepath.Join(dir, filepath.FromSlash(s.Alignment)), stored, d[0], d[1], s.Source, s.Target)
				p.Stored = true
			} else {
				p.Links, err = alignPair(d[0], d[1], words)
			}
			if err != nil {
				return nil, err
			}
			ed.Pairs = append(ed.Pairs, p)
		}
	}
	return ed, nil
}

// storedAlignment reads the alignment the pair specification names, once
// for all its document pairs; ok is false when it names none or the file
// does not exist yet (the pairs are then aligned).
func storedAlignment(s edition.PairSpec, dir string) (bitexts []align.Bitext, ok bool, err error) {
	if s.Alignment == "" {
		return nil, false, nil
	}
	name := filepath.Join(dir, filepath.FromSlash(s.Alignment))
	if err := inEdition(dir, name); err != nil {
		return nil, false, err
	}
	if _, err := os.Stat(name); err != nil {
		return nil, false, nil
	}
	bitexts, err = readAlignmentFile(name)
	return bitexts, err == nil, err
}

// export is the edition as the exporters take it. An empty title is the
// translation collection's own title, else the edition folder's name.
func (e *openEdition) export(title string) *edition.Edition {
	ed := &edition.Edition{Title: title}
	if ed.Title == "" {
		ed.Title = e.Title
	}
	if ed.Title == "" {
		ed.Title = filepath.Base(mustAbs(e.Dir))
	}
	for _, p := range e.Pairs {
		ed.Bitexts = append(ed.Bitexts, &edition.Bitext{
			ID: p.ID, Source: p.Source, Target: p.Target,
			SourceLang: e.Config.Languages.Source, TargetLang: e.Config.Languages.Target,
			SourceFile: p.SourceText.Name, TargetFile: p.TargetText.Name,
			Links: p.Links, Glossary: e.Glossary,
		})
	}
	return ed
}

// checkPairs is the edition as the checks take it.
func (e *openEdition) checkPairs() []check.Pair {
	pairs := make([]check.Pair, 0, len(e.Pairs))
	for _, p := range e.Pairs {
		pairs = append(pairs, check.Pair{
			English: check.Text{Source: p.TargetText, Doc: p.Target},
			Russian: &check.Text{Source: p.SourceText, Doc: p.Source},
			Links:   p.Links,
		})
	}
	return pairs
}

// checkOptions are the checks' options for the edition: the
// configuration's, with fingerprints naming files from the edition's folder.
func (e *openEdition) checkOptions() check.Options {
	o := e.Config.CheckOptions()
	o.BaseDir = e.Dir
	return o
}

// inEdition refuses a file the configuration names that lies, once
// symbolic links are followed, outside the edition's folder. sverka.yaml
// already refuses "../" and absolute paths; a link must not reach around
// that: a pull request checked in CI could otherwise have an error message
// quote a file from elsewhere on the runner.
func inEdition(dir, name string) error {
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		return nil // a missing file is reported where it is read
	}
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil
	}
	rel, err := filepath.Rel(root, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("%s: leads outside the edition folder %s (a symbolic link?): refused", name, dir)
	}
	return nil
}
