package check

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/sverka/sverka/glossary"
)

var ruleGlossMissing = &Rule{
	ID:       "gloss-missing",
	Name:     "GlossMissing",
	Short:    "A rendering without the gloss its glossary entry asks for",
	Help:     "A glossary entry with a gloss policy (form: translit, when: first-in-document or always) wants its rendering followed by a bracketed gloss, aircraft-fright [aviaboiazn'], at its first occurrence in each document or at every occurrence. Add the gloss.",
	Default:  Warning,
	Glossary: true,
	run:      checkGlossMissing,
}

func checkGlossMissing(x *index) []Finding {
	var out findings
	wants := false
	for _, e := range x.g.Entries {
		if e.Gloss != nil {
			wants = true
		}
	}
	if !wants {
		return nil
	}
	for i := range x.pairs {
		t := targetOf(x.pairs[i])
		if t.Doc == nil {
			continue
		}
		done := make(map[*glossary.Entry]bool) // first occurrence in this document seen
		for k := range t.Doc.Segments {
			seg := &t.Doc.Segments[k]
			for _, m := range x.matchEnglish(seg) {
				e := m.Entry
				if e.Gloss == nil || m.Rendering == nil || m.Rendering.Status == glossary.Forbidden {
					continue
				}
				if e.Gloss.When != "always" && done[e] {
					continue
				}
				done[e] = true
				if glossFollows(seg.Text[min(m.End, len(seg.Text)):]) {
					continue
				}
				f := Finding{Pos: t.pos(seg, m.Start), Match: m.Text, Entry: e.ID}
				when := "its first occurrence in the document"
				if e.Gloss.When == "always" {
					when = "every occurrence"
				}
				if e.Gloss.Form == "" || e.Gloss.Form == "translit" {
					tr := x.translitOf(e)
					f.Message = fmt.Sprintf("%q is not followed by its gloss [%s] (%s: %s)", m.Text, tr, e.ID, when)
					f.Fix = &Fix{Replace: m.Text + " [" + tr + "]", Description: "add the gloss"}
				} else if t := e.Gloss.Text; t != "" {
					f.Message = fmt.Sprintf("%q is not followed by its gloss [%s] (%s: %s)", m.Text, t, e.ID, when)
					f.Fix = &Fix{Replace: m.Text + " [" + t + "]", Description: "add the gloss"}
				} else {
					f.Message = fmt.Sprintf("%q is not followed by its %s gloss in brackets (%s: %s)", m.Text, e.Gloss.Form, e.ID, when)
				}
				out.add(f)
			}
		}
	}
	return out
}

// glossFollows reports whether the text after a rendering starts with a
// bracket, after spaces.
func glossFollows(after string) bool {
	after = strings.TrimLeftFunc(after, unicode.IsSpace)
	return strings.HasPrefix(after, "[")
}
