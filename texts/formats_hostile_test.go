package texts

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/docgen"
)

func zipOf(t *testing.T, entries map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range entries {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// lyingZip is a zip bomb whose header says its entry inflates to a few
// bytes: inflate bytes of zeros deflated.
func lyingZip(t *testing.T, name string, inflate int) []byte {
	t.Helper()
	var deflated bytes.Buffer
	fw, _ := flate.NewWriter(&deflated, flate.BestCompression)
	zeros := make([]byte, 1<<16)
	for n := 0; n < inflate; n += len(zeros) {
		fw.Write(zeros)
	}
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CompressedSize64: uint64(deflated.Len()), UncompressedSize64: 10})
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(w, &deflated)
	zw.Close()
	return buf.Bytes()
}

// Damaged and hostile documents are errors naming the file (and what is
// wrong), found quickly: no panic, no memory filled.
func TestReadHostileDocuments(t *testing.T) {
	good, err := docgen.DOCX("Одна строка.\n")
	if err != nil {
		t.Fatal(err)
	}
	deep := []byte(`<?xml version="1.0"?><w:document xmlns:w="w">` + strings.Repeat("<w:p>", 100000))
	many := map[string][]byte{"word/document.xml": []byte("<w:document/>")}
	for i := range maxZipEntries {
		many[fmt.Sprintf("media/%d", i)] = nil
	}
	declared := func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store, CompressedSize64: 4, UncompressedSize64: 1 << 40})
		w.Write([]byte("<a/>"))
		zw.Close()
		return buf.Bytes()
	}()
	saved := maxInflate
	defer func() { maxInflate = saved }()
	tests := []struct {
		name string
		data []byte
		want string
		// inflate lowers the bound on what a zip inflates to, so that
		// a lying bomb is built in a moment.
		inflate int64
	}{
		{"cut.docx", good[:len(good)-30], "cut.docx: damaged zip archive", 0},
		{"bad-xml.docx", zipOf(t, map[string][]byte{"word/document.xml": []byte("<w:document><w:body><w:p></w:body>")}), "bad-xml.docx: damaged XML in word/document.xml: line 1", 0},
		{"deep.docx", zipOf(t, map[string][]byte{"word/document.xml": deep}), "nested more than 512 elements deep", 0},
		{"many.docx", zipOf(t, many), "zip archive of 10001 entries", 0},
		{"declared.docx", declared, "(1048576 MiB): not a document (a zip bomb?)", 0},
		{"lying.docx", lyingZip(t, "word/document.xml", 1<<20), "lying.docx: damaged zip archive", 0},
		{"bomb.docx", zipOf(t, map[string][]byte{"word/document.xml": padded(700 << 10), "word/footnotes.xml": padded(700 << 10)}), "word/footnotes.xml inflates to more than the 1 MiB", 1 << 20},
		{"other.zip", zipOf(t, map[string][]byte{"a.txt": []byte("Текст.")}), "neither a Word document", 0},
		{"sheet.ods", zipOf(t, map[string][]byte{"mimetype": []byte("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": []byte("<a/>")}), "not a text (.odt)", 0},
		{"deep.html", []byte("<!DOCTYPE html><html><body>" + strings.Repeat("<div>", 100000)), "deep.html: HTML nested more than 1000 elements deep", 0},
		{"empty.html", []byte("<!DOCTYPE html><html><head><script>x()</script></head><body><nav>Home</nav></body></html>"), "empty.html: empty document", 0},
		{"scan.pdf", []byte("%PDF-1.7\n"), "pdftotext -layout scan.pdf", 0},
		{"old.doc", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"), "save it as .docx", 0},
		{"mac.html", []byte("<html><body><p>caf\xe9 na\xefve r\xe9sum\xe9</p></body></html>"), "mac.html:1:19: invalid UTF-8 (byte 0xE9)", 0},
	}
	for _, tt := range tests {
		maxInflate = saved
		if tt.inflate > 0 {
			maxInflate = tt.inflate
		}
		_, err := ReadSource(tt.name, bytes.NewReader(tt.data), ReadOptions{})
		var te *Error
		if err == nil || !errors.As(err, &te) || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), tt.name+":") {
			t.Errorf("%s: err = %v, want an *Error with %q", tt.name, err, tt.want)
		}
	}
}

// An OpenDocument text keeps its notes and comments in brackets, reads
// its tracked changes as accepted and counts them in a warning; the
// positions are paragraphs and columns.
func TestReadODT(t *testing.T) {
	odt, err := docgen.ODT("Документ № 2\n\nПосол докладывает,{fn:Телеграмма получена с опозданием.} что переправа  закончена.\nПотерь нет{ins:, раненых двое}{del: и раненых нет}.\n\nКонец{c:Подпись неразборчива.}.\n")
	if err != nil {
		t.Fatal(err)
	}
	src, err := ReadSource("отчёт.odt", bytes.NewReader(odt), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Документ № 2\n\nПосол докладывает, [Телеграмма получена с опозданием.] что переправа  закончена.\nПотерь нет, раненых двое.\n\nКонец [Comment: Подпись неразборчива.].\n"
	if src.Text != want {
		t.Errorf("text:\n%q\nwant\n%q", src.Text, want)
	}
	if len(src.Warnings) != 1 || !strings.Contains(src.Warnings[0], "1 insertion, 1 deletion") {
		t.Errorf("warnings = %q", src.Warnings)
	}
	for _, c := range []struct {
		find      string
		para, col int
	}{{"Документ", 1, 1}, {"Посол", 2, 1}, {"Потерь", 2, 82}, {"Конец", 3, 1}, {"Подпись", 3, 17}} {
		p := src.Pos(strings.Index(src.Text, c.find))
		if p.Line != c.para || p.Col != c.col || p.Unit != UnitParagraph {
			t.Errorf("%s at %+v, want paragraph %d column %d", c.find, p, c.para, c.col)
		}
	}
}

// A saved page in Windows-1251 that says so in its <meta> reads; one that
// does not is detected like a text file; --encoding wins.
func TestReadHTMLEncodings(t *testing.T) {
	page := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><h1>Опись</h1><p>Дела подшиты и пронумерованы.</p></body></html>"
	cp := func(s string) []byte { b, _ := charmapEncode(EncCP1251, s); return b }
	for _, tt := range []struct {
		name string
		data []byte
		enc  string
	}{
		{"meta.html", cp(page), ""},
		{"nometa.htm", cp(strings.Replace(page, "charset=windows-1251", "", 1)), ""},
		{"named.html", cp(strings.Replace(page, "charset=windows-1251", "charset=utf-8", 1)), "cp1251"},
	} {
		src, err := ReadSource(tt.name, bytes.NewReader(tt.data), ReadOptions{Encoding: tt.enc})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if src.Text != "Опись\n\nДела подшиты и пронумерованы.\n" || src.Format != FormatHTML {
			t.Errorf("%s: %s %q", tt.name, src.Format, src.Text)
		}
	}
}

func charmapEncode(enc, s string) ([]byte, error) {
	return singleByte[enc].NewEncoder().Bytes([]byte(s))
}

// padded is an empty Word body padded with n spaces: it deflates to
// almost nothing.
func padded(n int) []byte {
	return []byte("<w:document>" + strings.Repeat(" ", n) + "</w:document>")
}
