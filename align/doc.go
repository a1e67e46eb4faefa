// Package align pairs the sentences of an original with the sentences of its
// translation: 1-1 links, merges, splits, omissions and additions, each with
// a confidence, keeping links an editor has confirmed.
//
// Evidence is sentence length, lexical anchors (numbers, dates, codes),
// cross-script cognates found through transliteration, and word pairs given
// by the caller (a dictionary or glossary); align does not know where the
// word pairs come from.
package align
