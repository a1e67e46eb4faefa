package main

import (
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/suggest"
	"github.com/sverka/sverka/texts"
)

// defaultGlossary is the glossary --add starts for an edition without one.
const defaultGlossary = "glossary.yaml"

// addSuggestions merges the suggestions into the edition's glossary (the
// one --glossary names, else sverka.yaml's, else a new glossary.yaml that
// sverka.yaml is then told of), writing it atomically, and says what it
// added on standard error.
func addSuggestions(sio *IO, opts glossarySuggestOptions, config string, ed *edition.Edition, scheme texts.Scheme, sugs []suggest.Suggestion) error {
	file, named := opts.glossary, true
	if file == "" && ed.Config.Glossary != "" {
		file = filepath.Join(ed.Dir, filepath.FromSlash(ed.Config.Glossary))
	}
	if file == "" {
		file, named = filepath.Join(ed.Dir, defaultGlossary), false
	}
	entries, incomplete := suggest.NewEntries(ed.Glossary, sugs)
	src, err := input.ReadFile(file, input.MaxData)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !named:
		src = nil // a new glossary
	case err != nil:
		return err
	}
	var out []byte
	if src == nil {
		if scheme == "" {
			scheme = ed.Config.Scheme
		}
		var b strings.Builder
		if err := glossary.Write(&b, &glossary.Glossary{Scheme: scheme, Entries: entries}); err != nil {
			return err
		}
		out = []byte(b.String())
	} else if out, err = glossary.AppendEntries(file, src, entries); err != nil {
		return err
	}
	if len(entries) > 0 || src == nil {
		if err := writeFileAtomic(file, func(w io.Writer) error { _, err := w.Write(out); return err }); err != nil {
			return err
		}
	}
	if !named {
		cfg, err := input.ReadFile(config, input.MaxConfig)
		if err != nil {
			return err
		}
		cfg = edition.AppendKey(cfg, "glossary", defaultGlossary)
		if _, err := edition.Load(config, strings.NewReader(string(cfg))); err != nil {
			return err
		}
		if err := writeFileAtomic(config, func(w io.Writer) error { _, err := w.Write(cfg); return err }); err != nil {
			return err
		}
		sio.Infof("glossary suggest: %s names the glossary %s now", config, defaultGlossary)
	}
	var ids []string
	for _, e := range entries {
		ids = append(ids, e.ID)
	}
	detail := "no new entries"
	if len(ids) > 0 {
		detail = pluralize(len(ids), "new entry", "new entries") + ": " + strings.Join(ids, ", ")
	}
	if len(ids) > 0 || src == nil {
		sio.Wrote(relToWD(file), detail)
	} else {
		sio.Infof("glossary suggest: %s: %s", relToWD(file), detail)
	}
	if incomplete > 0 {
		sio.Infof("glossary suggest: %s without a Russian term or a rendering left out: 'sverka glossary suggest --format yaml' shows them, to finish by hand",
			pluralize(incomplete, "suggestion", "suggestions"))
	}
	return nil
}

func pluralize(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
