package edition

import (
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// WriteHTML writes the edition as one self-contained HTML page: the
// original and the translation facing, one table row per link, with
// anchors for every document (id="d3"), link ("d3-l12") and sentence
// ("d3-s-5" in the original, "d3-t-7" in the translation). The page loads
// nothing from the network; its style and script are inline. All text
// from the inputs is escaped.
func WriteHTML(w io.Writer, ed *Edition, opts Options) error {
	if err := ed.Validate(); err != nil {
		return err
	}
	page := htmlPage{Title: ed.Title, Generator: opts.generator(), Version: opts.Version, Style: template.CSS(htmlStyle)}
	page.Findings = len(ed.Marks) > 0
	if page.Title == "" {
		page.Title = "Bilingual edition"
	}
	if len(ed.Pairs) > 0 {
		page.Lang = string(ed.Pairs[0].targetLang())
	}
	for i, b := range ed.Pairs {
		flagged := 0
		for _, l := range b.Links {
			if len(flagNames(l)) > 0 {
				flagged++
			}
		}
		page.TOC = append(page.TOC, tocEntry{ID: b.anchor(i), Title: b.title(i), Flagged: flagged})
	}
	// The page streams document by document, so that memory holds one
	// document's rows at a time.
	if err := htmlTemplate.ExecuteTemplate(w, "head", page); err != nil {
		return err
	}
	for i, b := range ed.Pairs {
		d := htmlDocument(b, i, ed, opts)
		d.Heading = len(ed.Pairs) > 1 || d.Title != page.Title
		if err := htmlTemplate.ExecuteTemplate(w, "doc", d); err != nil {
			return err
		}
	}
	return htmlTemplate.ExecuteTemplate(w, "foot", page)
}

type tocEntry struct {
	ID, Title string
	Flagged   int
}

type htmlPage struct {
	Title     string
	Lang      string
	Generator string
	Version   string
	TOC       []tocEntry
	Findings  bool // some pair has check findings: the legend shows their mark
	Style     template.CSS
}

type htmlDoc struct {
	ID               string
	Title            string
	SrcLang, TgtLang string
	SrcName, TgtName string
	Rows             []htmlRow
	Flagged          int
	// Heading is false when the page's title already says the document's.
	Heading bool
}

type htmlRow struct {
	ID       string
	N        int
	Class    string
	Tip      string
	Flags    []string
	Src, Tgt []htmlSeg
}

type htmlSeg struct {
	ID     string
	Kind   string
	Class  string // extra classes: "finding finding-error" when the check found something here
	Tip    string // the findings, one a line
	With   string // the ids of its counterparts, space-separated
	Pos    string // where it is in its file
	Pieces []htmlPiece
}

type htmlPiece struct {
	Text  string
	Class string // empty for plain text
	Tip   string
}

func htmlDocument(b *Pair, i int, ed *Edition, opts Options) htmlDoc {
	d := htmlDocHead(b, i)
	rc := newRowContext(b, d.ID, ed, opts)
	for _, r := range b.rows(d.ID) {
		hr := rc.row(r)
		if len(hr.Flags) > 0 {
			d.Flagged++
		}
		d.Rows = append(d.Rows, hr)
	}
	return d
}

// htmlDocHead is a document without its rows.
func htmlDocHead(b *Pair, i int) htmlDoc {
	sl, tl := b.sourceLang(), b.targetLang()
	return htmlDoc{
		ID: b.anchor(i), Title: b.title(i),
		SrcLang: string(sl), TgtLang: string(tl),
		SrcName: langName(sl), TgtName: langName(tl),
	}
}

// rowContext holds what every row of one pair needs: the marks by
// sentence, the languages and the glossary.
type rowContext struct {
	b                        *Pair
	anchor                   string
	sl, tl                   texts.Lang
	srcFindings, tgtFindings map[int][]Mark
	g                        *glossary.Glossary
	opts                     Options
}

func newRowContext(b *Pair, anchor string, ed *Edition, opts Options) *rowContext {
	return &rowContext{b: b, anchor: anchor, sl: b.sourceLang(), tl: b.targetLang(),
		srcFindings: segmentMarks(b.Source, ed.Marks), tgtFindings: segmentMarks(b.Target, ed.Marks),
		g: ed.Glossary, opts: opts}
}

func (rc *rowContext) row(r row) htmlRow {
	b, anchor := rc.b, rc.anchor
	srcIDs := make([]string, len(r.source))
	for k, s := range r.source {
		srcIDs[k] = anchor + "-s-" + segID(&b.Source.Segments[s], s)
	}
	tgtIDs := make([]string, len(r.target))
	for k, t := range r.target {
		tgtIDs[k] = anchor + "-t-" + segID(&b.Target.Segments[t], t)
	}
	hr := htmlRow{ID: r.id, N: r.n, Flags: flagNames(r.link)}
	classes := []string{"row", string(r.kind)}
	for _, f := range hr.Flags {
		classes = append(classes, "flag-"+f)
	}
	if len(hr.Flags) > 0 {
		classes = append(classes, "flagged")
	}
	if r.link.Confirmed {
		classes = append(classes, "confirmed")
	}
	hr.Class = strings.Join(classes, " ")
	conf := formatConfidence(r.link.Confidence)
	if conf == "" {
		conf = "unknown"
	}
	hr.Tip = "link " + strconv.Itoa(r.n) + " (" + linkType(r.link) + "), confidence " + conf
	if r.link.Confirmed {
		hr.Tip += ", confirmed by an editor"
	}
	if len(hr.Flags) > 0 {
		hr.Tip += "; " + strings.Join(hr.Flags, ", ")
	}
	for k, s := range r.source {
		hs := htmlSegment(&b.Source.Segments[s], srcIDs[k], tgtIDs, rc.sl, rc.g, rc.opts)
		hs.mark(rc.srcFindings[s], rc.opts)
		hr.Src = append(hr.Src, hs)
	}
	for k, t := range r.target {
		hs := htmlSegment(&b.Target.Segments[t], tgtIDs[k], srcIDs, rc.tl, rc.g, rc.opts)
		hs.mark(rc.tgtFindings[t], rc.opts)
		hr.Tgt = append(hr.Tgt, hs)
	}
	return hr
}

// WriteHTMLRows writes the table rows of the links numbered links (0-based
// positions in the pair's Links) of the edition's pair at index pair, as
// WriteHTML writes them: same ids, numbering from 1, classes, marks and
// escaping. The review server builds its page from them a screenful at a
// time. The pair must be valid (Pair.Validate).
func WriteHTMLRows(w io.Writer, ed *Edition, pair int, links []int, opts Options) error {
	if pair < 0 || pair >= len(ed.Pairs) {
		return fmt.Errorf("edition: no document pair %d (the edition has %d)", pair+1, len(ed.Pairs))
	}
	b := ed.Pairs[pair]
	d := htmlDocHead(b, pair)
	rc := newRowContext(b, d.ID, ed, opts)
	for _, k := range links {
		if k < 0 || k >= len(b.Links) {
			return fmt.Errorf("edition: document pair %s has no link %d (it has %d)", d.ID, k+1, len(b.Links))
		}
		d.Rows = append(d.Rows, rc.row(b.row(d.ID, k)))
	}
	return htmlTemplate.ExecuteTemplate(w, "rows", d)
}

// AnchorID is the id of the edition's pair at index i in every export
// ("d3"), which its links' ids ("d3-l12") start with.
func (e *Edition) AnchorID(i int) string { return e.Pairs[i].anchor(i) }

func htmlSegment(seg *texts.Segment, id string, with []string, lang texts.Lang, g *glossary.Glossary, opts Options) htmlSeg {
	hs := htmlSeg{ID: id, Kind: string(seg.Kind), With: strings.Join(with, " ")}
	if seg.Pos.Line > 0 {
		hs.Pos = opts.position(seg.Pos)
	}
	for _, p := range pieces(seg, lang, g) {
		hp := htmlPiece{Text: p.Text}
		switch {
		case p.Span != nil:
			hp.Class = "sp sp-" + safeID(string(p.Span.Class))
			hp.Tip = spanLabel(p.Span)
		case p.Match != nil:
			hp.Class = "term"
			if p.Match.Rendering != nil && p.Match.Rendering.Status == glossary.Forbidden {
				hp.Class += " term-forbidden"
			}
			hp.Tip = termLabel(p.Match, g)
		}
		hs.Pieces = append(hs.Pieces, hp)
	}
	return hs
}

// segmentMarks maps the marks that point into doc (same file, an offset
// within a sentence) to the index of that sentence.
func segmentMarks(doc *texts.Document, marks []Mark) map[int][]Mark {
	if doc == nil || len(marks) == 0 || len(doc.Segments) == 0 {
		return nil
	}
	out := map[int][]Mark{}
	at := func(p texts.Pos) int {
		segs := doc.Segments
		k := sort.Search(len(segs), func(k int) bool { return segs[k].End > p.Offset })
		if k < len(segs) && segs[k].Start <= p.Offset && segs[k].Pos.File == p.File {
			return k
		}
		return -1
	}
	for _, m := range marks {
		for _, p := range m.Places {
			if k := at(p); k >= 0 {
				out[k] = append(out[k], m)
				break
			}
		}
	}
	return out
}

// mark gives a sentence the marks' class, the worst severity's, and every
// mark as "severity rule: message" on hover. Places the messages name in
// files under opts.BaseDir are named relative to it, as the page names
// every file.
func (hs *htmlSeg) mark(ms []Mark, opts Options) {
	if len(ms) == 0 {
		return
	}
	worst := ms[0]
	lines := make([]string, len(ms))
	for i, m := range ms {
		if m.Rank > worst.Rank {
			worst = m
		}
		msg := m.Message
		if opts.BaseDir != "" {
			msg = strings.ReplaceAll(msg, filepath.Clean(opts.BaseDir)+string(filepath.Separator), "")
		}
		lines[i] = m.Severity + " " + m.Rule + ": " + msg
	}
	hs.Class = "finding finding-" + safeID(worst.Severity)
	hs.Tip = strings.Join(lines, "\n")
}

func langName(l texts.Lang) string {
	switch l {
	case texts.Russian:
		return "Русский"
	case texts.English:
		return "English"
	}
	return string(l)
}

// flagLabel is a flag as the reader sees it in the narrow link column.
func flagLabel(f string) string { return strings.ReplaceAll(f, "-", " ") }

// htmlStyle is the page's style sheet, inline in the edition and served
// as a file by the review server.
const htmlStyle = `body{font:16px/1.5 Georgia,"Times New Roman",serif;color:#1b1b1b;background:#fff;margin:0 auto;max-width:1320px;padding:1rem 2rem 3rem}
h1{font-size:1.55rem;margin:.6rem 0}
h2{font-size:1.2rem;margin:2rem 0 .5rem}
h2 a.self{color:#999;text-decoration:none;font-weight:normal;margin-left:.4em}
.ui{font-family:system-ui,-apple-system,"Segoe UI",sans-serif}
nav.toc ol{margin:.2rem 0 1rem;padding-left:1.6rem}
.legend{font-size:.82rem;color:#444;margin:.4rem 0 1rem}
.legend span{margin-right:1rem;white-space:nowrap}
table.facing{width:100%;border-collapse:collapse;table-layout:fixed}
table.facing col.n{width:6.2rem}
table.facing th{font:600 .8rem system-ui,sans-serif;text-align:left;color:#555;border-bottom:2px solid #ccc;padding:.3rem .6rem}
table.facing td{vertical-align:top;padding:.35rem .6rem;border-top:1px solid #e6e6e6;overflow-wrap:anywhere}
td.n{font:.72rem/1.4 system-ui,sans-serif;color:#999;text-align:right;padding-right:.4rem!important}
td.n a{color:inherit;text-decoration:none}
td.n .flag{display:block;color:#a40000;font-weight:600;overflow-wrap:normal}
tr.heading td.src,tr.heading td.tgt{font-weight:bold;font-size:1.06em;padding-top:.8rem}
tr.header td.src,tr.header td.tgt{font:.86em/1.45 system-ui,sans-serif;color:#333;background:#f6f6f3}
tr.citation td.src,tr.citation td.tgt{font-size:.84em;color:#555;font-style:italic;background:#f6f6f3}
.seg{border-radius:3px}
.seg:hover,.seg.pair{background:#fff0a0}
.gap{font:italic .8em system-ui,sans-serif;color:#a40000}
tr.flag-omission td.tgt,tr.flag-addition td.src{background:repeating-linear-gradient(135deg,#fff,#fff 6px,#fbeaea 6px,#fbeaea 12px)}
tr.flag-low-confidence td.n{box-shadow:inset 3px 0 #e0a000}
tr.confirmed td.n a::after{content:" \2713";color:#2f7d22}
.sp{border-radius:2px;cursor:help}
.sp-insertion{background:#e2ebff;border-bottom:2px solid #3d6fd0}
.sp-gloss,.sp-translation{background:#e6f5e1;border-bottom:1px dotted #2f7d22}
.sp-expansion,.sp-supplied{color:#5d2f94;border-bottom:1px dotted #5d2f94}
.sp-note,.sp-variant,.sp-date,.sp-sic,.sp-query,.sp-illegible,.sp-citation{background:#f0f0f0;border-bottom:1px dotted #777}
.term{border-bottom:1.5px dashed #b35c00;cursor:help}
.term-forbidden{border-bottom-color:#c00;background:#fde8e8}
.finding{text-decoration:underline wavy #c00;text-decoration-skip-ink:none;cursor:help}
.finding-warning{text-decoration-color:#d08000}
.finding-info{text-decoration-color:#3d6fd0}
footer{margin-top:2rem;font-size:.75rem;color:#888}
@media print{
 body{max-width:none;padding:0;font-size:10.5pt}
 nav.toc,.legend,h2 a.self,footer{display:none}
 section.doc+section.doc{break-before:page}
 thead{display:table-header-group}
 tr{break-inside:avoid}
 .seg:hover,.seg.pair{background:none}
 .finding{text-decoration:none}
 .sp-insertion,.sp-gloss,.sp-translation,.sp-note,.sp-variant,.sp-date,.sp-sic,.sp-query,.sp-illegible,.sp-citation{background:none}
 tr.flag-omission td.tgt,tr.flag-addition td.src,tr.header td.src,tr.header td.tgt,tr.citation td.src,tr.citation td.tgt{background:none}
 table.facing col.n{width:3rem}
 a{color:inherit;text-decoration:none}
}
`

// HTMLStyle returns the style sheet of the HTML edition, for pages that
// show its rows (the review server) and must look as the edition does.
func HTMLStyle() string { return htmlStyle }

var htmlTemplate = template.Must(template.New("edition").Funcs(template.FuncMap{"flagLabel": flagLabel}).Parse(`{{define "head"}}<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{{.Generator}}{{with .Version}} {{.}}{{end}}">
<title>{{.Title}}</title>
<style>
{{.Style}}</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="legend ui"><span class="sp sp-insertion">[insertion]</span> <span class="sp sp-gloss">[gloss]</span> <span class="sp sp-expansion">expan[sion]</span> <span class="sp sp-note">[note]</span> <span class="term">glossary term</span> <span class="gap">no counterpart</span>{{if .Findings}} <span class="finding">check finding</span>{{end}} &mdash; hover a mark for what it is, a sentence for its counterpart.</p>
{{if gt (len .TOC) 1}}<nav class="toc ui"><ol>{{range .TOC}}
<li><a href="#{{.ID}}">{{.Title}}</a>{{if .Flagged}} <span class="gap">({{.Flagged}} flagged)</span>{{end}}</li>{{end}}
</ol></nav>{{end}}
</header>
<main>{{end}}{{define "doc"}}
<section class="doc" id="{{.ID}}">
{{if .Heading}}<h2>{{.Title}}<a class="self" href="#{{.ID}}" title="link to this document">#</a></h2>{{end}}
<table class="facing">
<colgroup><col class="n"><col class="src"><col class="tgt"></colgroup>
<thead><tr><th></th><th lang="{{.SrcLang}}">{{.SrcName}}</th><th lang="{{.TgtLang}}">{{.TgtName}}</th></tr></thead>
<tbody>{{template "rows" .}}
</tbody>
</table>
</section>{{end}}{{define "foot"}}
</main>
<footer class="ui">Written by {{.Generator}}{{with .Version}} {{.}}{{end}}.</footer>
<script>
(function () {
  var lit = [];
  function clear() { lit.forEach(function (e) { e.classList.remove("pair"); }); lit = []; }
  document.addEventListener("mouseover", function (ev) {
    var seg = ev.target.closest ? ev.target.closest(".seg") : null;
    clear();
    if (!seg) return;
    (seg.getAttribute("data-with") || "").split(" ").forEach(function (id) {
      var e = id && document.getElementById(id);
      if (e) { e.classList.add("pair"); lit.push(e); }
    });
  });
})();
</script>
</body>
</html>
{{end}}{{define "rows"}}{{$doc := .}}{{range .Rows}}
<tr id="{{.ID}}" class="{{.Class}}"><td class="n ui" title="{{.Tip}}"><a href="#{{.ID}}">{{.N}}</a>{{range .Flags}}<span class="flag">{{flagLabel .}}</span>{{end}}</td><td class="src" lang="{{$doc.SrcLang}}">{{template "segs" .Src}}</td><td class="tgt" lang="{{$doc.TgtLang}}">{{template "segs" .Tgt}}</td></tr>{{end}}{{end}}{{define "segs"}}{{if .}}{{range $i, $s := .}}{{if $i}} {{end}}<span class="seg {{.Kind}}{{with .Class}} {{.}}{{end}}" id="{{.ID}}"{{with .With}} data-with="{{.}}"{{end}}{{with .Pos}} data-pos="{{.}}"{{end}}{{with .Tip}} title="{{.}}"{{end}}>{{range .Pieces}}{{if .Class}}<span class="{{.Class}}" title="{{.Tip}}">{{.Text}}</span>{{else}}{{.Text}}{{end}}{{end}}</span>{{end}}{{else}}<span class="gap">no counterpart</span>{{end}}{{end}}`))
