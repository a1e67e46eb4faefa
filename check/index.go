package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

// index is what the rules read: an edition split into words, matched
// against its glossary, stemmed and transliterated once per run, before
// any rule runs. Nothing in it changes while the rules run, so they may
// run at once; a lookup of a text the index does not hold (a joined name,
// a gloss) computes the answer without storing it.
type index struct {
	pairs []*edition.Pair
	g     *glossary.Glossary
	// hasOriginal: some pair has its Russian.
	hasOriginal bool
	opts        Options
	scheme      texts.Scheme

	// english[i] are pair i's English segments, its heading first (see
	// withHeading); nil for a pair without English.
	english [][]texts.Segment
	// targetLinks[i] maps each English segment of pair i to its link.
	targetLinks [][]int

	// wordSpans are the words of every segment of both sides, hyphenated
	// words whole, by text.
	wordSpans map[string][]lex.Word
	// englishMatches are the glossary's matches of each English text,
	// lowered each English text for plain searches (expansions written
	// out). Keyed by the text: a heading is a segment made afresh.
	englishMatches map[string][]glossary.Match
	lowered        map[string]string
	// linkWords are the Cyrillic words of each link of a pair (-1: of the
	// whole original).
	linkWords map[linkRef][]russianWord
	// glossed is the Russian word each transliteration gloss of the
	// English renders, found in its link.
	glossed map[glossRef]glossedResult

	// Per Russian word: its stem, its keys, its glossary entry.
	stems    map[string]string
	ruKeys   map[string]russianKeys
	entryIDs map[string]string
	// keys are the matching keys of the English words (possessives off).
	keys map[string]string
	// lowerKeys are the keys of the words the English writes in lower
	// case: ordinary words, not names.
	lowerKeys map[string]bool

	// Per glossary entry: accepted spellings, transliteration, the words
	// renderCount searches.
	accepted map[string]*glossary.Entry
	// names are the accepted one-word renderings of names by matching
	// key (Inch'ŏn by inchon), the spelling a name the English writes
	// another way should have (name-variant); a key two spellings share
	// is left out. forbidden are the forbidden renderings' spellings.
	names     map[string]glossaryName
	forbidden map[string]bool
	// renderKeys are the matching keys of each entry's one-word
	// renderings: a word of the English with one renders the entry,
	// whether or not it is spelled right (term-missing).
	renderKeys map[*glossary.Entry]map[string]bool
	translits  map[*glossary.Entry]string
	rendered   map[*glossary.Entry][]string
}

// newIndex builds the index of an edition for a run.
func newIndex(ed *edition.Edition, opts Options) *index {
	x := &index{pairs: ed.Pairs, g: ed.Glossary, opts: opts, scheme: opts.Scheme}
	if x.scheme == "" && x.g != nil {
		x.scheme = x.g.Scheme
	}
	if x.scheme == "" {
		x.scheme = texts.ALALC
	}
	x.wordSpans = make(map[string][]lex.Word)
	x.lowered = make(map[string]string)
	x.stems = make(map[string]string)
	x.ruKeys = make(map[string]russianKeys)
	x.keys = make(map[string]string)
	x.lowerKeys = make(map[string]bool)
	x.linkWords = make(map[linkRef][]russianWord)
	x.glossed = make(map[glossRef]glossedResult)
	if x.g != nil {
		x.englishMatches = make(map[string][]glossary.Match)
		x.entryIDs = make(map[string]string)
	}
	addWords := func(s string) []lex.Word {
		ws, ok := x.wordSpans[s]
		if !ok {
			ws = lex.Words(s, true)
			x.wordSpans[s] = ws
		}
		return ws
	}
	x.english = make([][]texts.Segment, len(x.pairs))
	x.targetLinks = make([][]int, len(x.pairs))
	for i, p := range x.pairs {
		if p.Target == nil {
			continue
		}
		segs := withHeading(p.Target)
		x.english[i] = segs
		x.targetLinks[i] = targetLinks(p)
		for k := range segs {
			s := segs[k].Text
			for _, w := range addWords(s) {
				if lex.HasCyrillic(w.Text) {
					continue
				}
				bare := stripPossessive(w.Text)
				k, ok := x.keys[bare]
				if !ok {
					k = texts.MatchKey(bare)
					x.keys[bare] = k
				}
				if r, _ := utf8.DecodeRuneInString(w.Text); unicode.IsLower(r) {
					x.lowerKeys[k] = true
				}
			}
			if _, ok := x.lowered[s]; !ok {
				en, _ := glossary.UnbracketExpansions(s)
				x.lowered[s] = lex.Lower(en)
			}
			if x.g != nil {
				if _, ok := x.englishMatches[s]; !ok {
					x.englishMatches[s] = x.g.MatchEnglish(s)
				}
			}
		}
	}
	for _, p := range x.pairs {
		if p.Source == nil {
			continue
		}
		x.hasOriginal = true
		for k := range p.Source.Segments {
			s := p.Source.Segments[k].Text
			for _, w := range addWords(s) {
				if lex.HasCyrillic(w.Text) {
					x.addRussianWord(w.Text)
				}
			}
		}
		// The whole original stands for a pair without links.
		if len(p.Links) == 0 {
			x.linkWords[linkRef{p.Source, -1}] = x.russianWordsOf(p, -1)
		}
		for li := range p.Links {
			x.linkWords[linkRef{p.Source, li}] = x.russianWordsOf(p, li)
		}
	}
	if x.g != nil {
		x.accepted = make(map[string]*glossary.Entry)
		x.translits = make(map[*glossary.Entry]string, len(x.g.Entries))
		x.rendered = make(map[*glossary.Entry][]string, len(x.g.Entries))
		x.names = make(map[string]glossaryName)
		x.forbidden = make(map[string]bool)
		x.renderKeys = make(map[*glossary.Entry]map[string]bool)
		for _, e := range x.g.Entries {
			for _, r := range e.Renderings {
				if r.Status == glossary.Forbidden {
					x.forbidden[spelling(r.Text)] = true
					continue
				}
				x.accepted[spelling(r.Text)] = e
				x.addGlossaryName(r.Text, e)
			}
			tr := e.TranslitIn(x.scheme, true)
			x.translits[e] = tr
			ws := make([]string, 0, len(e.Renderings)+1)
			for _, r := range e.Renderings {
				ws = append(ws, strings.ToLower(r.Text))
			}
			if tr != "" {
				ws = append(ws, canonGloss(tr))
			}
			x.rendered[e] = ws
		}
	}
	// The glosses last: finding a glossed word reads the keys above.
	for i, p := range x.pairs {
		if p.Target == nil {
			continue
		}
		links := x.targetLinks[i]
		for k := range p.Target.Segments {
			seg := &p.Target.Segments[k]
			for _, b := range spansOf(seg) {
				if b.At < 0 || !b.isGloss() {
					continue
				}
				gloss := canonGloss(b.Inner)
				key := glossRef{linkRef{p.Target, linkOf(p, links, k)}, gloss}
				if _, ok := x.glossed[key]; !ok {
					w, ok := x.glossedWord(gloss, x.russianWordsFor(p, links, k))
					x.glossed[key] = glossedResult{w, ok}
				}
			}
		}
	}
	return x
}

// glossaryName is the spelling the glossary gives a name of one word.
type glossaryName struct {
	text  string
	entry *glossary.Entry // nil: two spellings share the key
}

// addGlossaryName records an accepted rendering of one word (a name, as
// its capital says) by its matching key, for name-variant and
// term-missing.
func (x *index) addGlossaryName(text string, e *glossary.Entry) {
	if strings.ContainsFunc(text, unicode.IsSpace) || !lex.FirstUpper(text) || utf8.RuneCountInString(text) < 3 {
		return
	}
	k := texts.MatchKey(text)
	if len(k) < 3 {
		return
	}
	n, ok := x.names[k]
	if x.renderKeys[e] == nil {
		x.renderKeys[e] = make(map[string]bool)
	}
	x.renderKeys[e][k] = true
	switch {
	case ok && n.entry == nil:
	case ok && spelling(n.text) != spelling(text):
		x.names[k] = glossaryName{text: n.text} // two spellings: none to give
	case !ok:
		x.names[k] = glossaryName{text: text, entry: e}
	}
}

// addRussianWord stems, transliterates and looks up a Russian word of the
// edition, once.
func (x *index) addRussianWord(w string) {
	if _, ok := x.stems[w]; ok {
		return
	}
	stem := glossary.StemRussian(w)
	x.stems[w] = stem
	x.ruKeys[w] = russianKeys{
		word: texts.MatchKey(texts.Transliterate(strings.ToLower(w), x.scheme)),
		stem: texts.MatchKey(texts.Transliterate(stem, x.scheme)),
		name: texts.MatchKey(texts.Transliterate(glossary.NameStem(w), x.scheme)),
	}
	if x.g != nil {
		id := ""
		if ms := x.g.MatchRussian(w); len(ms) > 0 {
			id = ms[0].Entry.ID
		}
		x.entryIDs[w] = id
	}
}

// words are the words of s, hyphenated words whole.
func (x *index) words(s string) []lex.Word {
	if ws, ok := x.wordSpans[s]; ok {
		return ws
	}
	return lex.Words(s, true)
}

// matchEnglish is the glossary's MatchEnglish on a segment's text.
func (x *index) matchEnglish(seg *texts.Segment) []glossary.Match {
	if ms, ok := x.englishMatches[seg.Text]; ok {
		return ms
	}
	if x.g == nil {
		return nil
	}
	return x.g.MatchEnglish(seg.Text)
}

// segLower is a segment's text in lower case with its expansions written
// out (M[inistry of the] M[aritime] F[leet]), for plain searches.
func (x *index) segLower(seg *texts.Segment) string {
	if s, ok := x.lowered[seg.Text]; ok {
		return s
	}
	en, _ := glossary.UnbracketExpansions(seg.Text)
	return lex.Lower(en)
}

// stem is glossary.StemRussian.
func (x *index) stem(w string) string {
	if s, ok := x.stems[w]; ok {
		return s
	}
	return glossary.StemRussian(w)
}

// key is texts.MatchKey.
func (x *index) key(s string) string {
	if k, ok := x.keys[s]; ok {
		return k
	}
	return texts.MatchKey(s)
}

// russianKeys are a Russian word's keys.
func (x *index) russianKeys(w string) russianKeys {
	if k, ok := x.ruKeys[w]; ok {
		return k
	}
	return russianKeys{
		word: texts.MatchKey(texts.Transliterate(strings.ToLower(w), x.scheme)),
		stem: texts.MatchKey(texts.Transliterate(x.stem(w), x.scheme)),
		name: texts.MatchKey(texts.Transliterate(glossary.NameStem(w), x.scheme)),
	}
}

// entryIDFor returns the id of the glossary entry matching a Russian word.
func (x *index) entryIDFor(ru string) string {
	if x.g == nil {
		return ""
	}
	if id, ok := x.entryIDs[ru]; ok {
		return id
	}
	if ms := x.g.MatchRussian(ru); len(ms) > 0 {
		return ms[0].Entry.ID
	}
	return ""
}

// translitOf is an entry's transliteration as a gloss in the run's scheme.
func (x *index) translitOf(e *glossary.Entry) string {
	if tr, ok := x.translits[e]; ok {
		return tr
	}
	return e.TranslitIn(x.scheme, true)
}

// renderWords are the words renderCount searches for an entry: its
// renderings in lower case and its transliteration as a gloss.
func (x *index) renderWords(e *glossary.Entry) []string {
	return x.rendered[e]
}

// acceptedSpellings maps the lower-case accepted renderings of the
// glossary's entries to their entry.
func (x *index) acceptedSpellings() map[string]*glossary.Entry { return x.accepted }

// isOrdinaryWord reports whether a capitalised word of the English is an
// ordinary word rather than a name: the edition writes a word of the same
// key in lower case somewhere, or it is a point of the compass.
func (x *index) isOrdinaryWord(word, key string) bool {
	return x.lowerKeys[key] || isCompassWord(spelling(word))
}

// linkOf is the link of English segment k of a pair, -1 when the pair
// has no links (the whole original stands for it).
func linkOf(p *edition.Pair, links []int, k int) int {
	if len(p.Links) > 0 && k < len(links) {
		return links[k]
	}
	return -1
}

// linkRussianWords returns the Cyrillic words of link li of a pair (-1: of
// the whole original).
func (x *index) linkRussianWords(p *edition.Pair, li int) []russianWord {
	if ws, ok := x.linkWords[linkRef{p.Source, li}]; ok {
		return ws
	}
	return x.russianWordsOf(p, li)
}

// glossedWordFor is glossedWord on the Russian of English segment k.
func (x *index) glossedWordFor(p *edition.Pair, links []int, k int, gloss string) (russianWord, bool) {
	if r, ok := x.glossed[glossRef{linkRef{p.Target, linkOf(p, links, k)}, gloss}]; ok {
		return r.w, r.ok
	}
	return x.glossedWord(gloss, x.russianWordsFor(p, links, k))
}
