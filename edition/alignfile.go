package edition

import (
	"fmt"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// defaultAlignment is the stored alignment of a pair whose declaration
// names none, relative to the edition's folder: {id} is the number the
// exports anchor the pair by (d5, align/doc5.json).
const defaultAlignment = "align/doc" + IDPlaceholder + ".json"

// AlignmentFile is where the alignment of one pair of an edition is
// stored.
type AlignmentFile struct {
	// Name is the file, relative to the edition's folder, with forward
	// slashes: the one sverka.yaml names, as it names it, else the
	// default.
	Name string
	// Add is the alignment line to add to the pair's declaration, which
	// names none: Name for a pair declared alone, the pattern
	// (align/doc{id}.json) for a document of the documents rule; "" when
	// sverka.yaml names the file already or the pair has no declaration.
	Add string
}

// AlignmentFiles returns the file each pair of the edition stores its
// alignment in, in the order of e.Pairs: the file its declaration in
// sverka.yaml names, else align/doc{id}.json, where {id} is the number
// the exports anchor the pair by (the documents rule's document number,
// the document a pair's target names, en.txt#5, else the pair's place;
// for a declaration of several pairs, its first pair's). A default that
// another declaration's file has already is followed by -2, -3, … (for
// the documents rule, in all its files at once, since sverka.yaml names
// them with one pattern). The pairs of one declaration share one file.
//
// sverka align and the review server both save there, so that an
// edition's alignment has one name whichever of them stores it first.
func (e *Edition) AlignmentFiles() []AlignmentFile {
	out := make([]AlignmentFile, len(e.Pairs))
	// The files sverka.yaml names: a default there would replace another
	// pair's alignment, and sverka.yaml would name one file for two
	// declarations.
	claimed := map[string]bool{}
	for _, p := range e.Pairs {
		if p.Spec != nil && p.Spec.Alignment != "" {
			claimed[path.Clean(filepath.ToSlash(p.Spec.Alignment))] = true
		}
	}
	// The documents rule's pairs first: their names are fixed by the
	// documents, a pair declared alone can take another.
	var rule []int
	for i, p := range e.Pairs {
		if p.Spec != nil && p.Spec.Alignment == "" && p.Spec.ID != "" {
			rule = append(rule, i)
		}
	}
	if len(rule) > 0 {
		pattern := defaultAlignment
		for n := 2; ruleClaims(pattern, rule, e.Pairs, claimed); n++ {
			pattern = withSuffix(defaultAlignment, n)
		}
		for _, i := range rule {
			name := strings.ReplaceAll(pattern, IDPlaceholder, e.Pairs[i].Spec.ID)
			claimed[name] = true
			out[i] = AlignmentFile{Name: name, Add: pattern}
		}
	}
	byDecl := map[*PairSpec]AlignmentFile{}
	for i, p := range e.Pairs {
		switch {
		case p.Spec != nil && p.Spec.Alignment != "":
			out[i] = AlignmentFile{Name: p.Spec.Alignment}
			continue
		case p.Spec != nil && p.Spec.ID != "":
			continue // the rule's, above
		}
		if f, ok := byDecl[p.Spec]; ok && p.Spec != nil {
			out[i] = f
			continue
		}
		base := strings.ReplaceAll(defaultAlignment, IDPlaceholder, strings.TrimPrefix(p.anchor(i), "d"))
		name := base
		for n := 2; claimed[name]; n++ {
			name = withSuffix(base, n)
		}
		claimed[name] = true
		f := AlignmentFile{Name: name}
		if p.Spec != nil {
			f.Add = name
			byDecl[p.Spec] = f
		}
		out[i] = f
	}
	return out
}

// UnnamedFileError is the error of a pair's default alignment file that
// is there already, though sverka.yaml does not name it (its line lost,
// a file written with -o): its confirmed links were never read, and
// written over they would be lost. at is the declaration's place in
// sverka.yaml (Spec.Pos, as the caller shows it).
func UnnamedFileError(at string, spec *PairSpec, f AlignmentFile) error {
	what := "the pair declared here"
	if spec.ID != "" {
		what = "the documents rule"
	}
	return fmt.Errorf("%s: %s exists, but %s names no alignment: add \"alignment: %s\" to it (its confirmed links are then kept), or move the file away",
		at, f.Name, what, f.Add)
}

// ruleClaims reports whether a file of the rule's pairs named by pattern
// is claimed already.
func ruleClaims(pattern string, rule []int, pairs []*Pair, claimed map[string]bool) bool {
	for _, i := range rule {
		if claimed[strings.ReplaceAll(pattern, IDPlaceholder, pairs[i].Spec.ID)] {
			return true
		}
	}
	return false
}

// withSuffix is name with -n before its .json.
func withSuffix(name string, n int) string {
	return strings.TrimSuffix(name, ".json") + "-" + strconv.Itoa(n) + ".json"
}
