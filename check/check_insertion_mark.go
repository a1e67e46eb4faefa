package check

import (
	"fmt"
	"strings"

	"github.com/sverka/sverka/texts"
)

var ruleInsertionMark = &Rule{
	ID:      "insertion-mark",
	Name:    "InsertionMark",
	Short:   "A translator's insertion not marked in the edition's form",
	Help:    "Translator insertions are signed with declared initials after the edition's separator: [the crews - NO]. Reports a signer the edition does not declare, a dash or spacing variant of the separator, and an unsigned insertion where the edition requires signing.",
	Default: Warning,
	run:     checkInsertionMark,
}

func checkInsertionMark(x *index) []Finding {
	var out findings
	style := x.opts.Insertions
	mark := style.Mark
	if mark == "" {
		mark = DefaultSignMark
	}
	declared := make(map[string]bool)
	for _, s := range style.Signers {
		declared[strings.ReplaceAll(s, ".", "")] = true
	}
	for i := range x.pairs {
		t := targetOf(x.pairs[i])
		if t.Doc == nil {
			continue
		}
		for k := range t.Doc.Segments {
			seg := &t.Doc.Segments[k]
			for _, b := range spansOf(seg) {
				if b.At < 0 || b.isExpansion() || b.isGloss() {
					continue
				}
				pos := t.pos(seg, b.At)
				sep, signer, ok := b.signed()
				if !ok {
					if style.Required && (b.Class == texts.Insertion || b.looksLikeInsertion()) {
						out.add(Finding{Pos: pos, Match: b.Text,
							Message: fmt.Sprintf("insertion %s is not signed; the edition signs insertions [...%sINITIALS]", b.Text, mark)})
					}
					continue
				}
				if len(declared) > 0 && !declared[strings.ReplaceAll(strings.ReplaceAll(signer, ".", ""), " ", "")] {
					out.add(Finding{Pos: pos, Match: b.Text,
						Message: fmt.Sprintf("insertion signed %q, not a declared signer (%s)", signer, strings.Join(style.Signers, ", "))})
					continue
				}
				if sep != mark {
					fixed := strings.Replace(b.Text, sep+signer+"]", mark+signer+"]", 1)
					f := Finding{Pos: pos, Match: b.Text,
						Message: fmt.Sprintf("insertion signed with %q before the initials; the edition writes %q", sep, mark)}
					if fixed != b.Text {
						f.Fix = &Fix{Replace: fixed, Description: "use the edition's separator"}
					}
					out.add(f)
				}
			}
		}
	}
	return out
}
