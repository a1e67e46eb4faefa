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
