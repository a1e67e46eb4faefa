package texts

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// Russian text in a code page is detected, however short; the English
// around it is no obstacle.
func TestGuessLegacyRussian(t *testing.T) {
	texts := []string{
		"Москва",
		"Пхеньян\n",
		"Line one.\nМосква\n",
		"Line one.\nшифровка\n",
		"To Comrade ФИЛИППОВУ\n",
		"Отправлено 14.3.51 г. в 9.40.\nПолучено в 11.05.\n",
		"Rec'd 26.9.50. Тов. Штыкову Т.Ф.\n",
		"ЦК ВКП(б)",
		"Телеграмма из Пхеньяна, шифром. Посол докладывает, что переправа через реку закончена, войска на месте, потерь нет.",
	}
	for _, s := range texts {
		for _, e := range []struct {
			cm   *charmap.Charmap
			name string
		}{{charmap.Windows1251, EncCP1251}, {charmap.KOI8R, EncKOI8R}} {
			src, err := ReadSource("x.txt", bytes.NewReader(encode(t, e.cm, s)), ReadOptions{})
			if err != nil {
				t.Errorf("%q in %s: %v", s, e.name, err)
				continue
			}
			if src.Encoding != e.name || src.Text != s {
				t.Errorf("%q in %s: read as %s %q", s, e.name, src.Encoding, src.Text)
			}
		}
	}
}

// High bytes that do not read as Russian are broken UTF-8, reported where
// they are, not decoded as Cyrillic.
func TestGuessLegacyJunk(t *testing.T) {
	tests := []struct {
		data []byte
		want string // the position and the byte
	}{
		{[]byte("Line one.\nab\xffcd\n"), "x.txt:2:3: invalid UTF-8 (byte 0xFF)"},
		{[]byte("Телеграмма.\nab\xffcd\n"), "x.txt:2:3: invalid UTF-8 (byte 0xFF)"},
		{[]byte("Sent \xe9 at 8:10.\n"), "x.txt:1:6: invalid UTF-8 (byte 0xE9)"},
		{[]byte("\x80\x81\x82\x83 header\n"), "x.txt:1:1: invalid UTF-8 (byte 0x80)"},
		{[]byte("Received at 9.40\nPyongyang\xc0\xd0\xe0\xf0x\n"), "x.txt:2:10: invalid UTF-8 (byte 0xC0)"},
		{[]byte("caf\xe9 na\xefve r\xe9sum\xe9\n"), "x.txt:1:4: invalid UTF-8 (byte 0xE9)"}, // Latin-1
		{[]byte("\x89PNG\r\n\x1a\n\xde\xad\xbe\xef\xca\xfe"), "x.txt:1:1: invalid UTF-8 (byte 0x89)"},
		{[]byte("цифры \xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\n"), "invalid UTF-8"},
		{[]byte("Hello world \xff\xfe this is text.\n"), "x.txt:1:13: invalid UTF-8 (byte 0xFF)"}, // not "яю" in Windows-1251
	}
	for _, tt := range tests {
		_, err := ReadSource("x.txt", bytes.NewReader(tt.data), ReadOptions{})
		var te *Error
		if err == nil || !errors.As(err, &te) {
			t.Errorf("%q: err = %v, want %q", tt.data, err, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) || !strings.HasSuffix(err.Error(), "if the file is in a legacy encoding, name it with --encoding") {
			t.Errorf("%q: err = %v, want %q", tt.data, err, tt.want)
		}
	}
}
