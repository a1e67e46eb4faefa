package glossary

import (
	"bufio"
	"io"
	"strings"
)

// WriteTBX2 writes the glossary as TBX v2 (ISO 30042:2008, a <martif> of
// type TBX-Default), the TBX that OmegaT and translate-toolkit (tbx2po)
// read: one termEntry per entry with a langSet of the source terms
// (explicit forms as termType variant), one of the transliteration
// (LANG-Latn) and one of the renderings with their administrativeStatus
// (forbidden as deprecatedTerm-admn-sts). The kind, the gloss policy, case
// sensitivity and exceptions are "sverka-" notes, as in WriteTBX, so that
// ReadTBX gets the entries back whole.
func WriteTBX2(w io.Writer, g *Glossary) error {
	src, _ := g.Langs()
	x := &xmlWriter{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">` + "\n")
	x.open(0, "martif", "type", "TBX-Default", "xml:lang", src)
	x.open(1, "martifHeader")
	x.open(2, "fileDesc")
	x.open(3, "sourceDesc")
	x.leaf(4, "p", tbxSourceDesc(g))
	x.close(3, "sourceDesc")
	x.close(2, "fileDesc")
	x.open(2, "encodingDesc")
	x.leaf(3, "p", "TBXXCSV02.xcs", "type", "XCSURI")
	x.close(2, "encodingDesc")
	x.close(1, "martifHeader")
	x.open(1, "text")
	x.open(2, "body")
	used := make(map[string]bool)
	for _, e := range g.Entries {
		writeConcept(x, g, e, used, tbx2Elements)
	}
	x.close(2, "body")
	x.close(1, "text")
	x.close(0, "martif")
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}

// sverkaNotes are the facts of an entry TBX has no data category for, as
// notes: the id is one of them where the XML id (id) had to change it.
func sverkaNotes(e *Entry, id string) []string {
	var out []string
	if id != e.ID {
		out = append(out, tbxNotePrefix+"id: "+e.ID)
	}
	out = append(out, tbxNotePrefix+"kind: "+string(e.Kind))
	if e.CaseSensitive {
		out = append(out, tbxNotePrefix+"case-sensitive: true")
	}
	if p := e.Gloss; p != nil {
		out = append(out, tbxNotePrefix+"gloss: "+strings.TrimSpace(p.Form+" "+p.When+" "+p.Text))
	}
	for _, ex := range e.Exceptions {
		out = append(out, tbxNotePrefix+"exception: "+ex)
	}
	return out
}
