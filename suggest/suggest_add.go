package suggest

import (
	"fmt"
	"strings"

	"github.com/sverka/sverka/glossary"
)

// NewEntries are the suggestions ready to go into the glossary g (nil for
// none yet): those with a Russian term and a rendering whose term and
// renderings g does not have already, each with an id g does not use.
// incomplete counts the suggestions left out for lacking a Russian term or
// a rendering (WriteGlossary writes them commented, to be finished by
// hand). Adding the entries and suggesting again gives none: what g has is
// never suggested.
func NewEntries(g *glossary.Glossary, sugs []Suggestion) (entries []*glossary.Entry, incomplete int) {
	ids := map[string]bool{}
	has := map[string]bool{} // Russian terms and renderings, folded
	fold := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	note := func(e *glossary.Entry) {
		ids[e.ID] = true
		for _, r := range e.Russian {
			has["ru:"+fold(r)] = true
		}
		for _, r := range e.Renderings {
			has["en:"+fold(r.Text)] = true
		}
	}
	if g != nil {
		for _, e := range g.Entries {
			note(e)
		}
	}
	for i := range sugs {
		e := sugs[i].Entry()
		if len(e.Russian) == 0 || len(e.Renderings) == 0 {
			incomplete++
			continue
		}
		known := false
		for _, r := range e.Russian {
			known = known || has["ru:"+fold(r)]
		}
		for _, r := range e.Renderings {
			known = known || has["en:"+fold(r.Text)]
		}
		if known {
			continue
		}
		base := e.ID
		for n := 2; ids[e.ID]; n++ {
			e.ID = fmt.Sprintf("%s-%d", base, n)
		}
		note(e)
		entries = append(entries, e)
	}
	return entries, incomplete
}
