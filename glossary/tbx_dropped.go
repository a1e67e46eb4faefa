package glossary

import "strings"

// What an import leaves out. A glossary holds terms, renderings with
// their statuses, a definition and notes; TBX files carry much more (part
// of speech, gender, context, subject field, sources, cross-references,
// statuses of the source terms, other languages). ReadTBX counts what it
// leaves out by data category, so that the user is told instead of losing
// it without a word.

// countDropped adds to counts the data categories of a concept that
// readConcept does not read.
func countDropped(c *xmlNode, opts ImportOptions, counts map[string]int) {
	src, tgt := opts.langs()
	for _, ch := range c.children {
		switch ch.name {
		case "langSec", "langSet":
			primary, _, _ := strings.Cut(strings.ToLower(ch.attrs["lang"]), "-")
			if primary != src && primary != tgt {
				n := 0
				for _, ts := range ch.children {
					if isTermSec(ts.name) {
						n++
					}
				}
				if n > 0 {
					counts["terms in "+primary] += n
				}
				continue
			}
			for _, ts := range ch.children {
				if isTermSec(ts.name) {
					countDroppedTerm(ts, primary == src, counts)
				} else {
					countDroppedAux(ts, counts)
				}
			}
		default:
			countDroppedAux(ch, counts)
		}
	}
}

func isTermSec(name string) bool { return name == "termSec" || name == "tig" || name == "ntig" }

// countDroppedAux counts an element beside the terms: the definition and
// notes are read, the rest (subject field, context, sources, ...) is not.
func countDroppedAux(n *xmlNode, counts map[string]int) {
	switch {
	case n.name == "descrip" && n.attrs["type"] == "definition", n.name == "definition", n.name == "note":
	case n.name == "descripGrp":
		for _, c := range n.children {
			countDroppedAux(c, counts)
		}
	default:
		if cat := category(n); cat != "" {
			counts[cat]++
		}
	}
}

// countDroppedTerm counts what a term section holds beyond the term, its
// type (of a source term) and its status (of a rendering).
func countDroppedTerm(ts *xmlNode, source bool, counts map[string]int) {
	for _, c := range ts.children {
		cat := category(c)
		switch {
		case c.name == "term":
		case c.name == "termGrp" || c.name == "termNoteGrp":
			countDroppedTerm(c, source, counts)
		case cat == "termType" && source:
		case cat == "administrativeStatus" || cat == "normativeAuthorization":
			if source {
				counts[cat+" of source terms"]++
			}
		case c.name == "note":
			if strings.TrimSpace(c.text.String()) != tbxNotePrefix+"case-sensitive: true" {
				counts["note on a term"]++
			}
		case cat != "":
			counts[cat]++
		}
	}
}

// category names the data category of an element: its type attribute
// (<termNote type="partOfSpeech">), else its local name (DCT:
// <basic:partOfSpeech>); cross-references and transactions by their kind.
func category(n *xmlNode) string {
	switch n.name {
	case "ref", "xref":
		if t := n.attrs["type"]; t != "" {
			return t
		}
		return "crossReference"
	case "transacGrp", "transac":
		return "transaction"
	case "adminGrp", "descripGrp", "termNoteGrp":
		for _, c := range n.children {
			if cat := category(c); cat != "" {
				return cat
			}
		}
		return ""
	}
	if t := n.attrs["type"]; t != "" {
		return t
	}
	return n.name
}
