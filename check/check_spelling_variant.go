package check

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/lex"
)

var ruleSpellingVariant = &Rule{
	ID:      "spelling-variant",
	Name:    "SpellingVariant",
	Short:   "An ordinary word hyphenated one way in one place and another way in another",
	Help:    "A word that is not a name (the edition also writes it in lower case, or it is a point of the compass) written with and without a hyphen across the edition: South-eastern and southeastern. Names spelled more than one way are name-variant's. Only informs: house style decides; use the spelling the edition uses most.",
	Default: Info,
	run:     checkSpellingVariant,
}

func checkSpellingVariant(x *index) []Finding {
	var out findings
	// Only words written with a hyphen somewhere can vary by it: find
	// those first, then gather their occurrences alone.
	hyphenated := make(map[string]bool)
	for _, seg := range x.englishSegments() {
		for _, w := range x.words(seg.Text) {
			if strings.ContainsAny(w.Text, "-‐‑") {
				if word := stripPossessive(w.Text); utf8.RuneCountInString(word) >= 3 && !lex.HasCyrillic(word) {
					hyphenated[strings.ReplaceAll(spelling(word), "-", "")] = true
				}
			}
		}
	}
	if len(hyphenated) == 0 {
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
			k := strings.ReplaceAll(spel, "-", "")
			if !hyphenated[k] {
				continue
			}
			seq++
			clusters[k] = append(clusters[k], nameOcc{Pos: t.pos(seg, w.Start), Word: word, Spel: spel, seq: seq})
		}
	}
	keys := make([]string, 0, len(hyphenated))
	for k := range hyphenated {
		occ := clusters[k]
		if hasTwoSpellings(occ) && x.isOrdinaryWord(occ[0].Word, x.key(occ[0].Word)) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		x.reportVariants(clusters[k], &out)
	}
	return out
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
