package edition

import (
	"io"
	"strings"
)

// WriteXCES writes the edition as an OPUS-style XCES cesAlign file: one
// <linkGrp targType="s"> per pair, naming its files in fromDoc and toDoc,
// and one <link> per link with xtargets ("s1 s2;s3", an empty side for
// omissions and additions) and certainty (the link's confidence). The
// sentence ids are "s" and the segment ids of sverka segment.
func WriteXCES(w io.Writer, ed *Edition, opts Options) error {
	if err := ed.Validate(); err != nil {
		return err
	}
	x := newXMLWriter(w)
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n")
	x.raw(`<cesAlign version="1.0">`, "\n")
	for i, b := range ed.Bitexts {
		anchor := b.anchor(i)
		x.open("linkGrp", "targType", "s", "id", anchor, "fromDoc", docRef(b.SourceFile, b.Source.ID), "toDoc", docRef(b.TargetFile, b.Target.ID))
		x.raw("\n")
		for _, r := range b.rows(anchor) {
			src := make([]string, len(r.source))
			for k, s := range r.source {
				src[k] = "s" + segID(&b.Source.Segments[s], s)
			}
			tgt := make([]string, len(r.target))
			for k, t := range r.target {
				tgt[k] = "s" + segID(&b.Target.Segments[t], t)
			}
			attrs := []string{"id", r.id, "xtargets", strings.Join(src, " ") + ";" + strings.Join(tgt, " "), "certainty", formatConfidence(r.link.Confidence)}
			if r.link.Confirmed {
				attrs = append(attrs, "status", "confirmed")
			}
			x.empty("link", attrs...)
			x.raw("\n")
		}
		x.close("linkGrp")
		x.raw("\n")
	}
	x.raw("</cesAlign>\n")
	return x.flush()
}

// docRef is FILE#ID, or the id alone when the file is not known.
func docRef(file, id string) string {
	switch {
	case file == "":
		return id
	case id == "":
		return file
	}
	return file + "#" + id
}
