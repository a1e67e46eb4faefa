package edition

import (
	"io"
	"strings"
)

// WriteXLIFF writes the edition as an XLIFF 1.2 document for review in a
// CAT tool: one <file> per pair (original names the source FILE#ID) and
// one <trans-unit> per link, the original as <source>, the translation as
// <target>. Sentences merged or split by a link are joined into one
// segment per side, as in TMX. The target's state says what the review
// needs: signed-off for a link an editor confirmed,
// needs-review-translation for a flagged one (an omission, an addition, a
// weak link) and translated for the rest; an omission has no target. The
// link's type, confidence and flags are a <note>, and so is each check
// finding about its sentences (from="sverka", priority by severity).
func WriteXLIFF(w io.Writer, ed *Edition, opts Options) error {
	if err := ed.Validate(); err != nil {
		return err
	}
	x := newXMLWriter(w)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n")
	x.raw(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">`, "\n")
	tool := []string{"tool-id", opts.generator(), "tool-name", opts.generator()}
	if opts.Version != "" {
		tool = append(tool, "tool-version", opts.Version)
	}
	for i, b := range ed.Pairs {
		anchor := b.anchor(i)
		sl, tl := string(b.sourceLang()), string(b.targetLang())
		original := docRef(opts.fileName(b.SourceFile), b.Source.ID)
		if original == "" {
			original = b.docName(i)
		}
		x.raw(" ")
		x.open("file", "original", original, "source-language", sl, "target-language", tl, "datatype", "plaintext", "tool-id", opts.generator())
		x.raw("\n  <header>")
		x.empty("tool", tool...)
		if ed.Title != "" {
			x.elem("note", ed.Title)
		}
		x.raw("</header>\n  <body>\n")
		srcFindings, tgtFindings := segmentMarks(b.Source, b.SourceText, ed.Marks), segmentMarks(b.Target, b.TargetText, ed.Marks)
		for _, r := range b.rows(anchor) {
			attrs := []string{"id", r.id, "resname", b.docName(i) + ":" + linkType(r.link), "datatype", "plaintext"}
			if r.link.Confirmed {
				attrs = append(attrs, "approved", "yes")
			}
			x.raw("   ")
			x.open("trans-unit", attrs...)
			x.raw("\n    ")
			x.elem("source", joinText(b.Source, r.source), "xml:lang", sl)
			flags := flagNames(r.link)
			if len(r.target) > 0 {
				state := "translated"
				switch {
				case r.link.Confirmed:
					state = "signed-off"
				case len(flags) > 0:
					state = "needs-review-translation"
				}
				x.raw("\n    ")
				x.elem("target", joinText(b.Target, r.target), "xml:lang", tl, "state", state)
			}
			x.raw("\n    ")
			x.elem("note", linkNote(r, flags), "from", opts.generator(), "annotates", "general")
			// A finding with a place on both sides is written once.
			seen := map[string]bool{}
			for _, side := range []struct {
				idx      []int
				marks    map[int][]Mark
				annotate string
			}{{r.target, tgtFindings, "target"}, {r.source, srcFindings, "source"}} {
				for _, s := range side.idx {
					for _, f := range side.marks[s] {
						if key := f.Rule + "\x00" + f.Places[0].String() + "\x00" + f.Message; seen[key] {
							continue
						} else {
							seen[key] = true
						}
						x.raw("\n    ")
						x.elem("note", f.Severity+" "+f.Rule+": "+f.Message, "from", opts.generator(), "priority", markPriority(f.Rank), "annotates", side.annotate)
					}
				}
			}
			x.raw("\n   </trans-unit>\n")
		}
		x.raw("  </body>\n </file>\n")
	}
	if len(ed.Pairs) == 0 {
		// XLIFF needs a <file>: an empty edition is one without units.
		x.raw(" ")
		x.open("file", "original", "edition", "source-language", "ru", "target-language", "en", "datatype", "plaintext")
		x.raw("\n  <body/>\n </file>\n")
	}
	x.raw("</xliff>\n")
	return x.flush()
}

// linkNote says what the aligner made of a link: "link 2-1, confidence
// 0.84, confirmed, flags: weak".
func linkNote(r row, flags []string) string {
	parts := []string{"link " + linkType(r.link)}
	if c := formatConfidence(r.link.Confidence); c != "" {
		parts = append(parts, "confidence "+c)
	}
	if r.link.Confirmed {
		parts = append(parts, "confirmed")
	}
	if len(flags) > 0 {
		parts = append(parts, "flags: "+strings.Join(flags, " "))
	}
	return strings.Join(parts, ", ")
}

// markPriority is XLIFF's note priority (1 highest) for a mark's rank:
// errors 1, warnings 3, the rest 5.
func markPriority(rank int) string {
	switch {
	case rank >= 3:
		return "1"
	case rank == 2:
		return "3"
	}
	return "5"
}
