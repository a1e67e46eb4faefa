package glossary

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/lex"
)

// The glossary's terms and renderings are kept in tries over their words,
// so that matching at a word of the text follows only the terms that agree
// with the words read so far. An index by first word alone tried every
// term sharing that word at each of its occurrences: a thousand entries
// "Ministry of X" made each "Ministry" in the text a thousand trials.

// edge labels a step in a trie: the gap before the word (empty for a
// first word) and the word's key. A struct, not a joined string, so that
// looking it up allocates nothing.
type edge struct {
	gap, key string
}

// englishNode is a node of the trie of English renderings by folded words.
type englishNode struct {
	next  map[edge]*englishNode
	terms []*englishTerm // renderings whose last word is this node's
}

func (n *englishNode) child(e edge) *englishNode {
	if c := n.next[e]; c != nil {
		return c
	}
	if n.next == nil {
		n.next = make(map[edge]*englishNode)
	}
	c := &englishNode{}
	n.next[e] = c
	return c
}

func (n *englishNode) insert(et *englishTerm) {
	for j, w := range et.words {
		e := edge{key: w}
		if j > 0 {
			e.gap = et.gaps[j-1]
		}
		n = n.child(e)
	}
	n.terms = append(n.terms, et)
}

// englishWalk is the state of a search for renderings at one word.
type englishWalk struct {
	s     string
	toks  []lex.Word // from the word searched at
	bases [][]string
	found func(et *englishTerm, last int)
}

// walk follows n with word j of w.toks and reports the renderings that
// end there.
func (w *englishWalk) walk(n *englishNode, j int) {
	var gap string
	if j > 0 {
		gap = gapKind(w.s[w.toks[j-1].End:w.toks[j].Start])
	}
	for bi, b := range w.bases[j] {
		if slices.Contains(w.bases[j][:bi], b) {
			continue
		}
		c := n.next[edge{gap, b}]
		if c == nil {
			continue
		}
		for _, et := range c.terms {
			if englishCaseOK(et, w.toks[:j+1]) {
				w.found(et, j)
			}
		}
		if len(c.next) > 0 && j+1 < len(w.toks) {
			w.walk(c, j+1)
		}
	}
}

// englishCaseOK checks a case-sensitive rendering against the words it
// matched, folded apart from their case.
func englishCaseOK(et *englishTerm, toks []lex.Word) bool {
	if !et.rendering.CaseSensitive {
		return true
	}
	for j, t := range toks {
		text := normalizeApostrophes(t.Text)
		if j == 0 {
			// A sentence may start with the rendering: "The Instance" is
			// "the Instance".
			text = lowerFirstLike(text, et.exact[0])
		}
		if !strings.HasPrefix(text, et.exact[j]) {
			return false
		}
	}
	return true
}

// lowerFirstLike lowers the first letter of s when the first letter of
// like is lower case.
func lowerFirstLike(s, like string) string {
	l, _ := utf8.DecodeRuneInString(like)
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(l) || !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// russianNode is a node of the trie of Russian terms and forms. A word of
// a term is found by its stem, by one of its forms, or by a prefix
// (Штыков*), so a node has a child for each.
type russianNode struct {
	byStem, byForm, byPrefix map[edge]*russianNode
	prefixLens               []int          // the lengths in runes of byPrefix keys
	terms                    []*russianTerm // terms whose last word is this node's
}

func childIn(m *map[edge]*russianNode, e edge) *russianNode {
	if c := (*m)[e]; c != nil {
		return c
	}
	if *m == nil {
		*m = make(map[edge]*russianNode)
	}
	c := &russianNode{}
	(*m)[e] = c
	return c
}

// insert adds the words of rt from j on below n. A word known by several
// stems or forms is a branch for each.
func (n *russianNode) insert(rt *russianTerm, j int) {
	if j == len(rt.words) {
		if !slices.Contains(n.terms, rt) {
			n.terms = append(n.terms, rt)
		}
		return
	}
	var gap string
	if j > 0 {
		gap = russianGapClass(rt.gaps[j-1])
	}
	w := &rt.words[j]
	switch w.test {
	case byStem:
		for _, st := range w.stems {
			childIn(&n.byStem, edge{gap, st}).insert(rt, j+1)
		}
		for f := range w.forms {
			childIn(&n.byForm, edge{gap, f}).insert(rt, j+1)
		}
	case byForm:
		for f := range w.forms {
			childIn(&n.byForm, edge{gap, f}).insert(rt, j+1)
		}
	case byPrefix:
		if l := utf8.RuneCountInString(w.key); !slices.Contains(n.prefixLens, l) {
			n.prefixLens = append(n.prefixLens, l)
		}
		childIn(&n.byPrefix, edge{gap, w.key}).insert(rt, j+1)
	}
}

// russianGapClass is what a gap must be in the text: white space and a
// hyphen stand for each other (Пак Хен Ен, Пак Хен-Ен), anything else only
// for itself (ЦК ВКП(б)).
func russianGapClass(gapKind string) string {
	if gapKind == gapHyphen {
		return gapSpace
	}
	return gapKind
}

// russianWalk is the state of a search for terms in a text's words.
type russianWalk struct {
	ix     *matchIndex
	s      string
	toks   []lex.Word
	folded []string
	stems  []string // filled as asked for
	start  int      // the word searched at
	found  func(rt *russianTerm, start, last int)
}

func (w *russianWalk) stemAt(k int) string {
	if w.stems[k] == "" {
		w.stems[k] = w.ix.stem(w.folded[k])
	}
	return w.stems[k]
}

// walk follows n with word k of the text.
func (w *russianWalk) walk(n *russianNode, k int) {
	var gap string
	if k > w.start {
		gap = russianGapClass(gapKind(w.s[w.toks[k-1].End:w.toks[k].Start]))
	}
	f := w.folded[k]
	w.follow(n.byForm[edge{gap, f}], k)
	for _, l := range n.prefixLens {
		if p := runePrefix(f, l); len(p) < len(f) || utf8.RuneCountInString(p) == l {
			w.follow(n.byPrefix[edge{gap, p}], k)
		}
	}
	if len(n.byStem) > 0 && w.ix.mayHaveStem(f) {
		w.follow(n.byStem[edge{gap, w.stemAt(k)}], k)
	}
}

func (w *russianWalk) follow(c *russianNode, k int) {
	if c == nil {
		return
	}
	for _, rt := range c.terms {
		if russianCaseOK(rt, w.toks[w.start:k+1]) {
			w.found(rt, w.start, k)
		}
	}
	if k+1 < len(w.toks) {
		w.walk(c, k+1)
	}
}

// russianCaseOK checks the capitals of a case-sensitive entry's term.
func russianCaseOK(rt *russianTerm, toks []lex.Word) bool {
	for j, t := range toks {
		if w := &rt.words[j]; w.strict && lex.FirstUpper(t.Text) != w.upper {
			return false
		}
	}
	return true
}

// mayHaveStem reports whether a folded word can have the stem of some
// term's word: most words of a text are never stemmed, since a Snowball
// stem is always a beginning of its word.
func (ix *matchIndex) mayHaveStem(f string) bool {
	return ix.stemStarts[runePrefix(f, 3)] || ix.stemStarts[runePrefix(f, 2)] || ix.stemStarts[runePrefix(f, 1)]
}

// normalizeApostrophes writes the typographic apostrophes as '.
func normalizeApostrophes(s string) string {
	if !strings.ContainsAny(s, "’ʼ") {
		return s
	}
	return strings.NewReplacer("’", "'", "ʼ", "'").Replace(s)
}
