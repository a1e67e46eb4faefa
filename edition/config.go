package edition

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/sverka/sverka/check"
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
	Scheme    texts.Scheme
	// Pairs are document pairs named one by one.
	Pairs []PairSpec
	// Documents pairs Russian files with the documents of an English
	// collection by number.
	Documents *DocumentsRule
	// Insertions is the edition's form of translator insertions.
	Insertions check.InsertionStyle
	// Rules overrides rule severities ("off" disables a rule).
	Rules map[string]check.Severity
	// Boilerplate are junk-line patterns ("regexp" or "name: regexp")
	// added to the default web boilerplate when the edition's files are
	// read.
	Boilerplate []texts.BoilerplateRule
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
}

// DocumentsRule pairs files by number: Source and Alignment contain {id};
// Target is the English collection, whose document {id} is the pair's
// translation.
type DocumentsRule struct {
	Source    string
	Target    string
	Alignment string
	Pos       texts.Pos
}

// Load reads a sverka.yaml. The name is used in errors, which all point at
// file:line:col.
func Load(name string, r io.Reader) (*Config, error) {
	return load(name, r, true)
}

// LoadOptions reads a sverka.yaml for its options alone (glossary,
// scheme, insertions, rule severities), as check does for English files
// named on the command line: it need not name document pairs.
func LoadOptions(name string, r io.Reader) (*Config, error) {
	return load(name, r, false)
}

func load(name string, r io.Reader, needPairs bool) (*Config, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, yamlError(name, err)
	}
	c := &Config{File: name, Languages: Languages{Source: texts.Russian, Target: texts.English}, Scheme: texts.ALALC}
	if len(doc.Content) == 0 {
		if !needPairs {
			return c, nil
		}
		return nil, fmt.Errorf("%s:1:1: empty configuration: name the document pairs", name)
	}
	l := loader{name: name, dir: filepath.Dir(name)}
	l.config(doc.Content[0], c)
	if l.err != nil {
		return nil, l.err
	}
	if needPairs && len(c.Pairs) == 0 && c.Documents == nil {
		return nil, fmt.Errorf("%s:1:1: no document pairs: give pairs or documents", name)
	}
	return c, nil
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError puts a YAML syntax error in file:line: form.
func yamlError(name string, err error) error {
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		return fmt.Errorf("%s:%s:1: %s", name, m[1], m[2])
	}
	return fmt.Errorf("%s: %s", name, strings.TrimPrefix(err.Error(), "yaml: "))
}

// loader walks the YAML nodes, keeping the first error.
type loader struct {
	name string
	dir  string // the directory holding sverka.yaml, when name is a path
	err  error
}

func (l *loader) fail(n *yaml.Node, format string, args ...any) {
	if l.err == nil {
		l.err = fmt.Errorf("%s:%d:%d: %s", l.name, n.Line, n.Column, fmt.Sprintf(format, args...))
	}
}

func (l *loader) pos(n *yaml.Node) texts.Pos {
	return texts.Pos{File: l.name, Line: n.Line, Col: n.Column}
}

// mapping calls fn for each key of a mapping node, rejecting keys not in
// known.
func (l *loader) mapping(n *yaml.Node, what string, known []string, fn func(key string, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		l.fail(n, "%s must be a mapping", what)
		return
	}
	seen := make(map[string]bool)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !slices.Contains(known, k.Value) {
			l.fail(k, "unknown key %q in %s (known: %s)", k.Value, what, strings.Join(known, ", "))
			return
		}
		if seen[k.Value] {
			l.fail(k, "%q given twice in %s", k.Value, what)
			return
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

var schemes = []string{string(texts.ALALC), string(texts.BGN), string(texts.ISO9), string(texts.Popular)}

func (l *loader) config(n *yaml.Node, c *Config) {
	l.mapping(n, "sverka.yaml", []string{"languages", "glossary", "scheme", "pairs", "documents", "insertions", "rules", "boilerplate"}, func(key string, v *yaml.Node) {
		switch key {
		case "languages":
			l.mapping(v, "languages", []string{"source", "target"}, func(k string, v *yaml.Node) {
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
		case "glossary":
			c.Glossary = l.file(v, "glossary")
			l.notDirectory(v, "glossary", c.Glossary)
		case "scheme":
			s := l.str(v, "scheme")
			if !slices.Contains(schemes, s) {
				l.fail(v, "unknown scheme %q (known: %s)", s, strings.Join(schemes, ", "))
			}
			c.Scheme = texts.Scheme(s)
		case "pairs":
			if v.Kind != yaml.SequenceNode {
				l.fail(v, "pairs must be a list")
				return
			}
			for _, it := range v.Content {
				p := PairSpec{Pos: l.pos(it)}
				l.mapping(it, "a pair", []string{"source", "target", "alignment"}, func(k string, v *yaml.Node) {
					switch k {
					case "source":
						p.Source = l.file(v, "source")
					case "target":
						p.Target = l.file(v, "target")
					case "alignment":
						p.Alignment = l.file(v, "alignment")
						l.notDirectory(v, "alignment", p.Alignment)
					}
				})
				if l.err == nil && (p.Source == "" || p.Target == "") {
					l.fail(it, "a pair needs a source and a target")
				}
				c.Pairs = append(c.Pairs, p)
			}
		case "documents":
			d := &DocumentsRule{Pos: l.pos(v)}
			l.mapping(v, "documents", []string{"source", "target", "alignment"}, func(k string, v *yaml.Node) {
				switch k {
				case "source":
					d.Source = l.file(v, "source")
					if l.err == nil && strings.Count(d.Source, IDPlaceholder) != 1 {
						l.fail(v, "documents source %q must contain %s once, where the document number goes", d.Source, IDPlaceholder)
					}
				case "target":
					d.Target = l.file(v, "target")
					if strings.Contains(d.Target, IDPlaceholder) || strings.Contains(d.Target, "#") {
						l.fail(v, "documents target is the English collection, one file without %s or #", IDPlaceholder)
					}
				case "alignment":
					d.Alignment = l.file(v, "alignment")
					if l.err == nil && !strings.Contains(d.Alignment, IDPlaceholder) {
						l.fail(v, "documents alignment %q must contain %s", d.Alignment, IDPlaceholder)
					}
				}
			})
			if l.err == nil && (d.Source == "" || d.Target == "") {
				l.fail(v, "documents needs a source pattern and a target")
			}
			c.Documents = d
		case "insertions":
			l.mapping(v, "insertions", []string{"signers", "required", "mark"}, func(k string, v *yaml.Node) {
				switch k {
				case "signers":
					c.Insertions.Signers = l.strings(v, "signers")
				case "required":
					c.Insertions.Required = l.boolean(v, "required")
				case "mark":
					c.Insertions.Mark = l.str(v, "mark")
					if m := c.Insertions.Mark; l.err == nil && (m == "" || strings.Trim(m, " -–—") != "") {
						l.fail(v, "mark %q must be a dash with its spaces, such as \" - \"", m)
					}
				}
			})
		case "boilerplate":
			if v.Kind != yaml.SequenceNode {
				l.fail(v, "boilerplate must be a list of patterns")
				return
			}
			for _, it := range v.Content {
				rule, err := texts.ParseBoilerplateRule(l.str(it, "a boilerplate pattern"))
				if l.err != nil {
					return
				}
				if err != nil {
					l.fail(it, "boilerplate: %v", err)
					return
				}
				c.Boilerplate = append(c.Boilerplate, rule)
			}
		case "rules":
			c.Rules = make(map[string]check.Severity)
			l.mapping(v, "rules", ruleIDs(), func(k string, v *yaml.Node) {
				s := l.str(v, "a severity")
				if s == string(check.Off) {
					c.Rules[k] = check.Off
					return
				}
				sev, err := check.ParseSeverity(s)
				if err != nil {
					l.fail(v, "%s: %v (or off)", k, err)
				}
				c.Rules[k] = sev
			})
		}
	})
}

// file reads a file name, which must be relative and stay inside the
// edition.
func (l *loader) file(n *yaml.Node, what string) string {
	s := l.str(n, what)
	if l.err != nil {
		return ""
	}
	clean := path.Clean(filepath.ToSlash(s))
	if s == "" || path.IsAbs(clean) || filepath.IsAbs(s) || clean == ".." || strings.HasPrefix(clean, "../") {
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
	if l.err != nil || name == "" {
		return
	}
	if fi, err := os.Stat(filepath.Join(l.dir, filepath.FromSlash(name))); err == nil && fi.IsDir() {
		l.fail(n, "%s: %s is a directory", what, name)
	}
}

func ruleIDs() []string {
	var ids []string
	for _, r := range check.Rules() {
		ids = append(ids, r.ID)
	}
	return ids
}

// CheckOptions returns the options the checks take from the
// configuration.
func (c *Config) CheckOptions() check.Options {
	return check.Options{Scheme: c.Scheme, Insertions: c.Insertions, Severity: c.Rules}
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
			p := PairSpec{Source: n, Target: d.Target + "#" + id, ID: id, Pos: d.Pos}
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
