package edition

import (
	"bufio"
	"io"
	"strings"

	"github.com/sverka/sverka/internal/sheet"
	"github.com/sverka/sverka/texts"
)

// WriteTSV writes one line per link, tab-separated, under a header line:
// document, link, link type, source ids, target ids, source text, target
// text, confidence, flags. Sentences joined by a link are joined with a
// space; tabs and line breaks inside a text become spaces, so that every
// link is exactly one line. A text that begins like a spreadsheet formula
// (=, +, -, @) is written after a ', as OWASP advises, so that a
// spreadsheet shows it instead of running it.
func WriteTSV(w io.Writer, ed *Edition, opts Options) error {
	if err := ed.Validate(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	bw.WriteString("document\tlink\ttype\tsource_ids\ttarget_ids\tsource\ttarget\tconfidence\tflags\n")
	for i, b := range ed.Pairs {
		anchor := b.anchor(i)
		for _, r := range b.rows(anchor) {
			src := make([]string, len(r.source))
			for k, s := range r.source {
				src[k] = segID(&b.Source.Segments[s], s)
			}
			tgt := make([]string, len(r.target))
			for k, t := range r.target {
				tgt[k] = segID(&b.Target.Segments[t], t)
			}
			fields := []string{
				sheet.Guard(texts.OneLine(b.docName(i))), r.id, linkType(r.link),
				strings.Join(src, ","), strings.Join(tgt, ","),
				sheet.Guard(joinText(b.Source, r.source)), sheet.Guard(joinText(b.Target, r.target)),
				formatConfidence(r.link.Confidence), strings.Join(flagNames(r.link), ","),
			}
			bw.WriteString(strings.Join(fields, "\t"))
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}
