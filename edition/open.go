package edition

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/texts"
)

// OpenOptions tune Open.
type OpenOptions struct {
	// Glossary names a glossary file to use instead of the one sverka.yaml
	// names ("" for that one, if any).
	Glossary string
	// CheckGlossary, when set, is called on the glossary once it is read
	// and may refuse it: the check validates the rules its exceptions name,
	// which this package does not know.
	CheckGlossary func(*glossary.Glossary) error
	// Realign aligns every pair afresh, keeping the links an editor
	// confirmed in its stored alignment where there is one (carried over
	// to the texts as they are now; those that no longer fit are named in
	// Warnings), instead of reading the stored alignment as it is: what
	// sverka align does for a whole edition.
	Realign bool
}

// Open reads the edition whose sverka.yaml is at configPath: the
// configuration, its glossary, and every document pair it names, each
// aligned from its stored alignment where the configuration names one that
// exists, else by the aligner with the glossary's renderings as lexical
// evidence. Files the configuration names must lie inside its folder, once
// symbolic links are followed. Documents left without a counterpart are
// named in the edition's Warnings.
//
// The title is sverka.yaml's, else the documents' (DocumentsTitle): never
// the collection's own first line, which is a web page's title as often
// as not, and which reading drops as junk.
func Open(configPath string, opts OpenOptions) (*Edition, error) {
	cfg, err := LoadFile(configPath)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(configPath)
	ed := &Edition{Config: cfg, Dir: dir}
	if ed.Glossary, err = openGlossary(cfg, dir, opts); err != nil {
		return nil, err
	}
	specs, err := cfg.ResolvePairs(os.DirFS(dir))
	if err != nil {
		return nil, err
	}
	rel := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }
	// A collection named by several pairs (en.txt#1, en.txt#2) is read once.
	cache := map[string]*texts.Collection{}
	read := func(spec string, lang texts.Lang, at texts.Pos) (*texts.Collection, []*texts.Document, error) {
		file, id := SplitDocSpec(rel(spec))
		c, ok := cache[file]
		if !ok {
			if err := InFolder(dir, file); err != nil {
				return nil, nil, err
			}
			var err error
			if c, err = ReadCollection(file, cfg.ReadOptions(lang)); err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					// A file that is not there: the mistake is in sverka.yaml.
					return nil, nil, fmt.Errorf("%s: %w", at, err)
				}
				return nil, nil, err
			}
			cache[file] = c
		}
		return SelectDocuments(c, id)
	}
	words := GlossaryWordPairs(ed.Glossary)
	if cfg.Dictionary != "" {
		dict, err := readDictionary(cfg, dir)
		if err != nil {
			return nil, err
		}
		words = append(dict, words...)
		ed.dictionary = dict
	}
	var unaligned []*Pair // the pairs with no stored alignment
	var tm *TM
	if cfg.TM != "" {
		name := filepath.Join(dir, filepath.FromSlash(cfg.TM))
		if err := InFolder(dir, name); err != nil {
			return nil, err
		}
		if tm, err = ReadTMXFile(name); err != nil {
			return nil, fmt.Errorf("%s: tm %s: %w", cfg.TMPos, cfg.TM, err)
		}
		ed.tm = tm
	}
	for k := range specs {
		s := specs[k]
		sc, sds, err := read(s.Source, cfg.Languages.Source, orPos(s.SourcePos, s.Pos))
		if err != nil {
			return nil, err
		}
		tc, tds, err := read(s.Target, cfg.Languages.Target, orPos(s.TargetPos, s.Pos))
		if err != nil {
			return nil, err
		}
		docs, warnings, err := PairDocuments(rel(s.Source), rel(s.Target), sds, tds)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.Pos, err)
		}
		ed.Warnings = append(ed.Warnings, warnings...)
		stored, hasStored, err := storedAlignment(s, dir)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			// A numbered document of a collection names its pair; a file
			// of one document (its id always "1") does not, so that pairs
			// of such files are named by their place (d1, d2), not all "1".
			id := d[1].ID
			if d[1].Heading == "" {
				id = ""
			}
			p := &Pair{
				ID: id, Source: d[0], Target: d[1], SourceText: sc.Source, TargetText: tc.Source,
				SourceLang: cfg.Languages.Source, TargetLang: cfg.Languages.Target,
				SourceFile: sc.Source.Name, TargetFile: tc.Source.Name, Spec: &specs[k],
			}
			if s.ID != "" {
				p.ID = s.ID
			}
			switch {
			case opts.Realign:
				var found *align.Bitext
				if hasStored {
					if found = storedBitext(stored, d[0], d[1]); found != nil {
						if err := alignmentFits(s.Alignment, *found, d[0], d[1]); err != nil {
							return nil, err
						}
					}
				}
				keep, warnings := confirmedNow(p, found, s.Alignment)
				ed.Warnings = append(ed.Warnings, warnings...)
				if len(keep) == 0 {
					// Nothing to keep: aligned with the edition's other
					// such pairs, together (alignPairs).
					unaligned = append(unaligned, p)
					break
				}
				p.Links, err = alignKeeping(p, words, tm, keep, s.Alignment)
				if err != nil {
					return nil, err
				}
			case hasStored:
				var warnings []string
				p.Links, warnings, err = PairAlignment(rel(s.Alignment), stored, d[0], d[1], s.Source, s.Target)
				p.Stored = true
				if err != nil {
					return nil, err
				}
				ed.Warnings = append(ed.Warnings, warnings...)
			default:
				unaligned = append(unaligned, p)
			}
			ed.Pairs = append(ed.Pairs, p)
		}
	}
	if err := alignPairs(unaligned, words, tm); err != nil {
		return nil, err
	}
	nameTakenPlaces(ed.Pairs)
	ed.Title = cfg.Title
	if ed.Title == "" {
		ed.Title = DocumentsTitle(ed.Pairs)
	}
	if ed.Title == "" {
		ed.Title = filepath.Base(absOr(dir))
	}
	return ed, nil
}

// readDictionary reads the dictionary sverka.yaml names: a file relative
// to the edition's directory where there is one, else a dictd name.
func readDictionary(cfg *Config, dir string) ([]align.WordPair, error) {
	spec := cfg.Dictionary
	if local := filepath.Join(dir, filepath.FromSlash(spec)); fileExists(local) {
		if err := InFolder(dir, local); err != nil {
			return nil, err
		}
		spec = local
	}
	pairs, err := align.ReadDictionary(spec)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cfg.DictionaryPos, err)
	}
	return pairs, nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// alignPairs aligns the pairs together (align.AlignDocuments: one word
// table learned from all of them, the searches on all cores) and returns
// the error of the first pair that failed. A pair the memory anchors is
// aligned on its own.
func alignPairs(pairs []*Pair, words []align.WordPair, tm *TM) error {
	docs := make([]align.Documents, len(pairs))
	anchors := make([][]align.Link, len(pairs))
	for k, p := range pairs {
		var ws []align.WordPair
		ws, anchors[k] = memoryEvidence(p.Source, p.Target, words, tm, p.sourceLang(), p.targetLang(), nil)
		docs[k] = align.Documents{Source: align.FromSegments(p.Source.Segments), Target: align.FromSegments(p.Target.Segments),
			Pairs: ws, Keep: anchors[k]}
	}
	all, err := align.AlignDocuments(docs, align.Options{})
	if err != nil {
		return err
	}
	for k, p := range pairs {
		Unconfirm(all[k], anchors[k])
		p.Links = all[k]
	}
	return nil
}

// openGlossary reads the glossary the options name, else the one the
// configuration names; nil when neither does.
func openGlossary(cfg *Config, dir string, opts OpenOptions) (g *glossary.Glossary, err error) {
	if opts.Glossary != "" {
		g, err = glossary.LoadFile(opts.Glossary)
	} else {
		g, err = cfg.LoadGlossary(dir)
	}
	if err != nil || g == nil {
		return nil, err
	}
	if opts.CheckGlossary != nil {
		if err := opts.CheckGlossary(g); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// LoadGlossary reads the glossary the configuration names, relative to its
// folder dir; nil when it names none. A glossary that cannot be read at
// all (missing, not a regular file) is an error at the place sverka.yaml
// names it.
func (c *Config) LoadGlossary(dir string) (*glossary.Glossary, error) {
	if c.Glossary == "" {
		return nil, nil
	}
	name := filepath.Join(dir, filepath.FromSlash(c.Glossary))
	if err := InFolder(dir, name); err != nil {
		return nil, err
	}
	g, err := glossary.LoadFile(name)
	if ie := (*input.Error)(nil); errors.As(err, &ie) {
		return nil, fmt.Errorf("%s: glossary %s: %w", c.GlossaryPos, c.Glossary, ie.Err)
	}
	return g, err
}

// Files are the files the edition was read from: its configuration, its
// glossary, its texts and the stored alignments it names (whether they
// exist yet or not), so that an output is never written over one of them.
func (e *Edition) Files() []string {
	if e.Config == nil {
		return nil
	}
	in := []string{e.Config.File}
	if e.Config.Glossary != "" {
		in = append(in, filepath.Join(e.Dir, filepath.FromSlash(e.Config.Glossary)))
	}
	if e.Config.TM != "" {
		in = append(in, filepath.Join(e.Dir, filepath.FromSlash(e.Config.TM)))
	}
	for _, p := range e.Pairs {
		in = append(in, p.SourceFile, p.TargetFile)
	}
	if specs, err := e.Config.ResolvePairs(os.DirFS(e.Dir)); err == nil {
		for _, s := range specs {
			if s.Alignment != "" {
				in = append(in, filepath.Join(e.Dir, filepath.FromSlash(s.Alignment)))
			}
		}
	}
	return in
}

// storedAlignment reads the alignment the pair specification names, once
// for all its document pairs; ok is false when it names none or the file
// does not exist yet (the pairs are then aligned).
func storedAlignment(s PairSpec, dir string) (bitexts []align.Bitext, ok bool, err error) {
	if s.Alignment == "" {
		return nil, false, nil
	}
	name := filepath.Join(dir, filepath.FromSlash(s.Alignment))
	if err := InFolder(dir, name); err != nil {
		return nil, false, err
	}
	if _, err := os.Stat(name); err != nil {
		return nil, false, nil
	}
	bitexts, err = ReadAlignmentFile(name)
	return bitexts, err == nil, err
}

// AlignPair aligns two documents, with words (a glossary's renderings, made
// once for all pairs by GlossaryWordPairs) as lexical evidence.
func AlignPair(src, tgt *texts.Document, words []align.WordPair) ([]align.Link, error) {
	return AlignPairTM(src, tgt, words, nil, texts.Russian, texts.English)
}

// AlignPairTM is AlignPair with a translation memory as evidence too (nil:
// none): its exact matches are anchors, its short units word pairs.
func AlignPairTM(src, tgt *texts.Document, words []align.WordPair, tm *TM, srcLang, tgtLang texts.Lang) ([]align.Link, error) {
	pairs, anchors := memoryEvidence(src, tgt, words, tm, srcLang, tgtLang, nil)
	links, err := align.Align(align.FromSegments(src.Segments), align.FromSegments(tgt.Segments), align.Options{Pairs: pairs, Keep: anchors})
	Unconfirm(links, anchors)
	return links, err
}

// memoryEvidence is what the memory tm (nil: none) adds to the evidence
// for a pair of documents: its short units as word pairs beside words, and
// its exact matches that do not cross keep as anchors, which the caller
// keeps as it keeps confirmed links and then unconfirms (Unconfirm).
func memoryEvidence(src, tgt *texts.Document, words []align.WordPair, tm *TM, srcLang, tgtLang texts.Lang, keep []align.Link) ([]align.WordPair, []align.Link) {
	if tm == nil {
		return words, nil
	}
	pairs := append(append([]align.WordPair(nil), words...), tm.WordPairs(srcLang, tgtLang)...)
	return pairs, tm.Anchors(segmentTexts(src), segmentTexts(tgt), srcLang, tgtLang, keep)
}

func segmentTexts(d *texts.Document) []string {
	out := make([]string, len(d.Segments))
	for i, s := range d.Segments {
		out[i] = s.Text
	}
	return out
}

// GlossaryWordPairs are the glossary's Russian terms with each rendering it
// does not forbid, as the aligner takes lexical evidence: align knows no
// glossary.
func GlossaryWordPairs(g *glossary.Glossary) []align.WordPair {
	if g == nil {
		return nil
	}
	var out []align.WordPair
	for _, e := range g.Entries {
		for _, ru := range e.Russian {
			for _, r := range e.Renderings {
				if r.Status != glossary.Forbidden {
					out = append(out, align.WordPair{Source: ru, Target: r.Text})
				}
			}
		}
	}
	return out
}

// InFolder refuses a file the configuration names that lies, once
// symbolic links are followed, outside the edition's folder dir.
// sverka.yaml already refuses "../" and absolute paths; a link must not
// reach around that: a pull request checked in CI could otherwise have an
// error message quote a file from elsewhere on the runner.
func InFolder(dir, name string) error {
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil
	}
	target, err := resolveExisting(name)
	if err != nil {
		return nil // nothing of the path exists: reported where it is read
	}
	rel, err := filepath.Rel(root, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("%s: leads outside the edition folder %s (a symbolic link?): refused", name, dir)
	}
	return nil
}

// resolveExisting follows the symbolic links of name. For a file that
// does not exist yet (an alignment about to be written) it resolves its
// nearest folder that does, and adds the rest: a link to a folder outside
// the edition must not let a first write land there.
func resolveExisting(name string) (string, error) {
	rest := ""
	for p := filepath.Clean(name); ; {
		if target, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(target, rest), nil
		}
		parent := filepath.Dir(p)
		if parent == p {
			return "", os.ErrNotExist
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
	}
}

func absOr(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// DocumentsTitle is an edition's title made from its documents' titles:
// the one document's, else the first's and how many follow; "" when the
// first document has no title.
func DocumentsTitle(pairs []*Pair) string {
	if len(pairs) == 0 {
		return ""
	}
	first := strings.TrimSpace(pairs[0].Target.Title)
	if first == "" {
		first = strings.TrimSpace(pairs[0].Source.Title)
	}
	switch {
	case first == "":
		return ""
	case len(pairs) == 1:
		return first
	case len(pairs) == 2:
		return first + ", and one more document"
	}
	return first + ", and " + strconv.Itoa(len(pairs)-1) + " more documents"
}

// nameTakenPlaces gives a pair named by its place (a file of one
// document: d2, the second pair) whose place another pair's id names (a
// documents rule's document 2) the first number no pair is named by: two
// pairs of one id cannot be exported, and review would save both to
// align/doc2.json.
func nameTakenPlaces(pairs []*Pair) {
	taken := map[string]bool{}
	for i, p := range pairs {
		if p.ID != "" {
			taken[p.anchor(i)] = true
		}
	}
	for i, p := range pairs {
		if p.ID != "" {
			continue
		}
		n := i + 1
		for taken["d"+strconv.Itoa(n)] {
			n++
		}
		if n != i+1 {
			p.ID = strconv.Itoa(n)
		}
		taken[p.anchor(i)] = true
	}
}

// orPos is p, else (a zero p) or.
func orPos(p, or texts.Pos) texts.Pos {
	if p.Line == 0 {
		return or
	}
	return p
}
