package edition

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/sverka/sverka/texts"
)

// WriteMarkdown writes the edition as GitHub-flavoured Markdown: a heading
// per document and a facing table, one row per link, that reads well on a
// code host. Translator insertions and glosses are set in italics, flagged
// links say why in the first column, and every character Markdown or HTML
// would act on is escaped, pipes included.
func WriteMarkdown(w io.Writer, ed *Edition, opts Options) error {
	if err := ed.Validate(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	title := ed.Title
	if title == "" {
		title = "Bilingual edition"
	}
	bw.WriteString("# " + mdEscape(texts.OneLine(title)) + "\n")
	for i, b := range ed.Pairs {
		anchor := b.anchor(i)
		sl, tl := b.sourceLang(), b.targetLang()
		// A single document titling the edition gets no heading of its
		// own: it would repeat the title.
		if heading := texts.OneLine(b.title(i)); len(ed.Pairs) > 1 || heading != texts.OneLine(title) {
			bw.WriteString("\n## " + mdEscape(heading) + "\n")
		}
		bw.WriteString("\n")
		bw.WriteString("| # | " + langName(sl) + " | " + langName(tl) + " |\n")
		bw.WriteString("|---:|---|---|\n")
		for _, r := range b.rows(anchor) {
			n := strconv.Itoa(r.n)
			if fl := flagNames(r.link); len(fl) > 0 {
				n += " ⚠ " + strings.Join(fl, ", ")
			}
			bw.WriteString("| " + n + " | " + mdSide(b.Source, r.source, r.kind, sl) + " | " + mdSide(b.Target, r.target, r.kind, tl) + " |\n")
		}
	}
	return bw.Flush()
}

func mdSide(doc *texts.Document, idx []int, kind texts.Kind, lang texts.Lang) string {
	if len(idx) == 0 {
		return "—"
	}
	parts := make([]string, 0, len(idx))
	for _, i := range idx {
		seg := &doc.Segments[i]
		var b strings.Builder
		for _, p := range pieces(seg, lang, nil) {
			t := mdEscape(texts.FoldSpace(p.Text))
			if p.Span != nil && t != "" && (p.Span.Class == texts.Insertion || p.Span.Class == texts.Gloss || p.Span.Class == texts.Translation) {
				t = "*" + t + "*"
			}
			b.WriteString(t)
		}
		parts = append(parts, b.String())
	}
	s := strings.TrimSpace(strings.Join(parts, " "))
	switch kind {
	case texts.Heading:
		s = "**" + s + "**"
	case texts.Header, texts.Citation:
		s = "<small>" + s + "</small>"
	}
	return s
}

// mdEscape escapes what would end a table cell or turn text into markup.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '|', '\\', '*', '_', '`', '[', ']', '#', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
