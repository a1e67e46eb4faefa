package glossary

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/lex"
)

// How a word of a term matches a word of the text.
type wordTest uint8

const (
	byStem   wordTest = iota // the Snowball stems agree
	byForm                   // the folded word is one of a set of forms
	byPrefix                 // the folded word begins with the prefix
)

// termWord is one word of a Russian term or form.
type termWord struct {
	test   wordTest
	key    string          // the prefix
	stems  []string        // for byStem: the stems of the word's forms
	forms  map[string]bool // for byForm; for byStem, the forms no stem finds (declinedForms)
	upper  bool            // first letter is a capital (case-sensitive entries)
	strict bool            // check the case
}

// lemmaStems returns the stems a word of a term is known by. The stemmer does
// not always give a bare noun the stem of its other forms (причал → прича,
// причала → причал), so a word ending in a consonant also gets the stem of
// its instrumental, whose ending the stemmer always takes off.
func (ix *matchIndex) lemmaStems(folded string) []string {
	out := []string{ix.stem(folded)}
	r, _ := utf8.DecodeLastRuneInString(folded)
	if strings.ContainsRune("бвгджзклмнпрстфхцчшщ", r) {
		if s := ix.stem(folded + "ом"); s != out[0] {
			out = append(out, s)
		}
	}
	return out
}

// russianTerm is a term, or an explicit form, of an entry.
type russianTerm struct {
	entry *Entry
	words []termWord
	gaps  []string // gapKind between words i and i+1
	tail  string   // what follows the last word: ")" of ЦК ВКП(б)
}

// englishTerm is a rendering of an entry as words.
type englishTerm struct {
	entry     *Entry
	rendering *Rendering
	words     []string // folded
	exact     []string // as written, for case-sensitive renderings
	gaps      []string // gapKind between words i and i+1
	tail      string   // what follows the last word: ")" of CC VKP(b)
}

// matchIndex finds terms and renderings by their words (match_trie.go).
type matchIndex struct {
	russian russianNode
	// stemStarts holds the first three letters of every stem (the whole stem
	// when shorter), so that most words of a text are never stemmed: a
	// Snowball stem is always a beginning of the word.
	stemStarts map[string]bool
	english    englishNode
	stems      sync.Map // word → stem, the cache
}

func (g *Glossary) matchIndex() *matchIndex {
	if ix := g.index.Load(); ix != nil {
		return ix
	}
	ix := buildIndex(g)
	g.index.CompareAndSwap(nil, ix)
	return g.index.Load()
}

func buildIndex(g *Glossary) *matchIndex {
	ix := &matchIndex{stemStarts: make(map[string]bool)}
	for _, e := range g.Entries {
		for _, t := range e.Russian {
			ix.addRussian(e, t, false)
		}
		for _, f := range e.Forms {
			ix.addRussian(e, f, true)
		}
		for i := range e.Renderings {
			ix.addEnglish(e, &e.Renderings[i])
		}
	}
	return ix
}

func (ix *matchIndex) addRussian(e *Entry, term string, explicit bool) {
	toks := lex.Words(term, false)
	if len(toks) == 0 {
		return
	}
	rt := &russianTerm{entry: e, tail: strings.TrimRight(term[toks[len(toks)-1].End:], "*")}
	for i, tok := range toks {
		if i > 0 {
			rt.gaps = append(rt.gaps, gapKind(term[toks[i-1].End:tok.Start]))
		}
		folded := FoldRussian(tok.Text)
		w := termWord{upper: lex.FirstUpper(tok.Text), strict: e.CaseSensitive}
		switch {
		case explicit && tok.End < len(term) && term[tok.End] == '*':
			w.test, w.key = byPrefix, folded
		case explicit:
			w.test, w.forms = byForm, map[string]bool{folded: true}
		default:
			if forms := surnameForms(folded); e.Kind == Person && forms != nil {
				w.test, w.forms = byForm, make(map[string]bool)
				for _, f := range forms {
					w.forms[f] = true
				}
			} else {
				w.test, w.stems = byStem, ix.lemmaStems(folded)
				for _, st := range w.stems {
					ix.stemStarts[runePrefix(st, 3)] = true
				}
				if forms := ix.declinedForms(folded, w.stems); forms != nil {
					w.forms = make(map[string]bool, len(forms))
					for _, f := range forms {
						w.forms[f] = true
					}
				}
			}
		}
		rt.words = append(rt.words, w)
	}
	ix.russian.insert(rt, 0)
}

func (ix *matchIndex) addEnglish(e *Entry, r *Rendering) {
	toks := lex.Words(r.Text, false)
	if len(toks) == 0 {
		return
	}
	et := &englishTerm{entry: e, rendering: r, tail: r.Text[toks[len(toks)-1].End:]}
	for i, t := range toks {
		if i > 0 {
			et.gaps = append(et.gaps, gapKind(r.Text[toks[i-1].End:t.Start]))
		}
		et.words = append(et.words, foldEnglish(t.Text))
		et.exact = append(et.exact, normalizeApostrophes(t.Text))
	}
	ix.english.insert(et)
}

// stem returns the Snowball stem of a folded Russian word, cached.
func (ix *matchIndex) stem(folded string) string {
	if s, ok := ix.stems.Load(folded); ok {
		return s.(string)
	}
	s := StemRussian(folded)
	ix.stems.Store(folded, s)
	return s
}

// MatchRussian finds the entries whose Russian terms occur in s, in any
// inflected form: by Snowball stem (ё folded to е), by the declension of a
// person's surname, or by the entry's explicit forms. Matches are sorted by
// position; where terms overlap the longest wins (Главное управление over
// управление), and one entry matches a place once.
func (g *Glossary) MatchRussian(s string) []Match {
	if g == nil || len(g.Entries) == 0 {
		return nil
	}
	ix := g.matchIndex()
	buf := matchBuffers.Get().(*matchBuffer)
	defer buf.put()
	toks := lex.AppendWords(buf.toks[:0], s, false)
	folded, stems := buf.words[:0], buf.stems[:0]
	for _, t := range toks {
		folded = append(folded, FoldRussian(t.Text))
		stems = append(stems, "")
	}
	buf.toks, buf.words, buf.stems = toks, folded, stems
	var out []Match
	w := russianWalk{ix: ix, s: s, toks: toks, folded: folded, stems: stems}
	w.found = func(rt *russianTerm, start, last int) {
		from, end := toks[start].Start, withTail(s, toks[last].End, rt.tail)
		out = append(out, Match{Entry: rt.entry, Start: from, End: end, Text: s[from:end]})
	}
	for i := range toks {
		w.start = i
		w.walk(&ix.russian, i)
	}
	return pruneMatches(out)
}

// MatchEnglish finds the renderings of entries that occur in s, whole words
// only, case-insensitive unless the rendering is marked case-sensitive, and
// allowing a plural or possessive ending on each word (storm-frights,
// Lavrentyev's). An editor's expansion of an abbreviation inside words is
// read through: M[inistry of the] M[aritime] F[leet] matches Ministry of the
// Maritime Fleet, and the match covers the bracketed text. Forbidden renderings are found too: Match.Rendering says
// which rendering matched.
func (g *Glossary) MatchEnglish(s string) []Match {
	if g == nil || len(g.Entries) == 0 {
		return nil
	}
	ix := g.matchIndex()
	read, back := UnbracketExpansions(s)
	out := g.matchEnglishReading(ix, s, read, func(start, end int) (int, int) {
		if back == nil {
			return start, end
		}
		start, end = back[start], back[end-1]+1
		for end < len(s) && s[end] == ']' {
			end++ // M[inistry of the] M[aritime] F[leet] ends with its bracket
		}
		return start, end
	})
	if back != nil {
		// The abbreviation as written is a rendering too: C[entral]
		// C[ommittee] is CC, as the glossary may have it.
		abbr, from, to := abbreviateExpansions(s)
		out = append(out, g.matchEnglishReading(ix, s, abbr, func(start, end int) (int, int) {
			return from[start], to[end-1]
		})...)
	}
	return pruneMatches(out)
}

// matchEnglishReading finds the renderings in read, a reading of the
// English orig; place maps a match's byte range in read to orig's.
func (g *Glossary) matchEnglishReading(ix *matchIndex, orig, read string, place func(start, end int) (int, int)) []Match {
	s := read
	buf := matchBuffers.Get().(*matchBuffer)
	defer buf.put()
	toks := lex.AppendWords(buf.toks[:0], s, false)
	bases := slices.Grow(buf.bases[:0], len(toks))[:len(toks)]
	flat := slices.Grow(buf.words[:0], 2*len(toks))
	for i, t := range toks {
		// Should flat move as it grows, the runs already taken stay
		// valid in the array they were taken from.
		n := len(flat)
		flat = appendEnglishBases(flat, foldEnglish(t.Text))
		bases[i] = flat[n:len(flat):len(flat)]
	}
	buf.toks, buf.bases, buf.words = toks, bases, flat
	var out []Match
	w := englishWalk{s: s}
	w.found = func(et *englishTerm, last int) {
		start, end := place(w.toks[0].Start, withTail(s, w.toks[last].End, et.tail))
		out = append(out, Match{Entry: et.entry, Start: start, End: end, Text: orig[start:end], Rendering: et.rendering})
	}
	for i := range toks {
		w.toks, w.bases = toks[i:], bases[i:]
		w.walk(&ix.english, 0)
	}
	return out
}

// pruneMatches sorts matches by position, keeps one per entry and place, and
// drops a match lying inside a longer match of another entry.
func pruneMatches(ms []Match) []Match {
	if len(ms) < 2 {
		return ms
	}
	slices.SortStableFunc(ms, func(a, b Match) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return b.End - a.End
		}
		// At one place, a case-sensitive rendering is the more telling.
		return caseRank(a) - caseRank(b)
	})
	out := ms[:0]
	maxEnd := -1
	for _, m := range ms {
		dup := false
		for _, o := range out {
			if o.Entry == m.Entry && o.Start <= m.Start && m.End <= o.End && (o.Rendering == m.Rendering || o.Start == m.Start && o.End == m.End) {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		if m.End <= maxEnd && !startsWithLonger(out, m) {
			continue // inside a longer match
		}
		out = append(out, m)
		maxEnd = max(maxEnd, m.End)
	}
	return out
}

// startsWithLonger reports whether m spans exactly like a kept match, so two
// entries sharing a term both stay.
func startsWithLonger(kept []Match, m Match) bool {
	for _, o := range kept {
		if o.Start == m.Start && o.End == m.End {
			return true
		}
	}
	return false
}

func caseRank(m Match) int {
	if m.Rendering != nil && m.Rendering.CaseSensitive {
		return 0
	}
	return 1
}

// UnbracketExpansions removes the brackets of expansions that complete a
// word (a "[" right after a letter, and its "]"), and returns the text without
// them with a map from its byte offsets to those of s; nil when there are
// none.
func UnbracketExpansions(s string) (string, []int) {
	if !hasExpansion(s) {
		return s, nil // most sentences: glosses and insertions follow a space
	}
	var b strings.Builder
	var back []int
	open := false
	found := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '[' && !open && opensExpansion(s, i):
			open, found = true, true
			continue
		case c == ']' && open:
			open = false
			continue
		}
		b.WriteByte(c)
		back = append(back, i)
	}
	if !found {
		return s, nil
	}
	back = append(back, len(s))
	return b.String(), back
}

// abbreviateExpansions is s with its expansions left out, as the
// abbreviation was written: C[entral] C[ommittee] reads CC, the letters of
// abbreviations that follow one another joined; M[inistry of the]
// M[aritime] F[leet] reads MMF. from maps each byte of the result to its
// offset in s, to to the offset after it there, past the expansion that
// completes it.
func abbreviateExpansions(s string) (read string, from, to []int) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if opensExpansion(s, i) {
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				j = len(s) - i - 1
			}
			if n := len(to); n > 0 {
				to[n-1] = i + j + 1
			}
			i += j
			// One letter and the next abbreviation's one letter, a space
			// between, make one abbreviation.
			head, size := utf8.DecodeLastRuneInString(s[:i-j])
			single := unicode.IsLetter(head) && !lex.EndsWithLetter(s[:i-j-size])
			if k := i + 1; single && k < len(s) && s[k] == ' ' {
				if r, n := utf8.DecodeRuneInString(s[k+1:]); unicode.IsLetter(r) && opensExpansion(s, k+1+n) {
					i = k
				}
			}
			continue
		}
		b.WriteByte(s[i])
		from = append(from, i)
		to = append(to, i+1)
	}
	return b.String(), from, to
}

// hasExpansion reports whether s has a "[" right after a letter and before
// one.
func hasExpansion(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if opensExpansion(s, i) {
			return true
		}
	}
	return false
}

// opensExpansion reports whether the byte at i is the "[" of an expansion
// that completes a word: right after a letter and before one.
func opensExpansion(s string, i int) bool {
	return i > 0 && i+1 < len(s) && s[i] == '[' && lex.EndsWithLetter(s[:i]) && lex.StartsWithLetter(s[i+1:])
}

// withTail extends a match over the punctuation that ends its term when the
// text has it there too.
func withTail(s string, end int, tail string) int {
	if tail != "" && strings.HasPrefix(s[end:], tail) {
		return end + len(tail)
	}
	return end
}

// matchBuffer holds the slices one MatchRussian or MatchEnglish call
// splits and folds a text into, used again by the next call: a check
// matches every sentence of an edition.
type matchBuffer struct {
	toks         []lex.Word
	words, stems []string
	bases        [][]string
}

var matchBuffers = sync.Pool{New: func() any { return new(matchBuffer) }}

// put empties the buffer, so that it keeps no text alive, and returns it.
func (b *matchBuffer) put() {
	clear(b.toks)
	clear(b.words)
	clear(b.stems)
	clear(b.bases)
	matchBuffers.Put(b)
}
