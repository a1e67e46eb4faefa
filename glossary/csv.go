package glossary

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/internal/sheet"
	"github.com/sverka/sverka/internal/term"
	"github.com/sverka/sverka/texts"
)

// listSep separates several values in one CSV cell: russian
// "Штыков | Штыкова".
const listSep = "|"

// csvColumns are the columns ReadCSV knows, by every name it accepts.
var csvColumns = map[string]string{
	"id": "id", "kind": "kind", "type": "kind",
	"russian": "russian", "ru": "russian", "source": "russian", "term": "russian", "original": "russian",
	"english": "english", "en": "english", "target": "english", "translation": "english", "rendering": "english",
	"preferred": "preferred", "admitted": "admitted", "forbidden": "forbidden", "deprecated": "forbidden",
	"status": "status", "translit": "translit", "transliteration": "translit",
	"forms": "forms", "note": "note", "notes": "note", "comment": "note", "definition": "definition",
	"gloss": "gloss", "case-sensitive": "case-sensitive", "exceptions": "exceptions",
}

// csvHeader is the header WriteCSV writes, one row per entry.
var csvHeader = []string{"id", "kind", "russian", "forms", "translit", "preferred", "admitted", "forbidden", "case-sensitive", "gloss", "note", "definition", "exceptions"}

// ReadCSV reads a CSV or TSV glossary whose first row names the columns
// (russian, english, status, kind, translit, note, definition, forms,
// preferred, admitted, forbidden, gloss, id; common synonyms such as ru,
// source, en, target are understood; unknown columns are an error). comma is
// the separator; 0 guesses it from the header line (tab, semicolon or
// comma).
//
// Rows with the same id, or without ids the same Russian term, make one
// entry, so a file with one row per rendering (russian, english, status)
// reads as well as one row per entry. Several values in a cell are separated
// by "|". Errors name the file, the line and the column.
//
// A cell that begins with a ' before =, +, -, @, a tab or a carriage return
// is read without the ': WriteCSV puts it there so that a spreadsheet does
// not run the cell as a formula.
func ReadCSV(name string, r io.Reader, comma rune) (*Glossary, error) {
	b, err := input.ReadAll(r, input.MaxData)
	if err != nil {
		return nil, &input.Error{File: name, Err: err}
	}
	if b, err = decodeText(name, b, ""); err != nil {
		return nil, err
	}
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if comma == 0 {
		comma = guessComma(b)
	}
	cr := csv.NewReader(bytes.NewReader(b))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = comma == '\t'
	t := &csvTable{name: name, cr: cr, lines: newLineIndex(b), byKey: make(map[string]*Entry), g: &Glossary{File: name}}
	if err := t.header(); err != nil {
		return nil, err
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		t.row(rec)
	}
	if err := t.errs.Err(); err != nil {
		return nil, err
	}
	t.finish()
	return t.g, nil
}

// csvTable is a CSV glossary being read: its columns, the entries made so
// far by their key, the errors.
type csvTable struct {
	name  string
	cr    *csv.Reader
	lines *lineIndex
	cols  []string // the column each field goes to ("" for none)
	byKey map[string]*Entry
	g     *Glossary
	errs  ErrorList
}

// fieldPos is where field i of the record just read starts: csv counts
// bytes, an editor counts characters.
func (t *csvTable) fieldPos(i int) texts.Pos {
	line, col := t.cr.FieldPos(i)
	return texts.Pos{File: t.name, Line: line, Col: t.lines.col(line, col)}
}

// header reads the header row into the columns.
func (t *csvTable) header() error {
	header, err := t.cr.Read()
	if err == io.EOF {
		return fmt.Errorf("%s: empty file, want a header row naming the columns", t.name)
	}
	if err != nil {
		return csvError(t.name, err)
	}
	t.cols = make([]string, len(header))
	has := make(map[string]int) // column name: its 1-based column
	var srcLang, tgtLang string // from "source:en", "preferred:cs"
	for i, h := range header {
		key := strings.ToLower(strings.TrimSpace(h))
		key, lang, _ := strings.Cut(key, ":")
		c, ok := csvColumns[key]
		if ok && lang != "" {
			switch c {
			case "russian":
				srcLang = lang
			case "english", "preferred", "admitted", "forbidden":
				tgtLang = lang
			}
		}
		if !ok {
			t.errs.Add(t.fieldPos(i), "column %d: unknown column %q (want russian, english, status, kind, translit, note ...)", i+1, h)
			continue
		}
		if first, ok := has[c]; ok {
			t.errs.Add(t.fieldPos(i), "column %d: %q repeats the %s column (column %d)", i+1, h, c, first)
			continue
		}
		t.cols[i] = c
		has[c] = i + 1
	}
	if has["russian"] == 0 {
		t.errs.Add(texts.Pos{File: t.name, Line: 1, Col: 1}, "no russian column in the header")
	}
	if (srcLang != "" && srcLang != "ru") || (tgtLang != "" && tgtLang != "en") {
		t.g.SourceLang, t.g.TargetLang = srcLang, tgtLang
		t.g.SourceLang, t.g.TargetLang = t.g.Langs()
	}
	return t.errs.Err()
}

// csvRow is one record by column, with where each cell starts.
type csvRow struct {
	cell map[string]string
	col  map[string]int
	line int
	name string
}

func (r *csvRow) at(col string) texts.Pos {
	return texts.Pos{File: r.name, Line: r.line, Col: r.col[col]}
}

// row adds a record to the entry of its id (or first Russian term).
func (t *csvTable) row(rec []string) {
	if strings.Join(rec, "") == "" {
		return
	}
	line, _ := t.cr.FieldPos(0)
	r := &csvRow{cell: make(map[string]string), col: make(map[string]int), line: line, name: t.name}
	for i, v := range rec {
		if i < len(t.cols) && t.cols[i] != "" {
			r.cell[t.cols[i]] = strings.TrimSpace(sheet.Unguard(v))
			r.col[t.cols[i]] = t.fieldPos(i).Col
		}
	}
	pos := texts.Pos{File: t.name, Line: line, Col: 1}
	russian := splitList(r.cell["russian"])
	key := r.cell["id"]
	if key == "" && len(russian) > 0 {
		key = "ru:" + russian[0]
	}
	if key == "" {
		t.errs.Add(pos, "row without a russian term")
		return
	}
	e := t.byKey[key]
	if e == nil {
		e = &Entry{ID: r.cell["id"], Pos: pos}
		t.byKey[key] = e
		t.g.Entries = append(t.g.Entries, e)
	}
	e.Russian = appendNew(e.Russian, russian...)
	e.Forms = appendNew(e.Forms, splitList(r.cell["forms"])...)
	if k := r.cell["kind"]; k != "" {
		e.Kind = Kind(k)
		if !e.Kind.valid() {
			t.errs.Add(r.at("kind"), "kind %q: want one of %s", k, kindList())
		}
	}
	setOnce(&e.Translit, r.cell["translit"])
	setOnce(&e.Note, r.cell["note"])
	setOnce(&e.Definition, r.cell["definition"])
	e.Exceptions = appendNew(e.Exceptions, splitList(r.cell["exceptions"])...)
	if gl := r.cell["gloss"]; gl != "" {
		e.Gloss = t.gloss(r, gl)
	}
	t.renderings(r, e)
}

// gloss reads a gloss cell: FORM WHEN [TEXT].
func (t *csvTable) gloss(r *csvRow, gl string) *GlossPolicy {
	f := strings.SplitN(gl, " ", 3)
	p := &GlossPolicy{Form: f[0], When: GlossFirstInDocument}
	if len(f) > 1 {
		p.When = f[1]
	}
	if len(f) > 2 {
		p.Text = f[2]
	}
	if p.Form != GlossTranslit && p.Form != GlossTranslation || p.When != GlossFirstInDocument && p.When != GlossAlways {
		t.errs.Add(r.at("gloss"), "gloss %q: want FORM WHEN [TEXT], e.g. \"translit first-in-document\"", gl)
	}
	return p
}

// renderings reads the english (with its status), preferred, admitted,
// forbidden and case-sensitive cells of a row.
func (t *csvTable) renderings(r *csvRow, e *Entry) {
	status := Preferred
	if s := r.cell["status"]; s != "" {
		if status = statusOf(s); status == "" {
			t.errs.Add(r.at("status"), "status %q: want preferred, admitted or forbidden", s)
		}
	}
	for _, text := range splitList(r.cell["english"]) {
		e.Renderings = append(e.Renderings, Rendering{Text: text, Status: status})
	}
	for _, st := range []Status{Preferred, Admitted, Forbidden} {
		for _, text := range splitList(r.cell[string(st)]) {
			e.Renderings = append(e.Renderings, Rendering{Text: text, Status: st})
		}
	}
	for _, text := range splitList(r.cell["case-sensitive"]) {
		if text == "russian" {
			e.CaseSensitive = true
			continue
		}
		for i := range e.Renderings {
			if e.Renderings[i].Text == text {
				e.Renderings[i].CaseSensitive = true
			}
		}
	}
}

// finish gives every entry its kind and an id of its own.
func (t *csvTable) finish() {
	used := make(map[string]bool)
	for _, e := range t.g.Entries {
		if e.Kind == "" {
			e.Kind = Term
		}
		if e.ID == "" {
			base := DefaultID(e.Russian[0])
			e.ID = base
			for n := 2; used[e.ID]; n++ {
				e.ID = base + "-" + itoa(n)
			}
		}
		used[e.ID] = true
	}
}

// WriteCSV writes the glossary with one row per entry under a header row;
// comma is the separator (',' for CSV, '\t' for TSV). A cell that begins
// like a spreadsheet formula (=, +, -, @, a tab, a carriage return) is
// written after a ', which ReadCSV takes off; control characters are
// written as escapes (\x1b), so that the file shows safely on a terminal.
func WriteCSV(w io.Writer, g *Glossary, comma rune) error {
	cw := csv.NewWriter(w)
	cw.Comma = comma
	header := csvHeader
	if src, tgt := g.Langs(); src != "ru" || tgt != "en" {
		// The languages go into the header: source:en, preferred:cs.
		header = append([]string(nil), csvHeader...)
		for i, h := range header {
			switch h {
			case "russian":
				header[i] = "source:" + src
			case "preferred", "admitted", "forbidden":
				header[i] = h + ":" + tgt
			}
		}
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, e := range g.Entries {
		var byStatus = map[Status][]string{}
		var cs []string
		if e.CaseSensitive {
			cs = append(cs, "russian")
		}
		for _, r := range e.Renderings {
			byStatus[r.Status] = append(byStatus[r.Status], r.Text)
			if r.CaseSensitive {
				cs = append(cs, r.Text)
			}
		}
		gloss := ""
		if p := e.Gloss; p != nil {
			gloss = strings.TrimSpace(p.Form + " " + p.When + " " + p.Text)
		}
		row := []string{
			e.ID, string(e.Kind), joinList(e.Russian), joinList(e.Forms), e.Translit,
			joinList(byStatus[Preferred]), joinList(byStatus[Admitted]), joinList(byStatus[Forbidden]),
			joinList(cs), gloss, e.Note, e.Definition, joinList(e.Exceptions),
		}
		for i := range row {
			if comma == '\t' {
				row[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(row[i])
			}
			row[i] = sheet.Guard(term.PrintableLines(row[i]))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func guessComma(b []byte) rune {
	line, _, _ := bytes.Cut(b, []byte("\n"))
	switch {
	case bytes.Count(line, []byte("\t")) > 0:
		return '\t'
	case bytes.Count(line, []byte(";")) > bytes.Count(line, []byte(",")):
		return ';'
	}
	return ','
}

func csvError(name string, err error) error {
	if pe, ok := err.(*csv.ParseError); ok {
		return &PosError{Pos: texts.Pos{File: name, Line: pe.Line, Col: pe.Column}, Msg: pe.Err.Error()}
	}
	return fmt.Errorf("%s: %w", name, err)
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, listSep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func joinList(ss []string) string { return strings.Join(ss, " "+listSep+" ") }

func appendNew(list []string, add ...string) []string {
	for _, a := range add {
		dup := false
		for _, l := range list {
			dup = dup || l == a
		}
		if !dup {
			list = append(list, a)
		}
	}
	return list
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

// lineIndex finds the character column of a byte column on a line.
type lineIndex struct {
	b      []byte
	starts []int // byte offset of each line's start
}

func newLineIndex(b []byte) *lineIndex {
	x := &lineIndex{b: b, starts: []int{0}}
	for i, c := range b {
		if c == '\n' {
			x.starts = append(x.starts, i+1)
		}
	}
	return x
}

// col turns a 1-based byte column of a 1-based line into a 1-based
// character column.
func (x *lineIndex) col(line, byteCol int) int {
	if line < 1 || line > len(x.starts) || byteCol < 1 {
		return byteCol
	}
	start := x.starts[line-1]
	end := min(start+byteCol-1, len(x.b))
	return utf8.RuneCount(x.b[start:end]) + 1
}
