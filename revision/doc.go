// Package revision compares two revisions of a translation sentence by
// sentence.
//
// Compare pairs the sentences of the old and the new revision, directly by
// similarity or through the original they both translate, and finds the
// word-level changes within each pair (WordDiffs). Sentences found once in
// each revision word for word are paired first, wherever they are, so that
// a reordering reads as moves, not edits. WriteText and WriteHTML print the
// result for a terminal and for a reviewer; Total sums the revisions of a
// collection.
package revision
