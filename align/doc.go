// Package align pairs the sentences of an original with the sentences of its
// translation: 1-1 links, merges, splits, omissions and additions, each with
// a confidence, keeping links an editor has confirmed.
//
// Evidence is sentence length, lexical anchors (numbers, dates, codes),
// cross-script cognates found through transliteration, and word pairs given
// by the caller (a dictionary or glossary); align does not know where the
// word pairs come from.
//
// Where both sides have paragraphs (Sentence.Para), the paragraphs are
// aligned first; the boundaries that alignment is sure of and the sentence
// search bears out are kept as hard boundaries, as documents are.
package align
