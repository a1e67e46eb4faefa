package glossary

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// encodeAs writes s in an encoding, as a spreadsheet or a CAT tool on
// Windows saves it.
func encodeAs(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var (
	utf16LEBOM = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16BEBOM = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	utf16LE    = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
)

const tbxPier = `<?xml version="1.0" encoding="%s"?>
<martif type="TBX"><text><body>
<termEntry id="pier"><langSet xml:lang="ru"><tig><term>причал</term></tig></langSet>
<langSet xml:lang="en"><tig><term>pier</term></tig></langSet></termEntry>
</body></text></martif>
`

func TestReadTBXEncodings(t *testing.T) {
	decl := func(enc string) string { return strings.Replace(tbxPier, "%s", enc, 1) }
	for _, tc := range []struct {
		name string
		data []byte
		opts ImportOptions
	}{
		{"utf-16le with a BOM", encodeAs(t, utf16LEBOM, decl("UTF-16")), ImportOptions{}},
		{"utf-16be with a BOM", encodeAs(t, utf16BEBOM, decl("UTF-16")), ImportOptions{}},
		{"utf-16le without a BOM", encodeAs(t, utf16LE, decl("UTF-16")), ImportOptions{}},
		{"utf-16 declaring utf-8", encodeAs(t, utf16LEBOM, decl("UTF-8")), ImportOptions{}},
		{"windows-1251 declared", encodeAs(t, charmap.Windows1251, decl("windows-1251")), ImportOptions{}},
		{"koi8-r declared", encodeAs(t, charmap.KOI8R, decl("KOI8-R")), ImportOptions{}},
		{"utf-8 with a BOM", append([]byte("\ufeff"), decl("UTF-8")...), ImportOptions{}},
		{"windows-1251 named", encodeAs(t, charmap.Windows1251, strings.Replace(decl("x"), ` encoding="x"`, "", 1)), ImportOptions{Encoding: "cp1251"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, _, err := ReadTBX("terms.tbx", bytes.NewReader(tc.data), tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(g.Entries) != 1 || g.Entries[0].Russian[0] != "причал" || g.Entries[0].Renderings[0].Text != "pier" {
				t.Errorf("entries %+v", g.Entries)
			}
		})
	}
	// Windows-1251 without a declaration: the line, and what to do.
	undeclared := encodeAs(t, charmap.Windows1251, strings.Replace(decl("x"), ` encoding="x"`, "", 1))
	_, _, err := ReadTBX("terms.tbx", bytes.NewReader(undeclared), ImportOptions{})
	if err == nil || !strings.HasPrefix(err.Error(), "terms.tbx:3:") || !strings.Contains(err.Error(), "--encoding") {
		t.Errorf("undeclared encoding: %v", err)
	}
	_, _, err = ReadTBX("terms.tbx", strings.NewReader(decl("x-klingon")), ImportOptions{})
	if err == nil || !strings.HasPrefix(err.Error(), "terms.tbx:1:") || !strings.Contains(err.Error(), "x-klingon") {
		t.Errorf("unknown encoding: %v", err)
	}
}

func TestReadCSVEncodings(t *testing.T) {
	const csv = "russian,english\nпричал,pier\nШтыков,Shtykov\n"
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"windows-1251", encodeAs(t, charmap.Windows1251, csv)},
		{"koi8-r", encodeAs(t, charmap.KOI8R, csv)},
		{"utf-16le with a BOM", encodeAs(t, utf16LEBOM, csv)},
		{"utf-16be with a BOM", encodeAs(t, utf16BEBOM, csv)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := ReadCSV("terms.csv", bytes.NewReader(tc.data), 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(g.Entries) != 2 || g.Entries[1].Russian[0] != "Штыков" {
				t.Errorf("entries %+v", g.Entries)
			}
		})
	}
	// Not UTF-8 and not a legacy Cyrillic encoding: file:line:col.
	_, err := ReadCSV("terms.csv", strings.NewReader("russian,english\nпричал,pier\n\x80\x81\x82\x83,x\n"), 0)
	if err == nil || !strings.HasPrefix(err.Error(), "terms.csv:3:1: invalid UTF-8") || !strings.Contains(err.Error(), "--encoding") {
		t.Errorf("error %v", err)
	}
	// UTF-16 without a BOM: the error names the option.
	_, err = ReadCSV("terms.csv", bytes.NewReader(encodeAs(t, utf16LE, csv)), 0)
	if err == nil || !strings.HasPrefix(err.Error(), "terms.csv:1:") || !strings.Contains(err.Error(), "--encoding utf-16le") {
		t.Errorf("error %v", err)
	}
}

func TestLoadEncodings(t *testing.T) {
	const y = "entries:\n  - id: pier\n    russian: [причал]\n    renderings: [pier]\n  - russian: [Штыков]\n    kind: persona\n"
	for _, tc := range []struct {
		name string
		enc  encoding.Encoding
	}{
		{"windows-1251", charmap.Windows1251},
		{"utf-16le with a BOM", utf16LEBOM},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The file is read; its error is the glossary's own, at its place.
			_, err := Load("g.yaml", bytes.NewReader(encodeAs(t, tc.enc, y)))
			if err == nil || !strings.HasPrefix(err.Error(), `g.yaml:6:11: kind "persona"`) {
				t.Errorf("error %v", err)
			}
			g, err := Load("g.yaml", bytes.NewReader(encodeAs(t, tc.enc, strings.Replace(y, "persona", "person", 1))))
			if err != nil || len(g.Entries) != 2 || g.Entries[1].Russian[0] != "Штыков" {
				t.Errorf("%v %v", g, err)
			}
		})
	}
}
