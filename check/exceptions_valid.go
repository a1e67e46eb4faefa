package check

import (
	"fmt"
	"strings"

	"github.com/sverka/sverka/glossary"
)

// ValidateExceptions checks that every exception of the glossary names a
// rule, as "RULE" or "RULE:MATCH", and returns a glossary.ErrorList with
// the place of each that does not (nil when all do). The glossary package
// reads exceptions without knowing the rules; a glossary is only valid for
// checking once this has passed.
func ValidateExceptions(g *glossary.Glossary) error {
	var errs glossary.ErrorList
	for _, e := range g.Entries {
		for i, ex := range e.Exceptions {
			rule, _, _ := strings.Cut(strings.TrimSpace(ex), ":")
			if RuleByID(strings.TrimSpace(rule)) != nil {
				continue
			}
			pos := e.Pos
			if i < len(e.ExceptionsPos) {
				pos = e.ExceptionsPos[i]
			}
			errs = append(errs, &glossary.PosError{Pos: pos, Msg: fmt.Sprintf("exception %q: want RULE or RULE:MATCH, where RULE is one of %s", ex, strings.Join(ruleIDs(), ", "))})
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func ruleIDs() []string {
	var ids []string
	for _, r := range Rules() {
		ids = append(ids, r.ID)
	}
	return ids
}
