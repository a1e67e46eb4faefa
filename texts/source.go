package texts

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/internal/term"
)

// ReadOptions say how to decode a file.
type ReadOptions struct {
	// Encoding overrides detection: "utf-8", "utf-16" (with or without a
	// BOM; little-endian without), "utf-16le", "utf-16be",
	// "windows-1251" (also "cp1251"), "koi8-r", "ibm866" (also "cp866"),
	// "iso-8859-5", "x-mac-cyrillic", or any WHATWG or IANA name of these
	// (see EncodingName). Empty or "auto" detects.
	Encoding string
}

// Source is one decoded, normalised file with a map back to its bytes.
type Source struct {
	Name     string // file name as the user gave it; "-" or "" for standard input
	Text     string // decoded, NFC, LF line endings
	Encoding string // the encoding that was used
	BOM      bool   // the file began with a byte order mark
	// Format is the kind of document the text was read from: "" for a
	// text file, or FormatDOCX, FormatODT, FormatHTML. In those, Pos
	// gives paragraphs for lines (Pos.Unit says so), and offsets count
	// the bytes of the text read from the document, not of the file.
	Format string
	// Warnings are what a command should tell the user about the reading
	// (tracked changes read as accepted), one sentence each.
	Warnings []string

	// lineStarts are offsets in Text where lines begin.
	lineStarts []int
	// anchors map offsets of Text to the original file; between two
	// anchors every rune of Text is the rune of the file, so positions
	// are found by walking at most anchorEvery runes from an anchor.
	anchors []anchor
	// runeLen is how many bytes a rune takes in the original encoding.
	runeLen func(r rune) int
	// paraLines, in a document of paragraphs, say where each line of
	// Text stands in the paragraphs (nil for a text file).
	paraLines []paraLine
	// lineRunes caches the rune index of each line's start (-1: not yet
	// known), which every Pos on the line needs.
	lineRunes []int
	// posMu guards lineStarts and lineRunes, which Pos fills lazily:
	// check.Run's rules call Pos on one Source at once.
	posMu sync.Mutex
}

// anchor ties an offset of Source.Text to the original file: the byte
// offset and the index of the rune (counted from the start of the decoded
// file, BOM excluded).
type anchor struct {
	text, orig, rune int
}

// anchorEvery bounds the walk of one position lookup.
const anchorEvery = 64

// Error is bad input: it names the file and, when known, the line and the
// column (in characters) where the problem is.
type Error struct {
	File string
	Line int // 1-based; 0 when the problem is the whole file
	Col  int
	Msg  string
}

func (e *Error) Error() string {
	name := term.Printable(e.File)
	if name == "" {
		name = "<stdin>"
	}
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", name, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", name, e.Line, e.Col, e.Msg)
}

// ReadSource decodes r, normalises the text and keeps the map back to the
// file. The name is used in positions and errors.
//
// Normalisation: NFC, CRLF and CR become LF, no-break and other fixed-width
// spaces become a space, soft hyphens, zero-width characters and stray byte
// order marks are dropped. Positions still point into the file as it is.
func ReadSource(name string, r io.Reader, opts ReadOptions) (*Source, error) {
	// The bound: archival texts are a few megabytes; a device or a pipe
	// that never ends (a mistyped /dev/zero) would otherwise grow memory
	// until the machine gives out.
	b, err := input.ReadAll(r, input.MaxText)
	if err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	if len(b) == 0 {
		return nil, &Error{File: name, Msg: "empty file"}
	}
	format, err := sniffFormat(name, b)
	if err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	if format != "" {
		return readDocument(name, format, b, opts)
	}
	enc, bom, err := chooseEncoding(name, b, opts.Encoding)
	if err != nil {
		return nil, err
	}
	s := &Source{Name: name, Encoding: enc, BOM: bom > 0}
	if err := s.decode(b, bom); err != nil {
		return nil, err
	}
	if strings.TrimSpace(s.Text) == "" {
		return nil, &Error{File: name, Msg: "empty file (only white space)"}
	}
	return s, nil
}

// chooseEncoding names the encoding of b and the length of its BOM.
func chooseEncoding(name string, b []byte, override string) (enc string, bom int, err error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		enc, bom = EncUTF8, 3
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		enc, bom = EncUTF16LE, 2
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		enc, bom = EncUTF16BE, 2
	}
	want, err := EncodingName(override)
	if err != nil {
		return "", 0, err
	}
	switch want {
	case "":
	case encUTF16:
		if enc != EncUTF16LE && enc != EncUTF16BE {
			enc, bom = EncUTF16LE, 0
		}
	default:
		// A BOM of another encoding is text under the one named.
		if enc != want {
			bom = 0
		}
		enc = want
	}
	if enc == EncUTF16LE || enc == EncUTF16BE {
		return enc, bom, nil
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		line, col := lineColBytes(b[bom:], i-bom)
		msg := "binary file (NUL byte)"
		if e := guessUTF16(b); e != "" {
			msg += "; it looks like UTF-16 without a byte order mark: name it with --encoding " + e
		}
		return "", 0, &Error{File: name, Line: line, Col: col, Msg: msg}
	}
	if enc != "" {
		return enc, bom, nil
	}
	enc, err = guessUnnamed(name, b, "file")
	if err != nil || enc != "" {
		return enc, 0, err
	}
	return EncUTF8, 0, nil // decode reports where the UTF-8 breaks
}

// guessUnnamed names the encoding of b, a file or page (what) that does
// not say it: UTF-8 where it is valid, else the legacy code page its
// letters fit, an error where two fit as well, and "" where none does.
func guessUnnamed(name string, b []byte, what string) (string, error) {
	if utf8.Valid(b) {
		return EncUTF8, nil
	}
	legacy, ambiguous := guessLegacy(b)
	if ambiguous != nil && legacy == "" {
		return "", &Error{File: name, Msg: fmt.Sprintf("cannot tell whether the %s is in %s or %s: name it with --encoding", what, ambiguous[0], ambiguous[1])}
	}
	return legacy, nil
}

// lineColBytes gives the line and column (in characters, counting each
// byte that is not valid UTF-8 as one) of offset i of b.
func lineColBytes(b []byte, i int) (line, col int) {
	i = max(0, min(i, len(b)))
	line = 1 + bytes.Count(b[:i], []byte{'\n'})
	start := bytes.LastIndexByte(b[:i], '\n') + 1
	return line, 1 + utf8.RuneCount(b[start:i])
}

// builder accumulates the normalised text and its anchors.
type builder struct {
	text        []byte
	anchors     []anchor
	lineStarts  []int
	since       int  // runes since the last anchor
	broken      bool // the last rune was not copied as it is
	cluster     []origRune
	clusterText []byte
}

// origRune is one decoded rune with its place in the file, and the rune
// it becomes after cleaning (-1: dropped).
type origRune struct {
	r     rune // as cleaned
	orig  int  // byte offset in the file
	index int  // rune index in the decoded file
	same  bool // r is the rune of the file
}

func (b *builder) emit(r rune, orig, index int, same bool) {
	if !same || b.broken || b.since >= anchorEvery || len(b.anchors) == 0 {
		b.anchors = append(b.anchors, anchor{text: len(b.text), orig: orig, rune: index})
		b.since = 0
	}
	b.broken = !same
	b.since++
	b.text = utf8.AppendRune(b.text, r)
	if r == '\n' {
		b.lineStarts = append(b.lineStarts, len(b.text))
	}
}

// appendClean appends a run of runes that are the file's own and NFC
// starters (no line feed among them) starting at byte orig and rune index
// of the file, and returns the index after them.
func (b *builder) appendClean(run []byte, orig, index int) int {
	text := len(b.text)
	for k, c := range run {
		if c&0xC0 == 0x80 {
			continue // a continuation byte
		}
		if b.broken || b.since >= anchorEvery || len(b.anchors) == 0 {
			b.anchors = append(b.anchors, anchor{text: text + k, orig: orig + k, rune: index})
			b.since, b.broken = 0, false
		}
		b.since++
		index++
	}
	b.text = append(b.text, run...)
	return index
}

// drop notes that a rune of the file left no trace in the text.
func (b *builder) drop() { b.broken = true }

// dropRune takes a rune that cleaning removes (r -1). Inside a cluster it
// stays there, so that what comes after it composes with what came before
// ("A", soft hyphen, combining acute is "Á", as Normalize has it).
func (b *builder) dropRune(o origRune) {
	if len(b.cluster) == 0 {
		b.drop()
		return
	}
	b.cluster = append(b.cluster, o)
}

// add takes one cleaned rune, gathering runes into NFC clusters.
func (b *builder) add(o origRune) {
	if len(b.cluster) > 0 && !boundaryBefore(o.r) {
		b.cluster = append(b.cluster, o)
		return
	}
	b.flush()
	b.cluster = append(b.cluster, o)
}

func boundaryBefore(r rune) bool {
	// Fast paths: Latin-1, the Cyrillic letters and general punctuation
	// are all starters.
	if r < 0x300 || (r >= 0x400 && r <= 0x482) || (r >= 0x2000 && r <= 0x206F) {
		return true
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return norm.NFC.Properties(buf[:n]).BoundaryBefore()
}

// flush writes the pending cluster, composed.
func (b *builder) flush() {
	switch len(b.cluster) {
	case 0:
		return
	case 1:
		// A lone rune NFC keeps as it is; others (U+212B ANGSTROM SIGN
		// becomes Å) go through norm below.
		if o := b.cluster[0]; nfcStarter(o.r) {
			b.emit(o.r, o.orig, o.index, o.same)
			b.cluster = b.cluster[:0]
			return
		}
	}
	b.clusterText = b.clusterText[:0]
	for _, o := range b.cluster {
		if o.r >= 0 {
			b.clusterText = utf8.AppendRune(b.clusterText, o.r)
		}
	}
	composed := norm.NFC.Bytes(b.clusterText)
	if bytes.Equal(composed, b.clusterText) {
		for _, o := range b.cluster {
			if o.r < 0 {
				b.drop()
				continue
			}
			b.emit(o.r, o.orig, o.index, o.same)
		}
	} else {
		// Every position inside a composed character points at its start.
		first := b.cluster[0]
		for _, r := range string(composed) {
			b.emit(r, first.orig, first.index, false)
		}
		b.broken = true
	}
	b.cluster = b.cluster[:0]
}

// clean says what a decoded rune becomes in Text: itself, another rune, or
// nothing (-1).
func clean(r rune) rune {
	switch r {
	case '\u00a0', '\u2007', '\u202f', '\u2000', '\u2001', '\u2002', '\u2003',
		'\u2004', '\u2005', '\u2006', '\u2008', '\u2009', '\u200a', '\u3000':
		return ' '
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return -1
	case '\u2028', '\u2029', '\u0085':
		return ' '
	}
	return r
}

// decode fills Text, the anchors and the line starts from the bytes.
func (s *Source) decode(b []byte, bom int) error {
	if s.Encoding == EncUTF8 && isCleanText(b[bom:]) {
		s.decodeClean(b, bom)
		return nil
	}
	return s.decodeRunes(b, bom)
}

// isCleanText reports valid UTF-8 that normalisation leaves as it is: no
// CR, no rune that clean changes, and NFC. Runes of the scripts and
// punctuation of the domain are checked by their code point; only a text
// with others asks the norm package.
func isCleanText(b []byte) bool {
	unsure := false
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 || clean(r) != r {
			return false
		}
		if !nfcStarter(r) {
			unsure = true
		}
		i += n
	}
	return !unsure || norm.NFC.IsNormal(b)
}

// nfcStarter reports runes that NFC leaves as they are and that never
// compose with the rune before them: Latin-1 and Latin Extended, Cyrillic
// letters, general punctuation, the currency and letterlike symbols.
// (Every combining mark is outside these ranges.)
func nfcStarter(r rune) bool {
	switch {
	case r < 0x300:
		return true
	case r >= 0x400 && r < 0x483, r >= 0x48A && r < 0x530:
		return true
	case r >= 0x2010 && r < 0x2028, r >= 0x2030 && r < 0x205F, r >= 0x20A0 && r < 0x20C0:
		return true
	case r == 0x2116 || r == 0x2122: // № ™
		return true
	}
	return false
}

// locate maps an offset of Text to the file's byte offset and rune index.
func (s *Source) locate(offset int) (orig, index int) {
	offset = max(0, min(offset, len(s.Text)))
	if len(s.anchors) == 0 {
		// A Source built by hand: Text is the file.
		return offset, utf8.RuneCountInString(s.Text[:offset])
	}
	k := sort.Search(len(s.anchors), func(i int) bool { return s.anchors[i].text > offset }) - 1
	a := s.anchors[max(k, 0)]
	orig, index = a.orig, a.rune
	if a.text == offset {
		return orig, index
	}
	// Stop before a rune that offset cuts: a position inside a rune is the
	// position of the rune.
	for offset > a.text && offset < len(s.Text) && !utf8.RuneStart(s.Text[offset]) {
		offset--
	}
	if s.Encoding == EncUTF8 || s.paraLines != nil {
		// Between anchors the text is the file's bytes (a document's
		// paragraphs, whatever the encoding of a web page, are UTF-8).
		return orig + offset - a.text, index + utf8.RuneCountInString(s.Text[a.text:offset])
	}
	if singleByte[s.Encoding] != nil {
		n := utf8.RuneCountInString(s.Text[a.text:offset])
		return orig + n, index + n
	}
	for i := a.text; i < offset; {
		r, n := utf8.DecodeRuneInString(s.Text[i:])
		if i+n > offset {
			break
		}
		orig += s.runeLen(r)
		index++
		i += n
	}
	return orig, index
}

// TextOffset maps a byte offset of the original file (a Pos's Offset) to
// the offset of Text where that rune is, Pos's inverse: the two differ
// wherever reading changed the bytes (CRLF, a no-break space, a code
// page). An offset of a byte the text left out maps to the rune after it.
func (s *Source) TextOffset(orig int) int {
	if s == nil {
		return orig
	}
	return sort.Search(len(s.Text), func(t int) bool {
		o, _ := s.locate(t)
		return o >= orig
	})
}

// Pos maps an offset of Text to the position in the original file.
func (s *Source) Pos(offset int) Pos {
	if s == nil {
		return Pos{}
	}
	s.posMu.Lock()
	defer s.posMu.Unlock()
	if s.lineStarts == nil {
		s.lineStarts = []int{0}
		for i := 0; i < len(s.Text); i++ {
			if s.Text[i] == '\n' {
				s.lineStarts = append(s.lineStarts, i+1)
			}
		}
	}
	offset = max(0, min(offset, len(s.Text)))
	line := sort.SearchInts(s.lineStarts, offset+1) - 1
	orig, index := s.locate(offset)
	if len(s.lineRunes) != len(s.lineStarts) {
		s.lineRunes = make([]int, len(s.lineStarts))
		for i := range s.lineRunes {
			s.lineRunes[i] = -1
		}
	}
	lineIndex := s.lineRunes[line]
	if lineIndex < 0 {
		_, lineIndex = s.locate(s.lineStarts[line])
		s.lineRunes[line] = lineIndex
	}
	p := Pos{File: s.Name, Line: line + 1, Col: index - lineIndex + 1, Offset: orig}
	if line < len(s.paraLines) {
		pl := s.paraLines[line]
		p.Line, p.Col, p.Unit = pl.para, p.Col+pl.col, UnitParagraph
	}
	return p
}

// guessUTF16 names the byte order of a file that looks like UTF-16
// without a BOM: most of its even (or odd) bytes are NUL, as Latin text and
// line feeds are in UTF-16. Only a hint in an error: sverka does not guess
// it silently.
func guessUTF16(b []byte) string {
	n := min(len(b), 4096) &^ 1
	if n < 4 {
		return ""
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	switch half := n / 2; {
	case odd*10 >= half*6 && even*10 < half:
		return EncUTF16LE
	case even*10 >= half*6 && odd*10 < half:
		return EncUTF16BE
	}
	return ""
}

// decodeClean is decode for the common file: UTF-8 that normalisation
// leaves as it is. Text is the file after its BOM; the anchors only count
// runes.
func (s *Source) decodeClean(b []byte, bom int) {
	s.runeLen = utf8.RuneLen
	text := b[bom:]
	s.Text = string(text)
	s.lineStarts = []int{0}
	s.anchors = make([]anchor, 0, len(text)/anchorEvery+2)
	runes := 0
	for i, c := range text {
		if c&0xC0 == 0x80 {
			continue // a continuation byte
		}
		if runes%anchorEvery == 0 {
			s.anchors = append(s.anchors, anchor{text: i, orig: i + bom, rune: runes})
		}
		runes++
		if c == '\n' {
			s.lineStarts = append(s.lineStarts, i+1)
		}
	}
	s.anchors = append(s.anchors, anchor{text: len(text), orig: len(b), rune: runes})
}
