package edition

import (
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/sverka/sverka/texts"
)

// WriteReaderHTML writes the reader's edition, the one to publish: the
// original and the translation facing as in WriteHTML, with the same ids,
// but without the reviewer's apparatus (no link numbers, flags,
// confidences, glossary terms or check marks), and with the editorial
// apparatus set as printed editions set it: insertions in brackets with
// their signer, glosses and expansions set apart, editor's notes as
// footnotes at the end of each document, a key to the conventions the
// edition uses, and a colophon naming its sources. Below 600 px the two
// texts stack, link by link.
func WriteReaderHTML(w io.Writer, ed *Edition, opts Options) error {
	if err := ed.Validate(); err != nil {
		return err
	}
	page := readerPage{Title: ed.Title, Generator: opts.generator(), Version: opts.Version}
	if page.Title == "" {
		page.Title = "Bilingual edition"
	}
	if len(ed.Pairs) > 0 {
		page.Lang = string(ed.Pairs[0].targetLang())
	}
	used := map[string]bool{}
	var signers []string
	var srcFiles, tgtFiles []string
	for i, b := range ed.Pairs {
		page.TOC = append(page.TOC, tocEntry{ID: b.anchor(i), Title: b.title(i)})
		for _, seg := range b.Target.Segments {
			for _, sp := range seg.Spans {
				if sp.Class == texts.Insertion && sp.Signer != "" && !slices.Contains(signers, sp.Signer) {
					signers = append(signers, sp.Signer)
				}
			}
		}
		if f := opts.fileName(b.SourceFile); f != "" && !slices.Contains(srcFiles, f) {
			srcFiles = append(srcFiles, f)
		}
		if f := opts.fileName(b.TargetFile); f != "" && !slices.Contains(tgtFiles, f) {
			tgtFiles = append(tgtFiles, f)
		}
	}
	// The documents are rendered first: the key before them lists only
	// the conventions they use, and the colophon their archival sources.
	docs := make([]readerDoc, len(ed.Pairs))
	for i, b := range ed.Pairs {
		docs[i] = readerDocument(b, i, used)
		docs[i].Heading = len(ed.Pairs) > 1 || docs[i].Title != page.Title
		if docs[i].Cite != "" {
			page.Citations = append(page.Citations, readerCitation{ID: docs[i].ID, Title: docs[i].Title, Text: docs[i].Cite})
		}
	}
	page.Key = readerKey(used, signers)
	page.Colophon = colophon(srcFiles, tgtFiles, ed.Pairs)
	if err := readerTemplate.ExecuteTemplate(w, "head", page); err != nil {
		return err
	}
	for _, d := range docs {
		if err := readerTemplate.ExecuteTemplate(w, "doc", d); err != nil {
			return err
		}
	}
	return readerTemplate.ExecuteTemplate(w, "foot", page)
}

type readerPage struct {
	Title, Lang        string
	Generator, Version string
	TOC                []tocEntry
	Key                []keyEntry
	Citations          []readerCitation
	Colophon           []string
}

type readerCitation struct{ ID, Title, Text string }

// keyEntry explains one convention: an example set as the text sets it,
// and what it means.
type keyEntry struct {
	Example []readerPiece
	Means   string
}

type readerDoc struct {
	ID, Title        string
	SrcLang, TgtLang string
	SrcName, TgtName string
	Heading          bool
	Rows             []readerRow
	Notes            []readerNote
	Cite             string // the document's archival reference, for the colophon
}

type readerRow struct {
	ID, Class string
	Src, Tgt  []readerSeg
}

type readerSeg struct {
	ID     string
	Pieces []readerPiece
}

// readerPiece is a run of text as the reader's edition sets it: Kind is
// "" for plain text, else the convention (see readerPieces).
type readerPiece struct {
	Kind   string
	Text   string // plain text, or what the brackets hold
	Signer string // an insertion's initials
	N      int    // a note's number
	ID     string // a note's id ("d1-n2")
}

type readerNote struct {
	ID   string
	N    int
	Text string
}

func readerDocument(b *Pair, i int, used map[string]bool) readerDoc {
	anchor := b.anchor(i)
	sl, tl := b.sourceLang(), b.targetLang()
	d := readerDoc{ID: anchor, Title: b.title(i), SrcLang: string(sl), TgtLang: string(tl), SrcName: langName(sl), TgtName: langName(tl)}
	side := func(doc *texts.Document, idx []int, prefix string, lang texts.Lang) []readerSeg {
		var out []readerSeg
		for _, s := range idx {
			seg := &doc.Segments[s]
			rs := readerSeg{ID: anchor + prefix + segID(seg, s)}
			rs.Pieces = readerPieces(seg, lang, anchor, &d.Notes, used)
			if seg.Kind == texts.Citation && d.Cite == "" && lang == tl {
				d.Cite = citationText(seg)
			}
			out = append(out, rs)
		}
		return out
	}
	for _, r := range b.rows(anchor) {
		d.Rows = append(d.Rows, readerRow{
			ID: r.id, Class: "row " + string(r.kind),
			Src: side(b.Source, r.source, "-s-", sl),
			Tgt: side(b.Target, r.target, "-t-", tl),
		})
	}
	return d
}

// citationText is a citation line without its brackets and "Source:".
func citationText(seg *texts.Segment) string {
	t := strings.TrimSpace(seg.Text)
	for _, sp := range seg.Spans {
		if sp.Class == texts.CiteSpan && strings.TrimSpace(sp.Text) == t {
			t = sp.Inner
		}
	}
	t = strings.TrimSpace(t)
	if k, rest, ok := strings.Cut(t, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "source") {
		t = strings.TrimSpace(rest)
	}
	return texts.OneLine(t)
}

// readerPieces sets a segment's spans as the reader's edition does: an
// insertion "[the crews – NO]" with its signer, a transliteration
// "[shtormoboiazn']" in italics, a translation gloss or normalised date
// in brackets set apart, an expansion's letters "C[entral]" in italics,
// what the editor supplied in brackets, a variant, sic or illegible in
// italics, and a note as a numbered footnote whose text goes to notes.
// used collects the kinds set, for the key.
func readerPieces(seg *texts.Segment, lang texts.Lang, anchor string, notes *[]readerNote, used map[string]bool) []readerPiece {
	var out []readerPiece
	for _, p := range pieces(seg, lang, nil) {
		if p.Span == nil {
			out = append(out, readerPiece{Text: p.Text})
			continue
		}
		sp := p.Span
		inner := sp.Inner
		if inner == "" {
			inner = strings.Trim(sp.Text, "[] ")
		}
		rp := readerPiece{Text: inner}
		switch sp.Class {
		case texts.Insertion:
			rp.Kind, rp.Signer = "insertion", sp.Signer
		case texts.Gloss:
			rp.Kind = "translit"
		case texts.Translation, texts.DateNorm:
			rp.Kind = "gloss"
		case texts.Expansion:
			rp.Kind = "expansion"
		case texts.Supplied:
			rp.Kind = "supplied"
		case texts.Variant, texts.Sic, texts.Illegible, texts.Query:
			rp.Kind = "reading"
		case texts.CiteSpan:
			rp.Kind = "cite"
		default:
			n := len(*notes) + 1
			// The note's number follows the word it is about.
			if k := len(out) - 1; k >= 0 && out[k].Kind == "" {
				out[k].Text = strings.TrimRight(out[k].Text, " ")
			}
			rp.Kind, rp.N, rp.ID = "note", n, anchor+"-n"+strconv.Itoa(n)
			*notes = append(*notes, readerNote{ID: rp.ID, N: n, Text: inner})
		}
		used[rp.Kind] = true
		out = append(out, rp)
	}
	return out
}

// readerKey explains the conventions the edition uses, in a fixed order.
func readerKey(used map[string]bool, signers []string) []keyEntry {
	var key []keyEntry
	add := func(kind string, ex []readerPiece, means string) {
		if used[kind] {
			key = append(key, keyEntry{Example: ex, Means: means})
		}
	}
	sig := "NO"
	who := "the translator's or editor's initials"
	if len(signers) > 0 {
		sig = signers[0]
		who = "initials: " + strings.Join(signers, ", ")
	}
	add("insertion", []readerPiece{{Kind: "insertion", Text: "words", Signer: sig}}, "words the translator added to make the sense clear, signed with "+who)
	add("translit", []readerPiece{{Text: "rendering "}, {Kind: "translit", Text: "transliteration"}}, "the Russian word, transliterated, after its rendering")
	add("gloss", []readerPiece{{Kind: "gloss", Text: "explanation"}}, "an explanation of the word before it, or a date written out")
	add("expansion", []readerPiece{{Text: "C"}, {Kind: "expansion", Text: "entral"}}, "an abbreviation of the original, written out")
	add("supplied", []readerPiece{{Kind: "supplied", Text: "words"}}, "supplied by the editor where the original has nothing")
	add("reading", []readerPiece{{Kind: "reading", Text: "sic"}}, "the editor's remark on a reading: a variant, sic, illegible, a query")
	add("note", []readerPiece{{Text: "text"}, {Kind: "note", N: 1}}, "an editor's note, at the end of the document")
	return key
}

// colophon names the edition's sources: its files, and that sverka set it.
func colophon(src, tgt []string, pairs []*Pair) []string {
	var out []string
	n := len(pairs)
	docs := strconv.Itoa(n) + " document"
	if n != 1 {
		docs += "s"
	}
	if len(src) > 0 {
		out = append(out, "Russian originals: "+strings.Join(src, ", ")+".")
	}
	if len(tgt) > 0 {
		out = append(out, "English translation: "+strings.Join(tgt, ", ")+".")
	}
	out = append(out, "This edition of "+docs+" sets each sentence of the original beside its translation.")
	return out
}

// readerCSS is the reader's edition's own style: the apparatus as print
// sets it, the notes and the colophon.
const readerCSS = `table.facing td{padding:.3rem .9rem}
table.facing td.src{border-right:1px solid #e6e6e6}
.key{font-size:.86rem;color:#333;margin:.6rem 0 1.2rem;border-left:3px solid #ddd;padding:.1rem .8rem}
.key h2{font-size:.95rem;margin:.3rem 0}
.key dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.2rem 0}
.key dt{white-space:nowrap}
.key dd{margin:0}
.sig{font-variant:small-caps;letter-spacing:.03em}
.translit i{font-style:italic}
.gloss{color:#444}
.expansion i,.reading i{font-style:italic}
.cite{font-size:.92em}
sup.fn{font-size:.7em;line-height:0}
sup.fn a{text-decoration:none}
ol.notes{font-size:.86rem;margin:.8rem 0 0;padding-left:1.8rem;border-top:1px solid #ddd;padding-top:.5rem}
ol.notes li:target{background:#fff0a0}
footer.colophon{margin-top:2.5rem;border-top:1px solid #ccc;padding-top:.6rem;font-size:.82rem;color:#444}
footer.colophon h2{font-size:.95rem;margin:.2rem 0 .4rem}
footer.colophon p{margin:.2rem 0}
footer.colophon ul{margin:.2rem 0;padding-left:1.4rem}
@media (max-width:599.98px){
 table.facing td{padding:.1rem 0}
 table.facing td.src{border-right:0}
 .key dl{grid-template-columns:1fr}
 .key dt{white-space:normal}
}
@media print{
 nav.toc{display:none}
 ol.notes{break-inside:avoid}
 footer.colophon{break-before:avoid}
}
`

var readerTemplate = template.Must(template.New("reader").Parse(`{{define "head"}}<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{{.Generator}}{{with .Version}} {{.}}{{end}}">
<title>{{.Title}}</title>
<style>
` + pageCSS + readerCSS + `</style>
</head>
<body class="reader">
<header>
<h1>{{.Title}}</h1>
{{if gt (len .TOC) 1}}<nav class="toc"><ol>{{range .TOC}}
<li><a href="#{{.ID}}">{{.Title}}</a></li>{{end}}
</ol></nav>{{end}}
{{if .Key}}<aside class="key" id="key"><h2>Editorial conventions</h2><dl>{{range .Key}}
<dt>{{range .Example}}{{template "piece" .}}{{end}}</dt><dd>{{.Means}}</dd>{{end}}
</dl></aside>{{end}}
</header>
<main>{{end}}{{define "doc"}}
<section class="doc" id="{{.ID}}">
{{if .Heading}}<h2>{{.Title}}</h2>{{end}}
<table class="facing">
<colgroup><col class="src"><col class="tgt"></colgroup>
<thead><tr><th lang="{{.SrcLang}}">{{.SrcName}}</th><th lang="{{.TgtLang}}">{{.TgtName}}</th></tr></thead>
<tbody>{{$doc := .}}{{range .Rows}}
<tr id="{{.ID}}" class="{{.Class}}"><td class="src" lang="{{$doc.SrcLang}}">{{template "segs" .Src}}</td><td class="tgt" lang="{{$doc.TgtLang}}">{{template "segs" .Tgt}}</td></tr>{{end}}
</tbody>
</table>
{{if .Notes}}<ol class="notes" lang="{{.TgtLang}}">{{range .Notes}}
<li id="{{.ID}}">{{.Text}} <a href="#{{.ID}}-ref" aria-label="back to the text">&#8617;</a></li>{{end}}
</ol>{{end}}
</section>{{end}}{{define "foot"}}
</main>
<footer class="colophon">
<h2>Sources</h2>
{{if .Citations}}<ul>{{range .Citations}}
<li><a href="#{{.ID}}">{{.Title}}</a>: {{.Text}}</li>{{end}}
</ul>{{end}}
{{range .Colophon}}<p>{{.}}</p>
{{end}}<p>Set by {{.Generator}}{{with .Version}} {{.}}{{end}}.</p>
</footer>
</body>
</html>
{{end}}{{define "segs"}}{{range $i, $s := .}}{{if $i}} {{end}}<span class="seg" id="{{.ID}}">{{range .Pieces}}{{template "piece" .}}{{end}}</span>{{end}}{{end}}{{define "piece"}}{{if eq .Kind ""}}{{.Text}}{{else if eq .Kind "insertion"}}<span class="insertion">[{{.Text}}{{with .Signer}} &ndash; <span class="sig">{{.}}</span>{{end}}]</span>{{else if eq .Kind "translit"}}<span class="translit">[<i lang="ru-Latn">{{.Text}}</i>]</span>{{else if eq .Kind "gloss"}}<span class="gloss">[{{.Text}}]</span>{{else if eq .Kind "expansion"}}<span class="expansion">[<i>{{.Text}}</i>]</span>{{else if eq .Kind "reading"}}<span class="reading">[<i>{{.Text}}</i>]</span>{{else if eq .Kind "note"}}<sup class="fn"{{with .ID}} id="{{.}}-ref"{{end}}><a{{with .ID}} href="#{{.}}"{{end}}>{{.N}}</a></sup>{{else}}<span class="{{.Kind}}">[{{.Text}}]</span>{{end}}{{end}}`))
