package edition

import (
	"bufio"
	"encoding/xml"
	"io"
	"strings"
)

// xmlWriter writes XML by hand, keeping the first error, so that the
// exporters can stream element by element without building a tree.
type xmlWriter struct {
	w   *bufio.Writer
	err error
}

func newXMLWriter(w io.Writer) *xmlWriter { return &xmlWriter{w: bufio.NewWriter(w)} }

// raw writes markup as given.
func (x *xmlWriter) raw(ss ...string) {
	for _, s := range ss {
		if x.err != nil {
			return
		}
		_, x.err = x.w.WriteString(s)
	}
}

// text writes character data, escaped.
func (x *xmlWriter) text(s string) {
	if x.err != nil {
		return
	}
	x.err = xml.EscapeText(x.w, []byte(s))
}

// elem writes <name attrs>text</name>.
func (x *xmlWriter) elem(name, text string, attrs ...string) {
	x.open(name, attrs...)
	x.text(text)
	x.raw("</", name, ">")
}

// open writes a start tag; attrs are name, value pairs.
func (x *xmlWriter) open(name string, attrs ...string) {
	x.raw("<", name)
	x.attrs(attrs)
	x.raw(">")
}

// empty writes an empty element.
func (x *xmlWriter) empty(name string, attrs ...string) {
	x.raw("<", name)
	x.attrs(attrs)
	x.raw("/>")
}

func (x *xmlWriter) attrs(attrs []string) {
	for i := 0; i+1 < len(attrs); i += 2 {
		x.raw(" ", attrs[i], `="`, xmlEscape(attrs[i+1]), `"`)
	}
}

func (x *xmlWriter) close(name string) { x.raw("</", name, ">") }

func (x *xmlWriter) flush() error {
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}

func xmlEscape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}
