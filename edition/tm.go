package edition

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/texts"
)

// A translation memory as evidence for the aligner. A TMX file of another
// tool (OmegaT, Trados, Olifant) holds segment pairs a translator has
// already matched: where a sentence of the original and one of the
// translation are, word for word, the two sides of one unit, they are an
// anchor the aligner keeps (as it keeps an editor's confirmed links), and
// the short units (terms, names, headers) are word pairs, as a glossary's
// are.

// TM is a translation memory: its units, each a segment per language.
type TM struct {
	File  string
	Units []TMUnit
}

// TMUnit is one <tu>: its segments by primary language ("ru", "en"), each
// normalised as texts normalises a file (NFC, one line).
type TMUnit struct {
	Segs map[string][]string
	Line int
}

// maxTMDepth bounds the nesting of a TMX file (a <tu> nests a few deep).
const maxTMDepth = 64

// ReadTMXFile reads a TMX file (see ReadTMX).
func ReadTMXFile(name string) (*TM, error) {
	f, err := input.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadTMX(name, f)
}

// ReadTMX reads a translation memory in TMX (1.1 to 1.4, as tools write
// it): every <tu> with its <tuv>s (xml:lang, or lang in TMX 1.1; the
// primary language counts, "ru-RU" is ru), several per language allowed.
// The text of a <seg> leaves out the native codes of <bpt>, <ept>, <it>,
// <ph> and <ut> and keeps the text of <hi> and <sub>. Attributes TMX does
// not know, units without a segment and a missing header are passed by:
// only a file that is not XML, or not TMX, is an error naming the line.
// UTF-16 with a byte order mark and any encoding the XML declaration names
// are read.
func ReadTMX(name string, r io.Reader) (*TM, error) {
	data, err := input.ReadAll(r, input.MaxText)
	if err != nil {
		return nil, &input.Error{File: name, Err: err}
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		if data, err = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data); err != nil {
			return nil, fmt.Errorf("%s: bad UTF-16: %v", name, err)
		}
		data = dropXMLEncoding(data)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false // other tools' TMX: stray '&', undeclared entities
	dec.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		e, err := htmlindex.Get(label)
		if err != nil {
			return nil, fmt.Errorf("unknown encoding %q", label)
		}
		return e.NewDecoder().Reader(in), nil
	}
	tm := &TM{File: name}
	var (
		depth, segDepth, codeDepth int
		root                       string
		unit                       *TMUnit
		lang                       string
		seg                        strings.Builder
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		line, _ := dec.InputPos()
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return nil, fmt.Errorf("%s:%d: not a TMX file: %s", name, se.Line, se.Msg)
			}
			return nil, fmt.Errorf("%s:%d: not a TMX file: %v", name, line, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxTMDepth {
				return nil, fmt.Errorf("%s:%d: not a TMX file: nested more than %d elements deep", name, line, maxTMDepth)
			}
			if depth == 1 {
				root = t.Name.Local
				if !strings.EqualFold(root, "tmx") {
					return nil, fmt.Errorf("%s:%d: not a TMX file: the root element is <%s>", name, line, root)
				}
			}
			switch {
			case codeDepth > 0 || segDepth > 0 && isTMXCode(t.Name.Local):
				codeDepth++
			case t.Name.Local == "tu":
				unit = &TMUnit{Segs: map[string][]string{}, Line: line}
			case t.Name.Local == "tuv" && unit != nil:
				lang = ""
				for _, a := range t.Attr {
					if a.Name.Local == "lang" {
						lang = a.Value
					}
				}
				lang, _, _ = strings.Cut(strings.ToLower(strings.ReplaceAll(lang, "_", "-")), "-")
			case t.Name.Local == "seg" && unit != nil:
				segDepth = 1
				seg.Reset()
			case segDepth > 0:
				segDepth++
			}
		case xml.EndElement:
			depth--
			switch {
			case codeDepth > 0:
				codeDepth--
			case segDepth > 1:
				segDepth--
			case segDepth == 1 && t.Name.Local == "seg":
				segDepth = 0
				if s := tmText(seg.String()); s != "" && lang != "" {
					unit.Segs[lang] = append(unit.Segs[lang], s)
				}
			case t.Name.Local == "tu" && unit != nil:
				if len(unit.Segs) > 0 {
					tm.Units = append(tm.Units, *unit)
				}
				unit = nil
			}
		case xml.CharData:
			if segDepth > 0 && codeDepth == 0 {
				seg.Write(t)
			}
		}
	}
	if root == "" {
		return nil, fmt.Errorf("%s: not a TMX file: no element", name)
	}
	return tm, nil
}

// isTMXCode reports the inline elements of a <seg> that hold native
// codes, not text.
func isTMXCode(local string) bool {
	switch local {
	case "bpt", "ept", "it", "ph", "ut":
		return true
	}
	return false
}

// dropXMLEncoding removes the encoding of an XML declaration of text
// already decoded to UTF-8.
func dropXMLEncoding(b []byte) []byte {
	if !bytes.HasPrefix(b, []byte("<?xml")) {
		return b
	}
	end := bytes.Index(b, []byte("?>"))
	if end < 0 {
		return b
	}
	return append([]byte(`<?xml version="1.0"`), b[end:]...)
}

// tmText is a segment as sverka compares it: NFC, white space folded.
func tmText(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

// maxTMWordPairWords: units of at most this many words a side are word
// pairs (terms, names, header phrases); longer ones are only anchors.
const maxTMWordPairWords = 4

// WordPairs are the short units of the memory with a segment in both
// languages, as the aligner takes lexical evidence.
func (tm *TM) WordPairs(src, tgt texts.Lang) []align.WordPair {
	if tm == nil {
		return nil
	}
	var out []align.WordPair
	for _, u := range tm.Units {
		for _, s := range u.Segs[string(src)] {
			if len(strings.Fields(s)) > maxTMWordPairWords {
				continue
			}
			for _, t := range u.Segs[string(tgt)] {
				if len(strings.Fields(t)) <= maxTMWordPairWords {
					out = append(out, align.WordPair{Source: s, Target: t})
				}
			}
		}
	}
	return out
}

// Anchors are the exact matches of the memory in two texts (their
// sentences, in order): a source sentence found once in its text, that
// the memory pairs with one rendering only, found once in the target
// text, makes a 1-1 link. Of matches out of order, the most that keep the
// order of both texts are taken; so are none that cross or touch a link of
// keep (an editor's confirmed links win).
func (tm *TM) Anchors(src, tgt []string, srcLang, tgtLang texts.Lang, keep []align.Link) []align.Link {
	if tm == nil {
		return nil
	}
	renderings := map[string]map[string]bool{}
	for _, u := range tm.Units {
		for _, s := range u.Segs[string(srcLang)] {
			for _, t := range u.Segs[string(tgtLang)] {
				if renderings[s] == nil {
					renderings[s] = map[string]bool{}
				}
				renderings[s][t] = true
			}
		}
	}
	if len(renderings) == 0 {
		return nil
	}
	once := func(texts []string) map[string]int {
		at := map[string]int{}
		for i, s := range texts {
			k := tmText(s)
			if _, seen := at[k]; seen {
				at[k] = -1
			} else {
				at[k] = i
			}
		}
		return at
	}
	srcAt, tgtAt := once(src), once(tgt)
	var cands [][2]int
	for k, i := range srcAt {
		r := renderings[k]
		if i < 0 || len(r) != 1 {
			continue
		}
		for t := range r {
			if j, ok := tgtAt[t]; ok && j >= 0 && fitsKept(i, j, keep) {
				cands = append(cands, [2]int{i, j})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool { return cands[a][0] < cands[b][0] })
	var out []align.Link
	for _, c := range increasing(cands) {
		out = append(out, align.Link{Source: []int{c[0]}, Target: []int{c[1]}, Confidence: 1})
	}
	return out
}

// fitsKept reports a link (i, j) that lies wholly before or after every
// link of keep, on both sides.
func fitsKept(i, j int, keep []align.Link) bool {
	for _, l := range keep {
		before := all(l.Source, func(s int) bool { return s < i }) && all(l.Target, func(t int) bool { return t < j })
		after := all(l.Source, func(s int) bool { return s > i }) && all(l.Target, func(t int) bool { return t > j })
		if !before && !after {
			return false
		}
	}
	return true
}

func all(xs []int, f func(int) bool) bool {
	for _, x := range xs {
		if !f(x) {
			return false
		}
	}
	return true
}

// increasing returns the longest run of cands (sorted by source) whose
// targets increase too.
func increasing(cands [][2]int) [][2]int {
	if len(cands) == 0 {
		return nil
	}
	best := make([]int, len(cands))
	prev := make([]int, len(cands))
	top := 0
	for i := range cands {
		best[i], prev[i] = 1, -1
		for k := 0; k < i; k++ {
			if cands[k][1] < cands[i][1] && best[k]+1 > best[i] {
				best[i], prev[i] = best[k]+1, k
			}
		}
		if best[i] > best[top] {
			top = i
		}
	}
	out := make([][2]int, best[top])
	for i, k := best[top]-1, top; k >= 0; i, k = i-1, prev[k] {
		out[i] = cands[k]
	}
	return out
}

// Unconfirm clears Confirmed on the links the aligner kept as memory
// anchors: they are the memory's, not an editor's.
func Unconfirm(links, anchors []align.Link) {
	if len(anchors) == 0 {
		return
	}
	is := map[[2]int]bool{}
	for _, a := range anchors {
		is[[2]int{a.Source[0], a.Target[0]}] = true
	}
	for i := range links {
		l := &links[i]
		if l.Confirmed && len(l.Source) == 1 && len(l.Target) == 1 && is[[2]int{l.Source[0], l.Target[0]}] {
			l.Confirmed = false
		}
	}
}
