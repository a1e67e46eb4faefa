package texts

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reasons for dropping a line besides the boilerplate rules.
const (
	DropCollectionTitle = "collection title"
	DropBeforeFirst     = "before the first document"
	DropRepeatedHeading = "repeated heading"
	DropRepeatedTitle   = "repeated title"
)

var (
	reHeadingEN = regexp.MustCompile(`^(?i:document|doc\.)\s+(?:(?i:no\.?|nr\.?|#|№)\s*)?(\d{1,5}[A-Za-z]?)\b\s*(?:[:.–—-]\s*(.*))?$`)
	reHeadingRU = regexp.MustCompile(`^(?:Документ|ДОКУМЕНТ|Док\.)\s*(?:№\s*)?(\d{1,5})(?:\s*[:.–—-]\s*(.*)|\s*)$`)
	// Headings without a separator after the number: "Document No. 3
	// Ciphered telegram", "Документ 3 Шифртелеграмма". The title begins
	// with a capital; the caller also wants the line alone in its
	// paragraph, so that "Document 3 Shows ..." in running text is not
	// taken for one.
	reLooseHeadingEN = regexp.MustCompile(`^(?i:document|doc\.)\s+(?:(?i:no\.?|nr\.?|#|№)\s*)?(\d{1,5}[A-Za-z]?)\s+(\p{Lu}.*)$`)
	reLooseHeadingRU = regexp.MustCompile(`^(?:Документ|ДОКУМЕНТ|Док\.)\s*(?:№\s*)?(\d{1,5})\s+(\p{Lu}.*)$`)
)

// maxLooseHeadingWords bounds the title of a heading without a separator:
// an editorial title is short, a sentence that begins "Document 3" runs on.
const maxLooseHeadingWords = 12

// line is one line of Source.Text: [start, end) without the line feed,
// and the trimmed text at [tstart, tend).
type line struct {
	start, end   int
	tstart, tend int
	text         string // trimmed
	class        lineClass
	para         int
}

// matchHeading recognises a collection heading: "Document 3: Ciphered
// telegram ...", "Document No. 3", "Документ № 3".
func matchHeading(s string) (id, title string, ok bool) {
	if len(s) < 8 || len(s) > 1000 {
		return "", "", false
	}
	if c := s[0]; c != 'D' && c != 'd' && !strings.HasPrefix(s, "Док") && !strings.HasPrefix(s, "ДОК") {
		return "", "", false
	}
	for _, re := range []*regexp.Regexp{reHeadingEN, reHeadingRU} {
		if m := re.FindStringSubmatch(s); m != nil {
			return m[1], strings.TrimSpace(m[2]), true
		}
	}
	return "", "", false
}

// matchLooseHeading recognises a heading without a separator after its
// number ("Document No. 3 Ciphered telegram"): a short title that begins
// with a capital and does not end like a sentence. The caller checks that
// the line stands alone (blank lines or the file's ends around it).
func matchLooseHeading(s string) (id, title string, ok bool) {
	if len(s) < 10 || len(s) > 200 {
		return "", "", false
	}
	if c := s[0]; c != 'D' && c != 'd' && !strings.HasPrefix(s, "Док") && !strings.HasPrefix(s, "ДОК") {
		return "", "", false
	}
	for _, re := range []*regexp.Regexp{reLooseHeadingEN, reLooseHeadingRU} {
		m := re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		title = strings.TrimSpace(m[2])
		if len(strings.Fields(title)) > maxLooseHeadingWords || strings.HasSuffix(title, ",") ||
			endsSentence(title) && hasLowerWords(title, 4) {
			return "", "", false
		}
		return m[1], title, true
	}
	return "", "", false
}

// hasLowerWords reports at least n words that begin with a small letter:
// the shape of a sentence rather than of a title in title case.
func hasLowerWords(s string, n int) bool {
	k := 0
	for _, w := range strings.Fields(s) {
		if startsLower(w) {
			k++
		}
	}
	return k >= n
}

// headingAt recognises a collection heading at lines[i]: a heading with a
// separator anywhere, one without only when it stands alone.
func headingAt(lines []line, i int) (id, title string, ok bool) {
	if id, title, ok = matchHeading(lines[i].text); ok {
		return id, title, true
	}
	alone := (i == 0 || lines[i-1].text == "") && (i+1 == len(lines) || lines[i+1].text == "")
	if !alone {
		return "", "", false
	}
	return matchLooseHeading(lines[i].text)
}

// splitLines cuts text into lines with their trimmed bounds.
func splitLines(text string) []line {
	var lines []line
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		ts, te := start, end
		for ts < te && isSpaceByteOrRune(text, ts) {
			_, n := decodeAt(text, ts)
			ts += n
		}
		te = trimRight(text, ts, te)
		lines = append(lines, line{start: start, end: end, tstart: ts, tend: te, text: text[ts:te]})
		if end == len(text) {
			break
		}
		start = end + 1
	}
	return lines
}

func isSpaceByteOrRune(text string, i int) bool {
	r, _ := decodeAt(text, i)
	return unicode.IsSpace(r)
}

// Parse splits a source into documents and segments.
func Parse(src *Source, opts Options) (*Collection, error) {
	c := &Collection{Source: src}
	rules := compileBoilerplate(opts.boilerplateRules())
	lines := splitLines(src.Text)

	hasHeadings := false
	for i := range lines {
		if _, _, ok := headingAt(lines, i); ok {
			hasHeadings = true
			break
		}
	}

	type docLines struct {
		doc   *Document
		lines []line
		count dropCount
	}
	var docs []*docLines
	var cur *docLines
	var file dropCount
	drop := func(l line, reason string) {
		d := Dropped{Pos: src.Pos(l.tstart), Text: l.text, Reason: reason}
		if cur != nil {
			d.Doc = cur.doc.ID
		}
		c.Dropped = append(c.Dropped, d)
	}
	if !hasHeadings {
		cur = &docLines{doc: &Document{ID: "1"}}
		docs = append(docs, cur)
	}
	matched := matchAllBoilerplate(rules, lines)
	seen := map[string]*docLines{}
	para := 1
	blank := true // a paragraph break is pending
	for i, l := range lines {
		if l.text == "" {
			blank = true
			continue
		}
		file.lines++
		if cur != nil {
			cur.count.lines++
		}
		if r := matched[i]; r != nil {
			lone := isLoneWord(l.text)
			// Inside a document a lone word ("REPORT", "Print") may be a
			// heading of the document: web junk comes in clusters, so it
			// goes only next to other junk.
			if !lone || cur == nil || nextToBoilerplate(lines, matched, i) {
				drop(l, r.name)
				d := &c.Dropped[len(c.Dropped)-1]
				d.ByRule = true
				d.MayBeText = !r.obvious || cur != nil && lone
				file.add(d, r.obvious)
				if cur != nil {
					cur.count.add(d, r.obvious)
				}
				blank = true
				continue
			}
		}
		if id, title, ok := headingAt(lines, i); ok {
			if prev := seen[id]; prev != nil && (prev == cur && len(cur.lines) == 0 || prev.doc.Heading == l.text) {
				// Web copies repeat the heading around their junk.
				drop(l, DropRepeatedHeading)
				blank = true
				continue
			}
			if seen[id] != nil {
				id = uniqueID(id, seen)
			}
			doc := &Document{ID: id, Title: title, TitlePos: src.Pos(l.tstart), Heading: l.text}
			doc.TitleSpans = FindSpans(l.text, l.tstart, src)
			// A heading is not counted among the lines.
			file.lines--
			if cur != nil {
				cur.count.lines--
			}
			cur = &docLines{doc: doc}
			seen[id] = cur
			docs = append(docs, cur)
			para, blank = 1, false
			continue
		}
		if cur == nil {
			if c.Title == "" && len(c.Dropped) == 0 {
				c.Title, c.TitlePos = l.text, src.Pos(l.tstart)
				drop(l, DropCollectionTitle)
			} else {
				drop(l, DropBeforeFirst)
			}
			continue
		}
		if c.Title != "" && l.text == c.Title {
			drop(l, DropRepeatedTitle)
			blank = true
			continue
		}
		if blank && len(cur.lines) > 0 {
			para++
		}
		blank = false
		l.para = para
		cur.lines = append(cur.lines, l)
	}

	if o, ok := file.overdrop(""); ok {
		c.Overdropped = append(c.Overdropped, o)
	}
	for _, d := range docs {
		if o, ok := d.count.overdrop(d.doc.ID); ok {
			c.Overdropped = append(c.Overdropped, o)
		}
	}
	for _, d := range docs {
		d.doc.Lang = opts.Lang
		if d.doc.Lang == LangAuto {
			d.doc.Lang = detectLang(src.Text, d.lines)
		}
		d.doc.Segments = segmentDocument(src, d.doc.Lang, d.lines)
		c.Documents = append(c.Documents, d.doc)
	}
	return c, nil
}

func uniqueID[T any](id string, seen map[string]T) string {
	for n := 2; ; n++ {
		cand := id + "." + strconv.Itoa(n)
		if _, ok := seen[cand]; !ok {
			return cand
		}
	}
}

// detectLang says Russian when Cyrillic letters outnumber Latin ones.
func detectLang(text string, lines []line) Lang {
	if len(lines) == 0 {
		return English
	}
	return scriptLang(text[lines[0].tstart:lines[len(lines)-1].tend])
}

// segmentDocument classifies the lines of a document and splits its
// running text into sentences.
func segmentDocument(src *Source, lang Lang, lines []line) []Segment {
	for i := range lines {
		lines[i].class = classifyLine(lines[i].text)
	}
	unmarkInlineNotes(lines)
	markZones(lines)

	var segs []Segment
	if len(lines) > 0 {
		// Room for about as many segments as there are full stops and
		// lines: growing a slice of segments copies them all.
		body := src.Text[lines[0].tstart:lines[len(lines)-1].tend]
		segs = make([]Segment, 0, len(lines)+strings.Count(body, ". "))
	}
	add := func(kind Kind, start, end, para int) {
		if end <= start {
			return
		}
		text := src.Text[start:end]
		segs = append(segs, Segment{
			ID: strconv.Itoa(len(segs) + 1), Kind: kind, Text: text, Start: start, End: end,
			Pos: src.Pos(start), Para: para, Spans: FindSpans(text, start, src),
		})
	}
	for i := 0; i < len(lines); {
		l := lines[i]
		switch l.class {
		case citationLine:
			add(Citation, l.tstart, l.tend, l.para)
			i++
		case headingLine:
			add(Heading, l.tstart, l.tend, l.para)
			i++
		case noteLine:
			add(EditorialNote, l.tstart, l.tend, l.para)
			i++
		case headerLine, distLine:
			// A distribution list goes on over the lines that look like
			// one; a header line ending in a preposition ("Attachment
			// to") goes on to the next line.
			j := i + 1
			for j < len(lines) && lines[j].para == l.para {
				next := lines[j]
				if l.class == distLine && isDistContinuation(next.text) ||
					endsWithLink(lines[j-1].text) && next.class != citationLine {
					j++
					continue
				}
				break
			}
			add(Header, l.tstart, lines[j-1].tend, l.para)
			i = j
		default:
			j := i + 1
			for j < len(lines) && lines[j].class == proseLine && lines[j].para == l.para {
				j++
			}
			block := src.Text[l.tstart:lines[j-1].tend]
			for b := range Sentences(block, lang) {
				add(Sentence, l.tstart+b.Start, l.tstart+b.End, l.para)
			}
			i = j
		}
	}
	return segs
}

// linkWords end a header line that goes on in the next one.
var linkWords = map[string]bool{
	"to": true, "of": true, "from": true, "and": true, "the": true, "for": true,
	"к": true, "от": true, "из": true, "и": true, "для": true, "по": true, "в": true,
}

func endsWithLink(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	return linkWords[strings.ToLower(s[i+1:])]
}

// unmarkInlineNotes returns to running text the bracketed lines that a
// sentence runs through: the line before goes on without final
// punctuation, or the line after goes on in small letters.
func unmarkInlineNotes(lines []line) {
	for i := range lines {
		if lines[i].class != noteLine {
			continue
		}
		prevRuns := i > 0 && lines[i-1].para == lines[i].para && lines[i-1].class == proseLine && !endsSentence(lines[i-1].text) &&
			!strings.HasSuffix(lines[i-1].text, ":")
		nextRuns := i+1 < len(lines) && lines[i+1].para == lines[i].para && startsLower(lines[i+1].text)
		if prevRuns || nextRuns {
			lines[i].class = proseLine
		}
	}
}

// markZones turns the short lines at the top and the bottom of a document
// (before its first sentence and after its last) into header lines:
// addressees, code names, signatures.
func markZones(lines []line) {
	first, last := -1, -1
	for i, l := range lines {
		if l.class == proseLine && isStrongProse(l.text) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		first, last = len(lines), len(lines)
	}
	for i := range lines {
		if lines[i].class != proseLine || (i >= first && i <= last) {
			continue
		}
		if isZoneHeader(lines[i].text) && !wrapped(lines, i) && !isQuotedLine(lines[i].text) && !isLastWordSentence(lines, i) {
			lines[i].class = headerLine
		}
	}
}

// isLastWordSentence reports the last paragraph of a document's text
// that is one word with a full stop, not in capitals: "Конец.", "End."
// close the text; a signature is in capitals ("VASILEVSKY.") or initials.
// Only a signature block (lines without words in small letters) may
// follow it.
func isLastWordSentence(lines []line, i int) bool {
	l := lines[i].text
	if i > 0 && lines[i-1].para == lines[i].para || wordCount(l) != 1 ||
		!strings.HasSuffix(l, ".") || inCapitals(l) || isInitials(strings.TrimSuffix(l, ".")) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(l); !unicode.IsLetter(r) || strings.Contains(strings.TrimSuffix(l, "."), ".") {
		return false
	}
	for _, next := range lines[i+1:] {
		if next.para == lines[i].para || readsAsProse(next.text) {
			return false
		}
	}
	return true
}

// wrapped reports a line that belongs to running text: the next line of
// its paragraph goes on in small letters, or the line before it in its
// paragraph is running text.
func wrapped(lines []line, i int) bool {
	if i+1 < len(lines) && lines[i+1].para == lines[i].para && lines[i+1].class == proseLine && startsLower(strings.TrimLeft(lines[i+1].text, "[(«\"")) {
		return true
	}
	// A line that follows running text in its paragraph goes on with it.
	return i > 0 && lines[i-1].para == lines[i].para && lines[i-1].class == proseLine
}

// matchAllBoilerplate returns, for each line, the boilerplate rule it
// matches or nil.
func matchAllBoilerplate(rules []boilerplateMatcher, lines []line) []*boilerplateMatcher {
	out := make([]*boilerplateMatcher, len(lines))
	for i, l := range lines {
		if l.text != "" {
			out[i] = matchBoilerplateRule(rules, l.text)
		}
	}
	return out
}

// nextToBoilerplate reports that the nearest non-blank line before or
// after lines[i] matches a boilerplate rule.
func nextToBoilerplate(lines []line, matched []*boilerplateMatcher, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if lines[j].text != "" {
			if matched[j] != nil {
				return true
			}
			break
		}
	}
	for j := i + 1; j < len(lines); j++ {
		if lines[j].text != "" {
			return matched[j] != nil
		}
	}
	return false
}

// dropCount counts the non-blank lines of a document (or file) and those
// the boilerplate rules that are not Obvious dropped. Obvious junk counts
// in neither: a short document copied from a web page may well be mostly
// download links and share buttons; what must not go unsaid is a
// pattern of the user's that drops most of the text.
type dropCount struct {
	lines   int
	dropped int
	first   Pos
	byRule  []RuleCount
}

func (n *dropCount) add(d *Dropped, obvious bool) {
	if obvious {
		n.lines--
		return
	}
	if n.dropped == 0 {
		n.first = d.Pos
	}
	n.dropped++
	for i := range n.byRule {
		if n.byRule[i].Rule == d.Reason {
			n.byRule[i].Lines++
			return
		}
	}
	n.byRule = append(n.byRule, RuleCount{Rule: d.Reason, Lines: 1})
}

// overdrop reports the rules dropped more than half of the lines.
func (n *dropCount) overdrop(doc string) (Overdrop, bool) {
	if n.dropped == 0 || n.dropped*2 <= n.lines {
		return Overdrop{}, false
	}
	rules := append([]RuleCount(nil), n.byRule...)
	sort.SliceStable(rules, func(i, j int) bool { return rules[i].Lines > rules[j].Lines })
	return Overdrop{Doc: doc, Pos: n.first, Lines: n.lines, Dropped: n.dropped, Rules: rules}, true
}
