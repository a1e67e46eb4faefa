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
		{"latin1.html", "<meta charset=\"iso-8859-1\"><p>caf\xe9 cr\xe8me</p>", "says it is in iso-8859-1, which sverka does not read"},
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
