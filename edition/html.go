package edition

import (
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// WriteHTML writes the review edition as one self-contained HTML page:
// the original and the translation facing, one table row per link, with
// the aligner's flags and confidences, the glossary's terms, and the
// check's marks (ed.Marks) on the words they are about, numbered and
// listed in a findings section (id="findings", one entry "f3" per mark).
// Anchors are stable for every document (id="d3"), link ("d3-l12") and
// sentence ("d3-s-5" in the original, "d3-t-7" in the translation). Below
// 600 px the two texts stack, link by link. The page loads nothing from
// the network; its style and script are inline. All text from the inputs
// is escaped. WriteReaderHTML writes the edition to publish.
func WriteHTML(w io.Writer, ed *Edition, opts Options) error {
	if err := ed.Validate(); err != nil {
		return err
	}
	page := htmlPage{Title: ed.Title, Generator: opts.generator(), Version: opts.Version, Style: template.CSS(htmlStyle)}
	if page.Title == "" {
		page.Title = "Bilingual edition"
	}
	if len(ed.Pairs) > 0 {
		page.Lang = string(ed.Pairs[0].targetLang())
	}
	places := placeMarks(ed)
	for i, m := range ed.Marks {
		f := htmlFinding{N: i + 1, Severity: safeID(m.Severity), Rule: m.Rule, Message: RelMessage(m.Message, opts.BaseDir)}
		if pl := places[i]; pl.pair >= 0 {
			f.Row = pl.row
			f.Where = ed.LinkName(pl.pair, pl.link)
		} else if len(m.Places) > 0 {
			f.Where = opts.position(m.Places[0])
		}
		page.Findings = append(page.Findings, f)
	}
	for i, b := range ed.Pairs {
		e := tocEntry{ID: b.anchor(i), Title: b.title(i)}
		for _, l := range b.FlaggedLinks() {
			if len(l.Flags) > 0 {
				e.Flagged++
			}
		}
		for _, pl := range places {
			if pl.pair == i {
				e.Findings++
			}
		}
		page.TOC = append(page.TOC, e)
	}
	// The page streams document by document, so that memory holds one
	// document's rows at a time.
	if err := htmlTemplate.ExecuteTemplate(w, "head", page); err != nil {
		return err
	}
	for i, b := range ed.Pairs {
		d := htmlDocument(b, i, ed, places, opts)
		d.Heading = len(ed.Pairs) > 1 || d.Title != page.Title
		if err := htmlTemplate.ExecuteTemplate(w, "doc", d); err != nil {
			return err
		}
	}
	return htmlTemplate.ExecuteTemplate(w, "foot", page)
}

type tocEntry struct {
	ID, Title         string
	Flagged, Findings int
}

type htmlPage struct {
	Title     string
	Lang      string
	Generator string
	Version   string
	TOC       []tocEntry
	Findings  []htmlFinding // the check's marks, in order: the findings section
	Style     template.CSS
}

// htmlFinding is one entry of the findings section.
type htmlFinding struct {
	N                       int
	Severity, Rule, Message string
	Row                     string // the row it marks, "" for none
	Where                   string // "Document 1, link 5", or its place in a file
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
	Class  string // extra classes: "marked" when the check found something here
	With   string // the ids of its counterparts, space-separated
	Pos    string // where it is in its file
	Pieces []htmlPiece
}

type htmlPiece struct {
	Text  string
	Class string // empty for plain text
	Tip   string
	// Open starts a run of marked words at this piece and Close ends it
	// after this piece (the same run; both on a one-piece run).
	Open, Close *htmlMarkRun
}

// htmlMarkRun is a run of words the check's marks are about: the worst
// severity's class, the messages (shown on focus, tap and hover) and the
// marks' numbers in the findings section.
type htmlMarkRun struct {
	ID    string
	Class string
	Tip   string
	Nums  []int
}

func htmlDocument(b *Pair, i int, ed *Edition, places []markPlace, opts Options) htmlDoc {
	d := htmlDocHead(b, i)
	rc := newRowContext(b, i, d.ID, ed, places, opts)
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

// rowContext holds what every row of one pair needs: the runs of marked
// words by side and sentence, the languages and the glossary.
type rowContext struct {
	b      *Pair
	anchor string
	sl, tl texts.Lang
	// runs are the marked words of the original's sentences ([0]) and
	// the translation's ([1]), by sentence index.
	runs  [2]map[int][]markedRun
	marks []Mark
	g     *glossary.Glossary
	opts  Options
}

// newRowContext is the row context of the edition's pair at index i, with
// the marks placed by placeMarks.
func newRowContext(b *Pair, i int, anchor string, ed *Edition, places []markPlace, opts Options) *rowContext {
	rc := &rowContext{b: b, anchor: anchor, sl: b.sourceLang(), tl: b.targetLang(),
		runs: [2]map[int][]markedRun{{}, {}}, marks: ed.Marks, g: ed.Glossary, opts: opts}
	for mi, pl := range places {
		if pl.pair != i {
			continue
		}
		side := 0
		if pl.target {
			side = 1
		}
		rc.runs[side][pl.seg] = append(rc.runs[side][pl.seg], markedRun{start: pl.start, end: pl.end, marks: []int{mi}})
	}
	return rc
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
		hs.mark(rc.runs[0][s], rc.marks, rc.opts)
		hr.Src = append(hr.Src, hs)
	}
	for k, t := range r.target {
		hs := htmlSegment(&b.Target.Segments[t], tgtIDs[k], srcIDs, rc.tl, rc.g, rc.opts)
		hs.mark(rc.runs[1][t], rc.marks, rc.opts)
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
	rc := newRowContext(b, pair, d.ID, ed, placeMarks(ed), opts)
	flagged := b.FlaggedLinks()
	for _, k := range links {
		if k < 0 || k >= len(b.Links) {
			return fmt.Errorf("edition: document pair %s has no link %d (it has %d)", d.ID, k+1, len(b.Links))
		}
		d.Rows = append(d.Rows, rc.row(b.row(d.ID, k, flagged[k])))
	}
	return htmlTemplate.ExecuteTemplate(w, "rows", d)
}

// AnchorID is the id of the edition's pair at index i in every export
// ("d3"), which its links' ids ("d3-l12") start with.
func (e *Edition) AnchorID(i int) string { return e.Pairs[i].anchor(i) }

// LinkName names link n (from 1) of pair i as the review edition's
// findings list does, for a reader: "Document 1, link 5".
func (e *Edition) LinkName(i, n int) string {
	return "Document " + e.Pairs[i].docName(i) + ", link " + strconv.Itoa(n)
}

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
// within a sentence) to the index of that sentence; src is the file doc
// was read from (see SegmentAt).
func segmentMarks(doc *texts.Document, src *texts.Source, marks []Mark) map[int][]Mark {
	if doc == nil || len(marks) == 0 || len(doc.Segments) == 0 {
		return nil
	}
	out := map[int][]Mark{}
	for _, m := range marks {
		for _, p := range m.Places {
			if k, _ := SegmentAt(doc, src, p); k >= 0 {
				out[k] = append(out[k], m)
				break
			}
		}
	}
	return out
}

// mark puts the runs of marked words into the sentence's pieces: plain
// text is cut where a run starts or ends (spans and terms are never cut:
// markRuns widens runs to them), and each run carries its marks' worst
// severity, their messages as "severity rule: message" lines and their
// numbers.
func (hs *htmlSeg) mark(runs []markedRun, marks []Mark, opts Options) {
	if len(runs) == 0 {
		return
	}
	extents := make([][2]int, len(hs.Pieces))
	atomic := make([]bool, len(hs.Pieces))
	at := 0
	for k, p := range hs.Pieces {
		extents[k] = [2]int{at, at + len(p.Text)}
		atomic[k] = p.Class != ""
		at += len(p.Text)
	}
	runs = markRuns(runs, extents, atomic)
	hs.Class = "marked"
	var out []htmlPiece
	ri := 0
	var open *htmlMarkRun
	for k, p := range hs.Pieces {
		start := extents[k][0]
		for len(p.Text) > 0 {
			end := start + len(p.Text)
			piece := p
			if open == nil && ri < len(runs) && runs[ri].start == start {
				open = hs.markRun(runs[ri], marks, opts)
				piece.Open = open
			}
			cut := end
			if p.Class == "" && ri < len(runs) { // spans and terms are never cut
				r := runs[ri]
				switch {
				case open == nil && r.start > start && r.start < end:
					cut = r.start
				case open != nil && r.end > start && r.end < end:
					cut = r.end
				}
			}
			piece.Text = p.Text[:cut-start]
			if open != nil && runs[ri].end == cut {
				piece.Close = open
				open = nil
				ri++
			}
			out = append(out, piece)
			p.Text = p.Text[cut-start:]
			start = cut
		}
	}
	if open != nil && len(out) > 0 { // a run past the text's end
		out[len(out)-1].Close = open
	}
	hs.Pieces = out
}

// markRun is the mark of one run: the worst of its marks' severities.
func (hs *htmlSeg) markRun(r markedRun, marks []Mark, opts Options) *htmlMarkRun {
	worst := marks[r.marks[0]]
	lines := make([]string, len(r.marks))
	nums := make([]int, len(r.marks))
	for i, mi := range r.marks {
		m := marks[mi]
		if m.Rank > worst.Rank {
			worst = m
		}
		lines[i] = m.Severity + " " + m.Rule + ": " + RelMessage(m.Message, opts.BaseDir)
		nums[i] = mi + 1
	}
	return &htmlMarkRun{
		ID:    "tip-f" + strconv.Itoa(nums[0]),
		Class: "finding finding-" + safeID(worst.Severity),
		Tip:   strings.Join(lines, "\n"),
		Nums:  nums,
	}
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

// pageCSS is the style both editions share: the facing table, and below
// 600 px the two texts stacked link by link, words hyphenated by language
// (every cell has its lang) rather than broken anywhere.
const pageCSS = `body{font:16px/1.5 Georgia,"Times New Roman",serif;color:#1b1b1b;background:#fff;margin:0 auto;max-width:1320px;padding:1rem 2rem 3rem}
h1{font-size:1.55rem;margin:.6rem 0;overflow-wrap:break-word;hyphens:auto}
h2{font-size:1.2rem;margin:2rem 0 .5rem;overflow-wrap:break-word;hyphens:auto}
h2 a.self{color:#666;text-decoration:none;font-weight:normal;margin-left:.4em}
.ui{font-family:system-ui,-apple-system,"Segoe UI",sans-serif}
nav.toc ol{margin:.2rem 0 1rem;padding-left:1.6rem}
table.facing{width:100%;border-collapse:collapse;table-layout:fixed}
table.facing th{font:600 .8rem system-ui,sans-serif;text-align:left;color:#555;border-bottom:2px solid #ccc;padding:.3rem .6rem}
table.facing td{vertical-align:top;padding:.35rem .6rem;border-top:1px solid #e6e6e6;overflow-wrap:break-word;hyphens:auto}
tr.heading td.src,tr.heading td.tgt{font-weight:bold;font-size:1.06em;padding-top:.8rem}
tr.header td.src,tr.header td.tgt{font:.86em/1.45 system-ui,sans-serif;color:#333;background:#f6f6f3}
tr.citation td.src,tr.citation td.tgt{font-size:.84em;color:#555;font-style:italic;background:#f6f6f3}
@media (max-width:599.98px){
 body{padding:.5rem .8rem 2rem}
 table.facing,table.facing tbody,table.facing tr,table.facing td{display:block;width:auto}
 table.facing colgroup,table.facing thead{display:none}
 table.facing tr{border-top:1px solid #ddd;padding:.4rem 0}
 table.facing td{border:0;padding:.1rem 0}
 table.facing td.tgt{margin-top:.25rem}
 table.facing td.src{color:#333}
}
@media print{
 body{max-width:none;padding:0;font-size:10.5pt}
 section.doc+section.doc{break-before:page}
 thead{display:table-header-group}
 tr{break-inside:avoid}
 tr.header td.src,tr.header td.tgt,tr.citation td.src,tr.citation td.tgt{background:none}
 a{color:inherit;text-decoration:none}
}
`

// reviewCSS is the review edition's own: the link column, the marks of
// spans, terms and flags, and the check's marks with their messages.
const reviewCSS = `.legend{font-size:.82rem;color:#444;margin:.4rem 0 1rem}
.legend span{margin-right:1rem;white-space:nowrap}
table.facing col.n{width:6.2rem}
td.n{font:.72rem/1.4 system-ui,sans-serif;color:#666;text-align:right;padding-right:.4rem!important}
td.n a{color:inherit;text-decoration:none}
td.n .flag{display:block;color:#a40000;font-weight:600}
td.src,td.tgt{position:relative}
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
mark.finding{background:none;color:inherit;text-decoration:underline wavy #c00;text-decoration-skip-ink:none;text-underline-offset:3px;cursor:pointer;border-radius:2px}
mark.finding-warning{text-decoration-color:#d08000}
mark.finding-info{text-decoration-color:#3d6fd0}
mark.finding:focus{outline:2px solid #3d6fd0;outline-offset:1px}
mark.finding .tip{display:none;position:absolute;left:.3rem;right:.3rem;z-index:2;margin-top:1.6em;padding:.35rem .5rem;background:#fffbe6;border:1px solid #d0b040;border-radius:4px;box-shadow:0 2px 6px rgba(0,0,0,.15);font:.8rem/1.4 system-ui,sans-serif;color:#222;white-space:pre-line;text-decoration:none}
mark.finding:hover .tip,mark.finding:focus .tip,mark.finding:focus-within .tip{display:block}
sup.fref{font:600 .62rem system-ui,sans-serif;margin-left:1px}
sup.fref a{color:#a40000;text-decoration:none}
section#findings ol{padding-left:2.2rem;font-size:.86rem}
section#findings li{margin:.25rem 0;overflow-wrap:break-word}
section#findings li:target{background:#fff0a0}
section#findings .sev{font-weight:600;text-transform:uppercase;font-size:.72rem;color:#a40000}
section#findings li.sev-warning .sev{color:#a06000}
section#findings li.sev-info .sev{color:#3d6fd0}
nav.toc .counts{color:#666;font-size:.85em}
nav.toc .counts .nf{color:#a40000}
footer{margin-top:2rem;font-size:.75rem;color:#666}
@media (max-width:599.98px){
 table.facing td.n{text-align:left;padding:0!important}
 td.n .flag{display:inline;margin-left:.6em}
}
@media print{
 nav.toc,h2 a.self,mark.finding .tip{display:none!important}
 .seg:hover,.seg.pair{background:none}
 .sp-insertion,.sp-gloss,.sp-translation,.sp-note,.sp-variant,.sp-date,.sp-sic,.sp-query,.sp-illegible,.sp-citation{background:none}
 tr.flag-omission td.tgt,tr.flag-addition td.src{background:none}
 table.facing col.n{width:4.6rem}
 td.n{font-size:6.5pt;padding-left:.2rem!important}
 td.n .flag{overflow-wrap:anywhere}
 .legend{font-size:8pt}
 section#findings{break-before:page}
}
`

// htmlStyle is the review edition's style sheet, inline in the edition
// and served as a file by the review server.
const htmlStyle = pageCSS + reviewCSS

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
<p class="legend ui"><span class="sp sp-insertion">[insertion]</span> <span class="sp sp-gloss">[gloss]</span> <span class="sp sp-expansion">expan[sion]</span> <span class="sp sp-note">[note]</span> <span class="term">glossary term</span> <span class="gap">no counterpart</span>{{if .Findings}} <span><mark class="finding">check finding</mark><sup class="fref">1</sup></span>{{end}} &mdash; hover a mark for what it is, a sentence for its counterpart{{if .Findings}}; tap or focus a finding for its message, its number for its entry in the findings{{end}}.</p>
{{if or (gt (len .TOC) 1) .Findings}}<nav class="toc ui"><ol>{{range .TOC}}
<li><a href="#{{.ID}}">{{.Title}}</a>{{if or .Findings .Flagged}} <span class="counts">({{if .Findings}}<span class="nf">{{.Findings}} finding{{if ne .Findings 1}}s{{end}}</span>{{if .Flagged}}, {{end}}{{end}}{{if .Flagged}}{{.Flagged}} flagged link{{if ne .Flagged 1}}s{{end}}{{end}})</span>{{end}}</li>{{end}}{{if .Findings}}
<li><a href="#findings">Findings</a> <span class="counts">({{len .Findings}})</span></li>{{end}}
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
{{if .Findings}}<section id="findings" class="ui">
<h2>Findings <span class="counts">({{len .Findings}})</span></h2>
<ol>{{range .Findings}}
<li id="f{{.N}}" class="sev-{{.Severity}}"><span class="sev">{{.Severity}}</span> <code>{{.Rule}}</code>: {{.Message}} &mdash; {{if .Row}}<a href="#{{.Row}}">{{.Where}}</a>{{else}}<span class="where">{{.Where}}</span>{{end}}</li>{{end}}
</ol>
</section>
{{end}}<footer class="ui">Written by {{.Generator}}{{with .Version}} {{.}}{{end}}.</footer>
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
<tr id="{{.ID}}" class="{{.Class}}"><td class="n ui" title="{{.Tip}}"><a href="#{{.ID}}">{{.N}}</a>{{range .Flags}}<span class="flag">{{flagLabel .}}</span>{{end}}</td><td class="src" lang="{{$doc.SrcLang}}">{{template "segs" .Src}}</td><td class="tgt" lang="{{$doc.TgtLang}}">{{template "segs" .Tgt}}</td></tr>{{end}}{{end}}{{define "segs"}}{{if .}}{{range $i, $s := .}}{{if $i}} {{end}}<span class="seg {{.Kind}}{{with .Class}} {{.}}{{end}}" id="{{.ID}}"{{with .With}} data-with="{{.}}"{{end}}{{with .Pos}} data-pos="{{.}}"{{end}}>{{range .Pieces}}{{with .Open}}<mark class="{{.Class}}" tabindex="0" aria-describedby="{{.ID}}">{{end}}{{if .Class}}<span class="{{.Class}}" title="{{.Tip}}">{{.Text}}</span>{{else}}{{.Text}}{{end}}{{with .Close}}<span class="tip" role="tooltip" id="{{.ID}}">{{.Tip}}</span></mark><sup class="fref">{{range $k, $n := .Nums}}{{if $k}},{{end}}<a href="#f{{$n}}">{{$n}}</a>{{end}}</sup>{{end}}{{end}}</span>{{end}}{{else}}<span class="gap">no counterpart</span>{{end}}{{end}}`))
