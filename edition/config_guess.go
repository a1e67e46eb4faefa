package edition

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

// Guess writes a first configuration for the edition in fsys from the
// files present: text files are told Russian or English by their script;
// numbered Russian files (ru/doc1.txt, ru/doc2.txt) with one English file
// become a documents rule; Russian and English files with the same number
// or name become pairs; a glossary.yaml is named, and so is the alignment
// sverka stored for a pair (guessAlignments).
func Guess(fsys fs.FS) (*Config, error) {
	c, err := guessPairs(fsys)
	if err != nil {
		return nil, err
	}
	guessAlignments(fsys, c)
	return c, nil
}

// guessPairs is Guess but for the stored alignments.
func guessPairs(fsys fs.FS) (*Config, error) {
	var ru, en []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.EqualFold(path.Ext(p), ".txt") && !texts.IsDocumentName(p) || sverkaPage(fsys, p) {
			return nil
		}
		switch scriptOf(fsys, p) {
		case texts.Russian:
			ru = append(ru, p)
		case texts.English:
			en = append(en, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(ru) == 0 || len(en) == 0 {
		return nil, fmt.Errorf("found %d Russian and %d English text files: an edition needs both", len(ru), len(en))
	}
	sort.Strings(ru)
	sort.Strings(en)
	c := &Config{Languages: Languages{Source: texts.Russian, Target: texts.English}, Scheme: texts.ALALC}
	if _, err := fs.Stat(fsys, "glossary.yaml"); err == nil {
		c.Glossary = "glossary.yaml"
	}
	c.Insertions = guessInsertions(fsys, en)
	// build writes both editions: the reader's to publish, the review.
	c.Publish = Publish{Reader: "edition.html", Review: "review.html"}
	// Numbered Russian files and one English collection: a rule. Files
	// the rule leaves out (a Russian file named otherwise, another English
	// file) are named for the editor.
	if pattern, numbered, others := mostNumbered(ru); len(numbered) > 1 {
		collections := en
		if len(en) > 1 {
			collections = nil
			for _, e := range en {
				if ids, err := documentIDs(fsys, e, texts.English); err == nil && len(ids) > 1 {
					collections = append(collections, e)
				}
			}
		}
		if len(collections) == 1 {
			c.Documents = &DocumentsRule{Source: pattern, Target: collections[0]}
			if storedByDefault(fsys, pattern, numbered) {
				// The alignments sverka align or review stored there (an
				// edition set up again with init --force): named, their
				// confirmed links are kept; left out, align would refuse
				// to write over them.
				c.Documents.Alignment = defaultAlignment
			}
			c.Unpaired = unpaired(others, without(en, collections[0]))
			return c, nil
		}
	}
	// Pair files by their number, else by their base name.
	byKey := make(map[string]string)
	for _, e := range en {
		byKey[pairKey(e)] = e
	}
	paired := map[string]bool{}
	for _, r := range ru {
		if e, ok := byKey[pairKey(r)]; ok && !paired[e] {
			c.Pairs = append(c.Pairs, PairSpec{Source: r, Target: e})
			paired[r], paired[e] = true, true
		}
	}
	if len(c.Pairs) == 0 {
		if len(ru) == 1 && len(en) == 1 {
			c.Pairs = []PairSpec{{Source: ru[0], Target: en[0]}}
			paired[ru[0]], paired[en[0]] = true, true
		} else {
			return nil, fmt.Errorf("cannot tell which files pair (Russian: %s; English: %s): write the pairs in %s",
				strings.Join(ru, ", "), strings.Join(en, ", "), ConfigName)
		}
	}
	c.Unpaired = unpaired(without(ru, slices.Collect(maps.Keys(paired))...), without(en, slices.Collect(maps.Keys(paired))...))
	for i := range c.Pairs {
		if err := nameDocuments(fsys, &c.Pairs[i]); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// nameDocuments makes a pair of one document and a collection name the
// collection's document (doc1.en.txt#1), as check requires: the one
// numbered as the pair's files are, or the only one.
func nameDocuments(fsys fs.FS, p *PairSpec) error {
	ruIDs, err := documentIDs(fsys, p.Source, texts.Russian)
	if err != nil {
		return err
	}
	enIDs, err := documentIDs(fsys, p.Target, texts.English)
	if err != nil {
		return err
	}
	if len(ruIDs) > 1 == (len(enIDs) > 1) {
		return nil // one and one, or collections paired by id
	}
	many, one := &p.Target, p.Source
	ids := enIDs
	if len(ruIDs) > 1 {
		many, one, ids = &p.Source, p.Target, ruIDs
	}
	if strings.Contains(*many, "#") {
		return fmt.Errorf("%s: a file name with # cannot name one of its documents: write the pairs in %s", *many, ConfigName)
	}
	want := strings.TrimPrefix(pairKey(one), "#")
	for _, id := range ids {
		if id == want {
			*many += "#" + id
			return nil
		}
	}
	return fmt.Errorf("%s has %d documents and %s one, and none of them is numbered %q: write the pairs in %s", *many, len(ids), one, want, ConfigName)
}

// documentIDs reads a file as sverka check will and returns the ids of
// its documents.
func documentIDs(fsys fs.FS, p string, lang texts.Lang) ([]string, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c, err := texts.Read(p, f, texts.Options{Lang: lang})
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(c.Documents))
	for i, d := range c.Documents {
		ids[i] = d.ID
	}
	return ids, nil
}

// guessInsertions reads the English files for signed translator
// insertions ([the crews - NO]) and declares their signers, most frequent
// first, with the separator most of them use. Signing is not made
// required: the editors decide that.
func guessInsertions(fsys fs.FS, files []string) InsertionStyle {
	signers := map[string]int{}
	marks := map[string]int{}
	for _, name := range files {
		f, err := fsys.Open(name)
		if err != nil {
			continue
		}
		c, err := texts.Read(name, f, texts.Options{Lang: texts.English})
		f.Close()
		if err != nil {
			continue
		}
		for _, d := range c.Documents {
			for _, seg := range d.Segments {
				for _, sp := range seg.Spans {
					if sp.Class == texts.Insertion && sp.Signer != "" {
						signers[sp.Signer]++
						marks[sp.SignMark]++
					}
				}
			}
		}
	}
	var style InsertionStyle
	for s := range signers {
		style.Signers = append(style.Signers, s)
	}
	sort.Slice(style.Signers, func(i, j int) bool {
		a, b := style.Signers[i], style.Signers[j]
		if signers[a] != signers[b] {
			return signers[a] > signers[b]
		}
		return a < b
	})
	best := ""
	for m, n := range marks {
		if strings.Trim(m, " -–—") != "" || m == "" {
			continue // not a dash with spaces: sverka.yaml would refuse it
		}
		if best == "" || n > marks[best] || (n == marks[best] && m < best) {
			best = m
		}
	}
	style.Mark = best
	return style
}

var digits = regexp.MustCompile(`\d+`)

// mostNumbered finds the numbering most of files share (ru/doc{id}.txt):
// the pattern, the files that follow it, and the others.
func mostNumbered(files []string) (pattern string, numbered, others []string) {
	byPattern := map[string][]string{}
	for _, f := range files {
		if p, ok := numberPattern([]string{f}); ok {
			byPattern[p] = append(byPattern[p], f)
		}
	}
	for p, fs := range byPattern {
		if len(fs) > len(numbered) || len(fs) == len(numbered) && p < pattern {
			pattern, numbered = p, fs
		}
	}
	return pattern, numbered, without(files, numbered...)
}

// unpaired are Russian and English files left without a counterpart, as
// pairs with one side.
func unpaired(ru, en []string) []PairSpec {
	var out []PairSpec
	for _, f := range ru {
		out = append(out, PairSpec{Source: f})
	}
	for _, f := range en {
		out = append(out, PairSpec{Target: f})
	}
	return out
}

// without is files less those named.
func without(files []string, drop ...string) []string {
	var out []string
	for _, f := range files {
		if !slices.Contains(drop, f) {
			out = append(out, f)
		}
	}
	return out
}

// numberPattern returns ru/doc{id}.txt when every file is the same name
// around one number.
func numberPattern(files []string) (string, bool) {
	pattern := ""
	for _, f := range files {
		locs := digits.FindAllStringIndex(f, -1)
		if len(locs) == 0 {
			return "", false
		}
		last := locs[len(locs)-1]
		p := f[:last[0]] + IDPlaceholder + f[last[1]:]
		if pattern != "" && p != pattern {
			return "", false
		}
		pattern = p
	}
	return pattern, pattern != ""
}

// pairKey is what a Russian and an English file of one pair share: the
// last number in the name, else the base name.
func pairKey(p string) string {
	base := path.Base(p)
	if d := digits.FindAllString(base, -1); len(d) > 0 {
		return "#" + strings.TrimLeft(d[len(d)-1], "0")
	}
	return strings.TrimSuffix(base, path.Ext(base))
}

// scriptOf reads the start of a file, decoded as sverka reads texts
// (UTF-8, UTF-16, Windows-1251, KOI8-R), and says whether it is mostly
// Cyrillic or Latin; other files are neither.
func scriptOf(fsys fs.FS, p string) texts.Lang {
	src, err := readStart(fsys, p)
	if err != nil {
		return texts.LangAuto
	}
	lat, cyr := lex.CountScripts(src.Text)
	switch {
	case cyr+lat < 20:
		return texts.LangAuto
	case cyr > lat:
		return texts.Russian
	default:
		return texts.English
	}
}

// storedByDefault reports an alignment file where sverka stores a
// documents rule's by default (align/doc{id}.json) for one of the files
// numbered by pattern.
func storedByDefault(fsys fs.FS, pattern string, numbered []string) bool {
	pre, post, _ := strings.Cut(pattern, IDPlaceholder)
	for _, n := range numbered {
		id := strings.TrimSuffix(strings.TrimPrefix(n, pre), post)
		if fi, err := fs.Stat(fsys, strings.ReplaceAll(defaultAlignment, IDPlaceholder, id)); err == nil && fi.Mode().IsRegular() {
			return true
		}
	}
	return false
}

// sverkaPage reports a web page that sverka wrote (an edition build or
// export wrote, as its generator line says): no text of the edition,
// though it holds both languages, and where init is run again after a
// build it would be taken for one.
func sverkaPage(fsys fs.FS, p string) bool {
	if ext := strings.ToLower(path.Ext(p)); ext != ".html" && ext != ".htm" {
		return false
	}
	f, err := fsys.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 2048)
	n, _ := io.ReadFull(f, head)
	return bytes.Contains(head[:n], []byte(`<meta name="generator" content="sverka`))
}

// readStart decodes the first lines of a file: enough to tell its script
// and encoding without reading a large file whole. The cut is at a line
// end, so that no character is split and taken for another encoding.
func readStart(fsys fs.FS, p string) (*texts.Source, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		// A link to a device or a pipe among the files.
		return nil, &input.Error{File: p, Err: input.ErrNotRegular}
	}
	buf := make([]byte, 64<<10)
	n, err := io.ReadFull(f, buf)
	buf = buf[:n]
	if err == nil && texts.IsDocumentName(p) {
		// An archive or a page cut short does not read: take it whole
		// (texts bounds what it reads).
		rest, err := input.ReadAll(f, input.MaxText)
		if err != nil {
			return nil, err
		}
		buf = append(buf, rest...)
	} else if err == nil { // more follows
		if nl := bytes.LastIndexByte(buf, '\n'); nl > 0 {
			buf = buf[:nl+1]
		}
	}
	return texts.ReadSource(p, bytes.NewReader(buf), texts.ReadOptions{})
}

// configYAML is sverka.yaml as written: keys in the order a reader wants.
type configYAML struct {
	Title      string            `yaml:"title,omitempty"`
	Languages  map[string]string `yaml:"languages"`
	Scheme     string            `yaml:"scheme"`
	Glossary   string            `yaml:"glossary,omitempty"`
	Documents  *documentsYAML    `yaml:"documents,omitempty"`
	Pairs      []pairYAML        `yaml:"pairs,omitempty"`
	Insertions insertionsYAML    `yaml:"insertions"`
	Rules      map[string]string `yaml:"rules,omitempty"`
	Publish    *publishYAML      `yaml:"publish,omitempty"`
}

type publishYAML struct {
	Reader string `yaml:"reader,omitempty"`
	Review string `yaml:"review,omitempty"`
}

type documentsYAML struct {
	Source    string `yaml:"source"`
	Target    string `yaml:"target"`
	Alignment string `yaml:"alignment,omitempty"`
}

type pairYAML struct {
	Source    string `yaml:"source"`
	Target    string `yaml:"target"`
	Alignment string `yaml:"alignment,omitempty"`
}

type insertionsYAML struct {
	Signers  []string `yaml:"signers,flow"`
	Required bool     `yaml:"required"`
	Mark     string   `yaml:"mark"`
}

// Write writes the configuration as sverka.yaml, which Load reads back.
func (c *Config) Write(w io.Writer) error {
	y := configYAML{
		Languages: map[string]string{"source": string(c.Languages.Source), "target": string(c.Languages.Target)},
		Scheme:    string(c.Scheme),
		Glossary:  c.Glossary,
		Insertions: insertionsYAML{
			Signers: c.Insertions.Signers, Required: c.Insertions.Required, Mark: c.Insertions.Mark,
		},
	}
	if y.Languages["source"] == "" {
		y.Languages["source"] = string(texts.Russian)
	}
	if y.Languages["target"] == "" {
		y.Languages["target"] = string(texts.English)
	}
	if y.Scheme == "" {
		y.Scheme = string(texts.ALALC)
	}
	if y.Insertions.Mark == "" {
		y.Insertions.Mark = " - "
	}
	if y.Insertions.Signers == nil {
		y.Insertions.Signers = []string{}
	}
	y.Title = c.Title
	if p := c.Publish; p.Reader != "" || p.Review != "" {
		y.Publish = &publishYAML{Reader: p.Reader, Review: p.Review}
	}
	if d := c.Documents; d != nil {
		y.Documents = &documentsYAML{Source: d.Source, Target: d.Target, Alignment: d.Alignment}
	}
	for _, p := range c.Pairs {
		y.Pairs = append(y.Pairs, pairYAML{Source: p.Source, Target: p.Target, Alignment: p.Alignment})
	}
	if len(c.Rules) > 0 {
		y.Rules = make(map[string]string)
		for _, r := range c.Rules {
			if r.Custom() {
				continue // Write writes what Guess makes: severities only
			}
			y.Rules[r.ID] = r.Severity
		}
	}
	if _, err := io.WriteString(w, "# sverka.yaml: the edition's configuration, read by `sverka check`.\n"+
		"# documents pairs ru files with the numbered documents of the English file;\n"+
		"# insertions: the initials that sign translator insertions, [the crews - NO];\n"+
		"# publish: the editions sverka build writes, to publish and to review.\n"); err != nil {
		return err
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(y); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	if len(c.Unpaired) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("# sverka init could not pair these files: give each its counterpart\n# and move the line into pairs (uncommented), or delete it.\n")
	if len(c.Pairs) == 0 {
		b.WriteString("# pairs:\n")
	}
	for _, p := range c.Unpaired {
		src, tgt := p.Source, p.Target
		if src == "" {
			src = "RUSSIAN-FILE"
		}
		if tgt == "" {
			tgt = "ENGLISH-FILE"
		}
		fmt.Fprintf(&b, "#   - {source: %s, target: %s}\n", src, tgt)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
