package check

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// text is one side of a pair: a parsed document and the file it was read
// from. src may be nil; positions are then computed from the segments' own
// positions.
type text struct {
	Source *texts.Source
	Doc    *texts.Document
}

// targetOf is the translation side of a pair.
func targetOf(p *edition.Pair) text { return text{Source: p.TargetText, Doc: p.Target} }

// sourceOf is the original side of a pair, nil when the translation is
// checked alone.
func sourceOf(p *edition.Pair) *text {
	if p.Source == nil {
		return nil
	}
	return &text{Source: p.SourceText, Doc: p.Source}
}

// Off disables a rule in Options.Severity.
const Off Severity = "off"

// DefaultSignMark is the separator between an insertion and its signer
// when the edition does not say.
const DefaultSignMark = " - "

// Options tune the checks.
type Options struct {
	// Scheme is the edition's transliteration scheme for glosses; the
	// glossary's scheme, then ALA-LC, when empty.
	Scheme     texts.Scheme
	Insertions edition.InsertionStyle
	// Severity overrides a rule's default severity, or turns it Off.
	Severity map[string]Severity
	// Rules limits the checks to these rule ids when not empty.
	Rules []string
	// Custom are the edition's own rules (sverka.yaml's rules: with a
	// pattern or a swap), run after the checks' own.
	Custom []*Rule
	// BaseDir is the directory fingerprints name files from: the
	// edition's (the sverka.yaml's folder), or the working directory for
	// files checked alone. A baseline recorded in one directory then
	// matches a run from another. Empty: files as their positions show
	// them.
	BaseDir string
}

// Rule describes one check.
type Rule struct {
	ID       string
	Name     string   // CamelCase name, as SARIF tools show it
	Short    string   // one line
	Help     string   // what it looks for and how to fix it
	Default  Severity // severity unless the edition says otherwise
	Original bool     // needs the Russian original and the alignment
	Glossary bool     // needs a glossary

	// run returns the rule's findings; Run gives them the rule's id
	// and severity.
	run func(x *index) []Finding
}

// Rules returns every rule in a fixed order.
func Rules() []*Rule {
	return []*Rule{
		ruleTermMissing, ruleTermForbidden, ruleTermInconsistent, ruleNameVariant, ruleSpellingVariant,
		ruleGlossMismatch, ruleGlossMissing, ruleInsertionMark, ruleBracketUnbalanced, ruleMixedScript,
		ruleNumberMismatch, ruleOmission, ruleUntranslated, ruleRepeatedWord, rulePunctuationSpacing,
		ruleHeaderChronology, ruleCopyCount, ruleTimeFormat, ruleDateFormat, ruleNameCase,
	}
}

// RuleByID returns the rule with the id, or nil.
func RuleByID(id string) *Rule {
	for _, r := range Rules() {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// Run runs the rules on the edition's pairs and returns the findings,
// sorted by position and fingerprinted. The edition's glossary may be nil:
// the rules that need a glossary are then skipped; rules that need the
// original skip pairs without one (a translation checked alone). Findings
// the glossary records as exceptions are left out.
//
// The edition is indexed once; the rules then read the index, each on its
// own goroutine, and their findings are joined in the rules' order.
func Run(ed *edition.Edition, opts Options) []Finding {
	only := make(map[string]bool)
	for _, id := range opts.Rules {
		only[id] = true
	}
	var rules []*Rule
	for _, r := range append(Rules(), opts.Custom...) {
		if len(only) > 0 && !only[r.ID] {
			continue
		}
		if r.Glossary && ed.Glossary == nil {
			continue
		}
		if opts.severity(r) == Off {
			continue
		}
		rules = append(rules, r)
	}
	x := newIndex(ed, opts)
	found := make([][]Finding, len(rules))
	var wg sync.WaitGroup
	for i, r := range rules {
		wg.Go(func() { found[i] = x.apply(r) })
	}
	wg.Wait()
	var all []Finding
	for _, fs := range found {
		all = append(all, fs...)
	}
	out := dropDuplicates(dropCovered(all))
	if ed.Glossary != nil {
		out = dropExceptions(ed.Glossary, out)
	}
	SortFindings(out)
	setFingerprints(out, opts.BaseDir)
	return out
}

// severity is the rule's severity in this run.
func (o Options) severity(r *Rule) Severity {
	if s, ok := o.Severity[r.ID]; ok {
		return s
	}
	return r.Default
}

// apply runs one rule and gives its findings the rule's id and severity:
// a rule may report a finding below its severity (a statistical finding
// of term-inconsistent is information only), never above.
func (x *index) apply(r *Rule) []Finding {
	fs := r.run(x)
	sev := x.opts.severity(r)
	for i := range fs {
		f := &fs[i]
		f.Rule = r.ID
		if f.Severity == "" || f.Severity.Rank() > sev.Rank() {
			f.Severity = sev
		}
	}
	return fs
}

// runs reports whether the run includes rule r.
func (x *index) runs(r *Rule) bool {
	if x.opts.severity(r) == Off || r.Original && !x.hasOriginal {
		return false
	}
	return len(x.opts.Rules) == 0 || slices.Contains(x.opts.Rules, r.ID)
}

// findings collects a rule's findings.
type findings []Finding

func (fs *findings) add(f Finding) { *fs = append(*fs, f) }

// withOriginal calls fn for each pair that has its Russian original.
func (x *index) withOriginal(fn func(p *edition.Pair)) {
	for i := range x.pairs {
		if p := x.pairs[i]; p.Source != nil {
			fn(p)
		}
	}
}

// pos returns the position of byte i of the segment's text.
func (t text) pos(seg *texts.Segment, i int) texts.Pos {
	i = max(0, min(i, len(seg.Text)))
	if src := t.Source; src != nil {
		if seg.Start >= 0 && seg.Start+len(seg.Text) <= len(src.Text) && src.Text[seg.Start:seg.Start+len(seg.Text)] == seg.Text {
			return src.Pos(seg.Start + i)
		}
	}
	p := seg.Pos
	prefix := seg.Text[:i]
	if nl := strings.LastIndexByte(prefix, '\n'); nl >= 0 {
		p.Line += strings.Count(prefix, "\n")
		p.Col = 1 + utf8.RuneCountInString(prefix[nl+1:])
	} else {
		p.Col += utf8.RuneCountInString(prefix)
	}
	p.Offset += i
	return p
}

// spanOffset is where span sp starts in seg's text, -1 when it is not
// there: spansOf needs only this, not the position in the file.
func spanOffset(seg *texts.Segment, sp *texts.Span) int {
	i := sp.Start - seg.Start
	if i < 0 || i > len(seg.Text) || !strings.HasPrefix(seg.Text[i:], sp.Text) {
		i = strings.Index(seg.Text, sp.Text)
	}
	return i
}

// segAt finds which segment of a joined link text byte i falls in, and its
// offset there.
func segAt(doc *texts.Document, idx []int, i int) (*texts.Segment, int) {
	var last *texts.Segment
	for _, k := range idx {
		if k < 0 || k >= len(doc.Segments) {
			continue
		}
		seg := &doc.Segments[k]
		if i <= len(seg.Text) {
			return seg, i
		}
		i -= len(seg.Text) + 1
		last = seg
	}
	if last == nil {
		return nil, 0
	}
	return last, len(last.Text)
}

// covers says which rules' findings make another rule's finding at the
// same place redundant: a forbidden spelling of a name is also a variant
// of it, and the glossary's finding says more.
var covers = map[string][]string{
	"term-forbidden": {"name-variant", "term-inconsistent"},
}

// dropCovered leaves out findings another rule reports more precisely
// within the same match.
func dropCovered(fs []Finding) []Finding {
	type span struct {
		file           string
		line, col, end int
	}
	covered := make(map[string][]span)
	for _, f := range fs {
		for _, r := range covers[f.Rule] {
			covered[r] = append(covered[r], span{f.Pos.File, f.Pos.Line, f.Pos.Col, max(f.endCol(), f.Pos.Col+1)})
		}
	}
	if len(covered) == 0 {
		return fs
	}
	out := fs[:0]
next:
	for _, f := range fs {
		for _, s := range covered[f.Rule] {
			if s.file == f.Pos.File && s.line == f.Pos.Line && s.col <= f.Pos.Col && f.Pos.Col < s.end {
				continue next
			}
		}
		out = append(out, f)
	}
	return out
}

// dropDuplicates keeps one of the findings a rule reports twice at one
// place about one text: two entries of a glossary (a suggested one beside
// an older one) may both match a word.
func dropDuplicates(fs []Finding) []Finding {
	type key struct {
		rule, file, match, ruMatch string
		line, col, ruOffset        int
	}
	seen := make(map[key]bool, len(fs))
	out := fs[:0]
	for _, f := range fs {
		k := key{f.Rule, f.Pos.File, f.Match, f.RussianMatch, f.Pos.Line, f.Pos.Col, -1}
		if f.Russian != nil {
			k.ruOffset = f.Russian.Offset
			k.file += "\x00" + f.Russian.File
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

// withHeading returns the document's segments, preceded by its heading
// line ("Document 1: Ciphered telegram from Lavrentyev ...") as a segment
// of its own when it has one: names and brackets in editorial titles count
// too. The heading's Start is -1: its positions come from TitlePos.
func withHeading(doc *texts.Document) []texts.Segment {
	if doc.Heading == "" {
		return doc.Segments
	}
	head := texts.Segment{ID: "heading", Kind: texts.Heading, Text: doc.Heading, Start: -1, End: -1, Pos: doc.TitlePos, Para: 0, Spans: doc.TitleSpans}
	return append([]texts.Segment{head}, doc.Segments...)
}

// englishSegments yields the segments of every English text of the
// edition, each document's heading first, with the text they belong to.
func (x *index) englishSegments() iter.Seq2[text, *texts.Segment] {
	return func(yield func(text, *texts.Segment) bool) {
		for i, segs := range x.english {
			t := targetOf(x.pairs[i])
			for k := range segs {
				if !yield(t, &segs[k]) {
					return
				}
			}
		}
	}
}
