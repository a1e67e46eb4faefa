package glossary

import (
	"bufio"
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

// xmlStream prepares an XML stream for encoding/xml, which reads only
// UTF-8 by itself: a UTF-16 file (told by its byte order mark, or by the
// NUL bytes around "<?" without one) is decoded to UTF-8, and a UTF-8 BOM
// is dropped. enc names the encoding outright (ImportOptions.Encoding).
// decoded says the result is UTF-8 whatever its declaration says.
func xmlStream(name string, r io.Reader, enc string) (out io.Reader, decoded bool, err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(3)
	var e encoding.Encoding
	label := enc
	switch {
	case enc != "" && !strings.EqualFold(enc, "auto"):
		if e, err = charsetEncoding(enc); err != nil {
			return nil, false, fmt.Errorf("%s: %w", name, err)
		}
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0x3C, 0x00}):
		e, label = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "UTF-16LE"
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}), bytes.HasPrefix(head, []byte{0x00, 0x3C}):
		e, label = unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "UTF-16BE"
	default:
		if bytes.HasPrefix(head, []byte("\ufeff")) {
			br.Discard(3)
		}
		return br, false, nil
	}
	// A byte order mark, where there is one, overrides the byte order.
	dr := bufio.NewReader(&noReplacement{r: transform.NewReader(br, unicode.BOMOverride(e.NewDecoder())), label: label})
	if head, _ := dr.Peek(3); bytes.HasPrefix(head, []byte("\ufeff")) {
		dr.Discard(3)
	}
	return dr, true, nil
}

// badDecodingError is a file whose bytes do not fit the encoding it
// declares or is read in: decoding them gave U+FFFD.
type badDecodingError struct{ label string }

func (e *badDecodingError) Error() string {
	return fmt.Sprintf("the file's bytes are not %s (they decode to U+FFFD): declare its real encoding or name it with --encoding", e.label)
}

// noReplacement passes decoded text and fails at the first U+FFFD, which a
// decoder writes for bytes its encoding has no character for: a file in
// UTF-8 declaring iso-2022-jp would otherwise import as replacement
// characters.
type noReplacement struct {
	r     io.Reader
	label string
	tail  [2]byte // the last bytes of the previous read: U+FFFD may straddle two
	ntail int
}

func (n *noReplacement) Read(p []byte) (int, error) {
	k, err := n.r.Read(p)
	if k > 0 {
		var buf [5]byte
		edge := append(buf[:0], n.tail[:n.ntail]...)
		edge = append(edge, p[:min(k, 2)]...)
		if bytes.Contains(edge, []byte("\ufffd")) || bytes.Contains(p[:k], []byte("\ufffd")) {
			return 0, &badDecodingError{label: n.label}
		}
		if k >= 2 {
			n.ntail = copy(n.tail[:], p[k-2:k])
		} else {
			n.ntail = copy(n.tail[:], edge[max(0, len(edge)-2):])
		}
	}
	return k, err
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
		return &noReplacement{r: e.NewDecoder().Reader(input), label: label}, nil
	}
}
