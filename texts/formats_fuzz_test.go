package texts

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/sverka/sverka/internal/docgen"
)

const fuzzText = "Document 1: Телеграмма\n\nSent on 26.9.50{fn:Time as in the copy.} at 8:10.\nThe regiment [the 84th - AM] flew{ins: at dawn}{del: at night}{c:Check.}.\n"

// checkRead is what every reading of a document must hold: no panic,
// and a text whose every offset maps to a paragraph and a column.
func checkRead(t *testing.T, name string, data []byte) {
	src, err := ReadSource(name, bytes.NewReader(data), ReadOptions{})
	if err != nil {
		if _, ok := err.(*Error); !ok {
			t.Fatalf("error of type %T: %v", err, err)
		}
		return
	}
	for off := 0; off <= len(src.Text); off += 1 + len(src.Text)/64 {
		if p := src.Pos(off); p.Line < 1 || p.Col < 1 {
			t.Fatalf("Pos(%d) = %+v", off, p)
		}
	}
	if _, err := Parse(src, Options{}); err != nil {
		t.Fatalf("Parse: %v", err)
	}
}

// entryZip puts one XML entry (and, for OpenDocument, its mimetype) in an
// archive, so that the fuzzer works on the XML, not on zip checksums.
func entryZip(name string, body []byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	if name == "content.xml" {
		w, _ := zw.Create("mimetype")
		w.Write([]byte("application/vnd.oasis.opendocument.text"))
	}
	w, _ := zw.Create(name)
	w.Write(body)
	zw.Close()
	return buf.Bytes()
}

// entryOf is the named entry of a generated archive.
func entryOf(f *testing.F, archive []byte, name string) []byte {
	z, err := openZip(archive)
	if err != nil {
		f.Fatal(err)
	}
	b, err := z.read(name)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

func FuzzReadDOCX(f *testing.F) {
	docx, err := docgen.DOCX(fuzzText)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(entryOf(f, docx, "word/document.xml"))
	f.Add([]byte(`<w:document><w:body><w:p><w:r><w:t>а</w:t><w:br/><w:t>б</w:t></w:r></w:p><w:p/></w:body></w:document>`))
	f.Add([]byte(`<w:p><w:del><w:p><w:t>x</w:t></w:del></w:p>`))
	f.Fuzz(func(t *testing.T, xml []byte) {
		checkRead(t, "f.docx", entryZip("word/document.xml", xml))
	})
}

func FuzzReadODT(f *testing.F) {
	odt, err := docgen.ODT(fuzzText)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(entryOf(f, odt, "content.xml"))
	f.Add([]byte(`<office:text><text:p>а<text:s text:c="99999999999"/>б<text:note><text:note-body><text:p>x</text:p></text:note-body></text:note></text:p></office:text>`))
	f.Fuzz(func(t *testing.T, xml []byte) {
		checkRead(t, "f.odt", entryZip("content.xml", xml))
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add(docgen.HTML(fuzzText))
	f.Add([]byte("<html><body><pre>а\r\n  б</pre><p>в<br><br>г</p><table><tr><td>д"))
	f.Add([]byte("<!doctype html><meta charset=koi8-r><p>\xf4\xc5\xcb\xd3\xd4"))
	f.Fuzz(func(t *testing.T, page []byte) {
		checkRead(t, "f.html", page)
	})
}
