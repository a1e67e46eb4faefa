package texts

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
)

// Encoding names as Source.Encoding reports them: the WHATWG names, which
// browsers and most tools know.
const (
	EncUTF8        = "utf-8"
	EncUTF16LE     = "utf-16le"
	EncUTF16BE     = "utf-16be"
	EncCP1251      = "windows-1251"
	EncKOI8R       = "koi8-r"
	EncCP866       = "ibm866"
	EncISO88595    = "iso-8859-5"
	EncMacCyrillic = "x-mac-cyrillic"
	// EncWindows1252 is the Western code page an English page or file
	// may be in (a page that says iso-8859-1 is in it too, as browsers
	// read it). It is read where it is named, never guessed: the bytes of
	// a broken UTF-8 file read as it just as well.
	EncWindows1252 = "windows-1252"
)

// encUTF16 is UTF-16 in the byte order its BOM says (little-endian
// without one): ReadOptions.Encoding may ask for it, Source.Encoding never
// reports it.
const encUTF16 = "utf-16"

// singleByte are the code pages sverka reads, by name: the Russian ones
// and Windows-1252.
var singleByte = map[string]*charmap.Charmap{
	EncCP1251:      charmap.Windows1251,
	EncKOI8R:       charmap.KOI8R,
	EncCP866:       charmap.CodePage866,
	EncISO88595:    charmap.ISO8859_5,
	EncMacCyrillic: charmap.MacintoshCyrillic,
	EncWindows1252: charmap.Windows1252,
}

// encodingNames are short names people type that neither the WHATWG nor
// the IANA registry knows, in lower case; "" detects.
var encodingNames = map[string]string{
	"": "", "auto": "",
	"utf8": EncUTF8, "utf16": encUTF16, "utf16le": EncUTF16LE, "utf16be": EncUTF16BE,
	"1251": EncCP1251, "win-1251": EncCP1251, "win1251": EncCP1251,
	"koi8r": EncKOI8R, "koi8": EncKOI8R,
	"866": EncCP866, "dos-866": EncCP866,
	"maccyrillic": EncMacCyrillic, "mac-cyrillic": EncMacCyrillic,
	"iso8859-5": EncISO88595,
	"1252":      EncWindows1252, "win-1252": EncWindows1252, "win1252": EncWindows1252,
}

// EncodingName checks a name ReadOptions.Encoding may hold (any case: a
// WHATWG label such as "x-mac-cyrillic" or "cp866", an IANA name or alias
// such as "csKOI8R" or "ISO_8859-5:1988", or a short name such as
// "cp1251") and returns the encoding it asks for: one of the Enc
// constants, "utf-16" for either byte order, or "" to detect. A command can
// thus refuse a bad --encoding before it reads anything.
func EncodingName(name string) (string, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	if enc, ok := encodingNames[key]; ok {
		return enc, nil
	}
	if key == encUTF16 {
		return encUTF16, nil
	}
	var e encoding.Encoding
	if h, err := htmlindex.Get(key); err == nil {
		e = h
	} else if i, err := ianaindex.IANA.Encoding(key); err == nil && i != nil {
		e = i
	}
	if e != nil {
		if enc := supportedName(e); enc != "" {
			return enc, nil
		}
		return "", fmt.Errorf("encoding %q is not one sverka reads (want %s)", name, encodingList)
	}
	return "", fmt.Errorf("unknown encoding %q (want %s)", name, encodingList)
}

const encodingList = "auto, utf-8, utf-16, utf-16le, utf-16be, windows-1251, koi8-r, ibm866, iso-8859-5, x-mac-cyrillic or windows-1252"

// supportedName is the Enc constant of an encoding sverka reads, or "".
func supportedName(e encoding.Encoding) string {
	for name, cm := range singleByte {
		if e == encoding.Encoding(cm) {
			return name
		}
	}
	if name, err := htmlindex.Name(e); err == nil {
		switch name {
		case EncUTF8, EncUTF16LE, EncUTF16BE:
			return name
		}
	}
	if name, err := ianaindex.IANA.Name(e); err == nil {
		switch strings.ToLower(name) {
		case "utf-8":
			return EncUTF8
		case "utf-16":
			return encUTF16
		case "utf-16le":
			return EncUTF16LE
		case "utf-16be":
			return EncUTF16BE
		}
	}
	return ""
}
