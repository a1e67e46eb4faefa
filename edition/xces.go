package edition

import (
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/sverka/sverka/texts"
)

// WriteXCES writes the edition as an OPUS-style XCES cesAlign file, the
// form sverka align writes: one <linkGrp targType="s"> per pair naming its
// files (FILE#ID) in fromDoc and toDoc, and one <link> per link with
// xtargets ("s1 s2;s3", an empty side for omissions and additions; "s" and
// the segment ids of sverka segment) and certainty (the link's
// confidence, left out where it is unknown) and, for a link an editor
// confirmed, status="confirmed".
func WriteXCES(w io.Writer, ed *Edition, opts Options) error {
	if err := ed.Validate(); err != nil {
		return err
	}
	x := newXMLWriter(w)
	x.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
	x.raw("<!DOCTYPE cesAlign PUBLIC \"-//CES//DTD XML cesAlign//EN\" \"\">\n")
	x.raw("<cesAlign version=\"1.0\">\n")
	n := 0
	for i, b := range ed.Pairs {
		from, to := docRef(opts.fileName(b.SourceFile), b.Source.ID), docRef(opts.fileName(b.TargetFile), b.Target.ID)
		if opts.XCESDocs != nil {
			from, to = opts.XCESDocs(i, b)
		}
		x.raw(" ")
		x.open("linkGrp", "targType", "s", "fromDoc", from, "toDoc", to)
		x.raw("\n")
		for _, l := range b.Links {
			n++
			attrs := []string{"id", "SL" + strconv.Itoa(n), "xtargets", xtargets(b.Source, l.Source) + ";" + xtargets(b.Target, l.Target)}
			if !math.IsNaN(l.Confidence) {
				attrs = append(attrs, "certainty", strconv.FormatFloat(l.Confidence, 'f', 3, 64))
			}
			if l.Confirmed {
				// Not cesAlign's own: OPUS tools pass it by, sverka
				// reads it back (align --keep).
				attrs = append(attrs, "status", "confirmed")
			}
			x.raw("  ")
			x.empty("link", attrs...)
			x.raw("\n")
		}
		x.raw(" ")
		x.close("linkGrp")
		x.raw("\n")
	}
	x.raw("</cesAlign>\n")
	return x.flush()
}

// docRef is FILE#ID, or the file alone for a document without an id.
func docRef(file, id string) string {
	if id == "" {
		return file
	}
	return file + "#" + id
}

// xtargets names one side of a link: "s" and each segment's id.
func xtargets(d *texts.Document, idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = "s" + segID(&d.Segments[i], i)
	}
	return strings.Join(parts, " ")
}

// WriteSentenceXML writes one document of a pair as the sentence file OPUS
// tools (opus_read) read beside a cesAlign alignment: a <p> per paragraph
// holding an <s id="sN"> per segment, with the ids the alignment's
// xtargets name. WriteXCES then names the files in fromDoc and toDoc
// (Options.XCESDocs).
func WriteSentenceXML(w io.Writer, doc *texts.Document, lang texts.Lang) error {
	x := newXMLWriter(w)
	x.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
	attrs := []string{"id", doc.ID}
	if lang != "" {
		attrs = append(attrs, "xml:lang", string(lang))
	}
	x.open("text", attrs...)
	x.raw("\n")
	para := -1
	for i := range doc.Segments {
		s := &doc.Segments[i]
		if s.Para != para {
			if para != -1 {
				x.raw("</p>\n")
			}
			para = s.Para
			x.open("p", "id", "p"+strconv.Itoa(s.Para))
			x.raw("\n")
		}
		x.raw(" ")
		x.elem("s", texts.OneLine(s.Text), "id", "s"+segID(s, i))
		x.raw("\n")
	}
	if para != -1 {
		x.raw("</p>\n")
	}
	x.raw("</text>\n")
	return x.flush()
}
