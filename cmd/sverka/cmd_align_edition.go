package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/texts"
)

// alignEditionFlags are the flags that name one pair's input or output,
// which align of a whole edition does not take.
var alignEditionFlags = []string{"output", "format", "scores", "split", "alignment", "dict", "tm", "max-link", "sentence-files"}

// runAlignEdition aligns every pair of the edition of sverka.yaml (found
// here or above, or --config), keeping the links an editor confirmed in
// each pair's stored alignment, writes each alignment to the file
// sverka.yaml names (else the default, edition.AlignmentFiles, which it
// then adds to sverka.yaml), and prints what it did.
func runAlignEdition(sio *IO, cmd *cobra.Command, opts alignOptions) error {
	for _, name := range alignEditionFlags {
		if cmd.Flags().Changed(name) {
			return usagef("align: --%s is for one pair (SOURCE TARGET); without them align aligns every pair of the edition into its stored alignment", name)
		}
	}
	config, err := findConfig("align", opts.config, "or name SOURCE and TARGET")
	if err != nil {
		return err
	}
	ed, err := openEdition(sio, "align", config, edition.OpenOptions{Glossary: opts.glossary, Realign: true})
	if err != nil {
		return err
	}
	// The alignment file of each pair: sverka.yaml's, else the default,
	// which sverka.yaml is then told, once for each declaration (the
	// documents rule's pairs share one).
	files := map[string][]align.Bitext{}
	var order []string
	var adds []specValue
	added := map[texts.Pos]bool{}
	var lines []string
	total, confirmed := 0, 0
	alignFiles := ed.AlignmentFiles()
	for i, f := range alignFiles {
		p := ed.Pairs[i]
		name := f.Name
		if f.Add != "" && !added[p.Spec.Pos] {
			added[p.Spec.Pos] = true
			adds = append(adds, specValue{p.Spec, f.Add})
		}
		if _, ok := files[name]; !ok {
			order = append(order, name)
		}
		b := p.Bitext(ed.Dir)
		files[name] = append(files[name], b)
		flagged := 0
		for _, l := range p.FlaggedLinks() {
			if len(l.Flags) > 0 {
				flagged++
			}
		}
		total += len(p.Links)
		confirmed += p.Confirmed()
		srcName, tgtName := docName(b.Source), docName(b.Target)
		if p.Spec != nil {
			srcName, tgtName = p.Spec.Source, p.Spec.Target
		}
		lines = append(lines, fmt.Sprintf("%s: %s and %s: %d links, %d confirmed (kept), %d flagged",
			name, srcName, tgtName, len(p.Links), p.Confirmed(), flagged))
	}
	// A file there that sverka.yaml does not name was never read for its
	// confirmed links (a line lost, a file written with -o): written
	// over, they would be lost without a word.
	for i, f := range alignFiles {
		if f.Add == "" { // named in sverka.yaml, or no declaration to name it in
			continue
		}
		if _, err := os.Lstat(filepath.Join(ed.Dir, filepath.FromSlash(f.Name))); err == nil {
			spec := ed.Pairs[i].Spec
			return fmt.Errorf("align: %w", edition.UnnamedFileError(spec.Pos.String(), spec, f))
		}
	}
	for _, name := range order {
		full := filepath.Join(ed.Dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := writeFileAtomic(full, func(w io.Writer) error { return align.WriteJSON(w, files[name]) }); err != nil {
			return err
		}
	}
	if len(adds) > 0 {
		if err := addAlignmentsToConfig(config, adds); err != nil {
			fmt.Fprintf(sio.Err, "sverka: align: warning: %v\n", err)
		} else {
			sio.Infof("align: %s names the alignment files now", config)
		}
	}
	for _, l := range lines {
		fmt.Fprintln(sio.Out, l)
	}
	fmt.Fprintf(sio.Out, "aligned %d document pair(s): %d links, %d confirmed by an editor and kept, in %d file(s)\n",
		len(ed.Pairs), total, confirmed, len(order))
	return nil
}

// specValue is an alignment line to add to a pair declaration.
type specValue struct {
	spec  *edition.PairSpec
	value string
}

// docName names a side as FILE or FILE#ID.
func docName(s align.Side) string {
	if s.Document == "" {
		return s.File
	}
	return s.File + "#" + s.Document
}

// addAlignmentsToConfig adds an alignment line to each pair declaration
// of sverka.yaml at config that named none, bottom up so that the line
// numbers of those above stay right, keeping everything else as it was,
// and writes it atomically once the result reads back.
func addAlignmentsToConfig(config string, adds []specValue) error {
	src, err := input.ReadFile(config, input.MaxConfig)
	if err != nil {
		return err
	}
	sort.SliceStable(adds, func(i, j int) bool { return adds[i].spec.Pos.Line > adds[j].spec.Pos.Line })
	out := src
	for _, a := range adds {
		if out, err = edition.AddKey(out, a.spec.Pos, "alignment", a.value); err != nil {
			return fmt.Errorf("%v; sverka.yaml left as it was", err)
		}
	}
	if _, err := edition.Load(config, strings.NewReader(string(out))); err != nil {
		return errors.Join(fmt.Errorf("%s: adding the alignment lines would break it; left as it was", config), err)
	}
	return writeFileAtomic(config, func(w io.Writer) error { _, err := w.Write(out); return err })
}
