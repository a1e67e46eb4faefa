// Package texts reads archival texts as users bring them and turns them into
// documents, paragraphs, segments and bracketed spans, each with its exact
// position in the original file.
//
// Reading (ReadSource) decodes the bytes (UTF-8 with or without a BOM,
// UTF-16 with a BOM, Windows-1251, KOI8-R, MacCyrillic, CP866 and
// ISO-8859-5; a file that is not UTF-8 is read in a code page only when
// its bytes read as Russian words under it, and is otherwise refused as
// broken UTF-8). Word (.docx), OpenDocument (.odt) files and saved web
// pages are told by their content and read as their paragraphs: then
// Pos.Line is the paragraph (Pos.Unit says so). It normalises the text
// (NFC, LF line endings, no-break spaces, soft hyphens and zero-width
// characters) and keeps a map from every offset of the normalised text
// back to the file: Source.Pos gives the line, the column in characters
// and the byte offset as the user has them, in O(log n). Bad input is an *Error naming the file, line and
// column. Normalizer is the same normalisation as a transform.Transformer,
// for text that needs no positions.
//
// Parsing (Parse, or Read for both steps) splits a collection at its
// headings ("Document 3: ...", "Документ № 3"), drops web boilerplate
// into Collection.Dropped, and cuts each document into segments:
// sentences, telegram and memo header lines, archive citations, item
// headings and lines that are only an editor's bracketed note. Sentences (an iterator) and ScanSentences (a bufio.SplitFunc)
// are the sentence splitter on their own, written for English and Russian
// archival prose. FindSpans classifies bracketed spans (translator
// insertions, glosses, expansions and the rest) and flags unbalanced
// brackets and fused footnote markers.
//
// The package also transliterates Russian into the Latin schemes that editors
// use, and builds matching keys that fold the variants a name takes.
package texts
