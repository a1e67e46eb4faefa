package check

import (
	"fmt"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

var ruleTermForbidden = &Rule{
	ID:       "term-forbidden",
	Name:     "TermForbidden",
	Short:    "A rendering the glossary forbids",
	Help:     "The English uses a rendering the glossary marks forbidden for an entry. With the original, the finding names the entry's term as it stands in the aligned Russian, with its place, or says that the aligned Russian does not have the term or that the sentence is aligned with none. Use the entry's preferred rendering.",
	Default:  Error,
	Glossary: true,
	run:      checkTermForbidden,
}

func checkTermForbidden(x *index) []Finding {
	var out findings
	for i, segs := range x.english {
		p := x.pairs[i]
		t := targetOf(p)
		for k := range segs {
			seg := &segs[k]
			ms := x.matchEnglish(seg)
			for _, m := range ms {
				if m.Rendering == nil || m.Rendering.Status != glossary.Forbidden || insideAllowed(m, ms) {
					continue
				}
				f := Finding{Pos: t.pos(seg, m.Start), Match: m.Text, Entry: m.Entry.ID}
				f.Message = fmt.Sprintf("%q is a forbidden rendering of %s", m.Text, entryLabel(m.Entry))
				// With the original, the Russian the sentence is aligned
				// with: the entry's term as it stands there, or none.
				if p.Source != nil && seg.Start >= 0 {
					switch ru, rp, linked := alignedTerm(x, i, k-headingOffset(segs), m.Entry); {
					case ru != "":
						f.Russian, f.RussianMatch = &rp, ru
						f.Message = fmt.Sprintf("%q is a forbidden rendering of %s (%s, entry %s)", m.Text, ru, rp, m.Entry.ID)
					case linked:
						f.Message = fmt.Sprintf("%q is a forbidden rendering in entry %s, whose term the aligned Russian does not have", m.Text, m.Entry.ID)
					default:
						f.Message = fmt.Sprintf("%q is a forbidden rendering in entry %s; the sentence is aligned with no Russian", m.Text, m.Entry.ID)
					}
				}
				if pref := preferred(m.Entry); pref != "" {
					f.Message += fmt.Sprintf("; use %q", pref)
					f.Fix = &Fix{Replace: casedLike(pref, m.Text), Description: "use the preferred rendering"}
				}
				out.add(f)
			}
		}
	}
	return out
}

// headingOffset is 1 when the segments start with the document's heading
// (withHeading), which is no segment of the document.
func headingOffset(segs []texts.Segment) int {
	if len(segs) > 0 && segs[0].Start < 0 && segs[0].ID == "heading" {
		return 1
	}
	return 0
}

// alignedTerm finds an entry's term in the Russian aligned with English
// segment k of pair i: the term as written there and its place; linked
// says the segment has Russian at all.
func alignedTerm(x *index, i, k int, e *glossary.Entry) (string, texts.Pos, bool) {
	p := x.pairs[i]
	links := x.targetLinks[i]
	if len(p.Links) == 0 || k < 0 || k >= len(links) || links[k] < 0 {
		return "", texts.Pos{}, false
	}
	l := p.Links[links[k]]
	if len(l.Source) == 0 {
		return "", texts.Pos{}, false
	}
	ru := p.Source.JoinSegments(l.Source)
	for _, m := range x.g.MatchRussian(ru) {
		if m.Entry != e {
			continue
		}
		rseg, ri := segAt(p.Source, l.Source, m.Start)
		if rseg == nil {
			continue
		}
		return m.Text, sourceOf(p).pos(rseg, ri), true
	}
	return "", texts.Pos{}, true
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
