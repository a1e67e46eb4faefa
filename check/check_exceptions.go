package check

import (
	"strings"

	"github.com/sverka/sverka/glossary"
)

// dropExceptions leaves out the findings the glossary records as accepted.
// An entry's exception is a rule id ("name-variant"), which accepts every
// finding of the rule about the entry, or "rule:match", which accepts the
// findings whose match is that text ("name-variant:Lavrentiev"). A finding
// is about an entry when it names it, or when its match is one of the
// entry's renderings, terms or its transliteration.
func dropExceptions(g *glossary.Glossary, fs []Finding) []Finding {
	type exc struct{ rule, match string }
	byID := make(map[string][]exc)
	byText := make(map[string][]exc)
	for _, e := range g.Entries {
		if len(e.Exceptions) == 0 {
			continue
		}
		var list []exc
		for _, s := range e.Exceptions {
			rule, match, _ := strings.Cut(strings.TrimSpace(s), ":")
			list = append(list, exc{strings.TrimSpace(rule), strings.ToLower(strings.TrimSpace(match))})
		}
		byID[e.ID] = append(byID[e.ID], list...)
		for _, t := range entryTexts(e) {
			byText[t] = append(byText[t], list...)
		}
	}
	if len(byID) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		match := strings.ToLower(f.Match)
		bare := strings.Trim(match, "[]")
		list := byText[bare]
		if f.Entry != "" {
			list = append(list, byID[f.Entry]...)
		}
		accepted := false
		for _, x := range list {
			if x.rule == f.Rule && (x.match == "" || x.match == match || x.match == bare) {
				accepted = true
				break
			}
		}
		if !accepted {
			out = append(out, f)
		}
	}
	return out
}

// entryTexts returns the texts that name an entry, in lower case.
func entryTexts(e *glossary.Entry) []string {
	var out []string
	for _, r := range e.Renderings {
		out = append(out, strings.ToLower(r.Text))
	}
	for _, r := range e.Russian {
		out = append(out, strings.ToLower(r))
	}
	if e.Translit != "" {
		out = append(out, canonGloss(e.Translit))
	}
	return out
}
