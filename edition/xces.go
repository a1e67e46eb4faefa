package edition

import (
	"io"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/texts"
)

// WriteXCES writes the edition as an OPUS-style XCES cesAlign file, the
// form sverka align writes: one <linkGrp targType="s"> per pair naming its
// files (FILE#ID) in fromDoc and toDoc, and one <link> per link with
// xtargets ("s1 s2;s3", an empty side for omissions and additions; "s" and
// the segment ids of sverka segment) and certainty (the link's
// confidence).
func WriteXCES(w io.Writer, ed *Edition, opts Options) error {
	if err := ed.Validate(); err != nil {
		return err
	}
	bitexts := make([]align.Bitext, len(ed.Bitexts))
	for i, b := range ed.Bitexts {
		bitexts[i] = align.Bitext{
			Source: alignSide(b.SourceFile, b.Source.ID, b.Source.Segments),
			Target: alignSide(b.TargetFile, b.Target.ID, b.Target.Segments),
			Links:  b.Links,
		}
	}
	return align.WriteXCES(w, bitexts)
}

func alignSide(file, doc string, segs []texts.Segment) align.Side {
	s := align.Side{File: file, Document: doc, Sentences: make([]align.Unit, len(segs))}
	for i := range segs {
		s.Sentences[i] = align.Unit{ID: segID(&segs[i], i), Kind: segs[i].Kind, Text: segs[i].Text, Pos: segs[i].Pos}
	}
	return s
}
