// Package edition turns an aligned, checked edition into what editors
// publish and exchange (facing-text HTML, TEI, TMX, XCES, TSV, Markdown),
// and reads the edition's sverka.yaml. Comparing revisions of a
// translation is package revision's work.
//
// An Edition is a title and document pairs (Pair): an original, its
// translation, and the links between their segments as the aligner makes
// them. Each writer (WriteHTML, WriteTEI, WriteTMX, WriteXCES, WriteTSV,
// WriteMarkdown) streams one format to an io.Writer and escapes every piece
// of text it writes. HTML, TEI, TMX and TSV share one scheme of ids, so
// that a link or sentence can be cited across them: "d3" for the third
// document pair, "d3-l12" for its twelfth link, "d3-s-5" and "d3-t-7" for
// sentences of the original and the translation (by segment id). XCES is
// written as sverka align writes it, with OPUS's "s5" sentence ids.
package edition
