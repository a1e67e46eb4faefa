package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// writeXCESWithSentences writes a cesAlign alignment to output and, beside
// it, the two sentence files of each pair (OUT.ID.ru.xml, OUT.ID.en.xml)
// that its fromDoc and toDoc name, relative to the alignment: what OPUS
// tools (opus_read) need to show the pairs.
func writeXCESWithSentences(sio *IO, output string, ed *edition.Edition, opts edition.Options) error {
	if output == "" || output == "-" {
		return usagef("--sentence-files: name the alignment with -o FILE; the sentence files are written beside it")
	}
	dir := filepath.Dir(output)
	base := strings.TrimSuffix(filepath.Base(output), filepath.Ext(output))
	names := make([][2]string, len(ed.Pairs))
	for i, p := range ed.Pairs {
		id := p.ID
		if id == "" {
			id = fmt.Sprint(i + 1)
		}
		id = strings.Map(func(r rune) rune {
			if r == '/' || r == '\\' || r == '#' || r < ' ' {
				return '_'
			}
			return r
		}, id)
		for side, d := range []struct {
			doc  *texts.Document
			lang texts.Lang
			def  texts.Lang
		}{{p.Source, p.SourceLang, texts.Russian}, {p.Target, p.TargetLang, texts.English}} {
			lang := d.lang
			if lang == "" {
				lang = d.doc.Lang
			}
			if lang == "" {
				lang = d.def
			}
			name := fmt.Sprintf("%s.%s.%s.xml", base, id, lang)
			if side == 1 && name == names[i][0] {
				name = fmt.Sprintf("%s.%s.target.%s.xml", base, id, lang)
			}
			names[i][side] = name
			doc := d.doc
			if err := writeFileAtomic(filepath.Join(dir, name), func(w io.Writer) error { return edition.WriteSentenceXML(w, doc, lang) }); err != nil {
				return err
			}
		}
	}
	opts.XCESDocs = func(i int, _ *edition.Pair) (string, string) { return names[i][0], names[i][1] }
	return writeOutput(sio, output, func(w io.Writer) error { return edition.WriteXCES(w, ed, opts) })
}
