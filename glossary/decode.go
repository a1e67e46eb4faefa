package glossary

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/sverka/sverka/texts"
)

// decodeText returns a text glossary (YAML, CSV, TSV) as UTF-8. Clean UTF-8
// passes as it is; anything else (a UTF-16 file, Windows-1251, KOI8-R, a
// named encoding) is decoded as texts.ReadSource decodes the edition's
// texts, with its detection and its file:line:col errors. Line numbers stay
// those of the file.
func decodeText(name string, b []byte, enc string) ([]byte, error) {
	if isPlainUTF8(b) && (enc == "" || strings.EqualFold(enc, "auto") || strings.EqualFold(enc, "utf-8")) {
		return b, nil
	}
	src, err := texts.ReadSource(name, bytes.NewReader(b), texts.ReadOptions{Encoding: enc})
	if err != nil {
		return nil, err
	}
	return []byte(src.Text), nil
}

// isPlainUTF8 reports whether b is UTF-8 without NUL bytes (a UTF-16 file
// without a byte order mark has them).
func isPlainUTF8(b []byte) bool {
	return utf8.Valid(b) && bytes.IndexByte(b, 0) < 0
}

// xmlInput prepares an XML file for encoding/xml, which reads only UTF-8
// by itself: a UTF-16 file (told by its byte order mark, or by the NUL
// bytes around "<?" without one) is decoded to UTF-8, and a UTF-8 BOM is
// dropped. enc names the encoding outright (ImportOptions.Encoding).
// decoded says the result is UTF-8 whatever its declaration says.
func xmlInput(name string, b []byte, enc string) (out []byte, decoded bool, err error) {
	var e encoding.Encoding
	switch {
	case enc != "" && !strings.EqualFold(enc, "auto"):
		if e, err = charsetEncoding(enc); err != nil {
			return nil, false, fmt.Errorf("%s: %w", name, err)
		}
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0x3C, 0x00}):
		e = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}), bytes.HasPrefix(b, []byte{0x00, 0x3C}):
		e = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	default:
		return bytes.TrimPrefix(b, []byte("\ufeff")), false, nil
	}
	// A byte order mark, where there is one, overrides the byte order.
	out, _, err = transform.Bytes(unicode.BOMOverride(e.NewDecoder()), b)
	if err != nil {
		return nil, false, fmt.Errorf("%s: cannot decode: %v", name, err)
	}
	return bytes.TrimPrefix(out, []byte("\ufeff")), true, nil
}

// charsetEncoding finds an encoding by name: IANA names and aliases, then
// the WHATWG labels web pages use. Plain "utf-16" is little-endian unless a
// byte order mark says otherwise.
func charsetEncoding(label string) (encoding.Encoding, error) {
	label = strings.TrimSpace(label)
	switch strings.ToLower(label) {
	case "utf-16", "utf16":
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), nil
	case "cp1251", "win-1251", "win1251", "1251":
		label = "windows-1251"
	}
	if e, err := ianaindex.IANA.Encoding(label); err == nil && e != nil {
		return e, nil
	}
	if e, err := htmlindex.Get(label); err == nil {
		return e, nil
	}
	return nil, fmt.Errorf("unknown encoding %q", label)
}

// xmlCharsetReader is encoding/xml's CharsetReader: it decodes the
// encodings golang.org/x/text knows by their IANA or WHATWG names. When the
// input was already decoded to UTF-8 (a UTF-16 file), its declaration no
// longer describes it and the input passes as it is.
func xmlCharsetReader(decoded bool) func(label string, input io.Reader) (io.Reader, error) {
	return func(label string, input io.Reader) (io.Reader, error) {
		if decoded {
			return input, nil
		}
		l := strings.ToLower(strings.TrimSpace(label))
		if strings.HasPrefix(l, "utf-16") || strings.HasPrefix(l, "utf16") || l == "ucs-2" {
			// Read as ASCII, the declaration cannot have been UTF-16.
			return nil, fmt.Errorf("the file declares %s but is not UTF-16 (it has no byte order mark and no NUL bytes)", label)
		}
		e, err := charsetEncoding(label)
		if err != nil {
			return nil, fmt.Errorf("%v: declare one of UTF-8, UTF-16, windows-1251, KOI8-R", err)
		}
		return e.NewDecoder().Reader(input), nil
	}
}
