package revision

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/sverka/sverka/texts"
)

// PrintOptions say how to print a revision diff.
type PrintOptions struct {
	OldName, NewName string // for the header lines; file names by default
	// Color marks deletions red and insertions green with ANSI escapes
	// instead of [-old-] and {+new+}.
	Color bool
	// Unchanged prints unchanged sentences too.
	Unchanged bool
}

const (
	ansiRed   = "\x1b[31;9m" // red, struck through: reads apart from an insertion right after
	ansiGreen = "\x1b[32m"
	ansiBold  = "\x1b[1m"
	ansiReset = "\x1b[0m"
)

// WriteText prints a revision diff for a terminal or a log: a header
// line per change saying what happened and where (file:line:col in both
// revisions), the sentence with its word-level changes marked, then the
// summary and the glossary renderings that changed.
func WriteText(w io.Writer, r *Revision, opts PrintOptions) error {
	bw := bufio.NewWriter(w)
	oldName, newName := diffNames(r, opts)
	bw.WriteString("--- " + oldName + "\n+++ " + newName + "\n")
	for _, c := range r.Changes {
		if c.Kind == Unchanged && !opts.Unchanged {
			continue
		}
		head := changeLabel(c)
		locs := []string{}
		if len(c.Old) > 0 {
			locs = append(locs, segLocation(r.Old, c.Old))
		}
		if len(c.New) > 0 {
			locs = append(locs, segLocation(r.New, c.New))
		}
		line := fmt.Sprintf("%-9s %s", head, strings.Join(locs, " → "))
		if opts.Color {
			line = ansiBold + line + ansiReset
		}
		bw.WriteString("\n" + line + "\n  ")
		switch {
		case c.Kind == Removed:
			writeMarked(bw, WordDelete, c.OldText, opts.Color)
		case c.Kind == Added:
			writeMarked(bw, WordInsert, c.NewText, opts.Color)
		case len(c.Words) > 0:
			for _, d := range c.Words {
				writeMarked(bw, d.Op, d.Text, opts.Color)
			}
		default:
			bw.WriteString(c.NewText)
		}
		bw.WriteString("\n")
	}
	bw.WriteString("\n" + r.Summary().String() + "\n")
	if len(r.Renderings) > 0 {
		bw.WriteString("Glossary renderings changed:\n")
		for _, rc := range r.Renderings {
			c := r.Changes[rc.Change]
			where := ""
			if len(c.New) > 0 {
				where = " at " + segLocation(r.New, c.New)
			}
			fmt.Fprintf(bw, "  %s: %s → %s%s\n", entryName(rc), quoteList(rc.Old), quoteList(rc.New), where)
		}
	}
	return bw.Flush()
}

func writeMarked(bw *bufio.Writer, op WordOp, text string, color bool) {
	switch {
	case op == WordEqual:
		bw.WriteString(text)
	case color && op == WordDelete:
		bw.WriteString(ansiRed + text + ansiReset)
	case color:
		bw.WriteString(ansiGreen + text + ansiReset)
	case op == WordDelete:
		bw.WriteString("[-" + text + "-]")
	default:
		bw.WriteString("{+" + text + "+}")
	}
}

func changeLabel(c Change) string {
	switch {
	case c.Kind == Changed && c.Split():
		return "split"
	case c.Kind == Changed && c.Merged():
		return "merged"
	}
	return string(c.Kind)
}

func diffNames(r *Revision, opts PrintOptions) (string, string) {
	oldName, newName := opts.OldName, opts.NewName
	if oldName == "" {
		oldName = docFile(r.Old, "old")
	}
	if newName == "" {
		newName = docFile(r.New, "new")
	}
	return oldName, newName
}

func docFile(d *texts.Document, fallback string) string {
	for _, s := range d.Segments {
		if s.Pos.File != "" {
			return s.Pos.File
		}
	}
	return fallback
}

// segLocation is where a group of segments starts: file:line:col, with
// the number of sentences when there are several.
func segLocation(d *texts.Document, idx []int) string {
	s := d.Segments[idx[0]]
	loc := "sentence " + sentenceNumber(&s, idx[0])
	if s.Pos.Line > 0 {
		loc = s.Pos.String()
	}
	if len(idx) > 1 {
		loc += " (" + strconv.Itoa(len(idx)) + " sentences)"
	}
	return loc
}

// shortLocation is segLocation without the file name, which the page's
// heading gives.
func shortLocation(d *texts.Document, idx []int) string {
	s := d.Segments[idx[0]]
	loc := "sentence " + sentenceNumber(&s, idx[0])
	if s.Pos.Line > 0 {
		loc = "line " + strconv.Itoa(s.Pos.Line) + ":" + strconv.Itoa(s.Pos.Col)
	}
	if len(idx) > 1 {
		loc += " (" + strconv.Itoa(len(idx)) + ")"
	}
	return loc
}

func entryName(rc RenderingChange) string {
	name := rc.Entry.ID
	if len(rc.Entry.Russian) > 0 {
		if name != "" {
			name += " "
		}
		name += "(" + strings.Join(rc.Entry.Russian, ", ") + ")"
	}
	if name == "" {
		name = "entry"
	}
	return name
}

func quoteList(ss []string) string {
	if len(ss) == 0 {
		return "(none)"
	}
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

// WriteHTML writes a revision diff as a self-contained HTML page for
// a reviewer: the summary, then each change with its words struck out and
// inserted.
func WriteHTML(w io.Writer, r *Revision, opts PrintOptions) error {
	oldName, newName := diffNames(r, opts)
	return WriteHTMLSections(w, []Section{{Revision: r, OldName: oldName, NewName: newName}}, opts)
}

// Section is one document pair's diff on a page of several.
type Section struct {
	Revision         *Revision
	OldName, NewName string
}

// WriteHTMLSections writes the diffs of several document pairs (two
// revisions of a collection) as one page, a section for each; the names of
// opts are ignored.
func WriteHTMLSections(w io.Writer, sections []Section, opts PrintOptions) error {
	var page diffPage
	for k, sec := range sections {
		r := sec.Revision
		oldName, newName := diffNames(r, PrintOptions{OldName: sec.OldName, NewName: sec.NewName})
		ds := diffSection{ID: "r" + strconv.Itoa(k+1), OldName: oldName, NewName: newName, Summary: r.Summary().String()}
		for i, c := range r.Changes {
			if c.Kind == Unchanged && !opts.Unchanged {
				continue
			}
			row := diffRow{ID: ds.ID + "-c" + strconv.Itoa(i+1), Kind: string(c.Kind), Label: changeLabel(c)}
			if len(c.Old) > 0 {
				row.OldLoc = shortLocation(r.Old, c.Old)
			}
			if len(c.New) > 0 {
				row.NewLoc = shortLocation(r.New, c.New)
			}
			switch {
			case c.Kind == Removed:
				row.Words = []WordDiff{{Op: WordDelete, Text: c.OldText}}
			case c.Kind == Added:
				row.Words = []WordDiff{{Op: WordInsert, Text: c.NewText}}
			case len(c.Words) > 0:
				row.Words = c.Words
			default:
				row.Words = []WordDiff{{Op: WordEqual, Text: c.NewText}}
			}
			ds.Rows = append(ds.Rows, row)
		}
		for _, rc := range r.Renderings {
			ds.Renderings = append(ds.Renderings, entryName(rc)+": "+quoteList(rc.Old)+" → "+quoteList(rc.New))
		}
		page.Sections = append(page.Sections, ds)
	}
	if len(sections) > 1 {
		revs := make([]*Revision, len(sections))
		for i, sec := range sections {
			revs[i] = sec.Revision
		}
		page.Total = Total(revs)
	}
	switch len(page.Sections) {
	case 0:
		page.Title = "No documents"
	case 1:
		page.Title = page.Sections[0].OldName + " → " + page.Sections[0].NewName
	default:
		page.Title = "Revisions of " + strconv.Itoa(len(page.Sections)) + " documents"
	}
	return diffTemplate.Execute(w, page)
}

type diffPage struct {
	Title    string
	Total    string // across the sections, when there are several
	Sections []diffSection
}

type diffSection struct {
	ID               string
	OldName, NewName string
	Summary          string
	Rows             []diffRow
	Renderings       []string
}

type diffRow struct {
	ID, Kind, Label string
	OldLoc, NewLoc  string
	Words           []WordDiff
}

var diffTemplate = template.Must(template.New("diff").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body{font:16px/1.5 Georgia,serif;max-width:1100px;margin:0 auto;padding:1rem 2rem;color:#1b1b1b}
h1{font-size:1.3rem}
h2{font-size:1.1rem;margin-top:2rem}
.ui,table th,td.loc,td.kind{font-family:system-ui,sans-serif}
p.summary{font-weight:600}
table{border-collapse:collapse;width:100%}
th{text-align:left;font-size:.8rem;color:#555;border-bottom:2px solid #ccc;padding:.3rem .5rem}
td{vertical-align:top;padding:.4rem .5rem;border-top:1px solid #e6e6e6}
td.kind{font-size:.8rem;font-weight:600;white-space:nowrap}
td.loc{font-size:.75rem;color:#666;white-space:nowrap}
tr.removed td.kind{color:#a40000} tr.added td.kind{color:#1f7a1f} tr.changed td.kind{color:#8a5a00} tr.moved td.kind{color:#2b5fb4}
del{background:#fbe3e3;color:#8b0000;margin-right:.15em}
ins{background:#e0f5dc;color:#1d5e17;text-decoration:none}
@media (max-width:599.98px){
body{padding:.5rem}
table,tbody,tr,td{display:block}
thead{display:none}
tr{border-top:1px solid #e6e6e6;padding:.3rem 0}
td{border-top:none;padding:.1rem .2rem}
td.kind,td.loc{display:inline-block}
}
@media print{del{text-decoration:line-through;background:none}ins{text-decoration:underline;background:none}}
</style>
</head>
<body>
<h1>{{.Title}}</h1>{{with .Total}}
<p class="summary total ui">{{.}}</p>{{end}}{{$many := gt (len .Sections) 1}}{{range .Sections}}
<section id="{{.ID}}">
{{if $many}}<h2>{{.OldName}} → {{.NewName}}</h2>
{{end}}<p class="summary ui">{{.Summary}}</p>
{{with .Renderings}}<p class="ui">Glossary renderings changed:</p><ul class="ui">{{range .}}<li>{{.}}</li>{{end}}</ul>{{end}}
{{if .Rows}}<table>
<thead><tr><th>change</th><th>old</th><th>new</th><th>sentence</th></tr></thead>
<tbody>{{range .Rows}}
<tr id="{{.ID}}" class="{{.Kind}}"><td class="kind">{{.Label}}</td><td class="loc">{{.OldLoc}}</td><td class="loc">{{.NewLoc}}</td><td>{{range .Words}}{{if eq .Op 1}}<del>{{.Text}}</del>{{else if eq .Op 2}}<ins>{{.Text}}</ins>{{else}}{{.Text}}{{end}}{{end}}</td></tr>{{end}}
</tbody>
</table>{{end}}
</section>{{end}}
</body>
</html>
`))
