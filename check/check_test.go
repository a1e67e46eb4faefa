package check

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// The rule tests follow analysistest: each case is a folder of
// testdata/check with en.txt, optionally ru.txt (its original),
// glossary.yaml and options.yaml. A line of en.txt or ru.txt that must
// have findings ends with
//
//	// want RULE "regexp" [RULE "regexp" ...]
//
// (the regexp, Go-quoted with "..." or `...`, matches the message). The
// marker is cut before the text is read, so it does not move anything
// before it. Every finding must be wanted on its line and every want met:
// a missing and a surplus finding both fail.

// caseOptions is options.yaml.
type caseOptions struct {
	Rules      []string               `yaml:"rules"`
	Scheme     texts.Scheme           `yaml:"scheme"`
	Insertions edition.InsertionStyle `yaml:"insertions"`
	// Matching says the case needs the glossary's inflected matching
	// (MatchRussian, MatchEnglish): the case fails when it finds nothing.
	Matching bool `yaml:"matching"`
	// Sverka is sverka.yaml's rules: for the edition's own rules.
	Sverka string `yaml:"sverka"`
}

type want struct {
	file string
	line int
	rule string
	re   *regexp.Regexp
	met  bool
}

var wantMarker = regexp.MustCompile(`\s*// want (.*)$`)
var wantItem = regexp.MustCompile("^\\s*([a-z-]+)\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`)")

// readCase reads a fixture, cutting the want markers.
func readCase(t *testing.T, dir, name string, lang texts.Lang) (*texts.Collection, []*want) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	var wants []*want
	lines := strings.Split(string(b), "\n")
	for i, line := range lines {
		m := wantMarker.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		rest := line[m[2]:m[3]]
		lines[i] = line[:m[0]]
		for strings.TrimSpace(rest) != "" {
			it := wantItem.FindStringSubmatch(rest)
			if it == nil {
				t.Fatalf("%s:%d: bad want marker at %q", name, i+1, rest)
			}
			pat, err := strconv.Unquote(it[2])
			if err != nil {
				t.Fatalf("%s:%d: %v", name, i+1, err)
			}
			wants = append(wants, &want{file: name, line: i + 1, rule: it[1], re: regexp.MustCompile(pat)})
			rest = rest[len(it[0]):]
		}
	}
	c, err := texts.Read(name, strings.NewReader(strings.Join(lines, "\n")), texts.Options{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	return c, wants
}

// loadCase reads a case folder into pairs, a glossary and options.
func loadCase(t *testing.T, dir string) ([]*edition.Pair, *glossary.Glossary, Options, []*want) {
	t.Helper()
	var co caseOptions
	if b, err := os.ReadFile(filepath.Join(dir, "options.yaml")); err == nil {
		if err := yaml.Unmarshal(b, &co); err != nil {
			t.Fatal(err)
		}
	}
	en, wants := readCase(t, dir, "en.txt", texts.English)
	var ru *texts.Collection
	if _, err := os.Stat(filepath.Join(dir, "ru.txt")); err == nil {
		var w []*want
		ru, w = readCase(t, dir, "ru.txt", texts.Russian)
		wants = append(wants, w...)
	}
	var pairs []*edition.Pair
	for i, d := range en.Documents {
		p := &edition.Pair{Target: d, TargetText: en.Source}
		if ru != nil && i < len(ru.Documents) {
			rd := ru.Documents[i]
			p.Source, p.SourceText = rd, ru.Source
			links, err := align.Align(align.FromSegments(rd.Segments), align.FromSegments(d.Segments), align.Options{})
			if err != nil {
				t.Fatal(err)
			}
			p.Links = links
		}
		pairs = append(pairs, p)
	}
	var g *glossary.Glossary
	if f, err := os.Open(filepath.Join(dir, "glossary.yaml")); err == nil {
		defer f.Close()
		g, err = glossary.Load("glossary.yaml", f)
		if err != nil {
			t.Fatal(err)
		}
		if co.Matching && !glossaryMatches(g) {
			t.Fatal("the glossary's inflected matching finds none of its own terms")
		}
	}
	opts := Options{Scheme: co.Scheme, Insertions: co.Insertions, Rules: co.Rules}
	if co.Sverka != "" {
		cfg, err := edition.Load("sverka.yaml", strings.NewReader("documents: {source: 'ru/doc{id}.txt', target: en.txt}\n"+co.Sverka))
		if err != nil {
			t.Fatal(err)
		}
		o, err := OptionsFrom(cfg, "")
		if err != nil {
			t.Fatal(err)
		}
		opts.Custom = o.Custom
	}
	return pairs, g, opts, wants
}

// glossaryMatches reports whether MatchRussian finds an entry's own term.
func glossaryMatches(g *glossary.Glossary) bool {
	for _, e := range g.Entries {
		if len(e.Russian) > 0 && len(g.MatchRussian(e.Russian[0])) > 0 {
			return true
		}
	}
	return false
}

// matchWants matches findings against wants and returns the problems:
// surplus findings and unmet wants.
func matchWants(fs []Finding, wants []*want) []string {
	var problems []string
	for _, f := range fs {
		file := filepath.Base(f.Pos.File)
		ok := false
		for _, w := range wants {
			if !w.met && w.file == file && w.line == f.Pos.Line && w.rule == f.Rule && w.re.MatchString(f.Message) {
				w.met, ok = true, true
				break
			}
		}
		if !ok {
			problems = append(problems, fmt.Sprintf("%s:%d:%d: unexpected finding: %s: %s", file, f.Pos.Line, f.Pos.Col, f.Rule, f.Message))
		}
	}
	for _, w := range wants {
		if !w.met {
			problems = append(problems, fmt.Sprintf("%s:%d: no %s finding matching %q", w.file, w.line, w.rule, w.re))
		}
	}
	return problems
}

func TestRules(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "check", "*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		n++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			pairs, g, opts, wants := loadCase(t, dir)
			for _, p := range matchWants(Run(&edition.Edition{Pairs: pairs, Glossary: g}, opts), wants) {
				t.Error(p)
			}
		})
	}
	if n == 0 {
		t.Fatal("no cases in testdata/check")
	}
}

// TestWantsCatchBoth makes sure the harness fails on a missing and on a
// surplus finding, so that a case cannot pass by accident.
func TestWantsCatchBoth(t *testing.T) {
	fs := []Finding{{Rule: "name-variant", Message: "Lavrentiev is also spelled Lavrentyev", Pos: texts.Pos{File: "en.txt", Line: 3, Col: 9}}}
	wants := []*want{
		{file: "en.txt", line: 3, rule: "name-variant", re: regexp.MustCompile("Lavrentiev")},
		{file: "en.txt", line: 5, rule: "gloss-mismatch", re: regexp.MustCompile(".")},
	}
	if got := matchWants(fs, wants); len(got) != 1 || !strings.Contains(got[0], "no gloss-mismatch") {
		t.Errorf("missing finding: got %q", got)
	}
	if got := matchWants(fs, nil); len(got) != 1 || !strings.Contains(got[0], "unexpected finding") {
		t.Errorf("surplus finding: got %q", got)
	}
	wrongRule := []*want{{file: "en.txt", line: 3, rule: "term-inconsistent", re: regexp.MustCompile(".")}}
	if got := matchWants(fs, wrongRule); len(got) != 2 {
		t.Errorf("finding of another rule: got %q", got)
	}
}
