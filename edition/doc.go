// Package edition turns an aligned, checked edition into what editors
// publish and exchange (facing-text HTML, TEI, TMX, XCES, TSV, Markdown),
// reads the edition's sverka.yaml, and compares revisions of a translation
// sentence by sentence.
package edition
