package texts

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const ruTelegram = "Из Владивостока\r\nОтправлено 14.3.51 г. в 9.40 по проводу.\r\n\r\nДокладываю о ходе ремонта причала № 4 в порту Находка. Работы начаты «2» марта, штормобоязнь среди рабочих не прошла; ещё не всё сделано.\r\n"

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

// koi8Safe replaces the characters KOI8-R lacks.
func koi8Safe(s string) string {
	return strings.NewReplacer("«", "\"", "»", "\"", "–", "-", "№", "N").Replace(s)
}

func TestReadSourceEncodings(t *testing.T) {
	want := strings.ReplaceAll(ruTelegram, "\r\n", "\n")
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	tests := []struct {
		name     string
		data     []byte
		override string
		enc      string
	}{
		{"utf-8", []byte(ruTelegram), "", EncUTF8},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, ruTelegram...), "", EncUTF8},
		{"utf-16le bom", encode(t, utf16le, ruTelegram), "", EncUTF16LE},
		{"utf-16be bom", encode(t, utf16be, ruTelegram), "", EncUTF16BE},
		{"windows-1251", encode(t, charmap.Windows1251, ruTelegram), "", EncCP1251},
		{"koi8-r", encode(t, charmap.KOI8R, koi8Safe(ruTelegram)), "", EncKOI8R},
		{"koi8-r capitals", encode(t, charmap.KOI8R, strings.ToUpper(koi8Safe(ruTelegram))), "", EncKOI8R},
		{"1251 capitals", encode(t, charmap.Windows1251, strings.ToUpper(ruTelegram)), "", EncCP1251},
		{"override 1251", encode(t, charmap.Windows1251, ruTelegram), "cp1251", EncCP1251},
		{"override utf-16 no bom", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), ruTelegram), "utf-16", EncUTF16LE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadSource("t.txt", bytes.NewReader(tt.data), ReadOptions{Encoding: tt.override})
			if err != nil {
				t.Fatal(err)
			}
			if s.Encoding != tt.enc {
				t.Errorf("encoding = %s, want %s", s.Encoding, tt.enc)
			}
			w := want
			if strings.Contains(tt.name, "koi8") {
				w = koi8Safe(w)
			}
			if strings.Contains(tt.name, "capitals") {
				w = strings.ToUpper(w)
			}
			if s.Text != w {
				t.Errorf("text = %q, want %q", s.Text, w)
			}
		})
	}
}

// Short texts of one kind are the hard case for telling 1251 from KOI8-R.
func TestGuessLegacyShort(t *testing.T) {
	for _, s := range []string{"Весьма срочно", "СТАЛИНУ", "т. Сталину – 2", "Инстанция", "ШТЫКОВ", "объём работ", "Ф. 3. Оп. 65. Д. 827."} {
		for _, e := range []struct {
			cm   *charmap.Charmap
			name string
		}{{charmap.Windows1251, EncCP1251}, {charmap.KOI8R, EncKOI8R}} {
			if e.name == EncKOI8R {
				s = koi8Safe(s)
			}
			src, err := ReadSource("x", bytes.NewReader(encode(t, e.cm, s)), ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if src.Encoding != e.name || src.Text != s {
				t.Errorf("%q in %s: read as %s %q", s, e.name, src.Encoding, src.Text)
			}
		}
	}
}

func TestReadSourceErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "bad.txt: empty file"},
		{"blank", []byte(" \n\n"), "bad.txt: empty file (only white space)"},
		{"nul", []byte("Строка один\nстрока\x00два\n"), "bad.txt:2:7: binary file (NUL byte)"},
		{"bad utf-8", []byte("Первая строка\nвторая — ошибка \xd0\x28 здесь\n"), "bad.txt:2:17: invalid UTF-8 (byte 0xD0)"},
		{"utf-16 odd", []byte{0xFF, 0xFE, 0x41}, "bad.txt: truncated UTF-16"},
		{"utf-16 without bom", []byte("T\x00o\x00 \x00\x22\x04\x3e\x04\x32\x04.\x00\n\x00"), "bad.txt:1:2: binary file (NUL byte); it looks like UTF-16 without a byte order mark: name it with --encoding utf-16le"},
		{"unknown override", []byte("текст"), "unknown encoding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := ReadOptions{}
			if tt.name == "unknown override" {
				opts.Encoding = "ebcdic"
			}
			_, err := ReadSource("bad.txt", bytes.NewReader(tt.data), opts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			var te *Error
			if tt.name != "unknown override" && !errors.As(err, &te) {
				t.Errorf("err is %T, want *texts.Error", err)
			}
		})
	}
}

func TestNormalisation(t *testing.T) {
	in := "Ли\u0306\u00adния\u00a0№\u200b5\r\nконе\u0301ц\rконец\ufeff"
	s, err := ReadSource("n.txt", strings.NewReader(in), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Лйния №5\nконе\u0301ц\nконец"
	if s.Text != want {
		t.Errorf("text = %q, want %q", s.Text, want)
	}
	if got := Normalize(in); got != want {
		t.Errorf("Normalize = %q, want %q", got, want)
	}
}

// TestPositions checks that positions point into the file as it is:
// after CRLF, after a BOM, after soft hyphens, in multi-byte text, and in
// single-byte encodings where Offset is the byte of the file.
func TestPositions(t *testing.T) {
	type probe struct {
		find         string // the first occurrence in Text
		line, col    int
		origFragment string // the file's bytes at Offset start with this (in the file's encoding, given as UTF-8)
	}
	tests := []struct {
		name   string
		data   []byte
		enc    encoding.Encoding // to encode origFragment; nil for UTF-8
		probes []probe
	}{
		{"crlf", []byte("Первая\r\nВторая строка\r\nТретья"), nil, []probe{
			{"Вторая", 2, 1, "Вторая"}, {"строка", 2, 8, "строка"}, {"Третья", 3, 1, "Третья"}}},
		{"bom", append([]byte{0xEF, 0xBB, 0xBF}, "Тов. ШТЫКОВУ\nвторая"...), nil, []probe{
			{"Тов", 1, 1, "Тов"}, {"ШТЫКОВУ", 1, 6, "ШТЫКОВУ"}, {"вторая", 2, 1, "вторая"}}},
		{"soft hyphen", []byte("авиа\u00adбоязнь и штор\u00adмо\u00adбоязнь\nконец"), nil, []probe{
			{" и", 1, 12, " и"}, {"штормо", 1, 15, "штор"}, {"конец", 2, 1, "конец"}}},
		{"combining", []byte("и\u0306 й word"), nil, []probe{{"word", 1, 6, "word"}}},
		{"no-break space", []byte("1 \u00a02 \u00a03\nТов. ШТЫКОВУ"), nil, []probe{{"3", 1, 7, "3"}, {"ШТЫКОВУ", 2, 6, "ШТЫКОВУ"}}},
		{"cr only", []byte("one\rдва\rthree"), nil, []probe{{"два", 2, 1, "два"}, {"three", 3, 1, "three"}}},
		{"1251", encode(t, charmap.Windows1251, "Рассылка: т. Сталину – 2,\r\nт. Молотову – 1."), charmap.Windows1251, []probe{
			{"Сталину", 1, 14, "Сталину"}, {"Молотову", 2, 4, "Молотову"}, {"1.", 2, 15, "1."}}},
		{"koi8-r", encode(t, charmap.KOI8R, "Расшифровал Морозов\nв 23.50"), charmap.KOI8R, []probe{
			{"Морозов", 1, 13, "Морозов"}, {"23.50", 2, 3, "23.50"}}},
		{"utf-16", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "Из Пхеньяна\nОтправлено 26.9.50"), unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), []probe{
			{"Пхеньяна", 1, 4, "Пхеньяна"}, {"26.9.50", 2, 12, "26.9.50"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadSource("p.txt", bytes.NewReader(tt.data), ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range tt.probes {
				i := strings.Index(s.Text, p.find)
				if i < 0 {
					t.Fatalf("%q not in %q", p.find, s.Text)
				}
				pos := s.Pos(i)
				if pos.Line != p.line || pos.Col != p.col {
					t.Errorf("%q at %d:%d, want %d:%d", p.find, pos.Line, pos.Col, p.line, p.col)
				}
				frag := []byte(p.origFragment)
				if tt.enc != nil {
					frag = encode(t, tt.enc, p.origFragment)
				}
				if !bytes.HasPrefix(tt.data[pos.Offset:], frag) {
					t.Errorf("%q: file at offset %d is %q", p.find, pos.Offset, tt.data[pos.Offset:min(len(tt.data), pos.Offset+len(frag))])
				}
				if back := s.TextOffset(pos.Offset); back != i {
					t.Errorf("%q: TextOffset(%d) = %d, want %d", p.find, pos.Offset, back, i)
				}
			}
			if end := s.Pos(len(s.Text)); end.Offset != len(tt.data) {
				t.Errorf("end offset %d, want %d", end.Offset, len(tt.data))
			}
		})
	}
}

// A long line crosses many anchors: every rune must still map exactly.
func TestPositionsLongLine(t *testing.T) {
	line := strings.Repeat("Положение войск Народной армии тяжелое. ", 40)
	data := encode(t, charmap.Windows1251, "Заголовок\r\n"+line)
	s, err := ReadSource("l.txt", bytes.NewReader(data), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	start := strings.IndexByte(s.Text, '\n') + 1
	col := 1
	for i := range s.Text[start:] {
		p := s.Pos(start + i)
		if p.Line != 2 || p.Col != col || p.Offset != len("Заголовок\r\n")/2+1+col-1 {
			t.Fatalf("offset %d: %v offset %d, want 2:%d", start+i, p, p.Offset, col)
		}
		col++
	}
	_ = utf8.RuneLen
}

func FuzzReadSource(f *testing.F) {
	f.Add([]byte(ruTelegram))
	f.Add(encode(&testing.T{}, charmap.Windows1251, "Весьма срочно\r\nт. СТАЛИНУ"))
	f.Add([]byte{0xFF, 0xFE, 0x41, 0x00, 0x0D, 0x00})
	f.Add([]byte("a\u0301\u00ad\r\r\nб"))
	f.Add(encode(&testing.T{}, charmap.KOI8R, "Москва"))
	f.Add([]byte("Line one.\nab\xffcd\n"))
	f.Add([]byte("Строка\r\n\u00a0чистая\nи\u0306\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ReadSource("f", bytes.NewReader(data), ReadOptions{})
		if err != nil {
			return
		}
		if !utf8.ValidString(s.Text) {
			t.Fatalf("text not UTF-8: %q", s.Text)
		}
		if s.Encoding == EncUTF8 && !s.BOM {
			if got := Normalize(string(data)); got != s.Text {
				t.Fatalf("Normalize = %q, ReadSource = %q", got, s.Text)
			}
		}
		prev := -1
		for i := 0; i <= len(s.Text); i++ {
			p := s.Pos(i)
			if p.Offset < prev || p.Offset > len(data) || p.Line < 1 || p.Col < 1 {
				t.Fatalf("offset %d: bad position %+v (prev %d)", i, p, prev)
			}
			prev = p.Offset
		}
	})
}

// The fast path for clean UTF-8 maps positions exactly as the rune-by-rune
// path does.
func TestDecodeCleanSameAsRunes(t *testing.T) {
	text := "\xEF\xBB\xBFИз Пхеньяна\nОтправлено 26.9.50 г. в 8.10 по проводу, «Правда» — 𝄞 emoji.\n" + strings.Repeat("Положение войск тяжелое. ", 20)
	b := []byte(text)
	fast := &Source{Name: "f", Encoding: EncUTF8}
	if err := fast.decode(b, 3); err != nil {
		t.Fatal(err)
	}
	if !isCleanText(b[3:]) {
		t.Fatalf("the fixture would not take the fast path")
	}
	slow := &Source{Name: "f", Encoding: EncUTF8}
	if err := slow.decodeRunes(b, 3); err != nil {
		t.Fatal(err)
	}
	if fast.Text != slow.Text {
		t.Fatalf("texts differ")
	}
	for i := 0; i <= len(fast.Text); i++ {
		if fp, sp := fast.Pos(i), slow.Pos(i); fp != sp {
			t.Fatalf("offset %d: fast %+v, runes %+v", i, fp, sp)
		}
	}
}

// Clean lines are copied and dirty ones go rune by rune: every character
// of Text that is the file's own still points at itself in the file.
func TestDecodeMixedLines(t *testing.T) {
	file := "Из Пхеньяна\r\nОтправлено\u00a026.9.50 г.\r\nи\u0306 краи\u0306\nчистая строка № 5 — «так»\n\u00adмягкий\rперенос\nконец"
	s, err := ReadSource("m.txt", strings.NewReader(file), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := Normalize(file); s.Text != want {
		t.Fatalf("text = %q, want %q", s.Text, want)
	}
	for i, r := range s.Text {
		p := s.Pos(i)
		got, _ := utf8.DecodeRuneInString(file[p.Offset:])
		if got != r && r != ' ' && r != '\n' && r != 'й' {
			t.Errorf("%q at text offset %d maps to %q at file offset %d", r, i, got, p.Offset)
		}
		line := strings.Count(file[:p.Offset], "\n") + strings.Count(strings.ReplaceAll(file[:p.Offset], "\r\n", ""), "\r") + 1
		if p.Line != line && r != '\n' {
			t.Errorf("%q at text offset %d: line %d, want %d", r, i, p.Line, line)
		}
	}
}

// A combining mark after a soft hyphen composes with the letter before the
// hyphen, in ReadSource as in Normalize, and positions after it still
// point at the file's bytes.
func TestNormalisationAcrossDroppedRune(t *testing.T) {
	in := "Ли\u00ad\u0306ния A\u00ad\u200b\u0301б\n"
	s, err := ReadSource("n.txt", strings.NewReader(in), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Лйния Áб\n"
	if s.Text != want || Normalize(in) != want {
		t.Fatalf("ReadSource %q, Normalize %q, want %q", s.Text, Normalize(in), want)
	}
	if p := s.Pos(strings.Index(want, "б")); p.Offset != strings.Index(in, "б") || p.Col != 13 {
		t.Errorf("б at %+v, want offset %d col 13", p, strings.Index(in, "б"))
	}
}

// TextOffset is Pos's inverse at every rune, across anchors and whatever
// reading changed (CRLF, no-break spaces, soft hyphens, a code page).
func TestTextOffsetInvertsPos(t *testing.T) {
	line := "Тов.\u00a0ШТЫКОВУ: авиа\u00adбоязнь, 26.9.50 г. в 8.10 — «Инстанция».\r\n"
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"utf-8", []byte(strings.Repeat(line, 40))},
		{"1251", encode(t, charmap.Windows1251, strings.Repeat(strings.NewReplacer("\u00ad", "", "—", "-").Replace(line), 40))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadSource("p.txt", bytes.NewReader(tt.data), ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for i := range s.Text {
				if o := s.Pos(i).Offset; s.TextOffset(o) != i {
					t.Fatalf("text offset %d: Pos gives file offset %d, TextOffset maps it back to %d", i, o, s.TextOffset(o))
				}
			}
		})
	}
}
