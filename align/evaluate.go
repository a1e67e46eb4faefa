package align

import "slices"

// Counts are the numbers the scores are computed from, summed over
// documents (micro-average).
type Counts struct {
	TestLinks   int `json:"test_links"`   // links in the output (precision's denominator)
	StrictTP    int `json:"strict_tp"`    // of those, exactly gold links
	LaxTP       int `json:"lax_tp"`       // of those, exact or overlapping a gold link
	GoldLinks   int `json:"gold_links"`   // gold links with both sides (recall's denominator)
	StrictFound int `json:"strict_found"` // of those, exactly in the output
	LaxFound    int `json:"lax_found"`    // of those, exact or overlapping an output link
}

// Scores are precision, recall and F1, strict and lax.
type Scores struct {
	StrictP  float64 `json:"strict_precision"`
	StrictR  float64 `json:"strict_recall"`
	StrictF1 float64 `json:"strict_f1"`
	LaxP     float64 `json:"lax_precision"`
	LaxR     float64 `json:"lax_recall"`
	LaxF1    float64 `json:"lax_f1"`
}

// Compare adds to c the counts of one document: test links against gold
// links, as the Text+Berg evaluation defines them. Links empty on both sides
// are dropped. Precision is over every test link, 1-0 and 0-1 included;
// recall is the same computation with test and gold swapped, after links
// with an empty side are removed from both. Lax: a link that is not exactly
// a gold link still counts when some source id of it is linked by a gold
// link to some target id of it.
func (c *Counts) Compare(gold, test []Link) {
	gold, test = dropEmpty(gold), dropEmpty(test)
	tp, lax := matchLinks(test, gold)
	c.TestLinks += len(test)
	c.StrictTP += tp
	c.LaxTP += lax
	g2, t2 := bothSides(gold), bothSides(test)
	tp, lax = matchLinks(g2, t2)
	c.GoldLinks += len(g2)
	c.StrictFound += tp
	c.LaxFound += lax
}

// Scores computes the scores from the counts.
func (c Counts) Scores() Scores {
	var s Scores
	s.StrictP = ratio(c.StrictTP, c.TestLinks)
	s.LaxP = ratio(c.LaxTP, c.TestLinks)
	s.StrictR = ratio(c.StrictFound, c.GoldLinks)
	s.LaxR = ratio(c.LaxFound, c.GoldLinks)
	s.StrictF1 = f1(s.StrictP, s.StrictR)
	s.LaxF1 = f1(s.LaxP, s.LaxR)
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// matchLinks counts the links of a found exactly in ref (strict) and found
// exactly or overlapping a pair of ref (lax).
func matchLinks(a, ref []Link) (strict, lax int) {
	exact := make(map[string]bool, len(ref))
	pairs := make(map[[2]int]bool)
	for _, l := range ref {
		exact[linkKey(l)] = true
		for _, s := range l.Source {
			for _, t := range l.Target {
				pairs[[2]int{s, t}] = true
			}
		}
	}
	for _, l := range a {
		if exact[linkKey(l)] {
			strict++
			lax++
			continue
		}
	found:
		for _, s := range l.Source {
			for _, t := range l.Target {
				if pairs[[2]int{s, t}] {
					lax++
					break found
				}
			}
		}
	}
	return strict, lax
}

// linkKey identifies a link by its sorted sides.
func linkKey(l Link) string {
	return FormatIDs(slices.Sorted(slices.Values(l.Source))) + ":" + FormatIDs(slices.Sorted(slices.Values(l.Target)))
}

func dropEmpty(ls []Link) []Link {
	var out []Link
	for _, l := range ls {
		if len(l.Source) > 0 || len(l.Target) > 0 {
			out = append(out, l)
		}
	}
	return out
}

func bothSides(ls []Link) []Link {
	var out []Link
	for _, l := range ls {
		if len(l.Source) > 0 && len(l.Target) > 0 {
			out = append(out, l)
		}
	}
	return out
}
