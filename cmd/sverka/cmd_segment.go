package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/internal/sheet"
	"github.com/sverka/sverka/internal/term"
	"github.com/sverka/sverka/texts"
)

// readFlags are the reading options shared by segment and notes.
type readFlags struct {
	lang        string
	encoding    string
	showDropped bool
	// boilerplate are files of junk-line patterns added to the defaults
	// (or in their place with noDefaultBoilerplate).
	boilerplate          []string
	noDefaultBoilerplate bool
}

func (f *readFlags) add(cmd *cobra.Command, withLang bool) {
	if withLang {
		enumFlag(cmd, &f.lang, "lang", "", "auto", []string{"auto", "en", "ru"}, "language of the text (auto: by script, per document)")
	}
	// Not an enum flag: texts takes any WHATWG or IANA name of its
	// encodings, and its error says which it knows.
	cmd.Flags().StringVar(&f.encoding, "encoding", "auto", "encoding of the file: auto, utf-8, utf-16, utf-16le, utf-16be, windows-1251, koi8-r, ibm866 (cp866), iso-8859-5, x-mac-cyrillic, windows-1252 (iso-8859-1), or another WHATWG or IANA name of these")
	cmd.Flags().BoolVar(&f.showDropped, "show-dropped", false, "also list the web boilerplate lines left out of the documents")
	cmd.Flags().StringArrayVar(&f.boilerplate, "boilerplate", nil, "a file of junk-line patterns (one Go regexp a line, optionally \"name: regexp\", # comments) added to the defaults; may be repeated")
	cmd.Flags().BoolVar(&f.noDefaultBoilerplate, "no-default-boilerplate", false, "drop only the lines the --boilerplate files match, not the built-in web junk")
}

// boilerplateRules returns the rules the flags ask for, or nil for the
// defaults.
func (f *readFlags) boilerplateRules() ([]texts.BoilerplateRule, error) {
	if len(f.boilerplate) == 0 && !f.noDefaultBoilerplate {
		return nil, nil
	}
	rules := []texts.BoilerplateRule{}
	if !f.noDefaultBoilerplate {
		rules = texts.DefaultBoilerplate()
	}
	for _, name := range f.boilerplate {
		data, err := input.ReadFile(name, input.MaxConfig)
		if err != nil {
			return nil, err
		}
		more, err := texts.ReadBoilerplate(name, bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		rules = append(rules, more...)
	}
	return rules, nil
}

func (f *readFlags) options() (texts.Options, error) {
	opts := texts.Options{Read: texts.ReadOptions{Encoding: f.encoding}}
	if f.lang != "" && f.lang != "auto" {
		opts.Lang = texts.Lang(f.lang)
	}
	if _, err := texts.EncodingName(f.encoding); err != nil {
		return opts, usagef("--encoding %q: %v", f.encoding, err)
	}
	rules, err := f.boilerplateRules()
	if err != nil {
		return opts, err
	}
	opts.BoilerplateRules = rules
	return opts, nil
}

type segmentOptions struct {
	read   readFlags
	format string
}

func newSegmentCommand(io *IO) *cobra.Command {
	opts := &segmentOptions{}
	cmd := &cobra.Command{
		Use:   "segment [flags] FILE[#ID]",
		Short: "Split a file into documents and segments",
		Long: `Segment reads a file (or standard input, "-") and prints its documents and
their segments, each of a kind: sentence, header (telegram and memo header
lines), citation (archive citations), heading (numbered items) or note (a
line that is only an editor's note in brackets).

The file may be UTF-8 (with or without a BOM), UTF-16 with a BOM,
Windows-1251, KOI8-R, MacCyrillic, CP866 or ISO-8859-5; the encoding is
detected unless --encoding names it (bytes that are neither UTF-8 nor
Russian text are an error, and so is a file two code pages read differently).
It may also be a Word (.docx) or OpenDocument (.odt) file or a saved web
page (.html), told by its content: their paragraphs are read (footnotes and
comments in brackets where their marks stand, tracked changes as accepted,
with a warning; a page without its scripts, navigation, header and footer),
and positions are paragraph:column. PDF is not read: use pdftotext.
A collection is split at its headings ("Document 3: ...", "Документ № 3");
the id of a document is the number of its heading, or 1 for a file of one
document. FILE#ID prints one document. Web boilerplate (download links,
page numbers, share buttons, copyright lines) is left out; --show-dropped
lists it. A line of one word ("Print", "Home", "REPORT") is left out of a
document only next to other junk. Lines that may be text (before the first
heading, such lone words, lines of your own patterns) are counted in a
warning on standard error; when patterns drop more than half of a
document's lines, a warning names them. --boilerplate FILE adds patterns of
junk lines, one Go regular expression a line ("name: regexp" names it;
lines beginning with # are comments; Go's \b is for ASCII words only);
--no-default-boilerplate keeps only those.

Formats:
  lines  one segment per line (line breaks inside a segment become spaces);
         dropped lines go to standard error
  tsv    file, doc, id, kind, para, line, col, text; with --show-dropped,
         rows of kind "dropped" and a last column, reason; a text that
         begins like a spreadsheet formula (=, +, -, @) is written after
         a ', so that a spreadsheet does not run it
  json   {"file", "encoding", "format" and "line_unit" (docx, odt, html:
         "paragraph"), "documents": [{"id", "title", "lang",
         "segments": [{"id", "kind", "text", "line", "col", "offset",
         "end_line", "end_col", "end_offset", "para", "spans"}]}],
         "dropped": [...]}

Lines and columns are those of the file as it is (columns count
characters); offset is the byte offset in the file.

` + exitStatusHelp,
		Example: `  sverka segment examples/telegrams/en.txt
  sverka segment --format json 'examples/telegrams/en.txt#2'
  sverka segment --lang ru --encoding windows-1251 --format tsv telegram.txt
  sverka segment --show-dropped --format tsv page-copy.txt
  sverka segment --boilerplate site-junk.txt --show-dropped page-copy.txt`,
		Args: exactArgs(1, "one FILE (or - for standard input)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSegment(io, opts, args[0])
		},
	}
	opts.read.add(cmd, true)
	enumFlag(cmd, &opts.format, "format", "", "lines", []string{"lines", "tsv", "json"}, "output format")
	return cmd
}

func runSegment(sio *IO, opts *segmentOptions, spec string) error {
	topts, err := opts.read.options()
	if err != nil {
		return err
	}
	var write func(w io.Writer, c *texts.Collection, docs []*texts.Document) error
	switch opts.format {
	case "lines":
		write = func(w io.Writer, c *texts.Collection, docs []*texts.Document) error {
			return writeSegmentLines(w, sio.Err, c, docs, opts.read.showDropped)
		}
	case "tsv":
		write = func(w io.Writer, c *texts.Collection, docs []*texts.Document) error {
			return writeSegmentTSV(w, c, docs, opts.read.showDropped)
		}
	case "json":
		write = func(w io.Writer, c *texts.Collection, docs []*texts.Document) error {
			return writeSegmentJSON(w, c, docs, opts.read.showDropped)
		}
	}
	c, docs, err := readDocuments(sio, spec, topts)
	if err != nil {
		return err
	}
	warnDroppedText(sio, c, opts.read.showDropped)
	return writeOutput(sio, "", func(w io.Writer) error { return write(w, c, docs) })
}

// warnDroppedText says on standard error how many lines that may be text
// (not obvious web junk) a file lost, unless --show-dropped lists them
// anyway, and, always, where the boilerplate rules dropped most of a
// document: nothing may disappear silently.
func warnDroppedText(sio *IO, c *texts.Collection, showDropped bool) {
	warnOverdropped(sio, c)
	if showDropped {
		return
	}
	lost := c.DroppedText()
	if len(lost) == 0 {
		return
	}
	// How many each reason left out, in the order of first appearance.
	var reasons []string
	count := map[string]int{}
	for _, d := range lost {
		reason := d.Reason
		if reason != texts.DropBeforeFirst {
			reason = fmt.Sprintf("by rule %q", d.Reason)
		}
		if count[reason] == 0 {
			reasons = append(reasons, reason)
		}
		count[reason]++
	}
	if len(reasons) == 1 && reasons[0] == texts.DropBeforeFirst {
		fmt.Fprintf(sio.Err, "%s:%d: warning: %s of text before the first document left out (--show-dropped lists them)\n",
			term.Printable(c.Source.Name), lost[0].Pos.Line, plural(len(lost), "line"))
		return
	}
	parts := make([]string, len(reasons))
	for i, r := range reasons {
		parts[i] = fmt.Sprintf("%d %s", count[r], r)
	}
	fmt.Fprintf(sio.Err, "%s:%d: warning: %s that may be text left out: %s (--show-dropped lists them)\n",
		term.Printable(c.Source.Name), lost[0].Pos.Line, plural(len(lost), "line"), strings.Join(parts, ", "))
}

// warnOverdropped names the rules that dropped more than half of the
// file's or of a document's lines: a pattern that matches too much (".")
// would otherwise empty the output without a word. The warning for the
// whole file stands for its documents.
func warnOverdropped(sio *IO, c *texts.Collection) {
	for _, o := range c.Overdropped {
		rules := make([]string, len(o.Rules))
		for i, r := range o.Rules {
			rules[i] = fmt.Sprintf("%q %d", r.Rule, r.Lines)
		}
		where := "the file"
		if o.Doc != "" {
			where = "document " + o.Doc
		}
		fmt.Fprintf(sio.Err, "%s:%d: warning: boilerplate rules dropped %d of the %s of %s (%s): check the patterns\n",
			term.Printable(c.Source.Name), o.Pos.Line, o.Dropped, plural(o.Lines, "non-blank line"), where, strings.Join(rules, ", "))
		if o.Doc == "" {
			return
		}
	}
}

// plural writes "1 line", "2 lines".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// oneLine puts a segment on one line: line breaks and tabs become spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\t") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// tsvCell puts a text in a TSV cell: on one line, control characters
// made spaces, and after a ' when it begins like a spreadsheet formula.
func tsvCell(s string) string { return sheet.Guard(texts.OneLine(s)) }

func writeSegmentLines(w, errw io.Writer, c *texts.Collection, docs []*texts.Document, showDropped bool) error {
	for _, d := range docs {
		for _, s := range d.Segments {
			if _, err := fmt.Fprintln(w, term.Printable(oneLine(s.Text))); err != nil {
				return err
			}
		}
	}
	if showDropped {
		for _, d := range c.Dropped {
			fmt.Fprintf(errw, "%s: dropped (%s): %s\n", d.Pos, d.Reason, term.Printable(d.Text))
		}
	}
	return nil
}

func writeSegmentTSV(w io.Writer, c *texts.Collection, docs []*texts.Document, showDropped bool) error {
	// With dropped lines every row has the reason column, so that the
	// table stays rectangular for spreadsheet and csv tools.
	header, reason := "file\tdoc\tid\tkind\tpara\tline\tcol\ttext", ""
	if showDropped {
		header, reason = header+"\treason", "\t"
	}
	fmt.Fprintln(w, header)
	for _, d := range docs {
		for _, s := range d.Segments {
			if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t%s%s\n", tsvCell(c.Source.Name), d.ID, s.ID, s.Kind, s.Para, s.Pos.Line, s.Pos.Col, tsvCell(s.Text), reason); err != nil {
				return err
			}
		}
	}
	if showDropped {
		for _, d := range c.Dropped {
			if _, err := fmt.Fprintf(w, "%s\t\t\tdropped\t\t%d\t%d\t%s\t%s\n", tsvCell(c.Source.Name), d.Pos.Line, d.Pos.Col, tsvCell(d.Text), d.Reason); err != nil {
				return err
			}
		}
	}
	return nil
}

type jsonSpan struct {
	Class    texts.SpanClass `json:"class"`
	Text     string          `json:"text"`
	Inner    string          `json:"inner"`
	Line     int             `json:"line"`
	Col      int             `json:"col"`
	Offset   int             `json:"offset"`
	Head     string          `json:"head,omitempty"`
	Signer   string          `json:"signer,omitempty"`
	SignMark string          `json:"sign_mark,omitempty"`
	SignDots bool            `json:"sign_dots,omitempty"`
	Depth    int             `json:"depth,omitempty"`
}

type jsonSegment struct {
	ID     string     `json:"id"`
	Kind   texts.Kind `json:"kind"`
	Text   string     `json:"text"`
	Line   int        `json:"line"`
	Col    int        `json:"col"`
	Offset int        `json:"offset"`
	// The end of the segment: the line and column just after its last
	// character, and its byte offset in the file.
	EndLine   int        `json:"end_line"`
	EndCol    int        `json:"end_col"`
	EndOffset int        `json:"end_offset"`
	Para      int        `json:"para"`
	Spans     []jsonSpan `json:"spans,omitempty"`
}

type jsonDocument struct {
	ID       string        `json:"id"`
	Title    string        `json:"title"`
	Lang     texts.Lang    `json:"lang"`
	Line     int           `json:"line,omitempty"` // of the heading
	Segments []jsonSegment `json:"segments"`
}

type jsonDropped struct {
	Line   int    `json:"line"`
	Col    int    `json:"col"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
	// MayBeText marks a dropped line that is not obvious junk: text
	// before the first document, a lone word, a line of the user's rule.
	MayBeText bool `json:"may_be_text,omitempty"`
}

func toJSONSpans(spans []texts.Span) []jsonSpan {
	var out []jsonSpan
	for _, sp := range spans {
		out = append(out, jsonSpan{Class: sp.Class, Text: sp.Text, Inner: sp.Inner, Line: sp.Pos.Line, Col: sp.Pos.Col,
			Offset: sp.Pos.Offset, Head: sp.Head, Signer: sp.Signer, SignMark: sp.SignMark, SignDots: sp.SignDots, Depth: sp.Depth})
	}
	return out
}

func toJSONDropped(c *texts.Collection) []jsonDropped {
	out := []jsonDropped{}
	for _, d := range c.Dropped {
		out = append(out, toJSONDroppedLine(d))
	}
	return out
}

func toJSONDroppedLine(d texts.Dropped) jsonDropped {
	return jsonDropped{Line: d.Pos.Line, Col: d.Pos.Col, Text: d.Text, Reason: d.Reason, MayBeText: d.IsText()}
}

func writeSegmentJSON(w io.Writer, c *texts.Collection, docs []*texts.Document, showDropped bool) error {
	out := struct {
		File      string         `json:"file"`
		Encoding  string         `json:"encoding"`
		Format    string         `json:"format,omitempty"`    // docx, odt, html; none for text
		LineUnit  string         `json:"line_unit,omitempty"` // "paragraph" where line counts paragraphs
		Title     string         `json:"title,omitempty"`
		Documents []jsonDocument `json:"documents"`
		Dropped   []jsonDropped  `json:"dropped,omitempty"`
	}{File: c.Source.Name, Encoding: c.Source.Encoding, Format: c.Source.Format, Title: c.Title, Documents: []jsonDocument{}}
	if c.Source.Format != "" {
		out.LineUnit = texts.UnitParagraph
	}
	for _, d := range docs {
		jd := jsonDocument{ID: d.ID, Title: d.Title, Lang: d.Lang, Line: d.TitlePos.Line, Segments: []jsonSegment{}}
		for _, s := range d.Segments {
			end := c.Source.Pos(s.End)
			jd.Segments = append(jd.Segments, jsonSegment{ID: s.ID, Kind: s.Kind, Text: s.Text, Line: s.Pos.Line,
				Col: s.Pos.Col, Offset: s.Pos.Offset, EndLine: end.Line, EndCol: end.Col, EndOffset: end.Offset,
				Para: s.Para, Spans: toJSONSpans(s.Spans)})
		}
		out.Documents = append(out.Documents, jd)
	}
	if showDropped {
		out.Dropped = toJSONDropped(c)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
