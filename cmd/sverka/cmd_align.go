package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/internal/input"
	"github.com/sverka/sverka/texts"
)

// alignOptions are the flags of sverka align.
type alignOptions struct {
	split     string
	format    string
	scores    bool
	output    string
	maxLink   int
	dict      string
	glossary  string
	alignment string
	config    string
	tm        string // a translation memory (TMX) as evidence
	// sentenceFiles writes, with --format xces, each document's
	// sentences beside -o FILE, as OPUS tools read them.
	sentenceFiles bool
}

func newAlignCommand(io *IO) *cobra.Command {
	var opts alignOptions
	cmd := &cobra.Command{
		Use:   "align [flags] [SOURCE TARGET]",
		Short: "Pair the sentences of an original with those of its translation",
		Long: `align pairs each sentence of SOURCE (the original) with its rendering in
TARGET (the translation): 1-1 links, merges and splits up to --max-link
sentences a side, and sentences left without counterpart (1-0 and 0-1).
Every link has a confidence in [0, 1]; links are flagged low-confidence,
omission (a long source sentence the translation leaves out) or addition.

A FILE may name one document of a collection as FILE#ID, ID as 'sverka
segment' reports it. When both files hold several documents, documents are
paired by id. Evidence: sentence lengths, numbers and dates, codes, names and
international words matched across scripts through transliteration,
transliteration glosses in brackets, a word table learned from the texts,
and the word pairs of --dict and --glossary. --tm FILE takes a translation
memory (TMX, as CAT tools write it): a sentence pair that is a unit of the
memory word for word is kept as an anchor, and its short units (terms,
names) are word pairs.

--alignment FILE reads an earlier alignment (json, links or cesAlign); its links
marked confirmed ("confirmed": true, or a trailing ":confirmed" in the links
format) stay as they are and only the stretches between them are realigned.
A json FILE records each sentence's text: a confirmed link whose sentences
have changed since is still kept, with a warning on standard error.

Formats: links (vecalign's "[0, 1]:[2]", with --scores a third field),
tsv (as 'sverka export --format tsv': a header line, then document, link
id, type, source ids, target ids, source text, target text, confidence,
flags; a text that begins like a spreadsheet formula, =, +, -, @, is
written after a ' so that a spreadsheet does not run it), json
(everything, with positions; what --alignment reads best), xces (OPUS
cesAlign, as export writes it).

With --split lines (one sentence a line, as OCR text often comes), a
line of OCR debris inside a sentence (a stray mark, under four letters
and no digit) is skipped: the link goes round it, [5]:[7, 9], and the
debris stands alone, []:[8], as hand-made alignments of OCR text have it.

Without SOURCE and TARGET, align aligns every pair of the edition that
sverka.yaml (here or in a parent directory, or --config) describes, with
its glossary as evidence, keeping the links an editor confirmed in each
pair's stored alignment (carried over to the texts as they are now), and
writes each pair's alignment, as JSON, to the file sverka.yaml names
(alignment:), else to align/doc{id}.json, which it then adds to
sverka.yaml, keeping its comments. It prints what it did. With SOURCE and
TARGET, --config gives the edition's glossary as evidence.

Messages number sentences from 1, as the HTML and JSON ids do; the links
format counts them from 0, as vecalign does, and messages that quote a
link in it say so.

` + exitStatusHelp,
		Example: `  sverka align                                  # every pair of the edition of sverka.yaml
  sverka align examples/telegrams/ru/doc1.txt 'examples/telegrams/en.txt#1'
  sverka align --format tsv ru/doc2.txt 'en.txt#2'
  sverka align --split lines --scores de.txt fr.txt
  sverka align --format json -o doc1.align.json ru/doc1.txt 'en.txt#1'
  sverka align --alignment doc1.align.json --format json -o doc1.align.json ru/doc1.txt 'en.txt#1'`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			return exactArgs(2, "SOURCE and TARGET, or none to align the edition of sverka.yaml")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return runAlignEdition(io, cmd, opts)
			}
			if opts.glossary == "" {
				var err error
				if opts.glossary, err = configGlossary(opts.config); err != nil {
					return err
				}
			}
			return runAlign(io, opts, args[0], args[1])
		},
	}
	f := cmd.Flags()
	enumFlag(cmd, &opts.split, "split", "", "auto", []string{"auto", "lines"}, "how to cut the texts: documents and sentences, or one sentence a line")
	enumFlag(cmd, &opts.format, "format", "", "links", []string{"links", "tsv", "json", "xces"}, "output format")
	f.BoolVar(&opts.scores, "scores", false, "links format: add the confidence as a third field")
	f.StringVarP(&opts.output, "output", "o", "", "write to FILE (atomically) instead of standard output")
	f.IntVar(&opts.maxLink, "max-link", align.DefaultMaxLink, "the most sentences on one side of a link, 1 to 8 (several on both sides: at most 3)")
	f.StringVar(&opts.dict, "dict", "", "bilingual dictionary: a dictd name (freedict-deu-fra, mueller7) or .index file, hunalign 'target @ source' lines or two-column TSV (source, target)")
	f.StringVar(&opts.glossary, "glossary", "", "the edition's glossary (YAML; - reads standard input): its terms and renderings are evidence")
	f.StringVar(&opts.config, "config", "", "the edition's `sverka.yaml` (default: found here or above, without SOURCE and TARGET)")
	f.StringVar(&opts.alignment, "alignment", "", "an earlier alignment `FILE` (links, JSON or cesAlign): its confirmed links are kept")
	// --keep was its name before it took export's name for a stored
	// alignment.
	hiddenAlias(cmd, "keep", "alignment")
	f.BoolVar(&opts.sentenceFiles, "sentence-files", false, "xces: write each document's sentences (<s id>) beside -o FILE and name them in fromDoc and toDoc, as OPUS tools read them")
	f.StringVar(&opts.tm, "tm", "", "a translation memory `FILE` (TMX): exact matches are anchors, short units word pairs")
	cmd.PreRunE = guardOutput(&opts.output, &opts.dict, &opts.glossary, &opts.tm)
	return cmd
}

func runAlign(sio *IO, opts alignOptions, srcSpec, tgtSpec string) error {
	if opts.maxLink < 1 || opts.maxLink > 8 {
		return usagef("align: --max-link %d: want 1 to 8", opts.maxLink)
	}
	if srcSpec == "-" && tgtSpec == "-" {
		return usagef("align: only one of SOURCE and TARGET can be standard input")
	}
	if opts.glossary == "-" && (srcSpec == "-" || tgtSpec == "-") {
		return usagef("align: --glossary - and SOURCE or TARGET - cannot both read standard input")
	}
	for _, spec := range []string{srcSpec, tgtSpec} {
		if err := checkDocSpec(opts.split, spec); err != nil {
			return err
		}
	}
	var pairs []align.WordPair
	if opts.dict != "" {
		p, err := readDictFile(opts.dict)
		if err != nil {
			return err
		}
		pairs = append(pairs, p...)
	}
	var glossPairs []align.WordPair
	if opts.glossary != "" {
		g, err := loadGlossary(sio, opts.glossary)
		if err != nil {
			return err
		}
		glossPairs = edition.GlossaryWordPairs(g)
	}
	var tm *edition.TM
	if opts.tm != "" {
		var err error
		if tm, err = edition.ReadTMXFile(opts.tm); err != nil {
			return err
		}
	}
	var kept []align.Bitext
	if opts.alignment != "" {
		f, err := input.Open(opts.alignment)
		if err != nil {
			return err
		}
		kept, err = align.ReadAlignment(opts.alignment, f)
		f.Close()
		if err != nil {
			return err
		}
		if !anyConfirmed(kept) {
			sio.Infof("align: %s has no confirmed links: aligning afresh", opts.alignment)
		}
	}
	jobs, err := readBitexts(sio, opts.split, srcSpec, tgtSpec)
	if err != nil {
		return err
	}
	bar := newProgress(sio)
	bitexts := make([]align.Bitext, len(jobs))
	// The documents of a collection without confirmed links or memory
	// anchors are aligned together, with one word table learned from all
	// of them (align.AlignDocuments); the others one by one.
	var pooled []align.Documents
	var pooledJobs []int
	for k, job := range jobs {
		// Lines given one a line are OCR text as often as not (vecalign's
		// input): a link may skip the debris inside its sentences there.
		aopts := align.Options{MaxLink: opts.maxLink, Pairs: pairs, Gaps: opts.split == "lines"}
		if len(glossPairs) > 0 {
			// Glossary entries go Russian to English; turn them round when
			// the original is the English side.
			if job.srcLang == texts.English && job.tgtLang == texts.Russian {
				for _, p := range glossPairs {
					aopts.Pairs = append(aopts.Pairs, align.WordPair{Source: p.Target, Target: p.Source})
				}
			} else {
				aopts.Pairs = append(aopts.Pairs, glossPairs...)
			}
		}
		var keepLines []int
		if kept != nil {
			keep, lines, changed, err := keptLinks(opts.alignment, kept, job, len(jobs))
			if err != nil {
				return err
			}
			aopts.Keep, keepLines = keep, lines
			for _, w := range changed {
				fmt.Fprintf(sio.Err, "sverka: align: warning: %s\n", w)
			}
		}
		var anchors []align.Link
		if tm != nil {
			// Lines (--split lines) have no language: the original is
			// Russian, the translation English.
			sl, tl := job.srcLang, job.tgtLang
			if sl == "" || tl == "" {
				sl, tl = texts.Russian, texts.English
			}
			aopts.Pairs = append(aopts.Pairs, tm.WordPairs(sl, tl)...)
			anchors = tm.Anchors(unitTexts(job.b.Source.Sentences), unitTexts(job.b.Target.Sentences), sl, tl, aopts.Keep)
			aopts.Keep = append(aopts.Keep, anchors...)
		}
		if len(jobs) > 1 && len(aopts.Keep) == 0 {
			pooled = append(pooled, align.Documents{Source: job.src, Target: job.tgt, Pairs: aopts.Pairs})
			pooledJobs = append(pooledJobs, k)
			continue
		}
		// The documents aligned one by one come first on the bar, the
		// pooled ones after them, so that it never runs back.
		done, total := float64(k-len(pooled)), float64(len(jobs))
		aopts.Progress = func(f float64) { bar.set((done + f) / total) }
		links, err := align.Align(job.src, job.tgt, aopts)
		var ke *align.KeepError
		if errors.As(err, &ke) && ke.Index < len(keepLines) {
			l := aopts.Keep[ke.Index]
			return fmt.Errorf("%s: confirmed link %s:%s%s: %s", fileLine(opts.alignment, keepLines[ke.Index]),
				align.FormatIDs(l.Source), align.FormatIDs(l.Target), fromZero, ke.Msg)
		}
		if err != nil {
			return fmt.Errorf("%s and %s: %w", job.b.Source.File, job.b.Target.File, err)
		}
		edition.Unconfirm(links, anchors)
		job.b.Links = links
		bitexts[k] = job.b
	}
	if len(pooled) > 0 {
		done, total := float64(len(jobs)-len(pooled)), float64(len(jobs))
		all, err := align.AlignDocuments(pooled, align.Options{MaxLink: opts.maxLink, Gaps: opts.split == "lines",
			Progress: func(f float64) { bar.set((done + f*float64(len(pooled))) / total) }})
		if err != nil {
			return fmt.Errorf("%s and %s: %w", jobs[pooledJobs[0]].b.Source.File, jobs[pooledJobs[0]].b.Target.File, err)
		}
		for n, k := range pooledJobs {
			jobs[k].b.Links = all[n]
			bitexts[k] = jobs[k].b
		}
	}
	bar.done()
	switch {
	case opts.sentenceFiles && opts.format != "xces":
		return usagef("align: --sentence-files goes with --format xces")
	case opts.sentenceFiles:
		err = writeXCESWithSentences(sio, opts.output, alignedEdition(bitexts), edition.Options{})
	default:
		err = writeAlignment(sio, &opts, bitexts)
	}
	if err != nil {
		return err
	}
	links := 0
	for _, b := range bitexts {
		links += len(b.Links)
	}
	sio.Wrote(opts.output, fmt.Sprintf("%d document pair(s), %d links", len(bitexts), links))
	return nil
}

// writeAlignment writes the alignment to -o FILE or standard output in
// --format.
func writeAlignment(sio *IO, opts *alignOptions, bitexts []align.Bitext) error {
	return writeOutput(sio, opts.output, func(w io.Writer) error {
		switch opts.format {
		case "tsv":
			return edition.WriteTSV(w, alignedEdition(bitexts), edition.Options{})
		case "json":
			return align.WriteJSON(w, bitexts)
		case "xces":
			return edition.WriteXCES(w, alignedEdition(bitexts), edition.Options{})
		}
		return align.WriteLinksFile(w, bitexts, opts.scores)
	})
}

// alignedEdition is the alignment as an edition, so that align writes TSV
// and cesAlign through the writers export uses: one writer per format.
func alignedEdition(bitexts []align.Bitext) *edition.Edition {
	ed := &edition.Edition{}
	for _, b := range bitexts {
		ed.Pairs = append(ed.Pairs, &edition.Pair{
			ID:     b.Target.Document,
			Source: sideDocument(b.Source), Target: sideDocument(b.Target),
			SourceFile: b.Source.File, TargetFile: b.Target.File,
			Links: b.Links,
		})
	}
	return ed
}

// sideDocument makes a side of an alignment the document it was read as.
func sideDocument(s align.Side) *texts.Document {
	d := &texts.Document{ID: s.Document}
	for _, u := range s.Sentences {
		kind := u.Kind
		if kind == "" {
			kind = texts.Sentence // a line of --split lines
		}
		d.Segments = append(d.Segments, texts.Segment{ID: u.ID, Kind: kind, Text: u.Text, Pos: u.Pos})
	}
	return d
}

// checkDocSpec explains the FILE#ID mistakes that would otherwise come out
// as a file not found or a document not found.
func checkDocSpec(split, spec string) error {
	if spec == "-" {
		return nil
	}
	if _, err := os.Stat(spec); err == nil {
		return nil
	}
	file, id := edition.SplitDocSpec(spec)
	if file == spec {
		return nil
	}
	if _, err := os.Stat(file); err != nil {
		return nil // the file is missing: reading it says so
	}
	if id == "" {
		return usagef("align: %s: empty document id after '#': name a document as FILE#ID, ID as 'sverka segment' reports it", spec)
	}
	if split == "lines" {
		return usagef("align: %s: #%s names a document, which does not apply with --split lines (every line of %s is a sentence): give the file alone", spec, id, file)
	}
	return nil
}

func anyConfirmed(bs []align.Bitext) bool {
	for _, b := range bs {
		for _, l := range b.Links {
			if l.Confirmed {
				return true
			}
		}
	}
	return false
}

// alignJob is one pair of documents to align.
type alignJob struct {
	b                align.Bitext
	src, tgt         []align.Sentence
	srcLang, tgtLang texts.Lang
}

// readBitexts reads both sides and pairs their documents: one with one, or
// by id when both files hold several.
func readBitexts(sio *IO, split, srcSpec, tgtSpec string) ([]alignJob, error) {
	if split == "lines" {
		s, err := readLineSide(sio, srcSpec)
		if err != nil {
			return nil, err
		}
		t, err := readLineSide(sio, tgtSpec)
		if err != nil {
			return nil, err
		}
		return []alignJob{{b: align.Bitext{Source: s.side, Target: t.side}, src: s.sents, tgt: t.sents}}, nil
	}
	sc, sdocs, err := readDocuments(sio, srcSpec, texts.Options{})
	if err != nil {
		return nil, err
	}
	tc, tdocs, err := readDocuments(sio, tgtSpec, texts.Options{})
	if err != nil {
		return nil, err
	}
	if len(sdocs) == 0 {
		return nil, fmt.Errorf("align: %s has no documents", srcSpec)
	}
	if len(tdocs) == 0 {
		return nil, fmt.Errorf("align: %s has no documents", tgtSpec)
	}
	var jobs []alignJob
	add := func(sd, td *texts.Document) {
		s, st := docSide(sc, sd)
		t, tt := docSide(tc, td)
		jobs = append(jobs, alignJob{b: align.Bitext{Source: s, Target: t}, src: st, tgt: tt, srcLang: sd.Lang, tgtLang: td.Lang})
	}
	switch {
	case len(sdocs) == 1 && len(tdocs) == 1:
		add(sdocs[0], tdocs[0])
	case len(sdocs) > 1 && len(tdocs) > 1:
		byID := map[string]*texts.Document{}
		for _, d := range tdocs {
			byID[d.ID] = d
		}
		for _, sd := range sdocs {
			if td, ok := byID[sd.ID]; ok {
				add(sd, td)
				delete(byID, sd.ID)
			} else {
				fmt.Fprintf(sio.Err, "sverka: align: %s: document %s has no counterpart in %s: left out\n", srcSpec, sd.ID, tgtSpec)
			}
		}
		for _, td := range tdocs {
			if _, ok := byID[td.ID]; ok {
				fmt.Fprintf(sio.Err, "sverka: align: %s: document %s has no counterpart in %s: left out\n", tgtSpec, td.ID, srcSpec)
			}
		}
		if len(jobs) == 0 {
			return nil, fmt.Errorf("align: %s and %s share no document id", srcSpec, tgtSpec)
		}
	default:
		many, spec := srcSpec, len(sdocs)
		if len(tdocs) > 1 {
			many, spec = tgtSpec, len(tdocs)
		}
		return nil, usagef("align: %s holds %d documents and the other side one: name one as FILE#ID", many, spec)
	}
	return jobs, nil
}

func docSide(c *texts.Collection, d *texts.Document) (align.Side, []align.Sentence) {
	side := align.Side{File: c.Source.Name, Document: d.ID}
	for _, s := range d.Segments {
		side.Sentences = append(side.Sentences, align.Unit{ID: s.ID, Kind: s.Kind, Text: s.Text, Pos: s.Pos})
	}
	return side, align.FromSegments(d.Segments)
}

type lineSide struct {
	side  align.Side
	sents []align.Sentence
}

// readLineSide reads a file as one sentence a line, ids being 0-based line
// numbers, as vecalign and hunalign read their input.
func readLineSide(sio *IO, spec string) (lineSide, error) {
	var r io.Reader
	name := spec
	if spec == "-" {
		r, name = sio.In, "<stdin>"
	} else {
		f, err := input.Open(spec)
		if err != nil {
			return lineSide{}, err
		}
		defer f.Close()
		r = f
	}
	src, err := texts.ReadSource(name, r, texts.ReadOptions{})
	if err != nil {
		return lineSide{}, err
	}
	text := strings.TrimSuffix(src.Text, "\n")
	ls := lineSide{side: align.Side{File: name}}
	off := 0
	for k, line := range strings.Split(text, "\n") {
		line = strings.TrimSuffix(line, "\r")
		ls.side.Sentences = append(ls.side.Sentences, align.Unit{ID: fmt.Sprint(k), Text: line, Pos: src.Pos(off)})
		ls.sents = append(ls.sents, align.Sentence{Text: line})
		off += len(line) + 1
	}
	return ls, nil
}

// keptLinks finds the confirmed links of the kept alignment for a job (the
// bitext with the same document ids, or the only one), the lines they are
// on, and a warning for each of their sentences whose text has changed
// since the alignment was written. A kept bitext that records other files or documents than the
// job's is refused: its links would be applied to the wrong text.
func keptLinks(file string, kept []align.Bitext, job alignJob, jobs int) (links []align.Link, lines []int, changed []string, err error) {
	var found *align.Bitext
	for k := range kept {
		b := &kept[k]
		if b.Source.Document == job.b.Source.Document && b.Target.Document == job.b.Target.Document {
			found = b
			break
		}
	}
	if found == nil && len(kept) == 1 && jobs == 1 {
		found = &kept[0]
	}
	if found == nil {
		return nil, nil, nil, nil
	}
	if err := sameSide(file, "source", found.Source, job.b.Source); err != nil {
		return nil, nil, nil, err
	}
	if err := sameSide(file, "target", found.Target, job.b.Target); err != nil {
		return nil, nil, nil, err
	}
	var out []align.Link
	for k, l := range found.Links {
		if l.Confirmed {
			out = append(out, l)
			lines = append(lines, lineOf(found, k))
		}
	}
	for k, l := range out {
		for _, i := range l.Source {
			if i >= len(job.src) {
				return nil, nil, nil, fmt.Errorf("%s: confirmed link %s:%s%s names source sentence %d, but %s has %d",
					fileLine(file, lines[k]), align.FormatIDs(l.Source), align.FormatIDs(l.Target), fromZero, i+1, job.b.Source.File, len(job.src))
			}
		}
		for _, j := range l.Target {
			if j >= len(job.tgt) {
				return nil, nil, nil, fmt.Errorf("%s: confirmed link %s:%s%s names target sentence %d, but %s has %d",
					fileLine(file, lines[k]), align.FormatIDs(l.Source), align.FormatIDs(l.Target), fromZero, j+1, job.b.Target.File, len(job.tgt))
			}
		}
	}
	// A confirmed link whose sentences were edited since is kept, but the
	// editor is told, so that the confirmation can be checked again.
	for _, c := range align.ChangedConfirmed(*found, job.b) {
		l := found.Links[c.Link]
		changed = append(changed, fmt.Sprintf("%s: confirmed link %s:%s%s: %s sentence %d changed since it was confirmed",
			fileLine(file, lineOf(found, c.Link)), align.FormatIDs(l.Source), align.FormatIDs(l.Target), fromZero, c.Side, c.Sentence+1))
	}
	return out, lines, changed, nil
}

// fromZero follows a link in the links format ("[2, 3]:[4]"), which counts
// sentences from 0 as vecalign does, in a message that counts them from 1
// as the pages and JSON ids do.
const fromZero = " (links format, counting from 0)"

// sameSide refuses a kept side recorded for another file (by base name,
// so that a moved edition still works) or another document.
func sameSide(file, which string, kept, now align.Side) error {
	if kept.File != "" && now.File != "" && !strings.HasPrefix(now.File, "<") &&
		filepath.Base(kept.File) != filepath.Base(now.File) {
		return fmt.Errorf("%s: the kept alignment is for %s file %s, not %s", file, which, kept.File, now.File)
	}
	if kept.Document != "" && now.Document != "" && kept.Document != now.Document {
		return fmt.Errorf("%s: the kept alignment is for %s document %s, not %s#%s", file, which,
			kept.Document, now.File, now.Document)
	}
	return nil
}

func lineOf(b *align.Bitext, k int) int {
	if k < len(b.Lines) {
		return b.Lines[k]
	}
	return 0
}

// fileLine is "file:line", or the file when the line is not known.
func fileLine(file string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d", file, line)
	}
	return file
}

// readDictFile reads the --dict dictionary (see align.ReadDictionary).
func readDictFile(spec string) ([]align.WordPair, error) {
	return align.ReadDictionary(spec)
}

// progress draws a bar on stderr when stderr is a terminal and the work has
// taken more than a moment.
type progress struct {
	sio   *IO
	start time.Time
	shown bool
}

func newProgress(sio *IO) *progress { return &progress{sio: sio, start: time.Now()} }

func (p *progress) set(f float64) {
	if !p.sio.ErrTTY || p.sio.Quiet || time.Since(p.start) < 700*time.Millisecond {
		return
	}
	p.shown = true
	const width = 30
	n := int(f * width)
	n = max(0, min(width, n))
	fmt.Fprintf(p.sio.progressTo(), "\raligning [%s%s] %3.0f%%", strings.Repeat("#", n), strings.Repeat(" ", width-n), 100*f)
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.sio.progressTo(), "\r\033[K")
	}
}

// unitTexts are the texts of a side's sentences, as a translation memory
// is matched against them.
func unitTexts(units []align.Unit) []string {
	out := make([]string, len(units))
	for i, u := range units {
		out[i] = u.Text
	}
	return out
}
