package texts

import (
	"bytes"
	"strings"
	"testing"
)

// A page's <meta charset> names the encoding it is read in, even when its
// bytes would read as another code page.
func TestReadHTMLMetaCharset(t *testing.T) {
	koi, _ := charmapEncode(EncKOI8R, "<html><head><meta charset=\"koi8-r\"></head><body><p>Да</p></body></html>")
	src, err := ReadSource("koi.html", bytes.NewReader(koi), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if src.Text != "Да\n" {
		t.Errorf("text = %q, want Да", src.Text)
	}
}

// A page that names a charset sverka does not read says so, unless it is
// ASCII (which every charset reads the same); one whose code page cannot
// be told names both.
func TestReadHTMLCharsetErrors(t *testing.T) {
	// Windows-1251 and MacCyrillic read these alike but for я.
	mac, _ := charmapEncode(EncMacCyrillic, "вот и я, и ты тоже")
	for _, tt := range []struct {
		name, page, want string
	}{
		{"latin2.html", "<meta charset=\"iso-8859-2\"><p>Ko\xb3o</p>", "says it is in iso-8859-2, which sverka does not read"},
		{"bogus.html", "<meta charset=\"x-no-such\"><p>caf\xe9</p>", "says it is in x-no-such"},
		{"ambiguous.html", "<p>" + string(mac) + "</p>", "cannot tell whether the page is in"},
	} {
		_, err := ReadSource(tt.name, strings.NewReader(tt.page), ReadOptions{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want it to say %q", tt.name, err, tt.want)
		}
	}
	src, err := ReadSource("ascii.html", strings.NewReader("<meta charset=\"iso-8859-1\"><p>&#1044;&#1072;</p>"), ReadOptions{})
	if err != nil || src.Text != "Да\n" {
		t.Errorf("ascii page: %q, %v", src.Text, err)
	}
}

// A web page reports the encoding it was read in, and its positions are
// those of its paragraphs whatever that encoding.
func TestReadHTMLReportsEncoding(t *testing.T) {
	page := "<meta charset=\"%s\"><p>Опись дел</p><p>Дело первое</p>"
	koi, _ := charmapEncode(EncKOI8R, strings.Replace(page, "%s", "koi8-r", 1))
	cp, _ := charmapEncode(EncCP1251, strings.Replace(page, "%s", "windows-1251", 1))
	for _, tt := range []struct {
		name string
		data []byte
		enc  string
		want string
	}{
		{"koi.html", koi, "", EncKOI8R},
		{"cp.html", cp, "", EncCP1251},
		{"named.html", cp, "cp1251", EncCP1251},
		{"utf8.html", []byte(strings.Replace(page, "%s", "utf-8", 1)), "", EncUTF8},
		{"bom.html", append([]byte{0xFF, 0xFE}, utf16le("<p>Опись дел</p><p>Дело первое</p>")...), "", EncUTF16LE},
		{"utf16.html", append([]byte{0xFE, 0xFF}, utf16be("<p>Опись дел</p><p>Дело первое</p>")...), "utf-16", EncUTF16BE},
	} {
		src, err := ReadSource(tt.name, bytes.NewReader(tt.data), ReadOptions{Encoding: tt.enc})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if src.Encoding != tt.want || src.Text != "Опись дел\n\nДело первое\n" {
			t.Errorf("%s: read as %s %q, want %s", tt.name, src.Encoding, src.Text, tt.want)
		}
		if p := src.Pos(strings.Index(src.Text, "первое")); p.Line != 2 || p.Col != 6 || p.Offset != len("Опись дел\n\nДело ") {
			t.Errorf("%s: первое at %+v", tt.name, p)
		}
	}
}

func utf16le(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func utf16be(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}

// A page that says it is in Windows-1252 or ISO-8859-1 (which browsers
// read as Windows-1252), as English pages often do, reads in it; one in
// Russian that keeps that charset of its server's reads in the Russian
// code page its letters fit.
func TestReadHTMLWindows1252(t *testing.T) {
	cp, _ := charmapEncode(EncCP1251, "<meta charset=\"iso-8859-1\"><p>Опись дел архивного фонда № 17 передана в архив.</p>")
	for _, tt := range []struct {
		name, page, enc, want string
	}{
		{"latin1.html", "<meta charset=\"iso-8859-1\"><p>caf\xe9 cr\xe8me at Inch\x92\xf3n</p>", EncWindows1252, "café crème at Inch’ón\n"},
		{"cp1252.html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\x93Pravda\x94 \x96 1950</p>", EncWindows1252, "“Pravda” – 1950\n"},
		{"russian.html", string(cp), EncCP1251, "Опись дел архивного фонда № 17 передана в архив.\n"},
	} {
		src, err := ReadSource(tt.name, strings.NewReader(tt.page), ReadOptions{})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if src.Encoding != tt.enc || src.Text != tt.want {
			t.Errorf("%s: %s %q, want %s %q", tt.name, src.Encoding, src.Text, tt.enc, tt.want)
		}
	}
	// A file named Windows-1252 reads in it; unnamed, it is still refused
	// as broken UTF-8, whose bytes it reads just as well.
	src, err := ReadSource("en.txt", strings.NewReader("Inch\x92\xf3n, 29 September\n"), ReadOptions{Encoding: "windows-1252"})
	if err != nil || src.Text != "Inch’ón, 29 September\n" {
		t.Errorf("named: %q, %v", src.Text, err)
	}
	if _, err := ReadSource("en.txt", strings.NewReader("Inch\x92\xf3n, 29 September\n"), ReadOptions{}); err == nil || !strings.Contains(err.Error(), "invalid UTF-8") {
		t.Errorf("unnamed: %v, want invalid UTF-8", err)
	}
}
