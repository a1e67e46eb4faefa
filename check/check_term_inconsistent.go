package check

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

var ruleTermInconsistent = &Rule{
	ID:       "term-inconsistent",
	Name:     "TermInconsistent",
	Short:    "The same Russian term or name rendered in different ways across the edition",
	Help:     "Without a glossary: a Russian word (by its stem, so in any inflected form) that the edition renders in more than one way. Terms are found through their transliteration glosses, storm-fright [shtormoboiazn'], and names through their transliteration in the aligned English sentence; a term glossed in one place is then looked for wherever the Russian has it. Beyond glosses and names, a Russian word is found rendered in different ways by association: over the links of one Russian to one English sentence, English words or two-word phrases strongly tied to its stem (Dice) that never share a sentence and together cover most of its occurrences (аэродром as airfield in some sentences, airdromes in others); abbreviations count too (КНА as KPA and NKA), and -ing words stay apart from their roots (group, grouping); each rendering must be seen twice and the word three times, save a rendering seen once in a document of its own beside a single rendering of all the word's other occurrences, at least three (патроны as cartridges in three documents, rounds in a fourth), and these findings are information only. A finding names the Russian aligned with its sentence, with its place; a glossed rendering whose aligned Russian lacks the term is counted by its gloss and says so. Choose one rendering, or record the choice in the glossary.",
	Default:  Warning,
	Original: true,
	run:      checkTermInconsistent,
}

// rendering is one English rendering of a Russian word at a place.
type renderingOcc struct {
	Pos     texts.Pos
	Text    string // the English as written
	Key     string // what counts as the same rendering
	Russian texts.Pos
	RuWord  string
	Gloss   string // the transliteration gloss, for terms
	// Linked says, for a rendering with no RuWord (a gloss whose term
	// the aligned Russian does not have), that the sentence is aligned
	// with some Russian.
	Linked bool
	seq    int
}

func checkTermInconsistent(x *index) []Finding {
	var out findings
	terms := make(map[string][]renderingOcc) // by Russian stem
	names := make(map[string][]renderingOcc)
	var unaligned []renderingOcc // glossed renderings the aligned Russian does not have
	seq := 0
	for i, p := range x.pairs {
		if p.Source == nil {
			continue
		}
		links := x.targetLinks[i]
		for k := range p.Target.Segments {
			seg := &p.Target.Segments[k]
			ru := x.russianWordsFor(p, links, k)
			// Terms: the head of each transliteration gloss.
			for _, b := range spansOf(seg) {
				if b.At < 0 || !b.isGloss() {
					continue
				}
				head, at := b.head()
				if at < 0 {
					continue
				}
				w, ok := x.glossedWordFor(p, links, k, canonGloss(b.Inner))
				if !ok {
					// The gloss still says which term this renders:
					// counted, and named by its gloss.
					seq++
					unaligned = append(unaligned, renderingOcc{
						Pos: targetOf(p).pos(seg, at), Text: head, Key: strings.ToLower(head),
						Gloss: canonGloss(b.Inner), Linked: len(ru) > 0, seq: seq,
					})
					continue
				}
				if x.inGlossary(w.Text) {
					continue
				}
				seq++
				stem := x.stem(w.Text)
				terms[stem] = append(terms[stem], renderingOcc{
					Pos: targetOf(p).pos(seg, at), Text: head, Key: strings.ToLower(head),
					Russian: sourceOf(p).pos(w.Seg, w.Start), RuWord: w.Text, Gloss: canonGloss(b.Inner), seq: seq,
				})
			}
			// Names: capitalised English words that transliterate a
			// capitalised Russian word of the aligned sentence.
			for _, ew := range x.words(seg.Text) {
				name := stripPossessive(ew.Text)
				if !lex.FirstUpper(name) || utf8.RuneCountInString(name) < 4 || lex.HasCyrillic(name) {
					continue
				}
				w, ok := x.transliteratedName(name, ru)
				if !ok || x.inGlossary(w.Text) {
					continue
				}
				seq++
				stem := glossary.NameStem(w.Text)
				names[stem] = append(names[stem], renderingOcc{
					Pos: targetOf(p).pos(seg, ew.Start), Text: name, Key: spelling(name),
					Russian: sourceOf(p).pos(w.Seg, w.Start), RuWord: w.Text, seq: seq,
				})
			}
		}
	}
	addUnaligned(terms, unaligned)
	x.reportInconsistent(terms, false, &out)
	x.reportInconsistent(names, true, &out)
	x.unrenderedTerms(terms, &out)
	skip := make(map[string]bool, len(terms))
	for stem := range terms {
		skip[stem] = true
	}
	x.associatedRenderings(skip, &out)
	return out
}

// addUnaligned puts the glossed renderings whose aligned Russian does
// not have the term with the term their gloss has elsewhere, or, when no
// aligned Russian has it, with the others of the same gloss (under a key
// no stem is).
func addUnaligned(terms map[string][]renderingOcc, unaligned []renderingOcc) {
	if len(unaligned) == 0 {
		return
	}
	stemOf := make(map[string]string)
	for stem, occ := range terms {
		for _, o := range occ {
			if s, ok := stemOf[o.Gloss]; !ok || stem < s {
				stemOf[o.Gloss] = stem
			}
		}
	}
	touched := make(map[string]bool)
	for _, o := range unaligned {
		stem, ok := stemOf[o.Gloss]
		if !ok {
			stem = "[" + o.Gloss + "]"
		}
		terms[stem] = append(terms[stem], o)
		touched[stem] = true
	}
	for stem := range touched {
		slices.SortFunc(terms[stem], func(a, b renderingOcc) int { return a.seq - b.seq })
	}
}

// unrenderedTerms reports the sentences where a Russian term the edition
// glosses elsewhere occurs, in any form, and the aligned English (with
// the sentence either side) has none of the renderings its glosses show,
// nor its transliteration: storm-fright [shtormoboiazn'] in one document,
// штормобоязни rendered "fear of storms" unglossed in another. The
// edition's own glosses serve as its glossary.
func (x *index) unrenderedTerms(terms map[string][]renderingOcc, out *findings) {
	if len(terms) == 0 {
		return
	}
	x.withOriginal(func(p *edition.Pair) {
		for li, l := range p.Links {
			if len(l.Source) == 0 || len(l.Target) == 0 {
				continue
			}
			done := make(map[string]bool)
			lower, loaded := "", false
			for _, w := range x.linkRussianWords(p, li) {
				stem := x.stem(w.Text)
				occ, ok := terms[stem]
				if !ok || done[stem] {
					continue
				}
				done[stem] = true
				if !loaded {
					var parts []string
					for _, seg := range nearSegments(p, l.Target) {
						parts = append(parts, x.segLower(seg))
					}
					lower, loaded = strings.Join(parts, " "), true
				}
				if rendersAny(lower, occ) {
					continue
				}
				main, n := mostFrequent(occ)
				eseg, _ := segAt(p.Target, l.Target, 0)
				if eseg == nil {
					continue
				}
				rp := sourceOf(p).pos(w.Seg, w.Start)
				out.add(Finding{
					Pos: targetOf(p).pos(eseg, 0), Match: w.Text, Russian: &rp, RussianMatch: w.Text,
					Message: fmt.Sprintf("%q (%s) is rendered %q %d× elsewhere (first at %s), but not in the aligned English", w.Text, rp, main.Text, n, main.Pos),
					Related: []RelatedPlace{{Pos: main.Pos, Match: main.Text, Message: "rendered " + main.Text}},
				})
			}
		}
	})
}

// rendersAny reports whether lower-case English contains one of the
// renderings or glosses of a term.
func rendersAny(lower string, occ []renderingOcc) bool {
	for _, o := range occ {
		if lex.ContainsWord(lower, o.Key) || (o.Gloss != "" && lex.ContainsWord(lower, o.Gloss)) {
			return true
		}
	}
	return false
}

// mostFrequent returns the first occurrence of the most frequent rendering
// and how often it occurs.
func mostFrequent(occ []renderingOcc) (renderingOcc, int) {
	count := make(map[string]int)
	for _, o := range occ {
		count[o.Key]++
	}
	best := occ[0]
	for _, o := range occ {
		if count[o.Key] > count[best.Key] {
			best = o
		}
	}
	return best, count[best.Key]
}

// inGlossary reports a Russian word the glossary has an entry for: the
// glossary rules check those.
func (x *index) inGlossary(ru string) bool {
	return x.entryIDFor(ru) != ""
}

// transliteratedName finds the capitalised Russian word an English name
// transliterates, allowing for inflection (Лаврентьеву) and for one
// letter spelled differently beyond what the matching key folds.
func (x *index) transliteratedName(name string, ru []russianWord) (russianWord, bool) {
	ek := x.key(name)
	if len(ek) < 4 {
		return russianWord{}, false
	}
	for _, w := range ru {
		if !lex.FirstUpper(w.Text) {
			continue
		}
		sk := x.russianKeys(w.Text).name
		if len(sk) < 4 || len(ek) < len(sk) || len(ek)-len(sk) > 3 {
			continue
		}
		d := levenshtein(ek[:len(sk)], sk)
		if d == 0 || (d == 1 && len(sk) >= 6) {
			return w, true
		}
	}
	return russianWord{}, false
}

// reportInconsistent reports, for each Russian stem rendered more than one
// way, the renderings other than the most frequent. For names, spellings
// that fold to one matching key are left to name-variant.
func (x *index) reportInconsistent(groups map[string][]renderingOcc, names bool, out *findings) {
	stems := make([]string, 0, len(groups))
	for s := range groups {
		stems = append(stems, s)
	}
	sort.Strings(stems)
	for _, s := range stems {
		occ := groups[s]
		count := make(map[string]int)
		first := make(map[string]renderingOcc)
		shown := make(map[string]string)
		for _, o := range occ {
			if count[o.Key] == 0 {
				first[o.Key] = o
				shown[o.Key] = o.Text
			}
			count[o.Key]++
			if lex.IsAllCaps(shown[o.Key]) && !lex.IsAllCaps(o.Text) {
				shown[o.Key] = o.Text
			}
		}
		if len(count) < 2 {
			continue
		}
		if names && (oneKey(occ) || derivedForms(count)) {
			continue
		}
		main := ""
		for k, n := range count {
			if main == "" || n > count[main] || (n == count[main] && first[k].seq < first[main].seq) {
				main = k
			}
		}
		m := first[main]
		for _, o := range occ {
			if o.Key == main {
				continue
			}
			f := Finding{
				Pos: o.Pos, Match: o.Text,
				Related: []RelatedPlace{{Pos: m.Pos, Match: m.Text, Message: fmt.Sprintf("rendered %s", shown[main])}},
				Fix:     &Fix{Replace: casedLike(shown[main], o.Text), Description: "use the edition's most frequent rendering"},
			}
			// The Russian named is the one aligned with the sentence,
			// or none.
			switch {
			case o.RuWord != "":
				rp := o.Russian
				f.Russian, f.RussianMatch = &rp, o.RuWord
				f.Message = fmt.Sprintf("%q (%s) rendered %q here but %q %d× elsewhere (first at %s)", o.RuWord, rp, o.Text, shown[main], count[main], m.Pos)
			case o.Linked:
				f.Message = fmt.Sprintf("[%s] rendered %q here but %q %d× elsewhere (first at %s); the aligned Russian does not have the term", o.Gloss, o.Text, shown[main], count[main], m.Pos)
			default:
				f.Message = fmt.Sprintf("[%s] rendered %q here but %q %d× elsewhere (first at %s); the sentence is aligned with no Russian", o.Gloss, o.Text, shown[main], count[main], m.Pos)
			}
			out.add(f)
		}
	}
}

func oneKey(occ []renderingOcc) bool {
	k := texts.MatchKey(occ[0].Text)
	for _, o := range occ[1:] {
		if texts.MatchKey(o.Text) != k {
			return false
		}
	}
	return true
}

// derivedForms reports spellings of which one begins with another: Korea
// and Korean, Stalin and Stalinist are one name and a word made from it,
// not two renderings.
func derivedForms(count map[string]int) bool {
	var keys []string
	for k := range count {
		keys = append(keys, texts.MatchKey(k))
	}
	for _, a := range keys {
		for _, b := range keys {
			if a != b && !strings.HasPrefix(a, b) && !strings.HasPrefix(b, a) {
				return false
			}
		}
	}
	return true
}
