package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

// A suggested Russian name is shown as a dictionary would give it: in the
// nominative. The texts seldom oblige (a distribution list gives every
// name in the dative: т. Микояну), so the form is chosen among those seen
// by how nominative it looks, and where none does, rebuilt by a few rules
// that are safe for names (Кагановичу → Каганович); anything else is left
// as seen, for the editor.

// nominativeScore says how much a Russian word looks like a nominative:
// 3 for -ье/-ие (Приморье: its genitive Приморья looks nominative too),
// 2 for a consonant, -а/-я or an adjective's -ая/-ый/-ий/-ое, 1 for
// -ия/-ья, 0 for an oblique case's ending.
func nominativeScore(w string) int {
	f := glossary.FoldRussian(w)
	switch {
	case strings.HasSuffix(f, "ье") || strings.HasSuffix(f, "ие"):
		return 3
	case strings.HasSuffix(f, "ья") || strings.HasSuffix(f, "ия"):
		return 1
	case strings.HasSuffix(f, "ая") || strings.HasSuffix(f, "яя") || strings.HasSuffix(f, "ый") ||
		strings.HasSuffix(f, "ий") || strings.HasSuffix(f, "ое"):
		return 2
	case strings.HasSuffix(f, "ой") || strings.HasSuffix(f, "ей") || strings.HasSuffix(f, "ом") ||
		strings.HasSuffix(f, "ем") || strings.HasSuffix(f, "ым") || strings.HasSuffix(f, "им") ||
		strings.HasSuffix(f, "ых") || strings.HasSuffix(f, "их"):
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(f)
	switch {
	case strings.ContainsRune("ая", r):
		return 2
	case strings.ContainsRune("еиоуыэю", r):
		return 0
	case unicode.IsLetter(r):
		return 2 // a consonant, -ь, -й
	}
	return 0
}

// formScore sums the score of a name's words.
func formScore(form string) int {
	n := 0
	for _, w := range strings.Fields(form) {
		n += nominativeScore(w)
	}
	return n
}

// rebuiltNominative turns an oblique form of a one-word name into its
// nominative where the rule is safe: a surname in -ич or -ян in the
// dative, genitive or instrumental (Кагановичу, Микояну → Каганович,
// Микоян), a participle used as a noun (Главнокомандующего →
// Главнокомандующий). It reports false for anything else.
func rebuiltNominative(w string) (string, bool) {
	if strings.Contains(w, " ") {
		return "", false
	}
	f := glossary.FoldRussian(w)
	for _, stem := range []string{"ович", "евич", "ич", "ян"} {
		for _, end := range []string{"у", "а", "ем", "ом", "е"} {
			if strings.HasSuffix(f, stem+end) && utf8.RuneCountInString(f) > utf8.RuneCountInString(stem+end)+2 {
				return keepCase(w, strings.TrimSuffix(f, end)), true
			}
		}
	}
	for _, end := range []string{"щего", "щему", "щим", "щем"} {
		if strings.HasSuffix(f, end) && utf8.RuneCountInString(f) > 6 {
			return keepCase(w, strings.TrimSuffix(f, end)+"щий"), true
		}
	}
	return "", false
}

// rebuiltVowelNoun gives the nominative of a one-word name whose stem
// ends in a vowel, where its forms leave no doubt (best is the form
// chosen): Китая, Китае → Китай, since a form in -ае, -аю or -аем is a
// masculine noun's in -ай, never an adjective's in -ая (Тверская,
// Тверской); Кореи, Кореей → Корея, since -еи and -еей are a feminine
// noun's in -ея, never a masculine one's in -ей (музея, музее). It
// reports false for anything else.
func rebuiltVowelNoun(best string, forms []string) (string, bool) {
	if strings.Contains(best, " ") {
		return "", false
	}
	f := glossary.FoldRussian(best)
	for _, rule := range []struct {
		stemEnd string   // what the stem ends in
		sign    []string // the endings after it that tell the noun
		nom     string   // the nominative's ending
	}{
		{"а", []string{"е", "ю", "ем"}, "й"},
		{"е", []string{"и", "ей"}, "я"},
	} {
		stem := ""
		for _, e := range []string{"ем", "ей", "я", "е", "ю", "и", "й"} {
			if st, ok := strings.CutSuffix(f, e); ok && strings.HasSuffix(st, rule.stemEnd) && utf8.RuneCountInString(st) >= 3 {
				stem = st
				break
			}
		}
		if stem == "" {
			continue
		}
		for _, form := range forms {
			ff := glossary.FoldRussian(form)
			for _, e := range rule.sign {
				if ff == stem+e {
					return keepCase(best, stem+rule.nom), true
				}
			}
		}
	}
	return "", false
}

// rebuiltPhrase turns an adjective and noun name seen only in an oblique
// case into its nominative where the endings leave no doubt: a feminine
// (Северной Корее → Северная Корея, Южной Америки → Южная Америка) or a
// masculine one whose noun ends in a consonant (Советского Союза →
// Советский Союз). It reports false for anything else (Чёрного моря).
func rebuiltPhrase(name string) (string, bool) {
	ws := strings.Fields(name)
	if len(ws) != 2 {
		return "", false
	}
	adj, noun := glossary.FoldRussian(ws[0]), glossary.FoldRussian(ws[1])
	vowels := "аеёиоуыэюя"
	cut := func(w, end string) (string, bool) {
		st, ok := strings.CutSuffix(w, end)
		return st, ok && utf8.RuneCountInString(st) >= 3
	}
	lastIs := func(w, set string) bool {
		r, _ := utf8.DecodeLastRuneInString(w)
		return strings.ContainsRune(set, r)
	}
	if st, ok := cut(adj, "ой"); ok || strings.HasSuffix(adj, "ую") {
		if !ok {
			st, _ = cut(adj, "ую")
		}
		var nn string
		for _, end := range []string{"ией", "ии", "ию", "ие"} {
			if ns, ok := cut(noun, end); ok {
				nn = ns + "ия"
				break
			}
		}
		if nn == "" {
			for _, end := range []string{"ей", "ой", "е", "и", "у", "ю", "ы"} {
				ns, ok := cut(noun, end)
				if !ok {
					continue
				}
				switch {
				case lastIs(ns, vowels) && end != "у" && end != "ы":
					nn = ns + "я" // Корее, Кореи → Корея
				case !lastIs(ns, vowels+"ьй") && end != "ю" && (end != "и" || lastIs(ns, "кгхжшчщ")):
					nn = ns + "а" // Москве → Москва, Америки → Америка
				}
				break
			}
		}
		if nn == "" {
			return "", false
		}
		return keepCase(ws[0], st+"ая") + " " + keepCase(ws[1], nn), true
	}
	for _, end := range []string{"ого", "ому", "ым", "ом"} {
		st, ok := cut(adj, end)
		if !ok {
			continue
		}
		for _, nend := range []string{"ом", "а", "у", "е"} {
			ns, ok := cut(noun, nend)
			if !ok || lastIs(ns, vowels+"ьй") {
				continue
			}
			adjEnd := "ый"
			if lastIs(st, "кгхжшчщ") {
				adjEnd = "ий"
			}
			return keepCase(ws[0], st+adjEnd) + " " + keepCase(ws[1], ns), true
		}
		return "", false
	}
	return "", false
}

// keepCase writes the folded word f with w's first letter's case.
func keepCase(w, f string) string {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return f
	}
	fr, n := utf8.DecodeRuneInString(f)
	return string(unicode.ToUpper(fr)) + f[n:]
}

// lemma sets a Russian recurring name to its nominative: the most
// nominative-looking form seen, else one rebuilt, and an adjective that
// recurs with the same lower-case noun after it takes that noun along
// (Народной армии → Народная армия).
func (s *suggester) lemma(sg *Suggestion) {
	if sg.Reason != ReasonRecurringName || len(sg.forms) == 0 {
		return
	}
	if name, ok := feminineSurname(sg); ok {
		sg.Kind = glossary.Person
		if name != sg.Russian {
			sg.Russian, sg.Translit = name, texts.Transliterate(name, s.scheme)
		}
		return
	}
	best, bestScore := sg.Russian, -1
	for _, f := range sg.forms {
		sc := formScore(f)
		if sc > bestScore || sc == bestScore && utf8.RuneCountInString(f) < utf8.RuneCountInString(best) {
			best, bestScore = f, sc
		}
	}
	if r, ok := rebuiltVowelNoun(best, sg.forms); ok {
		best, bestScore = r, 2
	}
	if bestScore < 2*len(strings.Fields(best)) {
		if r, ok := rebuiltNominative(best); ok {
			best = r
		} else if r, ok := rebuiltPhrase(best); ok {
			best = r
		}
	}
	if !strings.Contains(best, " ") && len(sg.phrases) > 0 {
		ps := recurringNoun(sg)
		if phrase, ok := recurringPhrase(ps); ok {
			best = phrase
		} else if phrase, ok := recurringObliquePhrase(ps); ok {
			best = phrase
		}
	}
	best = s.caseAcronyms(best)
	if best != sg.Russian {
		sg.Russian = best
		sg.Translit = texts.Transliterate(best, s.scheme)
	}
}

// recurringPhrase returns an adjective and noun name (Народная армия) for
// a capitalised adjective followed, in most of its Russian occurrences
// and twice at least, by the same lower-case noun (ps, recurringNoun's):
// the phrase as the texts write it in the nominative, both words
// agreeing. Without that nominative the name is left as it is: a noun's
// case cannot be told safely from its ending (фронта).
func recurringPhrase(ps [][2]string) (string, bool) {
	for _, p := range ps {
		if agreeNominative(p[0], p[1]) {
			return p[0] + " " + p[1], true
		}
	}
	return "", false
}

// recurringObliquePhrase returns the nominative of a feminine adjective
// and noun name seen only in an oblique case, the adjective followed in
// most of its occurrences, and twice at least, by the same noun (ps,
// recurringNoun's: Трудовой партии → Трудовая партия): rebuiltPhrase is
// safe there. A masculine or neuter one is left as it is (Советского
// правительства is not Советский правительств).
func recurringObliquePhrase(ps [][2]string) (string, bool) {
	if ps == nil {
		return "", false
	}
	adj := glossary.FoldRussian(ps[0][0])
	if !strings.HasSuffix(adj, "ой") && !strings.HasSuffix(adj, "ую") {
		return "", false
	}
	return rebuiltPhrase(ps[0][0] + " " + ps[0][1])
}

// recurringNoun returns the phrases of a capitalised adjective with the
// noun that follows it in most of its Russian occurrences, and twice at
// least (Народной армии, Народная армия), or nil: at most one noun can.
func recurringNoun(sg *Suggestion) [][2]string {
	byKey := make(map[string][][2]string)
	for _, p := range sg.phrases {
		k := nounKey(glossary.FoldRussian(p[1]))
		byKey[k] = append(byKey[k], p)
	}
	for _, ps := range byKey {
		if len(ps) >= 2 && 2*len(ps) > sg.ruCount {
			return ps
		}
	}
	return nil
}

// adjectiveForm reports whether a word that could be a declined surname
// (Штыковой, Молотовых) reads rather as an adjective when a lower-case noun
// follows it: Трудовой партии, Трудовых резервов. The instrumental -ым is
// left to the surname (с Молотовым обсудили).
func adjectiveForm(w string) bool {
	f := glossary.FoldRussian(w)
	for _, end := range []string{"ой", "ою", "ых", "ыми"} {
		if strings.HasSuffix(f, end) {
			return true
		}
	}
	return false
}

// agreeNominative reports whether adj and noun look like an adjective and
// a noun both in the nominative and of one gender: Народная армия,
// Северный флот, Центральное управление.
func agreeNominative(adj, noun string) bool {
	a, n := glossary.FoldRussian(adj), glossary.FoldRussian(noun)
	nr, _ := utf8.DecodeLastRuneInString(n)
	switch {
	case strings.HasSuffix(a, "ая") || strings.HasSuffix(a, "яя"):
		return strings.ContainsRune("ая", nr) && !strings.HasSuffix(n, "ия") || strings.HasSuffix(n, "ия")
	case strings.HasSuffix(a, "ый") || strings.HasSuffix(a, "ий"):
		return nominativeScore(noun) >= 2 && !strings.ContainsRune("ая", nr)
	case strings.HasSuffix(a, "ое") || strings.HasSuffix(a, "ее"):
		return strings.ContainsRune("ое", nr)
	}
	return false
}

// caseAcronyms writes a name's words in capitals as the texts do: an
// abbreviation stays in capitals (МИД СССР), a word the texts also write
// capitalised only (КИМ ИР СЕН in a signature, Ким Ир Сен in the text)
// takes that case.
func (s *suggester) caseAcronyms(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		if strings.ToUpper(w) == w && s.seenCapitalised(strings.ToLower(w)) {
			words[i] = keepCase(w, strings.ToLower(w))
		}
	}
	return strings.Join(words, " ")
}

// seenCapitalised reports whether the Russian texts write the word, or a
// form of it (Сена for СЕН), capitalised rather than in capitals.
func (s *suggester) seenCapitalised(w string) bool {
	if s.titleWords[w] {
		return true
	}
	n := utf8.RuneCountInString(w)
	if n <= 2 {
		return false
	}
	for i := 1; i <= 2; i++ {
		for _, end := range []string{"а", "у", "ом", "е", "ы", "ов"} {
			if utf8.RuneCountInString(end) == i && s.titleWords[w+end] {
				return true
			}
		}
	}
	return false
}

// russianCase writes a Russian name as it will be shown: as written, but
// one in capitals (a telegram's address line) word by word capitalised,
// abbreviations kept (МИД СССР, not Мид Ссср).
func russianCase(text string) string {
	if strings.ToUpper(text) != text {
		return text
	}
	words := strings.Fields(text)
	// Two or three short syllables are a Korean or Chinese name (ФЫН СИ),
	// unless one has no vowel (МИД СССР).
	syllables := len(words) >= 2 && len(words) <= 3
	for _, w := range words {
		if utf8.RuneCountInString(w) > 3 || !strings.ContainsAny(strings.ToLower(w), "аеёиоуыэюя") {
			syllables = false
		}
	}
	for i, w := range words {
		if utf8.RuneCountInString(w) <= 4 && !syllables {
			continue // an abbreviation, or a short word caseAcronyms settles
		}
		words[i] = keepCase(w, strings.ToLower(w))
	}
	return strings.Join(words, " ")
}
