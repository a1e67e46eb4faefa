package edition

import (
	"io"
	"strings"

	"github.com/sverka/sverka/texts"
)

// WriteTMX writes the edition as a TMX 1.4b translation memory: one <tu>
// per link, each with a <tuv> per language. Sentences merged or split by a
// link are joined into one segment per side. Links with an empty side
// (omissions and additions) are left out unless opts.KeepEmpty is set.
// Each <tu> carries <prop>s for the document, the link type, its
// confidence, whether an editor confirmed it, and its flags.
func WriteTMX(w io.Writer, ed *Edition, opts Options) error {
	if err := ed.Validate(); err != nil {
		return err
	}
	x := newXMLWriter(w)
	srcLang := string(texts.Russian)
	if len(ed.Pairs) > 0 {
		srcLang = string(ed.Pairs[0].sourceLang())
	}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>`, "\n")
	x.raw(`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, "\n")
	x.raw(`<tmx version="1.4">`, "\n")
	hdr := []string{
		"creationtool", opts.generator(),
		"creationtoolversion", opts.Version,
		"datatype", "plaintext",
		"segtype", "sentence",
		"adminlang", "en",
		"srclang", srcLang,
		"o-tmf", opts.generator(),
	}
	if opts.Version == "" {
		hdr[3] = "unknown"
	}
	x.open("header", hdr...)
	if ed.Title != "" {
		x.raw("\n")
		x.elem("note", ed.Title)
		x.raw("\n")
	}
	x.close("header")
	x.raw("\n<body>\n")
	for i, b := range ed.Pairs {
		anchor := b.anchor(i)
		sl, tl := string(b.sourceLang()), string(b.targetLang())
		for _, r := range b.rows(anchor) {
			empty := len(r.source) == 0 || len(r.target) == 0
			if empty && !opts.KeepEmpty {
				continue
			}
			x.open("tu", "tuid", r.id, "srclang", sl)
			x.raw("\n")
			x.elem("prop", b.docName(i), "type", "x-document")
			x.elem("prop", linkType(r.link), "type", "x-link-type")
			if c := formatConfidence(r.link.Confidence); c != "" {
				x.elem("prop", c, "type", "x-confidence")
			}
			status := "unconfirmed"
			if r.link.Confirmed {
				status = "confirmed"
			}
			x.elem("prop", status, "type", "x-status")
			if fl := flagNames(r.link); len(fl) > 0 {
				x.elem("prop", strings.Join(fl, " "), "type", "x-flags")
			}
			x.raw("\n")
			x.open("tuv", "xml:lang", sl)
			x.elem("seg", joinText(b.Source, r.source))
			x.close("tuv")
			x.raw("\n")
			x.open("tuv", "xml:lang", tl)
			x.elem("seg", joinText(b.Target, r.target))
			x.close("tuv")
			x.raw("\n</tu>\n")
		}
	}
	x.raw("</body>\n</tmx>\n")
	return x.flush()
}

// docName names a pair in exchange formats: its ID, else its position.
func (b *Pair) docName(i int) string {
	if b.ID != "" {
		return b.ID
	}
	return b.anchor(i)[1:]
}
