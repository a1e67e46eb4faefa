package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// OptionsFrom returns the options an edition's sverka.yaml gives the
// checks: its transliteration scheme, its form of insertions and its
// rule severities, with fingerprints naming files from baseDir (the
// edition's folder). A rule the checks do not have, or a severity that
// does not exist, is an error at its place in sverka.yaml.
func OptionsFrom(cfg *edition.Config, baseDir string) (Options, error) {
	o := Options{Scheme: cfg.Scheme, Insertions: cfg.Insertions, BaseDir: baseDir}
	for _, r := range cfg.Rules {
		if r.Custom() {
			rule, err := compileUserRule(r)
			if err != nil {
				return Options{}, err
			}
			if RuleByID(r.ID) != nil || slices.ContainsFunc(o.Custom, func(c *Rule) bool { return c.ID == r.ID }) {
				return Options{}, posErrorf(r.Pos, "rule %q is already a rule: give the edition's own rule another id", r.ID)
			}
			o.Custom = append(o.Custom, rule)
			continue
		}
		if RuleByID(r.ID) == nil {
			return Options{}, posErrorf(r.Pos, "unknown key %q in rules (known: %s)", r.ID, strings.Join(ruleIDs(), ", "))
		}
		if o.Severity == nil {
			o.Severity = make(map[string]Severity)
		}
		if r.Severity == string(Off) {
			o.Severity[r.ID] = Off
			continue
		}
		sev, err := ParseSeverity(r.Severity)
		if err != nil {
			return Options{}, posErrorf(r.SeverityPos, "%s: %v (or off)", r.ID, err)
		}
		o.Severity[r.ID] = sev
	}
	return o, nil
}

// posErrorf is an error at a place in sverka.yaml, the file name printed
// as every position is (texts.Pos.String keeps it to one safe line).
func posErrorf(p texts.Pos, format string, args ...any) error {
	return &texts.PosError{Pos: p, Msg: fmt.Sprintf(format, args...)}
}

// Marks turns findings into the marks the HTML edition shows on the
// sentences they point at, in the findings' order, at their Places, each
// with the words found there, which the page marks.
func Marks(fs []Finding) []edition.Mark {
	out := make([]edition.Mark, 0, len(fs))
	for _, f := range fs {
		m := edition.Mark{Severity: string(f.Severity), Rank: f.Severity.Rank(), Rule: f.Rule, Message: f.Message}
		m.Places, m.Matches = f.Places()
		out = append(out, m)
	}
	return out
}

// Places are where a finding is shown, the place it is about first, with
// the words it is about at each: the English place, then the Russian; but
// the Russian first for a finding that names Russian words and no English
// ones (an omission, a term the English leaves out), whose English place
// is only where the English would be, the start of the next sentence,
// which is often on the next row.
func (f Finding) Places() ([]texts.Pos, []string) {
	places, matches := []texts.Pos{f.Pos}, []string{f.Match}
	if f.Russian == nil {
		return places, matches
	}
	if f.Match == "" && f.RussianMatch != "" {
		return []texts.Pos{*f.Russian, f.Pos}, []string{f.RussianMatch, f.Match}
	}
	return append(places, *f.Russian), append(matches, f.RussianMatch)
}
