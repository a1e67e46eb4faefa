package texts

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// ruArchive is Russian running text long enough for its letter
// frequencies to tell the code pages apart.
const ruArchive = "Опись дел архивного фонда № 17.\nВ описи значатся сорок два дела за 1948-1953 годы; часть из них передана на хранение в областной архив, остальные подшиты и пронумерованы.\nЗаведующий архивом КОЗЛОВ\n"

func TestEncodingName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"", ""}, {"AUTO", ""},
		{"utf-8", EncUTF8}, {"UTF8", EncUTF8}, {"unicode-1-1-utf-8", EncUTF8},
		{"utf-16", encUTF16}, {"UTF-16LE", EncUTF16LE}, {"utf-16be", EncUTF16BE},
		{"cp1251", EncCP1251}, {"Windows-1251", EncCP1251}, {"x-cp1251", EncCP1251},
		{"koi8-r", EncKOI8R}, {"csKOI8R", EncKOI8R}, {"koi", EncKOI8R},
		{"ibm866", EncCP866}, {"cp866", EncCP866}, {"866", EncCP866}, {"csIBM866", EncCP866},
		{"iso-8859-5", EncISO88595}, {"ISO_8859-5:1988", EncISO88595}, {"cyrillic", EncISO88595}, {"csISOLatinCyrillic", EncISO88595},
		{"x-mac-cyrillic", EncMacCyrillic}, {"x-mac-ukrainian", EncMacCyrillic}, {"maccyrillic", EncMacCyrillic},
		{"windows-1252", EncWindows1252}, {"cp1252", EncWindows1252}, {"1252", EncWindows1252},
		{"iso-8859-1", EncWindows1252}, {"latin1", EncWindows1252}, // as browsers read them
	}
	for _, tt := range tests {
		got, err := EncodingName(tt.name)
		if err != nil || got != tt.want {
			t.Errorf("EncodingName(%q) = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
	for _, bad := range []string{"latin-9000", "shift_jis", "iso-8859-2"} {
		if _, err := EncodingName(bad); err == nil {
			t.Errorf("EncodingName(%q): no error", bad)
		} else if !strings.Contains(err.Error(), "x-mac-cyrillic") {
			t.Errorf("EncodingName(%q): %v does not list the encodings", bad, err)
		}
	}
}

// The three code pages of old Russian archives read when named, and are
// detected (never mistaken for KOI8-R or Windows-1251) when not.
func TestReadSourceCyrillicCodePages(t *testing.T) {
	want := ruArchive
	for _, e := range []struct {
		cm    *charmap.Charmap
		enc   string
		names []string
	}{
		{charmap.MacintoshCyrillic, EncMacCyrillic, []string{"x-mac-cyrillic", "maccyrillic"}},
		{charmap.CodePage866, EncCP866, []string{"cp866", "IBM866"}},
		{charmap.ISO8859_5, EncISO88595, []string{"iso-8859-5", "ISO_8859-5"}},
	} {
		data := encode(t, e.cm, want)
		for _, name := range append(e.names, "") {
			src, err := ReadSource("a.txt", bytes.NewReader(data), ReadOptions{Encoding: name})
			if err != nil {
				t.Errorf("%s as %q: %v", e.enc, name, err)
				continue
			}
			if src.Encoding != e.enc || src.Text != want {
				t.Errorf("%s as %q: read as %s %q", e.enc, name, src.Encoding, src.Text)
			}
			if p := src.Pos(strings.Index(src.Text, "КОЗЛОВ")); p.Line != 3 || p.Col != 20 || p.Offset != len([]rune(want))-7 {
				t.Errorf("%s as %q: КОЗЛОВ at %+v", e.enc, name, p)
			}
		}
	}
}

// A file that two code pages read as Russian equally well, but
// differently, is refused with a word about --encoding; one that they
// read the same is read.
func TestGuessLegacyAmbiguous(t *testing.T) {
	// Small letters are the same bytes in Windows-1251 and MacCyrillic
	// but for я (0xDF), which is Я in Windows-1251: alone, both read.
	mac := encode(t, charmap.MacintoshCyrillic, "вот и я, и ты тоже\n")
	_, err := ReadSource("m.txt", bytes.NewReader(mac), ReadOptions{})
	if err == nil || !strings.Contains(err.Error(), "m.txt: cannot tell") || !strings.Contains(err.Error(), "--encoding") {
		t.Errorf("ambiguous: err = %v", err)
	}
	same := encode(t, charmap.MacintoshCyrillic, "вот и ты, и он тоже\n")
	src, err := ReadSource("m.txt", bytes.NewReader(same), ReadOptions{})
	if err != nil || src.Text != "вот и ты, и он тоже\n" {
		t.Errorf("same reading: %v %+v", err, src)
	}
}
