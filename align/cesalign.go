package align

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sverka/sverka/internal/xmlattr"
)

// Reading OPUS cesAlign (XCES) alignments: sverka's own (align and export
// --format xces) and those of OPUS and hunalign. Each <linkGrp> is a
// bitext, its fromDoc and toDoc the two documents (FILE#ID as sverka writes
// them), each <link xtargets="s1 s2;s3"> a link. Sentence ids "s" and a
// number (sverka's) are that sentence's position; any other ids (OPUS's
// "s4.2") are numbered in the order the links name them, which is the
// order of the sentences. certainty is the confidence where it is one
// (in [0, 1]); status="confirmed" marks a link an editor confirmed.

// isXML reports data that starts (after white space and a BOM) with '<'.
func isXML(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n")
	return len(t) > 0 && t[0] == '<'
}

func readCESAlign(name string, data []byte) ([]Bitext, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	var out []Bitext
	var raw [][]rawLink // per bitext, its links with the ids as written
	depth, root := 0, ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return nil, fmt.Errorf("%s:%d: not a cesAlign file: %s", name, se.Line, se.Msg)
			}
			return nil, fmt.Errorf("%s: not a cesAlign file: %v", name, err)
		}
		line, _ := dec.InputPos()
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > 64 {
				return nil, fmt.Errorf("%s:%d: not a cesAlign file: nested more than 64 elements deep", name, line)
			}
			if depth == 1 {
				root = t.Name.Local
				if root != "cesAlign" {
					return nil, fmt.Errorf("%s:%d: not an alignment: the root element is <%s>, want <cesAlign> (or JSON or links)", name, line, root)
				}
			}
			switch t.Name.Local {
			case "linkGrp":
				b := Bitext{}
				b.Source.File, b.Source.Document = splitDocRef(xmlattr.Get(t, "fromDoc"))
				b.Target.File, b.Target.Document = splitDocRef(xmlattr.Get(t, "toDoc"))
				out = append(out, b)
				raw = append(raw, nil)
			case "link":
				if len(out) == 0 {
					return nil, fmt.Errorf("%s:%d: a <link> outside any <linkGrp>", name, line)
				}
				xt := xmlattr.Get(t, "xtargets")
				src, tgt, ok := strings.Cut(xt, ";")
				if !ok {
					return nil, fmt.Errorf("%s:%d: xtargets %q: want SOURCE-IDS;TARGET-IDS", name, line, xt)
				}
				r := rawLink{source: strings.Fields(src), target: strings.Fields(tgt), line: line,
					link: Link{Confidence: 1, Confirmed: xmlattr.Get(t, "status") == "confirmed"}}
				if len(r.source) == 0 && len(r.target) == 0 {
					return nil, fmt.Errorf("%s:%d: a link with no sentences", name, line)
				}
				if c, err := strconv.ParseFloat(xmlattr.Get(t, "certainty"), 64); err == nil && c >= 0 && c <= 1 {
					r.link.Confidence = c
				}
				raw[len(raw)-1] = append(raw[len(raw)-1], r)
			}
		case xml.EndElement:
			depth--
		}
	}
	if root == "" {
		return nil, fmt.Errorf("%s: not an alignment: no element", name)
	}
	for k, links := range raw {
		src := sentenceIndexes(links, func(r rawLink) []string { return r.source })
		tgt := sentenceIndexes(links, func(r rawLink) []string { return r.target })
		for _, r := range links {
			l := r.link
			l.Source, l.Target = mapIDs(src, r.source), mapIDs(tgt, r.target)
			out[k].Links = append(out[k].Links, l)
			out[k].Lines = append(out[k].Lines, r.line)
		}
	}
	return out, nil
}

// rawLink is a link of a cesAlign file before its ids are numbered.
type rawLink struct {
	source, target []string
	link           Link
	line           int
}

// sentenceIndexes numbers the sentence ids of one side of a linkGrp: by
// the number of ids that are all "s" and a number (sverka's: "s5" is the
// fifth sentence, or, counted from s0 as the lines of --split lines are,
// the sixth), else in the order the links name them. The numbers decide
// wherever they are: a link that skips OCR debris names it after the
// sentences beyond it.
func sentenceIndexes(links []rawLink, side func(rawLink) []string) map[string]int {
	out := map[string]int{}
	numeric := true
	least := -1
	for _, r := range links {
		for _, id := range side(r) {
			if _, seen := out[id]; !seen {
				out[id] = len(out)
			}
			n, err := strconv.Atoi(strings.TrimPrefix(id, "s"))
			numeric = numeric && err == nil && n >= 0 && strings.HasPrefix(id, "s") && id == "s"+strconv.Itoa(n)
			if err == nil && (least < 0 || n < least) {
				least = n
			}
		}
	}
	if numeric {
		from := 1
		if least == 0 {
			from = 0
		}
		for id := range out {
			n, _ := strconv.Atoi(id[1:])
			out[id] = n - from
		}
	}
	return out
}

func mapIDs(index map[string]int, ids []string) []int {
	out := make([]int, len(ids))
	for k, id := range ids {
		out[k] = index[id]
	}
	return out
}

// splitDocRef splits FILE#ID; a name without '#' is a file.
func splitDocRef(ref string) (file, doc string) {
	if i := strings.LastIndexByte(ref, '#'); i >= 0 {
		return ref[:i], ref[i+1:]
	}
	return ref, ""
}
