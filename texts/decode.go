package texts

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// decodeRunes decodes rune by rune, cleaning and composing, and anchors
// every change: one decoder per kind of encoding feeds the runes of the
// file, with their offsets, to a runeFeed.
func (s *Source) decodeRunes(b []byte, bom int) error {
	f := &runeFeed{bld: &builder{lineStarts: []int{0}, text: make([]byte, 0, len(b)+len(b)/2)}, pendingCR: -1}
	var err error
	switch cm := singleByte[s.Encoding]; {
	case s.Encoding == EncUTF8:
		s.runeLen = utf8.RuneLen
		err = s.decodeUTF8(f, b, bom)
	case cm != nil:
		s.runeLen = func(rune) int { return 1 }
		decodeSingleByte(f, b, bom, cm)
	case s.Encoding == EncUTF16LE || s.Encoding == EncUTF16BE:
		s.runeLen = utf16RuneLen
		err = s.decodeUTF16(f, b, bom)
	default:
		err = fmt.Errorf("%s: unknown encoding %q", s.Name, s.Encoding)
	}
	if err != nil {
		return err
	}
	s.Text, s.anchors, s.lineStarts = f.finish(len(b))
	return nil
}

// runeFeed takes the decoded runes of a file in order, turns CR and CRLF
// into LF, cleans them and hands them to the builder.
type runeFeed struct {
	bld        *builder
	index      int // rune index in the decoded file of the next rune
	pendingCR  int // offset of a CR waiting to see whether LF follows; -1: none
	pendingIdx int
}

// put takes the rune r found at byte off of the file.
func (f *runeFeed) put(r rune, off int) {
	bld := f.bld
	if f.pendingCR >= 0 {
		if r == '\n' {
			// CRLF: the CR goes, the LF stays.
			bld.flush()
			bld.drop()
			bld.add(origRune{r: '\n', orig: off, index: f.index, same: true})
			f.pendingCR = -1
			f.index++
			return
		}
		bld.add(origRune{r: '\n', orig: f.pendingCR, index: f.pendingIdx, same: false})
		f.pendingCR = -1
	}
	switch c := clean(r); {
	case r == '\r':
		f.pendingCR, f.pendingIdx = off, f.index
	case c < 0:
		bld.dropRune(origRune{r: -1, orig: off, index: f.index})
	default:
		bld.add(origRune{r: c, orig: off, index: f.index, same: c == r})
	}
	f.index++
}

// finish ends the text of a file of size bytes.
func (f *runeFeed) finish(size int) (string, []anchor, []int) {
	bld := f.bld
	if f.pendingCR >= 0 {
		bld.add(origRune{r: '\n', orig: f.pendingCR, index: f.pendingIdx, same: false})
	}
	bld.flush()
	// The end of the text maps to the end of the file.
	bld.anchors = append(bld.anchors, anchor{text: len(bld.text), orig: size, rune: f.index})
	return string(bld.text), bld.anchors, bld.lineStarts
}

// decodeUTF8 feeds a UTF-8 file. Runs of runes that normalisation keeps
// (most of the file) are copied whole; the others go rune by rune, and a
// rune that may compose with the one before it takes that one along.
func (s *Source) decodeUTF8(f *runeFeed, b []byte, bom int) error {
	bld := f.bld
	run := -1  // start of a run of kept runes not yet copied
	prev := -1 // start of the rune before i
	for i := bom; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf && c != '\r' && c != '\n' && f.pendingCR < 0 {
			if run < 0 {
				run = i
			}
			prev = i
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			line, col := lineColBytes(b[bom:], i-bom)
			return &Error{File: s.Name, Line: line, Col: col,
				Msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02X); if the file is in a legacy encoding, name it with --encoding", b[i])}
		}
		if c >= utf8.RuneSelf && clean(r) == r && nfcStarter(r) && f.pendingCR < 0 {
			if run < 0 {
				run = i
			}
			prev = i
			i += n
			continue
		}
		cut := i
		// A rune that cleaning removes takes the rune before it along
		// too: what follows it may compose with that one.
		if (!nfcStarter(r) || clean(r) < 0) && run >= 0 && prev >= run {
			cut = prev
		}
		if run >= 0 && cut > run {
			bld.flush()
			f.index = bld.appendClean(b[run:cut], run, f.index)
		}
		run = -1
		for k := cut; k < i; {
			pr, pn := utf8.DecodeRune(b[k:])
			f.put(pr, k)
			k += pn
		}
		f.put(r, i)
		prev = i
		i += n
	}
	if run >= 0 {
		bld.flush()
		f.index = bld.appendClean(b[run:], run, f.index)
	}
	return nil
}

// decodeSingleByte feeds a file in a code page: one byte, one rune.
func decodeSingleByte(f *runeFeed, b []byte, bom int, cm *charmap.Charmap) {
	var table [256]rune
	for c := range table {
		table[c] = cm.DecodeByte(byte(c))
	}
	for i := bom; i < len(b); i++ {
		r := table[b[i]]
		if f.pendingCR < 0 && r != '\r' && r != '\n' && clean(r) == r && nfcStarter(r) {
			// The common byte: a letter or a sign that is kept as it is
			// and composes with nothing.
			f.bld.flush()
			f.bld.emit(r, i, f.index, true)
			f.index++
			continue
		}
		f.put(r, i)
	}
}

func utf16RuneLen(r rune) int {
	if r >= 0x10000 {
		return 4
	}
	return 2
}

// decodeUTF16 feeds a UTF-16 file in the byte order of s.Encoding; a lone
// surrogate is U+FFFD.
func (s *Source) decodeUTF16(f *runeFeed, b []byte, bom int) error {
	if (len(b)-bom)%2 != 0 {
		return &Error{File: s.Name, Msg: "truncated UTF-16 (odd number of bytes)"}
	}
	unit := func(i int) uint16 {
		if s.Encoding == EncUTF16LE {
			return uint16(b[i]) | uint16(b[i+1])<<8
		}
		return uint16(b[i])<<8 | uint16(b[i+1])
	}
	line := 1
	for i := bom; i+1 < len(b); {
		u := unit(i)
		r, n := rune(u), 2
		if utf16.IsSurrogate(r) {
			r = utf8.RuneError
			if i+3 < len(b) {
				if pair := utf16.DecodeRune(rune(u), rune(unit(i+2))); pair != utf8.RuneError {
					r, n = pair, 4
				}
			}
		}
		if r == 0 {
			return &Error{File: s.Name, Line: line, Col: 1, Msg: "binary file (NUL character)"}
		}
		if r == '\n' {
			line++
		}
		f.put(r, i)
		i += n
	}
	return nil
}
