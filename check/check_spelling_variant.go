package check

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/lex"
)

var ruleSpellingVariant = &Rule{
	ID:      "spelling-variant",
	Name:    "SpellingVariant",
	Short:   "An ordinary word hyphenated, written open or closed one way in one place and another way in another",
	Help:    "A word that is not a name (the edition also writes it in lower case, or it is a point of the compass) written with and without a hyphen across the edition (South-eastern and southeastern), or as two words and as one (air force and airforce, front line and frontline). Names spelled more than one way are name-variant's. Only informs: house style decides; use the spelling the edition uses most.",
	Default: Info,
	run:     checkSpellingVariant,
}

func checkSpellingVariant(x *index) []Finding {
	var out findings
	// Only words written with a hyphen somewhere can vary by it: find
	// those first, then gather their occurrences alone.
	hyphenated := make(map[string]bool)
	closed := make(map[string]bool)
	// open are the two-word phrases that could be one word written open
	// (air force, front line), by the word they would make.
	open := make(map[string][]nameOcc)
	for t, seg := range x.englishSegments() {
		ws := x.words(seg.Text)
		for i, w := range ws {
			word := stripPossessive(w.Text)
			if utf8.RuneCountInString(word) < 3 || lex.HasCyrillic(word) {
				continue
			}
			if strings.ContainsAny(w.Text, "-‐‑") {
				hyphenated[unhyphenated(spelling(word))] = true
				continue
			}
			closed[spelling(word)] = true
			if i+1 < len(ws) && seg.Text[w.End:ws[i+1].Start] == " " && compoundHalf(w.Text) && compoundHalf(ws[i+1].Text) {
				phrase := seg.Text[w.Start:ws[i+1].End]
				k := spelling(w.Text) + spelling(ws[i+1].Text)
				open[k] = append(open[k], nameOcc{Pos: t.pos(seg, w.Start), Word: phrase, Spel: spelling(w.Text) + " " + spelling(ws[i+1].Text)})
			}
		}
	}
	varying := hyphenated
	for k := range open {
		if closed[k] || hyphenated[k] {
			varying[k] = true
		}
	}
	if len(varying) == 0 {
		return nil
	}
	clusters := make(map[string][]nameOcc)
	seq := 0
	for t, seg := range x.englishSegments() {
		for _, w := range x.words(seg.Text) {
			word := stripPossessive(w.Text)
			if utf8.RuneCountInString(word) < 3 || lex.HasCyrillic(word) {
				continue
			}
			spel := spelling(word)
			k := unhyphenated(spel)
			if !varying[k] {
				continue
			}
			seq++
			clusters[k] = append(clusters[k], nameOcc{Pos: t.pos(seg, w.Start), Word: word, Spel: spel, seq: seq})
		}
	}
	for k, occ := range open {
		if !varying[k] || len(clusters[k]) == 0 {
			continue
		}
		for _, o := range occ {
			seq++
			o.seq = seq
			clusters[k] = append(clusters[k], o)
		}
		slices.SortStableFunc(clusters[k], func(a, b nameOcc) int { return a.Pos.Offset - b.Pos.Offset })
	}
	keys := make([]string, 0, len(varying))
	for k := range varying {
		occ := clusters[k]
		if hasTwoSpellings(occ) && x.isOrdinaryWord(occ[0].Word, x.key(occ[0].Word)) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		x.reportVariants(clusters[k], true, &out)
	}
	return out
}

// compoundHalf reports a word that may be half of a compound written
// open: three letters or more, Latin, not a function word (any one and
// anyone, in to and into are grammar, not spelling).
func compoundHalf(w string) bool {
	l := lex.Lower(w)
	return utf8.RuneCountInString(l) >= 3 && isLatinWord(l) && !strings.ContainsAny(l, "-'’") && !lex.FunctionWords[l] && !lex.IsAllCaps(w)
}

// isCompassWord reports whether w (lower case) is a point of the compass
// or its adjective: south, south-east, southeastern, north-westerly.
func isCompassWord(w string) bool {
	w = strings.ReplaceAll(w, "-", "")
	for _, suf := range []string{"erly", "ern", "ward", "wards"} {
		if s, ok := strings.CutSuffix(w, suf); ok && s != "" {
			w = s
			break
		}
	}
	for _, p := range []string{"north", "south"} {
		if s, ok := strings.CutPrefix(w, p); ok {
			return s == "" || s == "east" || s == "west"
		}
	}
	return w == "east" || w == "west"
}

// unhyphenated is w without its hyphens, of every kind the words keep
// (air‑force with a no-break hyphen is airforce too).
func unhyphenated(w string) string {
	return strings.Map(func(r rune) rune {
		if lex.IsHyphen(r) {
			return -1
		}
		return r
	}, w)
}
