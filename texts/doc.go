// Package texts reads archival texts as users bring them and turns them into
// documents, paragraphs, segments and bracketed spans, each with its exact
// position in the original file.
//
// Reading decodes the bytes (UTF-8, UTF-16, Windows-1251, KOI8-R), normalises
// them to NFC and keeps a map from every offset of the normalised text back to
// the original file, so that a position reported anywhere in sverka points
// where the editor must look. Parsing recognises collection headings, telegram
// header lines, archive citations and web boilerplate, and segments the
// running text into sentences in English and Russian. Bracketed spans
// (translator insertions, glosses, expansions) are found and classified.
//
// The package also transliterates Russian into the Latin schemes that editors
// use, and builds matching keys that fold the variants a name takes.
package texts
