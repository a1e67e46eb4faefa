package check

import (
	"fmt"

	"github.com/sverka/sverka/glossary"
)

var ruleTermForbidden = &Rule{
	ID:       "term-forbidden",
	Name:     "TermForbidden",
	Short:    "A rendering the glossary forbids",
	Help:     "The English uses a rendering the glossary marks forbidden for an entry. Use the entry's preferred rendering.",
	Default:  Error,
	Glossary: true,
	run:      checkTermForbidden,
}

func checkTermForbidden(x *index) []Finding {
	var out findings
	for t, seg := range x.englishSegments() {
		ms := x.matchEnglish(seg)
		for _, m := range ms {
			if m.Rendering == nil || m.Rendering.Status != glossary.Forbidden || insideAllowed(m, ms) {
				continue
			}
			f := Finding{
				Pos: t.pos(seg, m.Start), Match: m.Text, Entry: m.Entry.ID,
				Message: fmt.Sprintf("%q is a forbidden rendering of %s", m.Text, entryLabel(m.Entry)),
			}
			if pref := preferred(m.Entry); pref != "" {
				f.Message += fmt.Sprintf("; use %q", pref)
				f.Fix = &Fix{Replace: casedLike(pref, m.Text), Description: "use the preferred rendering"}
			}
			out.add(f)
		}
	}
	return out
}

// insideAllowed reports a forbidden match that lies inside a preferred or
// admitted one: "fright" inside "storm-fright".
func insideAllowed(m glossary.Match, ms []glossary.Match) bool {
	for _, o := range ms {
		if o.Rendering != nil && o.Rendering.Status != glossary.Forbidden && o.Start <= m.Start && m.End <= o.End && (o.End-o.Start) > (m.End-m.Start) {
			return true
		}
	}
	return false
}

// preferred returns an entry's preferred rendering, else its first
// admitted one.
func preferred(e *glossary.Entry) string {
	for _, st := range []glossary.Status{glossary.Preferred, glossary.Admitted} {
		for _, r := range e.Renderings {
			if r.Status == st {
				return r.Text
			}
		}
	}
	return ""
}

// entryLabel names an entry in messages: its id and first Russian term.
func entryLabel(e *glossary.Entry) string {
	if len(e.Russian) > 0 {
		return fmt.Sprintf("%s (entry %s)", e.Russian[0], e.ID)
	}
	return "entry " + e.ID
}
