package align

import "strings"

// ChangedSentence is a sentence of a confirmed link whose text is no longer
// the text recorded in the alignment when the link was confirmed: the link
// is still kept (an editor's decision is never dropped), but the editor
// should look at it again.
type ChangedSentence struct {
	Link     int    // the index of the link in the kept bitext's Links
	Side     string // "source" or "target"
	Sentence int    // the sentence's index on that side
}

// ChangedConfirmed compares, for every confirmed link of kept, the text
// recorded for each of its sentences with the text of that sentence in now,
// both with runs of white space made one space, and returns the sentences
// that differ, in link order, source before target. Sentences whose text
// kept does not record (the links format records none) or that now does not
// hold are not compared.
func ChangedConfirmed(kept, now Bitext) []ChangedSentence {
	var out []ChangedSentence
	compare := func(k int, side string, ids []int, was, is []Unit) {
		for _, i := range ids {
			if i < 0 || i >= len(was) || i >= len(is) {
				continue
			}
			if normalizeSpace(was[i].Text) != normalizeSpace(is[i].Text) {
				out = append(out, ChangedSentence{Link: k, Side: side, Sentence: i})
			}
		}
	}
	for k, l := range kept.Links {
		if !l.Confirmed {
			continue
		}
		compare(k, "source", l.Source, kept.Source.Sentences, now.Source.Sentences)
		compare(k, "target", l.Target, kept.Target.Sentences, now.Target.Sentences)
	}
	return out
}

// normalizeSpace makes each run of white space one space and trims the
// ends, so that a rewrapped line does not count as a change.
func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
