package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"
	"github.com/sverka/sverka/internal/term"
	"github.com/sverka/sverka/texts"
)

type notesOptions struct {
	read   readFlags
	format string
}

func newNotesCommand(io *IO) *cobra.Command {
	opts := &notesOptions{}
	cmd := &cobra.Command{
		Use:   "notes [flags] FILE[#ID]...",
		Short: "List the bracketed spans of translations: insertions, glosses, expansions",
		Long: `Notes lists every bracketed span of the files, classified:

  insertion    a translator's insertion signed with initials: [the leadership - AM]
  gloss        a transliteration after its rendering: aircraft-fright [aviaboiazn']
  translation  a translation of a foreign word or code name: Instantsia [Highest Authority]
  expansion    an abbreviation completed inside a word: C[entral] C[ommittee]
  supplied     text the editor supplied: [To:], [A.I.] SHABSHIN, [the situation]
  variant      another reading of a name: P'UNGGI [BUNKEI], [in Russian translation: ...]
  date         a normalised date: 26.9.50 [26 September 1950]
  citation     [Source: ...]
  sic, illegible, query ([?]), note (anything else)

and three suspicions for an editor to look at, never errors:

  unbalanced       a bracket without its pair
  footnote-marker  digits fused to a word or a time: MDGS2, 8:101 a.m.
  too-deep         a bracket nested more than 32 deep: the brackets inside
                   it are not read as spans

Text output is one span per line, "file:line:col: class: text"; JSON is
an array of objects with file, doc, segment, line, col, offset, class,
text, inner (for an insertion, without its signature), head (the word a
gloss, expansion or variant refers to), signer and sign_mark (the dash
before the initials as written: " - ", " -", "-", "—"), sign_dots (the
initials were written with full stops: "A.M."; signer is "AM") and depth
(a span inside another span, listed after it: 1, 2, ...).
Web boilerplate is left out as by segment (--show-dropped,
--boilerplate FILE, --no-default-boilerplate; see sverka segment --help).
Lines and columns are those of the file as it is.

` + exitStatusHelp,
		Example: `  sverka notes examples/telegrams/en.txt
  sverka notes --format json 'examples/telegrams/en.txt#1'
  sverka notes --show-dropped page-copy.txt | grep -v ': citation:'`,
		Args: minArgs(1, "one FILE (or - for standard input)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runNotes(io, opts, args)
		},
	}
	opts.read.add(cmd, false)
	enumFlag(cmd, &opts.format, "format", "", "text", []string{"text", "json"}, "output format")
	return cmd
}

// noteRecord is one span as notes reports it.
type noteRecord struct {
	File     string          `json:"file"`
	Doc      string          `json:"doc"`
	Segment  string          `json:"segment,omitempty"` // the segment id; empty for a span in a title
	Line     int             `json:"line"`
	Col      int             `json:"col"`
	Offset   int             `json:"offset"`
	Class    texts.SpanClass `json:"class"`
	Text     string          `json:"text"`
	Inner    string          `json:"inner"`
	Head     string          `json:"head,omitempty"`
	Signer   string          `json:"signer,omitempty"`
	SignMark string          `json:"sign_mark,omitempty"`
	SignDots bool            `json:"sign_dots,omitempty"`
	Depth    int             `json:"depth,omitempty"` // brackets around the span
}

func runNotes(sio *IO, opts *notesOptions, specs []string) error {
	topts, err := opts.read.options()
	if err != nil {
		return err
	}
	records := []noteRecord{}
	var dropped []jsonDroppedFile
	for _, spec := range specs {
		c, docs, err := readDocuments(sio, spec, topts)
		if err != nil {
			return err
		}
		warnDroppedText(sio, c, opts.read.showDropped)
		name := c.Source.Name
		for _, d := range docs {
			rec := func(seg string, sp texts.Span) {
				records = append(records, noteRecord{File: name, Doc: d.ID, Segment: seg, Line: sp.Pos.Line, Col: sp.Pos.Col,
					Offset: sp.Pos.Offset, Class: sp.Class, Text: sp.Text, Inner: sp.Inner, Head: sp.Head,
					Signer: sp.Signer, SignMark: sp.SignMark, SignDots: sp.SignDots, Depth: sp.Depth})
			}
			for _, sp := range d.TitleSpans {
				rec("", sp)
			}
			for _, s := range d.Segments {
				for _, sp := range s.Spans {
					rec(s.ID, sp)
				}
			}
		}
		if opts.read.showDropped {
			for _, d := range c.Dropped {
				dropped = append(dropped, jsonDroppedFile{File: name, jsonDropped: toJSONDroppedLine(d)})
			}
		}
	}
	return writeOutput(sio, "", func(w io.Writer) error {
		if opts.format == "json" {
			return writeNotesJSON(w, records, dropped, opts.read.showDropped)
		}
		return writeNotesText(w, records, dropped)
	})
}

type jsonDroppedFile struct {
	File string `json:"file"`
	jsonDropped
}

func writeNotesText(w io.Writer, records []noteRecord, dropped []jsonDroppedFile) error {
	for _, r := range records {
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", term.Printable(r.File), r.Line, r.Col, r.Class, term.Printable(oneLine(r.Text))); err != nil {
			return err
		}
	}
	for _, d := range dropped {
		if _, err := fmt.Fprintf(w, "%s:%d:%d: dropped (%s): %s\n", term.Printable(d.File), d.Line, d.Col, d.Reason, term.Printable(d.Text)); err != nil {
			return err
		}
	}
	return nil
}

// writeNotesJSON writes the array of spans; with --show-dropped the
// dropped lines follow as records of class "dropped" with the reason in
// inner, so that the output stays one array.
func writeNotesJSON(w io.Writer, records []noteRecord, dropped []jsonDroppedFile, showDropped bool) error {
	if showDropped {
		for _, d := range dropped {
			records = append(records, noteRecord{File: d.File, Line: d.Line, Col: d.Col, Class: "dropped", Text: d.Text, Inner: d.Reason})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(records)
}
