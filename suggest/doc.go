// Package suggest proposes glossary entries from an edition's texts: the
// names, code names, glossed terms and abbreviations that recur, grouped
// across their inflected forms, paired with their English renderings
// through the alignment where it is known, and written as a glossary an
// editor can load and edit.
package suggest
