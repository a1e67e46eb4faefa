package edition

import (
	"io/fs"
	"path"
	"strings"

	"github.com/sverka/sverka/align"
)

// A sverka.yaml written again over an edition that was aligned (sverka
// init --force after sverka align or a review) named no stored alignment:
// check and build then aligned afresh without a word, leaving out the
// links an editor had confirmed, and sverka align refused to write over
// the files. A documents rule names align/doc{id}.json where such files
// are (storedByDefault); a pair declared alone, whose file is named by
// its place among the pairs, gets the file of align/ that holds it, found
// by the texts it is of.

// guessAlignments names in c the alignment file of align/ that holds
// each pair, the first by name.
func guessAlignments(fsys fs.FS, c *Config) {
	if len(c.Pairs) == 0 {
		return
	}
	stored := alignmentsInFolder(fsys)
	for i := range c.Pairs {
		if names := storedFor(stored, c.Pairs[i]); len(names) > 0 && c.Pairs[i].Alignment == "" {
			c.Pairs[i].Alignment = names[0]
		}
	}
}

// alignmentOnDisk is a JSON alignment file of align/ and the pairs of
// documents it holds.
type alignmentOnDisk struct {
	name  string
	sides [][2]align.Side // without their sentences
}

// alignmentsInFolder reads the JSON alignment files of align/, in the order
// of their names; a file that does not read as one is left out.
func alignmentsInFolder(fsys fs.FS) []alignmentOnDisk {
	names, err := fs.Glob(fsys, "align/*.json")
	if err != nil {
		return nil
	}
	var out []alignmentOnDisk
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			continue
		}
		bitexts, err := align.ReadAlignment(name, f)
		f.Close()
		if err != nil {
			continue
		}
		s := alignmentOnDisk{name: name}
		for _, b := range bitexts {
			b.Source.Sentences, b.Target.Sentences = nil, nil
			s.sides = append(s.sides, [2]align.Side{b.Source, b.Target})
		}
		out = append(out, s)
	}
	return out
}

// storedFor returns the names of the stored alignments whose first pair
// of documents is the pair p declares.
func storedFor(stored []alignmentOnDisk, p PairSpec) []string {
	var out []string
	for _, s := range stored {
		if len(s.sides) > 0 && sideIs(s.sides[0][0], p.Source) && sideIs(s.sides[0][1], p.Target) {
			out = append(out, s.name)
		}
	}
	return out
}

// sideIs reports whether a stored side is of the text spec names (FILE
// or FILE#ID).
func sideIs(s align.Side, spec string) bool {
	file, id, hasID := strings.Cut(spec, "#")
	return path.Clean(s.File) == path.Clean(file) && (!hasID || s.Document == id)
}
