package check

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

var ruleNameVariant = &Rule{
	ID:      "name-variant",
	Name:    "NameVariant",
	Short:   "One name spelled more than one way in the English",
	Help:    "Capitalised words that fold to the same matching key (transliteration variants y/i, ye/e, ia/ya, kh/h, -sky/-skii, diacritics lost in a web copy, apostrophes, hyphens) but are spelled differently across the edition, and names written with a hyphen in one place and a space in another (Kim Il-Sung, Kim Il Sung). A telegram's SURNAME in capitals and a possessive 's are not variants. Only names count: a word the edition also writes in lower case, or a point of the compass (Southeastern, South-eastern), is an ordinary word, left to spelling-variant. The fix is the glossary's spelling where it has one, else the one the edition uses most. A name the glossary spells one way (a rendering of one word) and the edition only in others (Inch'on for Inch'ŏn) is reported at each place, unless the glossary admits that spelling too or forbids it (term-forbidden reports that).",
	Default: Warning,
	run:     checkNameVariant,
}

// nameOcc is one occurrence of a name in the English.
type nameOcc struct {
	Pos  texts.Pos
	Word string // as written, possessive removed
	Spel string // spelling: lower case
	seq  int    // order of appearance
}

func checkNameVariant(x *index) []Finding {
	var out findings
	clusters := make(map[string][]nameOcc)
	seq := 0
	for t, seg := range x.englishSegments() {
		for _, w := range x.words(seg.Text) {
			name := stripPossessive(w.Text)
			if !lex.FirstUpper(name) || utf8.RuneCountInString(name) < 3 || lex.HasCyrillic(name) {
				continue
			}
			key := x.key(name)
			if len(key) < 3 || x.isOrdinaryWord(name, key) {
				continue
			}
			seq++
			clusters[key] = append(clusters[key], nameOcc{Pos: t.pos(seg, w.Start), Word: name, Spel: spelling(name), seq: seq})
		}
	}
	x.hyphenVariants(clusters)
	keys := make([]string, 0, len(clusters))
	for k, occ := range clusters {
		if hasTwoSpellings(occ) || x.misspeltGlossaryName(k, occ) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if x.misspeltGlossaryName(k, clusters[k]) {
			x.reportGlossarySpelling(x.names[k], clusters[k], &out)
			continue
		}
		x.reportVariants(clusters[k], false, &out)
	}
	return out
}

// misspeltGlossaryName reports whether the English writes a name the
// glossary spells (one word, one spelling for its key) only in other
// ways: Inch'on, Inchon for the glossary's Inch'ŏn, the diacritics lost
// in a web copy. The edition's own spellings agreeing with each other
// does not make them right.
func (x *index) misspeltGlossaryName(key string, occ []nameOcc) bool {
	g, ok := x.names[key]
	if !ok || g.entry == nil {
		return false
	}
	for _, o := range occ {
		if o.Spel == spelling(g.text) {
			return false // reportVariants points at the glossary's own
		}
	}
	return true
}

// reportGlossarySpelling reports each occurrence of a name spelled other
// than the glossary spells it, unless the glossary accepts that spelling
// too or forbids it (term-forbidden reports that).
func (x *index) reportGlossarySpelling(g glossaryName, occ []nameOcc, out *findings) {
	for _, o := range occ {
		sp := spelling(o.Word)
		if x.accepted[sp] != nil || x.forbidden[sp] {
			continue
		}
		out.add(Finding{
			Pos: o.Pos, Match: o.Word, Entry: g.entry.ID,
			Message: fmt.Sprintf("%s is spelled %q in the glossary (entry %s)", o.Word, g.text, g.entry.ID),
			Fix:     &Fix{Replace: casedLike(g.text, o.Word), Description: "use the glossary's spelling"},
		})
	}
}

// hyphenVariants adds the clusters of names written with a hyphen in one
// place and a space in another (Kim Il-Sung, Kim Il Sung; Pak Hon-Yong,
// Pak Hon Yong): a hyphenated name and up to two capitalised words before
// it make the keys; then every run of one to three capitalised words with
// one of those keys, hyphens and spaces aside, joins its cluster, the
// longest run at a place first.
func (x *index) hyphenVariants(clusters map[string][]nameOcc) {
	const most = 3
	nameRuns := func(text string) [][]lex.Word {
		var runs [][]lex.Word
		var cur []lex.Word
		for _, w := range x.words(text) {
			ok := lex.FirstUpper(w.Text) && !lex.HasCyrillic(w.Text) && !lex.IsNonName(w.Text)
			if ok && len(cur) > 0 && text[cur[len(cur)-1].End:w.Start] != " " {
				runs, cur = append(runs, cur), nil
			}
			if !ok {
				if len(cur) > 0 {
					runs, cur = append(runs, cur), nil
				}
				continue
			}
			cur = append(cur, w)
		}
		if len(cur) > 0 {
			runs = append(runs, cur)
		}
		return runs
	}
	joinKey := func(ws []lex.Word) string {
		var b strings.Builder
		for _, w := range ws {
			b.WriteString(stripPossessive(w.Text))
		}
		return x.key(b.String())
	}
	keys := make(map[string]bool)
	for _, seg := range x.englishSegments() {
		for _, r := range nameRuns(seg.Text) {
			for i, w := range r {
				if !isHyphenatedName(w.Text) {
					continue
				}
				for j := max(0, i-most+1); j <= i; j++ {
					if k := joinKey(r[j : i+1]); len(k) >= 4 {
						keys[k] = true
					}
				}
			}
		}
	}
	if len(keys) == 0 {
		return
	}
	for t, seg := range x.englishSegments() {
		for _, r := range nameRuns(seg.Text) {
			for i := 0; i < len(r); {
				n := 0
				for m := min(most, len(r)-i); m >= 1; m-- {
					if keys[joinKey(r[i:i+m])] {
						n = m
						break
					}
				}
				if n == 0 {
					i++
					continue
				}
				ws := r[i : i+n]
				text := stripPossessive(seg.Text[ws[0].Start:ws[n-1].End])
				k := "hyphen:" + joinKey(ws)
				// Told apart by their separators alone: a letter
				// spelled differently is the word clusters' finding.
				clusters[k] = append(clusters[k], nameOcc{Pos: t.pos(seg, ws[0].Start), Word: text, Spel: separators(text), seq: len(clusters[k])})
				i += n
			}
		}
	}
}

// separators are the spaces and hyphens of a name, in order.
func separators(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == ' ' || r == '-' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isHyphenatedName reports whether w is capitalised words joined by
// hyphens: Il-Sung, Hon-Yong (not Andong-pyongyang's lower-case half).
func isHyphenatedName(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || !lex.FirstUpper(p) {
			return false
		}
	}
	return true
}

func hasTwoSpellings(occ []nameOcc) bool {
	for _, o := range occ[1:] {
		if o.Spel != occ[0].Spel {
			return true
		}
	}
	return false
}

// spellingCount is how often a spelling occurs, and where first.
type spellingCount struct {
	Spel  string
	N     int
	First nameOcc
	// Shown is the spelling as written in title case where there is one:
	// Lavrentyev rather than LAVRENTYEV; of an ordinary word, in lower
	// case where there is one: frontline, not the Frontline of a title.
	Shown string
}

// tallySpellings counts spellings, most frequent first (ties: the first to
// appear); ordinary says they are of an ordinary word, not a name.
func tallySpellings(occ []nameOcc, ordinary bool) []spellingCount {
	idx := make(map[string]int)
	var out []spellingCount
	for _, o := range occ {
		i, ok := idx[o.Spel]
		if !ok {
			i = len(out)
			idx[o.Spel] = i
			out = append(out, spellingCount{Spel: o.Spel, First: o, Shown: o.Word})
		}
		out[i].N++
		if lex.IsAllCaps(out[i].Shown) && !lex.IsAllCaps(o.Word) || ordinary && o.Word == lex.Lower(o.Word) {
			out[i].Shown = o.Word
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].N != out[b].N {
			return out[a].N > out[b].N
		}
		return out[a].First.seq < out[b].First.seq
	})
	return out
}

// reportVariants reports every occurrence of a spelling other than the
// most frequent one, pointing at the others; ordinary says they are of an
// ordinary word (spelling-variant), not a name.
func (x *index) reportVariants(occ []nameOcc, ordinary bool, out *findings) {
	tally := tallySpellings(occ, ordinary)
	accepted := x.acceptedSpellings()
	// The glossary's spelling wins over the edition's most frequent one
	// (on a tie above all): the fix must not spread a misspelling.
	main := tally[0]
	for _, s := range tally {
		if accepted[spelling(s.Shown)] != nil {
			main = s
			break
		}
	}
	for _, o := range occ {
		if o.Spel == main.Spel {
			continue
		}
		if e := accepted[spelling(o.Word)]; e != nil && e == accepted[spelling(main.Shown)] {
			continue // the glossary accepts both spellings of the name
		}
		var rel []RelatedPlace
		var others []string
		for _, s := range tally {
			if s.Spel == o.Spel {
				continue
			}
			rel = append(rel, RelatedPlace{Pos: s.First.Pos, Match: s.First.Word, Message: fmt.Sprintf("spelled %s (%d×)", s.Shown, s.N)})
			others = append(others, fmt.Sprintf("%s (%d×, first at %s)", s.Shown, s.N, s.First.Pos))
		}
		out.add(Finding{
			Pos: o.Pos, Match: o.Word, Related: rel,
			Message: fmt.Sprintf("%s is also spelled %s", o.Word, strings.Join(others, ", ")),
			Fix:     &Fix{Replace: casedLike(main.Shown, o.Word), Description: "use the edition's most frequent spelling"},
		})
	}
}
