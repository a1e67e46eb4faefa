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
// confidence, left out where it is unknown).
func WriteXCES(w io.Writer, ed *Edition, opts Options) error {
	if err := ed.Validate(); err != nil {
		return err
	}
	x := newXMLWriter(w)
	x.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
	x.raw("<!DOCTYPE cesAlign PUBLIC \"-//CES//DTD XML cesAlign//EN\" \"\">\n")
	x.raw("<cesAlign version=\"1.0\">\n")
	n := 0
	for _, b := range ed.Pairs {
		x.raw(" ")
		x.open("linkGrp", "targType", "s", "fromDoc", docRef(opts.fileName(b.SourceFile), b.Source.ID), "toDoc", docRef(opts.fileName(b.TargetFile), b.Target.ID))
		x.raw("\n")
		for _, l := range b.Links {
			n++
			attrs := []string{"id", "SL" + strconv.Itoa(n), "xtargets", xtargets(b.Source, l.Source) + ";" + xtargets(b.Target, l.Target)}
			if !math.IsNaN(l.Confidence) {
				attrs = append(attrs, "certainty", strconv.FormatFloat(l.Confidence, 'f', 3, 64))
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
