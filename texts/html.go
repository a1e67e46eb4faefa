package texts

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// Reading a saved web page: the text of its paragraphs, headings, list
// items and table cells, one paragraph each, with <br> as a line break.
// Scripts, styles, navigation, page headers and footers are left out; the
// boilerplate rules then drop what is left of the site around the text,
// as in a page copied as text.

// maxHTMLDepth bounds the nesting of a page: a page nested deeper is an
// attack (or broken beyond reading) and is refused before it is parsed.
const maxHTMLDepth = 1000

// leftOut are the elements whose text is not the page's text.
var leftOut = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Iframe: true, atom.Svg: true,
	atom.Math: true, atom.Object: true, atom.Select: true, atom.Textarea: true, atom.Button: true,
}

// blocks are the elements that start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Hr: true, atom.Li: true, atom.Main: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true,
	atom.Ul: true, atom.Form: true, atom.Html: true,
}

// readHTML reads the paragraphs of a web page.
func readHTML(name string, b []byte, override string) (*paraDoc, error) {
	text, enc, err := decodeHTML(name, b, override)
	if err != nil {
		return nil, err
	}
	if depth, line := htmlDepth(text); depth > maxHTMLDepth {
		return nil, fmt.Errorf("HTML nested more than %d elements deep (line %d): not a page sverka reads", maxHTMLDepth, line)
	}
	root, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("damaged HTML: %v", err)
	}
	d := &paraDoc{format: FormatHTML, encoding: enc}
	var cur strings.Builder
	pre := 0
	flush := func() {
		var lines []string
		for _, l := range strings.Split(cur.String(), "\n") {
			if pre == 0 {
				l = strings.Join(strings.Fields(l), " ")
			}
			lines = append(lines, strings.TrimRight(l, " \t"))
		}
		cur.Reset()
		// Line breaks at the ends of a paragraph are no lines of it.
		for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
			lines = lines[1:]
		}
		for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
			lines = lines[:len(lines)-1]
		}
		if len(lines) == 0 {
			return
		}
		d.paras = append(d.paras, para{num: len(d.paras) + 1, text: strings.Join(lines, "\n")})
	}
	enter := func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			t := n.Data
			if pre == 0 {
				t = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(t)
			}
			cur.WriteString(t)
		case html.ElementNode:
			if leftOut[n.DataAtom] || hidden(n) {
				return false
			}
			switch {
			case n.DataAtom == atom.Br:
				cur.WriteByte('\n')
			case n.DataAtom == atom.Img:
				// An image's alternative text is no text of the page.
			case blocks[n.DataAtom]:
				flush()
				if n.DataAtom == atom.Pre {
					pre++
				}
			}
		}
		return true
	}
	leave := func(n *html.Node) {
		if n.Type == html.ElementNode && blocks[n.DataAtom] && !leftOut[n.DataAtom] {
			flush()
			if n.DataAtom == atom.Pre && pre > 0 {
				pre--
			}
		}
	}
	// The tree is walked without recursion: its depth is bounded, but
	// a stack of calls needs not be.
	for n := root; n != nil; {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		// n is done: leave it, and its parents whose last child it is.
		for {
			leave(n)
			if n == root {
				n = nil
				break
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
	flush()
	return d, nil
}

// hidden reports an element the page does not show.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "role":
			if a.Val == "navigation" || a.Val == "banner" || a.Val == "contentinfo" {
				return true
			}
		case "style":
			if s := strings.ReplaceAll(strings.ToLower(a.Val), " ", ""); strings.Contains(s, "display:none") {
				return true
			}
		}
	}
	return false
}

// htmlDepth is how deep the elements of a page nest (void elements and
// the elements HTML closes by itself not counted), and the line where it
// is deepest, found by the tokenizer alone, in one pass.
func htmlDepth(b []byte) (depth, line int) {
	z := html.NewTokenizer(bytes.NewReader(b))
	cur, lines := 0, 1
	for {
		tt := z.Next()
		raw := z.Raw()
		switch tt {
		case html.ErrorToken:
			return depth, line
		case html.StartTagToken:
			name, _ := z.TagName()
			if !selfClosing(atom.Lookup(name)) {
				cur++
				if cur > depth {
					depth, line = cur, lines
				}
				if depth > maxHTMLDepth {
					return depth, line
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !selfClosing(atom.Lookup(name)) && cur > 0 {
				cur--
			}
		}
		lines += bytes.Count(raw, []byte{'\n'})
	}
}

// selfClosing are the elements that never hold others, or that HTML
// closes by itself when the next one opens, so that a page that never
// closes them is not deep.
func selfClosing(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr,
		atom.P, atom.Li, atom.Dt, atom.Dd, atom.Option, atom.Tr, atom.Td, atom.Th:
		return true
	}
	return false
}

// decodeHTML turns a page into UTF-8 and says which encoding it read it
// in: the one named, else the one its BOM or <meta charset> says, else
// UTF-8 when it is valid, else a Russian code page its bytes read in.
func decodeHTML(name string, b []byte, override string) ([]byte, string, error) {
	want, err := EncodingName(override)
	if err != nil {
		return nil, "", err
	}
	enc, bom := want, 0
	switch {
	case want == encUTF16:
		enc = EncUTF16LE
		if bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
			enc, bom = EncUTF16BE, 2
		} else if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) {
			bom = 2
		}
	case want == EncUTF8:
		if bytes.HasPrefix(b, utf8BOM) {
			bom = len(utf8BOM)
		}
	case want == "":
		if enc, bom, err = pageEncoding(name, b); err != nil {
			return nil, "", err
		}
	}
	var dec encoding.Encoding
	switch enc {
	case EncUTF8:
		dec = unicode.UTF8
	case EncUTF16LE:
		dec = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case EncUTF16BE:
		dec = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	default:
		dec = singleByte[enc]
	}
	out, err := dec.NewDecoder().Bytes(b[bom:])
	if err != nil {
		return nil, "", fmt.Errorf("cannot decode the page: %v", err)
	}
	return out, enc, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// pageEncoding is the encoding a page says it is in (by its BOM or its
// <meta charset>) when sverka reads that one, else the one its bytes read
// in, and the length of its BOM.
func pageEncoding(name string, b []byte) (enc string, bom int, err error) {
	switch {
	case bytes.HasPrefix(b, utf8BOM):
		return EncUTF8, len(utf8BOM), nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return EncUTF16LE, 2, nil
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return EncUTF16BE, 2, nil
	}
	// A <meta charset> is never certain to DetermineEncoding (a browser
	// may still change its mind), but it is what the page says it is in.
	e, canonical, _ := charset.DetermineEncoding(b, "text/html")
	// Its fallbacks are these two as they are; what a page names comes
	// wrapped, or (a name it does not know) as the fallback.
	named := e != encoding.Nop && (e != encoding.Encoding(charmap.Windows1252) || metaCharset(b) != "")
	noMeta := "a page that names no charset"
	if named {
		if raw, err := htmlindex.Get(canonical); err == nil {
			enc = supportedName(raw)
		}
		switch {
		case enc == EncUTF8:
			if utf8.Valid(b) {
				return EncUTF8, 0, nil
			}
			// A page saved in another code page keeps the meta of
			// the page it was: its bytes decide.
			noMeta = "a page that says it is UTF-8"
		case enc == EncUTF16LE || enc == EncUTF16BE:
			// A <meta> cannot name UTF-16 (it is not ASCII then).
		case enc == EncWindows1252 && knownLabel(metaCharset(b)):
			// The charset of many a server's default, kept by pages in
			// Russian: a Russian code page their letters read in decides.
			if legacy, _ := guessLegacy(b); legacy != "" {
				return legacy, 0, nil
			}
			return enc, 0, nil
		case enc != "" && enc != EncWindows1252:
			return enc, 0, nil
		case ascii(b):
			// Every charset reads ASCII the same.
			return EncUTF8, 0, nil
		default:
			// A charset sverka does not read, or one no one knows, which
			// DetermineEncoding gives as its fallback, Windows-1252.
			label := metaCharset(b)
			if label == "" {
				label = canonical
			}
			return "", 0, &Error{File: name, Msg: fmt.Sprintf("the page says it is in %s, which sverka does not read; if it is in another encoding, name it with --encoding", label)}
		}
	}
	if enc, err := guessUnnamed(name, b, "page"); err != nil || enc != "" {
		return enc, 0, err
	}
	i := 0
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		i += n
	}
	line, col := lineColBytes(b, i)
	return "", 0, &Error{File: name, Line: line, Col: col, Msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02X) in %s; if the page is in a legacy encoding, name it with --encoding", b[i], noMeta)}
}

// ascii says whether b holds only ASCII bytes.
func ascii(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// knownLabel reports a charset label the WHATWG encoding index knows.
func knownLabel(label string) bool {
	_, err := htmlindex.Get(label)
	return err == nil
}

// metaCharset is the charset a <meta> in the first 1024 bytes of a page
// names, as written, or "": DetermineEncoding falls back to windows-1252
// when there is none, and says nothing of a name it does not know.
func metaCharset(b []byte) string {
	if len(b) > 1024 {
		b = b[:1024]
	}
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, more := z.TagName()
			if atom.Lookup(tag) != atom.Meta {
				continue
			}
			var cs, content string
			for more {
				var key, val []byte
				key, val, more = z.TagAttr()
				switch string(key) {
				case "charset":
					cs = string(val)
				case "content":
					content = string(val)
				}
			}
			if cs == "" {
				if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
					cs = strings.Trim(strings.TrimSpace(content[i+len("charset="):]), `"'; `)
				}
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
		}
	}
}
