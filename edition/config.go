package edition

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/internal/term"
	"github.com/sverka/sverka/internal/yamlfile"
	"github.com/sverka/sverka/texts"
)

// ConfigName is the name of an edition's configuration file, which
// `sverka check` looks for as Vale looks for its own.
const ConfigName = "sverka.yaml"

// IDPlaceholder stands for a document number in a documents rule:
// ru/doc{id}.txt pairs with document {id} of the English collection.
const IDPlaceholder = "{id}"

// Config is an edition's sverka.yaml. File names in it are relative to the
// directory that holds it, with forward slashes.
type Config struct {
	File      string    // the name it was loaded as
	Languages Languages // source and target languages
	Glossary  string    // the glossary file, if any
	// GlossaryPos is where sverka.yaml names the glossary, for an error
	// about the file it names.
	GlossaryPos texts.Pos
	// Dictionary is a bilingual dictionary for the aligner, as --dict
	// takes it: a dictd name (freedict-eng-rus, mueller7) or a file
	// relative to the edition's directory. DictionaryPos is where
	// sverka.yaml names it.
	Dictionary    string
	DictionaryPos texts.Pos
	// TM is a translation memory (TMX) whose exact matches anchor the
	// alignment of the pairs that have no stored alignment; TMPos is
	// where sverka.yaml names it.
	TM     string
	TMPos  texts.Pos
	Scheme texts.Scheme
	// Pairs are document pairs named one by one.
	Pairs []PairSpec
	// Documents pairs Russian files with the documents of an English
	// collection by number.
	Documents *DocumentsRule
	// Insertions is the edition's form of translator insertions.
	Insertions InsertionStyle
	// Rules are the edition's settings of the check's rules, in file
	// order; package check reads and validates them (check.OptionsFrom).
	Rules []RuleSetting
	// Title is the edition's title, for the pages; "" lets the documents'
	// titles make it (DocumentsTitle).
	Title string
	// Publish names the editions build writes, relative to the edition's
	// folder: the reader's edition to publish and the review edition.
	Publish Publish
	// Unpaired are the text files Guess found and could not pair, as
	// pairs with one side, which Write writes as comments for the editor
	// to finish; empty for a configuration loaded.
	Unpaired []PairSpec
	// Boilerplate are junk-line patterns ("regexp" or "name: regexp")
	// added to the default web boilerplate when the edition's files are
	// read.
	Boilerplate []texts.BoilerplateRule
}

// Publish names the files of the two editions, either empty when not
// asked for.
type Publish struct {
	Reader string
	Review string
	Pos    texts.Pos // where sverka.yaml says so
}

// ReadOptions returns the options to read the edition's files in lang:
// the default boilerplate plus the configuration's own patterns.
func (c *Config) ReadOptions(lang texts.Lang) texts.Options {
	opts := texts.Options{Lang: lang}
	if len(c.Boilerplate) > 0 {
		opts.BoilerplateRules = append(texts.DefaultBoilerplate(), c.Boilerplate...)
	}
	return opts
}

// Languages are the edition's languages: Russian originals, English
// translations.
type Languages struct {
	Source texts.Lang
	Target texts.Lang
}

// PairSpec is one document pair.
type PairSpec struct {
	Source    string    // the original: FILE or FILE#ID
	Target    string    // the translation: FILE or FILE#ID
	Alignment string    // a stored alignment file; used when it exists
	ID        string    // the document number, for a pair from a rule
	Pos       texts.Pos // where it is declared in sverka.yaml
	// SourcePos and TargetPos are where sverka.yaml names the source and
	// the target, for an error about the file (a zero one: Pos).
	SourcePos, TargetPos texts.Pos
}

// DocumentsRule pairs files by number: Source and Alignment contain {id};
// Target is the English collection, whose document {id} is the pair's
// translation.
type DocumentsRule struct {
	Source    string
	Target    string
	Alignment string
	Pos       texts.Pos
	TargetPos texts.Pos // where the target is named
}

// Load reads a sverka.yaml. The name is used in errors, which all point at
// file:line:col; every problem found is reported, as a texts.ErrorList.
func Load(name string, r io.Reader) (*Config, error) {
	return load(name, r, true)
}

// LoadOptions reads a sverka.yaml for its options alone (glossary,
// scheme, insertions, rule severities), as check does for English files
// named on the command line: it need not name document pairs.
func LoadOptions(name string, r io.Reader) (*Config, error) {
	return load(name, r, false)
}

// LoadFile reads the sverka.yaml at path, which must be a regular file.
func LoadFile(path string) (*Config, error) {
	return loadFile(path, true)
}

// LoadOptionsFile reads the sverka.yaml at path for its options alone, as
// LoadOptions.
func LoadOptionsFile(path string) (*Config, error) {
	return loadFile(path, false)
}

func loadFile(path string, needPairs bool) (*Config, error) {
	// A sverka.yaml that is a link out of its folder is refused: in CI a
	// pull request could point it at a file whose lines an error would
	// quote (unknown key "secret-token").
	if !input.Within(path, filepath.Dir(path)) {
		return nil, fmt.Errorf("%s: leads outside its folder %s (a symbolic link?): refused", term.Printable(path), filepath.Dir(path))
	}
	b, err := input.ReadFile(path, input.MaxConfig)
	if err != nil {
		return nil, err
	}
	return parse(path, b, needPairs)
}

func load(name string, r io.Reader, needPairs bool) (*Config, error) {
	b, err := input.ReadAll(r, input.MaxConfig)
	if err != nil {
		return nil, &input.Error{File: name, Err: err}
	}
	return parse(name, b, needPairs)
}

func parse(name string, b []byte, needPairs bool) (*Config, error) {
	root, err := yamlfile.Parse(name, b)
	if err != nil {
		return nil, err
	}
	c := &Config{File: name, Languages: Languages{Source: texts.Russian, Target: texts.English}, Scheme: texts.ALALC}
	top := texts.Pos{File: name, Line: 1, Col: 1}
	if root == nil {
		if !needPairs {
			return c, nil
		}
		return nil, texts.ErrorList{{Pos: top, Msg: "empty configuration: name the document pairs"}}
	}
	l := loader{name: name, dir: filepath.Dir(name)}
	l.config(root, c)
	if err := l.errs.Err(); err != nil {
		return nil, err
	}
	if needPairs && len(c.Pairs) == 0 && c.Documents == nil {
		return nil, texts.ErrorList{{Pos: top, Msg: "no document pairs: give pairs or documents"}}
	}
	return c, nil
}

// loader walks the YAML nodes and collects every error.
type loader struct {
	name string
	dir  string // the directory holding sverka.yaml, when name is a path
	errs texts.ErrorList
}

func (l *loader) fail(n *yaml.Node, format string, args ...any) {
	l.errs.Add(l.pos(n), format, args...)
}

// failedSince reports errors added since the list held mark of them: a
// value already wrong is not checked further, so one mistake is one error.
func (l *loader) failedSince(mark int) bool { return len(l.errs) > mark }

func (l *loader) pos(n *yaml.Node) texts.Pos { return yamlfile.Pos(l.name, n) }

// mapping calls fn for each key of a mapping node, rejecting keys not in
// known (any key when known is nil) and keys given twice.
func (l *loader) mapping(n *yaml.Node, what string, known []string, fn func(key string, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		l.fail(n, "%s must be a mapping", what)
		return
	}
	seen := make(map[string]bool)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if known != nil && !slices.Contains(known, k.Value) {
			l.fail(k, "unknown key %q in %s (known: %s)", k.Value, what, strings.Join(known, ", "))
			continue
		}
		if seen[k.Value] {
			l.fail(k, "%q given twice in %s", k.Value, what)
			continue
		}
		seen[k.Value] = true
		fn(k.Value, v)
	}
}

func (l *loader) str(n *yaml.Node, what string) string {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		l.fail(n, "%s must be a string", what)
		return ""
	}
	return n.Value
}

func (l *loader) boolean(n *yaml.Node, what string) bool {
	var b bool
	if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
		l.fail(n, "%s must be true or false", what)
	}
	return b
}

func (l *loader) strings(n *yaml.Node, what string) []string {
	if n.Kind == yaml.ScalarNode {
		return []string{l.str(n, what)}
	}
	if n.Kind != yaml.SequenceNode {
		l.fail(n, "%s must be a list", what)
		return nil
	}
	var out []string
	for _, it := range n.Content {
		out = append(out, l.str(it, what))
	}
	return out
}

// configKeys are the keys of sverka.yaml, each with its reader, in the
// order the error for an unknown key lists them.
var configKeys = []struct {
	key  string
	read func(l *loader, v *yaml.Node, c *Config)
}{
	{"languages", (*loader).languages},
	{"glossary", (*loader).glossary},
	{"dictionary", (*loader).dictionary},
	{"tm", (*loader).tm},
	{"scheme", (*loader).scheme},
	{"pairs", (*loader).pairs},
	{"documents", (*loader).documents},
	{"insertions", (*loader).insertions},
	{"rules", (*loader).rules},
	{"boilerplate", (*loader).boilerplate},
	{"title", (*loader).title},
	{"publish", (*loader).publish},
}

func (l *loader) config(n *yaml.Node, c *Config) {
	known := make([]string, len(configKeys))
	for i, k := range configKeys {
		known[i] = k.key
	}
	l.mapping(n, "sverka.yaml", known, func(key string, v *yaml.Node) {
		configKeys[slices.Index(known, key)].read(l, v, c)
	})
}

func (l *loader) languages(n *yaml.Node, c *Config) {
	l.mapping(n, "languages", []string{"source", "target"}, func(k string, v *yaml.Node) {
		lang := texts.Lang(l.str(v, "a language"))
		if k == "source" {
			c.Languages.Source = lang
		} else {
			c.Languages.Target = lang
		}
		switch {
		case k == "source" && lang != texts.Russian:
			l.fail(v, "source language %q: sverka reads Russian originals (ru)", lang)
		case k == "target" && lang != texts.English:
			l.fail(v, "target language %q: sverka reads English translations (en)", lang)
		}
	})
}

func (l *loader) glossary(n *yaml.Node, c *Config) {
	c.Glossary = l.file(n, "glossary")
	c.GlossaryPos = l.pos(n)
	l.notDirectory(n, "glossary", c.Glossary)
}

func (l *loader) dictionary(n *yaml.Node, c *Config) {
	c.Dictionary = l.str(n, "dictionary")
	c.DictionaryPos = l.pos(n)
}

func (l *loader) tm(n *yaml.Node, c *Config) {
	c.TM = l.file(n, "tm")
	c.TMPos = l.pos(n)
	l.notDirectory(n, "tm", c.TM)
}

func (l *loader) scheme(n *yaml.Node, c *Config) {
	mark := len(l.errs)
	s := l.str(n, "scheme")
	if l.failedSince(mark) {
		return
	}
	if !slices.Contains(texts.Schemes(), texts.Scheme(s)) {
		var known []string
		for _, k := range texts.Schemes() {
			known = append(known, string(k))
		}
		l.fail(n, "unknown scheme %q (known: %s)", s, strings.Join(known, ", "))
	}
	c.Scheme = texts.Scheme(s)
}

func (l *loader) pairs(n *yaml.Node, c *Config) {
	if n.Kind != yaml.SequenceNode {
		l.fail(n, "pairs must be a list")
		return
	}
	for _, it := range n.Content {
		mark := len(l.errs)
		p := PairSpec{Pos: l.pos(it)}
		l.mapping(it, "a pair", []string{"source", "target", "alignment"}, func(k string, v *yaml.Node) {
			switch k {
			case "source":
				p.Source, p.SourcePos = l.file(v, "source"), l.pos(v)
			case "target":
				p.Target, p.TargetPos = l.file(v, "target"), l.pos(v)
			case "alignment":
				p.Alignment = l.file(v, "alignment")
				l.notDirectory(v, "alignment", p.Alignment)
			}
		})
		if !l.failedSince(mark) && (p.Source == "" || p.Target == "") {
			l.fail(it, "a pair needs a source and a target")
		}
		c.Pairs = append(c.Pairs, p)
	}
}

func (l *loader) documents(n *yaml.Node, c *Config) {
	mark := len(l.errs)
	d := &DocumentsRule{Pos: l.pos(n)}
	l.mapping(n, "documents", []string{"source", "target", "alignment"}, func(k string, v *yaml.Node) {
		at := len(l.errs)
		switch k {
		case "source":
			d.Source = l.file(v, "source")
			if !l.failedSince(at) && strings.Count(d.Source, IDPlaceholder) != 1 {
				l.fail(v, "documents source %q must contain %s once, where the document number goes", d.Source, IDPlaceholder)
			}
		case "target":
			d.Target, d.TargetPos = l.file(v, "target"), l.pos(v)
			if strings.Contains(d.Target, IDPlaceholder) || strings.Contains(d.Target, "#") {
				l.fail(v, "documents target is the English collection, one file without %s or #", IDPlaceholder)
			}
		case "alignment":
			d.Alignment = l.file(v, "alignment")
			if !l.failedSince(at) && !strings.Contains(d.Alignment, IDPlaceholder) {
				l.fail(v, "documents alignment %q must contain %s", d.Alignment, IDPlaceholder)
			}
		}
	})
	if !l.failedSince(mark) && (d.Source == "" || d.Target == "") {
		l.fail(n, "documents needs a source pattern and a target")
	}
	c.Documents = d
}

func (l *loader) insertions(n *yaml.Node, c *Config) {
	l.mapping(n, "insertions", []string{"signers", "required", "mark"}, func(k string, v *yaml.Node) {
		switch k {
		case "signers":
			c.Insertions.Signers = l.strings(v, "signers")
		case "required":
			c.Insertions.Required = l.boolean(v, "required")
		case "mark":
			mark := len(l.errs)
			c.Insertions.Mark = l.str(v, "mark")
			if m := c.Insertions.Mark; !l.failedSince(mark) && (m == "" || strings.Trim(m, " -–—") != "") {
				l.fail(v, "mark %q must be a dash with its spaces, such as \" - \"", m)
			}
		}
	})
}

func (l *loader) title(n *yaml.Node, c *Config) {
	c.Title = strings.TrimSpace(l.str(n, "title"))
}

func (l *loader) publish(n *yaml.Node, c *Config) {
	c.Publish.Pos = l.pos(n)
	l.mapping(n, "publish", []string{"reader", "review"}, func(k string, v *yaml.Node) {
		name := l.file(v, "publish "+k)
		l.notDirectory(v, "publish "+k, name)
		if k == "reader" {
			c.Publish.Reader = name
		} else {
			c.Publish.Review = name
		}
	})
	if c.Publish.Reader != "" && c.Publish.Reader == c.Publish.Review {
		l.fail(n, "publish: the reader and review editions are both %s: name two files", c.Publish.Reader)
	}
}

func (l *loader) boilerplate(n *yaml.Node, c *Config) {
	if n.Kind != yaml.SequenceNode {
		l.fail(n, "boilerplate must be a list of patterns")
		return
	}
	for _, it := range n.Content {
		mark := len(l.errs)
		rule, err := texts.ParseBoilerplateRule(l.str(it, "a boilerplate pattern"))
		if l.failedSince(mark) {
			continue
		}
		if err != nil {
			l.fail(it, "boilerplate: %v", err)
			continue
		}
		c.Boilerplate = append(c.Boilerplate, rule)
	}
}

func (l *loader) rules(n *yaml.Node, c *Config) {
	// A list: each item a rule of the edition's own ({id, pattern, ...},
	// {swap: {...}}) or a setting ({id, severity}).
	if n.Kind == yaml.SequenceNode {
		for _, it := range n.Content {
			var r RuleSetting
			r.Pos = l.pos(it)
			l.mapping(it, "a rule", ruleKeys, func(k string, v *yaml.Node) {
				if k == "id" {
					r.ID = l.str(v, "a rule id")
					r.Pos = l.pos(v)
					return
				}
				l.ruleField(&r, k, v)
			})
			if r.ID == "" && r.Swap != nil {
				r.ID = "swap"
			}
			if r.ID == "" {
				l.fail(it, "a rule needs an id")
				continue
			}
			c.Rules = append(c.Rules, r)
		}
		return
	}
	// A mapping: id: severity, or id: {pattern, ...}.
	l.mapping(n, "rules", nil, func(k string, v *yaml.Node) {
		if v.Kind == yaml.MappingNode {
			r := RuleSetting{ID: k}
			l.mapping(v, "rule "+k, ruleKeys[1:], func(f string, fv *yaml.Node) { l.ruleField(&r, f, fv) })
			c.Rules = append(c.Rules, r)
			return
		}
		mark := len(l.errs)
		s := l.str(v, "a severity")
		if l.failedSince(mark) {
			return
		}
		c.Rules = append(c.Rules, RuleSetting{ID: k, Severity: s, SeverityPos: l.pos(v)})
	})
	// The keys' places, for the check to point at a rule it does not have.
	for i := range c.Rules {
		for k := 0; k+1 < len(n.Content); k += 2 {
			if n.Content[k].Value == c.Rules[i].ID {
				c.Rules[i].Pos = l.pos(n.Content[k])
				break
			}
		}
	}
}

// ruleKeys are the keys of a rule of the edition's own; the id first.
var ruleKeys = []string{"id", "pattern", "on", "message", "severity", "fix", "swap"}

// ruleField reads one key of a rule of the edition's own.
func (l *loader) ruleField(r *RuleSetting, k string, v *yaml.Node) {
	switch k {
	case "pattern":
		r.Pattern, r.PatternPos = l.str(v, "a pattern"), l.pos(v)
	case "on":
		r.On, r.OnPos = l.str(v, "on (english, russian or both)"), l.pos(v)
	case "message":
		r.Message = l.str(v, "a message")
	case "severity":
		r.Severity, r.SeverityPos = l.str(v, "a severity"), l.pos(v)
	case "fix":
		r.Fix = l.str(v, "a fix")
	case "swap":
		r.Swap = []RuleSwap{}
		l.mapping(v, "swap", nil, func(from string, to *yaml.Node) {
			pos := l.pos(v)
			for i := 0; i+1 < len(v.Content); i += 2 {
				if v.Content[i+1] == to {
					pos = l.pos(v.Content[i])
				}
			}
			r.Swap = append(r.Swap, RuleSwap{From: from, To: l.str(to, "a replacement"), Pos: pos})
		})
	}
}

// file reads a file name, which must be relative and stay inside the
// edition.
//
// A backslash counts as a separator and a drive letter or a UNC name as
// absolute on every system: sverka.yaml travels between them, and
// "C:\secret" or "..\secret" written on Linux escapes the edition on
// Windows.
func (l *loader) file(n *yaml.Node, what string) string {
	mark := len(l.errs)
	s := l.str(n, what)
	if l.failedSince(mark) {
		return ""
	}
	if strings.ContainsFunc(s, term.IsTerminalControl) {
		// A line break in a name would put the rest of it on a line of
		// its own in every message that names the file.
		l.fail(n, "%s %q: a file name with a control character in it", what, s)
		return ""
	}
	clean := path.Clean(strings.ReplaceAll(filepath.ToSlash(s), `\`, "/"))
	if s == "" || path.IsAbs(clean) || filepath.IsAbs(s) || hasVolume(s) || clean == ".." || strings.HasPrefix(clean, "../") {
		l.fail(n, "%s %q must be a file name relative to the edition's directory", what, s)
		return ""
	}
	return clean
}

// notDirectory reports a file name in sverka.yaml that names a directory
// next to it, at its place in sverka.yaml: read later, the error would name
// neither. A file not there is no error here (an alignment is used when it
// exists; a missing glossary is reported when it is read).
func (l *loader) notDirectory(n *yaml.Node, what, name string) {
	if name == "" {
		return
	}
	if fi, err := os.Stat(filepath.Join(l.dir, filepath.FromSlash(name))); err == nil && fi.IsDir() {
		l.fail(n, "%s: %s is a directory", what, name)
	}
}

// hasVolume reports a Windows drive letter ("C:") at the start of s.
func hasVolume(s string) bool {
	return len(s) >= 2 && s[1] == ':' && (s[0]|0x20 >= 'a' && s[0]|0x20 <= 'z')
}

// ResolvePairs returns the document pairs: the explicit ones, then those of
// the documents rule, one for each file in fsys (the edition's directory)
// that matches the source pattern, in order of document number.
func (c *Config) ResolvePairs(fsys fs.FS) ([]PairSpec, error) {
	out := append([]PairSpec(nil), c.Pairs...)
	if d := c.Documents; d != nil {
		glob := strings.ReplaceAll(d.Source, IDPlaceholder, "*")
		names, err := fs.Glob(fsys, glob)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.Pos, err)
		}
		pre, post, _ := strings.Cut(d.Source, IDPlaceholder)
		var found []PairSpec
		for _, n := range names {
			id := strings.TrimSuffix(strings.TrimPrefix(n, pre), post)
			if id == "" || strings.ContainsAny(id, "/#") {
				continue
			}
			p := PairSpec{Source: n, Target: d.Target + "#" + id, ID: id, Pos: d.Pos, TargetPos: d.TargetPos}
			if d.Alignment != "" {
				p.Alignment = strings.ReplaceAll(d.Alignment, IDPlaceholder, id)
			}
			found = append(found, p)
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: no file matches documents source %q", d.Pos, d.Source)
		}
		sort.SliceStable(found, func(i, j int) bool { return idLess(found[i].ID, found[j].ID) })
		out = append(out, found...)
	}
	if err := checkPairIDs(out); err != nil {
		return nil, err
	}
	for _, p := range out {
		// A stored alignment is used when it exists: a folder there would
		// otherwise fail later, far from sverka.yaml.
		if p.Alignment == "" {
			continue
		}
		if fi, err := fs.Stat(fsys, p.Alignment); err == nil && fi.IsDir() {
			return nil, fmt.Errorf("%s: alignment: %s is a directory", p.Pos, p.Alignment)
		}
	}
	return out, nil
}

// checkPairIDs reports two pairs with the same document number, known
// here for a rule's pairs and for pairs whose target is FILE#ID, at the
// second one's place in sverka.yaml: the exports anchor pairs by it.
func checkPairIDs(pairs []PairSpec) error {
	first := map[string]PairSpec{}
	for _, p := range pairs {
		id := p.ID
		if id == "" {
			if _, frag, ok := strings.Cut(p.Target, "#"); ok {
				id = frag
			}
		}
		if id == "" {
			continue
		}
		if q, ok := first[id]; ok {
			return fmt.Errorf("%s: two document pairs have the id %q (the other at line %d)", p.Pos, id, q.Pos.Line)
		}
		first[id] = p
	}
	return nil
}

// idLess orders document numbers numerically where they are numbers.
func idLess(a, b string) bool {
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	if errA == nil && errB == nil {
		return x < y
	}
	return a < b
}

// ErrNoConfig is returned by Find when there is no sverka.yaml.
var ErrNoConfig = errors.New("no " + ConfigName + " found")

// Find looks for sverka.yaml in dir and then in its parents, and returns
// its path.
func Find(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; d = filepath.Dir(d) {
		p := filepath.Join(d, ConfigName)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	return "", fmt.Errorf("%w in %s or its parents (run sverka init)", ErrNoConfig, dir)
}
