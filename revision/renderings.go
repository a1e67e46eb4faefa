package revision

import (
	"sort"
	"strings"

	"github.com/sverka/sverka/glossary"
)

// renderingChanges finds, in each changed or moved pair of sentences, the
// glossary entries whose renderings differ between the old text and the
// new: a rendering replaced by another, dropped or brought in.
func renderingChanges(changes []Change, g *glossary.Glossary) []RenderingChange {
	var out []RenderingChange
	for ci, c := range changes {
		if c.Kind != Changed && c.Kind != Moved {
			continue
		}
		old := renderingsByEntry(g.MatchEnglish(c.OldText))
		new := renderingsByEntry(g.MatchEnglish(c.NewText))
		var keys []*glossary.Entry
		for e := range old {
			keys = append(keys, e)
		}
		for e := range new {
			if _, ok := old[e]; !ok {
				keys = append(keys, e)
			}
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i].ID < keys[j].ID })
		for _, e := range keys {
			if !sameFold(old[e], new[e]) {
				out = append(out, RenderingChange{Entry: e, Old: old[e], New: new[e], Change: ci})
			}
		}
	}
	return out
}

func renderingsByEntry(ms []glossary.Match) map[*glossary.Entry][]string {
	out := map[*glossary.Entry][]string{}
	for _, m := range ms {
		if m.Entry == nil {
			continue
		}
		out[m.Entry] = append(out[m.Entry], m.Text)
	}
	return out
}

// sameFold reports whether two lists hold the same renderings, ignoring
// case and order.
func sameFold(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	fold := func(ss []string) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = strings.ToLower(s)
		}
		sort.Strings(out)
		return out
	}
	fa, fb := fold(a), fold(b)
	for i := range fa {
		if fa[i] != fb[i] {
			return false
		}
	}
	return true
}
