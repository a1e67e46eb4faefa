package suggest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

// Occurrence is a place a suggested entry was seen.
type Occurrence struct {
	Pos  texts.Pos `json:"pos"`
	Text string    `json:"text"`
}

// Suggestion is a candidate glossary entry found in the texts.
type Suggestion struct {
	Kind     glossary.Kind `json:"kind"`
	Reason   string        `json:"reason"`
	Russian  string        `json:"russian,omitempty"`  // for a Russian text: the shortest form seen
	English  string        `json:"english,omitempty"`  // the rendering seen
	Translit string        `json:"translit,omitempty"` // the bracketed transliteration, or generated for Russian
	Gloss    string        `json:"gloss,omitempty"`    // the bracketed translation of a code name
	// Occurrences are in file order.
	Occurrences []Occurrence `json:"occurrences"`
	key         string
	merged      bool        // taken into its English counterpart, or left out
	votes       kindVotes   // what the words before it say it is
	forms       []string    // the Russian forms seen, each once
	phrases     [][2]string // a Russian form and the lower-case word after it, where one is
	ruCount     int         // how many occurrences are Russian
	surname     surnameSigns
}

// The reasons a suggestion is made.
const (
	ReasonTranslitGloss    = "transliteration gloss"
	ReasonTranslationGloss = "translation gloss (code name?)"
	ReasonAddresseeLine    = "a line of its own (code name?)"
	ReasonRecurringName    = "recurring name"
)

// Options tune Suggest.
type Options struct {
	Scheme texts.Scheme // for transliterating Russian names; the glossary's, then ALA-LC
	// MinCount is how often a capitalised name must recur to be suggested; 2
	// when zero. Glosses and code names are suggested at their first sight.
	MinCount int
	// Pairs are the texts' aligned pairs, when known: a name found only
	// in the English takes the Russian word that is in the Russian of
	// every sentence it is in (Pyongyang: Пхеньян).
	Pairs []*edition.Pair
}

// Entry turns a suggestion into a glossary entry to edit. Its Russian term
// is empty for a suggestion from an English text: the editor fills it in.
func (s *Suggestion) Entry() *glossary.Entry {
	e := &glossary.Entry{Kind: s.Kind, Translit: s.Translit}
	if s.Russian != "" {
		e.Russian = []string{s.Russian}
		e.ID = glossary.DefaultID(s.Russian)
	} else {
		e.ID = glossary.DefaultID(strings.ToLower(s.English))
	}
	if s.English != "" {
		e.Renderings = []glossary.Rendering{{Text: s.English, Status: glossary.Preferred}}
	}
	switch {
	case s.Gloss != "":
		e.Gloss = &glossary.GlossPolicy{Form: glossary.GlossTranslation, When: glossary.GlossFirstInDocument, Text: s.Gloss}
	case s.Reason == ReasonTranslitGloss:
		e.Gloss = &glossary.GlossPolicy{Form: glossary.GlossTranslit, When: glossary.GlossFirstInDocument}
	}
	return e
}

// Suggest finds candidate entries in the collections that the glossary
// (which may be nil) does not have yet: words glossed with a transliteration
// in brackets (storm-fright [shtormoboiazn']), code names glossed with a
// translation (Instantsia [Highest Authority]) or standing on a line of
// their own (Инстанция), and capitalised names or terms that recur. English
// and Russian documents are told apart by their script. Suggestions come
// most frequent first.
func Entries(g *glossary.Glossary, cols []*texts.Collection, opts Options) []Suggestion {
	scheme := opts.Scheme
	if scheme == "" && g != nil {
		scheme = g.Scheme
	}
	if scheme == "" {
		scheme = texts.ALALC
	}
	minCount := opts.MinCount
	if minCount <= 0 {
		minCount = 2
	}
	s := &suggester{g: g, scheme: scheme, byKey: make(map[string]*Suggestion), ruLower: lowerRussianWords(cols)}
	for _, c := range cols {
		for _, d := range c.Documents {
			if d.Title != "" {
				// The editorial title names people and places too.
				s.segment(c.Source, titleSegment(c.Source, d))
			}
			for i := range d.Segments {
				s.segment(c.Source, &d.Segments[i])
			}
		}
	}
	for _, sg := range s.order {
		s.lemma(sg)
	}
	s.pair()
	s.dropJoinedNames()
	s.fromAlignment(opts.Pairs)
	s.mergeSameName(minCount)
	var out []Suggestion
	for _, sg := range s.order {
		if !sg.merged && s.made(sg, minCount) {
			mostWritten(sg)
			sg.Kind = guessNameKind(sg.Kind, sg.votes, sg.Russian, sg.English)
			out = append(out, *sg)
		}
	}
	slices.SortStableFunc(out, func(a, b Suggestion) int {
		if a.Reason != b.Reason && (a.Reason == ReasonRecurringName) != (b.Reason == ReasonRecurringName) {
			if a.Reason == ReasonRecurringName {
				return 1
			}
			return -1
		}
		return len(b.Occurrences) - len(a.Occurrences)
	})
	return out
}

// mostWritten makes a recurring name's English the spelling the
// translation writes most (Beria 3×, not Beriya 1× seen first), so that
// the entry does not make the translator's usual spelling a variant; of
// as many, the first seen.
func mostWritten(sg *Suggestion) {
	if sg.Reason != ReasonRecurringName || sg.English == "" {
		return
	}
	count := map[string]int{}
	best, most := sg.English, 0
	for _, o := range sg.Occurrences {
		if lex.HasCyrillic(o.Text) {
			continue
		}
		w := titleCase(o.Text)
		count[w]++
		if count[w] > most {
			best, most = w, count[w]
		}
	}
	if most > count[sg.English] {
		sg.English = best
	}
}

// dropJoinedNames leaves out an English "name" that is names joined by
// hyphens, each suggested or in the glossary on its own: a route
// (Andong-Pyongyang), which is no entry, and which the alignment would
// give the Russian of a name beside them (Яньцзи).
func (s *suggester) dropJoinedNames() {
	alone := map[string]bool{}
	for _, sg := range s.order {
		if !sg.merged && sg.English != "" && !strings.Contains(sg.English, "-") {
			alone[texts.MatchKey(sg.English)] = true
		}
	}
	for _, sg := range s.order {
		if sg.merged || sg.Russian != "" || sg.Reason != ReasonRecurringName || !strings.Contains(sg.English, "-") || strings.Contains(sg.English, " ") {
			continue
		}
		sg.merged = !slices.ContainsFunc(strings.Split(sg.English, "-"), func(p string) bool {
			return p == "" || !alone[texts.MatchKey(p)] && !s.knownEnglish(p)
		})
	}
}

// made reports whether a suggestion is made: a recurring name must recur
// minCount times, not only first in a sentence (an ordinary word).
func (s *suggester) made(sg *Suggestion, minCount int) bool {
	if sg.Reason != ReasonRecurringName {
		return true
	}
	if sg.English != "" && s.plainEnglish(sg.English) {
		return false
	}
	return len(sg.Occurrences) >= minCount && s.nonInitial[sg.key]
}

// titleSegment makes a segment of a document's title, placed in the source
// where the title's line has it (the heading may start "Document 1: ").
func titleSegment(src *texts.Source, d *texts.Document) *texts.Segment {
	seg := &texts.Segment{Text: d.Title, Start: -1, Pos: d.TitlePos}
	if src == nil {
		return seg
	}
	o := src.TextOffset(d.TitlePos.Offset) // the place counts the file's bytes
	if o < 0 || o > len(src.Text) {
		return seg
	}
	line := src.Text[o:]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	if i := strings.Index(line, d.Title); i >= 0 {
		seg.Start = o + i
		seg.Pos = src.Pos(seg.Start)
	}
	return seg
}

type suggester struct {
	g            *glossary.Glossary
	ruWords      map[string]string // MatchKey of a Russian word → the word
	scheme       texts.Scheme
	byKey        map[string]*Suggestion
	order        []*Suggestion
	nonInitial   map[string]bool
	titleWords   map[string]bool   // Russian words seen capitalised, lower case
	lowerEnglish map[string]bool   // English words seen in lower case
	ruLoose      map[string]string // looseKey of a Russian word → the word
	ruLower      map[string]bool   // Russian words the texts write in lower case
}

func (s *suggester) add(key string, proto Suggestion, occ Occurrence) *Suggestion {
	sg := s.byKey[key]
	if sg == nil {
		proto.key = key
		sg = &proto
		s.byKey[key] = sg
		s.order = append(s.order, sg)
	}
	// A Russian name is shown in its shortest form, usually the nominative,
	// and of two as short the one without an oblique case's ending
	// (Корея, not Кореи).
	if n, m := utf8.RuneCountInString(proto.Russian), utf8.RuneCountInString(sg.Russian); proto.Russian != "" &&
		(n < m || n == m && obliqueEnding(sg.Russian) && !obliqueEnding(proto.Russian)) {
		sg.Russian, sg.Translit = proto.Russian, proto.Translit
	}
	sg.Occurrences = append(sg.Occurrences, occ)
	return sg
}

func (s *suggester) pos(src *texts.Source, seg *texts.Segment, i int) texts.Pos {
	if src != nil && seg.Start >= 0 && seg.Start+i <= len(src.Text) && strings.HasPrefix(src.Text[seg.Start:], seg.Text) {
		return src.Pos(seg.Start + i)
	}
	p := seg.Pos
	p.Col += utf8.RuneCountInString(seg.Text[:i])
	p.Offset += i
	return p
}

func (s *suggester) segment(src *texts.Source, seg *texts.Segment) {
	if s.nonInitial == nil {
		s.nonInitial = make(map[string]bool)
	}
	cyr := cyrillicShare(seg.Text) > 0.5
	s.spans(src, seg)
	words := lex.Words(seg.Text, true)
	if !cyr {
		if s.lowerEnglish == nil {
			s.lowerEnglish = make(map[string]bool)
		}
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w.Text); unicode.IsLower(r) {
				s.lowerEnglish[w.Text] = true
			}
		}
	}
	if cyr {
		if s.ruWords == nil {
			s.ruWords = make(map[string]string)
		}
		if s.titleWords == nil {
			s.titleWords = make(map[string]bool)
		}
		for _, w := range words {
			if isNameWord(w.Text) && strings.ToUpper(w.Text) != w.Text {
				s.titleWords[strings.ToLower(w.Text)] = true
			}
			k := texts.MatchKey(w.Text)
			if _, ok := s.ruWords[k]; !ok {
				s.ruWords[k] = w.Text
			}
			if s.ruLoose == nil {
				s.ruLoose = make(map[string]string)
			}
			if lk := looseKey(w.Text); s.ruLoose[lk] == "" {
				s.ruLoose[lk] = w.Text
			}
		}
	}
	// A code name on a line of its own: Инстанция.
	// (A word in capitals on its own line is a signature: a name.)
	if cyr && len(words) == 1 && isNameWord(words[0].Text) && strings.ToUpper(words[0].Text) != words[0].Text &&
		strings.TrimSpace(seg.Text) == words[0].Text && !s.knownRussian(words[0].Text) {
		w := words[0].Text
		s.add("code:"+glossary.FoldRussian(w), Suggestion{Kind: glossary.CodeName, Reason: ReasonAddresseeLine, Russian: w, Translit: texts.Transliterate(w, s.scheme)},
			Occurrence{Pos: s.pos(src, seg, words[0].Start), Text: w})
		return
	}
	inBracket := bracketMask(seg.Text)
	inTerm := s.termMask(seg.Text, cyr)
	for i := 0; i < len(words); i++ {
		w := words[i]
		if inBracket(w.Start) || !isNameWord(w.Text) || lex.IsNonName(w.Text) {
			continue
		}
		// Join a run of capitalised words, and "of" inside it in English:
		// Main Directorate, Ministry of Railways.
		j := i
		for j+1 < len(words) && adjacent(seg.Text, words[j], words[j+1]) {
			next := words[j+1]
			if cyr && isAbbreviation(words[j].Text) && !isAbbreviation(next.Text) && lex.Lower(next.Text) != next.Text {
				// An abbreviation and the name it governs are two: ЦК
				// and Трудовой (партии), not ЦК Трудовой.
				if r, _ := utf8.DecodeRuneInString(next.Text); unicode.IsUpper(r) && strings.ToUpper(next.Text) != next.Text {
					break
				}
			}
			if isNameWord(next.Text) && !lex.IsNonName(next.Text) && !inBracket(next.Start) {
				j++
				continue
			}
			if !cyr && (next.Text == "of" || next.Text == "the") && j+2 < len(words) && isNameWord(words[j+2].Text) && adjacent(seg.Text, next, words[j+2]) {
				j += 2
				continue
			}
			break
		}
		initial := i == 0 || sentenceStart(seg.Text[:w.Start])
		if cyr && initial && j == i+1 && s.ordinaryFirst(w.Text, words[j].Text) {
			// Передать Ивановой ответ: the word a sentence starts with
			// is no part of the surname after it.
			i++
			w, initial = words[i], false
		}
		text := seg.Text[w.Start:words[j].End]
		i = j
		occ := Occurrence{Pos: s.pos(src, seg, w.Start), Text: text}
		if inTerm(w.Start, words[j].End) {
			continue // a part of a longer term: Народной (армии)
		}
		if cyr {
			if s.knownRussian(text) {
				continue
			}
			key := "ru:" + russianNameKey(text)
			if !initial {
				s.nonInitial[key] = true
			}
			name := russianCase(text)
			kind := guessKind(texts.Transliterate(titleCase(text), texts.ALALC))
			if fs := strings.Fields(name); len(fs) > 0 && !slices.ContainsFunc(fs, func(f string) bool { return !isAbbreviation(f) }) {
				kind = glossary.Abbreviation // МИД СССР, США
			}
			beforeNoun := j+1 < len(words) && adjacent(seg.Text, words[j], words[j+1]) && !isNameWord(words[j+1].Text) && lex.HasCyrillic(words[j+1].Text)
			var signs surnameSigns
			if base, ok := glossary.SurnameBase(glossary.FoldRussian(name)); ok && !strings.Contains(name, " ") {
				// Трудовой партии is an adjective, Ивановой ответ a
				// surname: which one, the occurrences together tell
				// (lemma); the signs of this one are kept.
				adjective := beforeNoun && adjectiveForm(name)
				next := ""
				if beforeNoun {
					next = words[j+1].Text
				}
				signs = surnameSignsOf(name, base, adjective, next)
				if !adjective {
					// Show the nominative: Маленкову → Маленков.
					kind = glossary.Person
					if strings.HasSuffix(base, "ск") || strings.HasSuffix(base, "цк") {
						base += "ий"
					}
					r, n := utf8.DecodeRuneInString(base)
					name = string(unicode.ToUpper(r)) + base[n:]
				}
			}
			sg := s.add(key, Suggestion{Kind: kind, Reason: ReasonRecurringName, Russian: name, Translit: texts.Transliterate(name, s.scheme)}, occ)
			sg.surname.add(signs)
			sg.votes.voteKind(seg.Text, w.Start)
			sg.votes.voteAfter(seg.Text, words[j].End)
			sg.ruCount++
			if !slices.Contains(sg.forms, name) {
				sg.forms = append(sg.forms, name)
			}
			if beforeNoun {
				sg.phrases = append(sg.phrases, [2]string{name, words[j+1].Text})
			}
			continue
		}
		if s.knownEnglish(text) {
			continue
		}
		key := "en:" + texts.MatchKey(englishNameKey(text))
		if !initial {
			s.nonInitial[key] = true
		}
		sg := s.add(key, Suggestion{Kind: guessKind(text), Reason: ReasonRecurringName, English: titleCase(text)}, occ)
		sg.votes.voteKind(seg.Text, w.Start)
		sg.votes.voteAfter(seg.Text, words[j].End)
	}
}

// pair joins a Russian suggestion to the English one that transliterates
// it (Лаврентьев and Lavrentyev, Инстанция and Instantsia), and gives a
// transliteration gloss the Russian word it transliterates.
func (s *suggester) pair() {
	english := make(map[string]*Suggestion)
	for _, sg := range s.order {
		if sg.Russian == "" && sg.English != "" {
			k := looseKey(sg.English)
			if _, ok := english[k]; !ok {
				english[k] = sg
			}
			if sg.Translit != "" {
				if w, ok := s.ruWords[texts.MatchKey(sg.Translit)]; ok {
					sg.Russian = strings.ToLower(w)
				}
			}
		}
	}
	for _, sg := range s.order {
		if sg.Russian == "" || sg.English != "" {
			continue
		}
		en := english[looseKey(sg.Russian)]
		if en == nil || en.Russian != "" {
			continue
		}
		en.Russian = sg.Russian
		if en.Translit == "" {
			en.Translit = sg.Translit
		}
		if en.Kind == glossary.Term {
			en.Kind = sg.Kind
		}
		en.Occurrences = append(en.Occurrences, sg.Occurrences...)
		en.votes.add(sg.votes)
		sg.merged = true
		// Recurring in both languages counts as recurring.
		if s.nonInitial[sg.key] {
			s.nonInitial[en.key] = true
		}
	}
	// An English suggestion left without a Russian term (a second one of
	// the same name, say glossed differently) takes the Russian word of
	// the texts that is spelled as it is, once transliterated.
	for _, sg := range s.order {
		if sg.merged || sg.Russian != "" || sg.English == "" {
			continue
		}
		if w, ok := s.ruWords[texts.MatchKey(sg.English)]; ok {
			sg.Russian = russianLike(w, sg.English)
		} else if w, ok := s.ruLoose[looseKey(sg.English)]; ok && utf8.RuneCountInString(sg.English) > 4 {
			// Politburo, Политбюро: the cognate spelled from its
			// transliteration.
			sg.Russian = russianLike(w, sg.English)
			sg.Translit = texts.Transliterate(sg.Russian, s.scheme)
		}
	}
}

// fromAlignment gives an English suggestion without a Russian term the
// capitalised Russian word that goes with it through the alignment: the
// one found in the Russian of the links where the English is, and seldom
// elsewhere (their Dice coefficient, over two links at least). Pairs are
// taken best first, each word once, and a Russian suggestion of that word
// is taken into the English one (Pyongyang: Пхеньян), whichever of its
// forms the sentences have.
func (s *suggester) fromAlignment(pairs []*edition.Pair) {
	type link struct {
		en string            // the English, lower case
		ru map[string]string // name key: the word as written, shortest
	}
	var links []link
	for _, p := range pairs {
		if p.Source == nil || p.Target == nil {
			continue
		}
		for _, l := range p.Links {
			if len(l.Source) == 0 || len(l.Target) == 0 {
				continue
			}
			ru := make(map[string]string)
			for _, w := range lex.Words(p.Source.JoinSegments(l.Source), true) {
				if lex.FirstUpper(w.Text) && lex.HasCyrillic(w.Text) {
					k := russianNameKey(w.Text)
					if old, ok := ru[k]; !ok || utf8.RuneCountInString(w.Text) < utf8.RuneCountInString(old) {
						ru[k] = w.Text
					}
				}
			}
			links = append(links, link{strings.ToLower(p.Target.JoinSegments(l.Target)), ru})
		}
	}
	if len(links) == 0 {
		return
	}
	// The suggestions from the Russian alone, to be taken into the English
	// one they turn out to be; a name of several words is in a link when
	// each of its words is.
	russianOnly := make(map[string]*Suggestion)
	var multi []string
	for _, sg := range s.order {
		if !sg.merged && sg.English == "" && sg.Russian != "" {
			// The key the forms were grouped by: the name shown may have
			// taken a lower-case noun along (Народная армия).
			k := russianNameKey(sg.Russian)
			if rk, ok := strings.CutPrefix(sg.key, "ru:"); ok {
				k = rk
			}
			russianOnly[k] = sg
			if strings.Contains(k, " ") {
				multi = append(multi, k)
			}
		}
	}
	present := func(l link, k string) bool {
		for _, part := range strings.Split(k, " ") {
			if _, ok := l.ru[part]; !ok {
				return false
			}
		}
		return true
	}
	ruCount := make(map[string]int)
	for _, l := range links {
		for k := range l.ru {
			ruCount[k]++
		}
		for _, k := range multi {
			if present(l, k) {
				ruCount[k]++
			}
		}
	}
	type candidate struct {
		en    *Suggestion
		ru    string // name key
		word  string // shortest form seen
		both  int
		score float64
	}
	var cands []candidate
	for _, sg := range s.order {
		if sg.merged || sg.Russian != "" || sg.English == "" {
			continue
		}
		en := strings.ToLower(englishNameKey(sg.English))
		n := 0
		both := make(map[string]int)
		word := make(map[string]string)
		for _, l := range links {
			if !lex.ContainsWord(l.en, en) {
				continue
			}
			n++
			for k, w := range l.ru {
				both[k]++
				if old, ok := word[k]; !ok || utf8.RuneCountInString(w) < utf8.RuneCountInString(old) {
					word[k] = w
				}
			}
			for _, k := range multi {
				if present(l, k) {
					both[k]++
				}
			}
		}
		enKey := texts.MatchKey(englishNameKey(sg.English))
		for k, c := range both {
			w := word[k]
			if r := russianOnly[k]; r != nil {
				w = r.Russian
			}
			// Known acronyms decide: МИД is never USSR, however often the
			// two stand together (МИД СССР, Ministry of Foreign Affairs of
			// the USSR), and СССР is USSR though no letter matches, even
			// where it is only ever written inside a longer name.
			ra, ea := texts.AcronymMeaning(w), texts.AcronymMeaning(sg.English)
			known := ra != "" && ra == ea
			if ra != "" && ea != "" && !known {
				continue
			}
			if c < 2 || !known && !s.nonInitial["ru:"+k] && russianOnly[k] == nil {
				continue // a word capitalised only where a sentence starts
			}
			dice := 2 * float64(c) / float64(n+ruCount[k])
			// A spelling alike once transliterated (Микояну, Mikoyan)
			// tells apart names that go together (Сталину, Маленкову,
			// Микояну).
			sim := bigramDice(texts.MatchKey(texts.Transliterate(w, texts.ALALC)), enKey)
			if known {
				sim = 1
			}
			if strings.Count(k, " ")+1 > len(strings.FieldsFunc(sg.English, func(r rune) bool { return r == ' ' || r == '-' })) {
				continue // МИД СССР is more than USSR
			}
			if dice >= 0.75 || dice >= 0.5 && sim >= 0.4 {
				cands = append(cands, candidate{sg, k, word[k], c, dice + sim})
			}
		}
	}
	slices.SortFunc(cands, func(a, b candidate) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		if a.both != b.both {
			return b.both - a.both
		}
		return strings.Compare(a.en.key+"\x00"+a.ru, b.en.key+"\x00"+b.ru)
	})
	usedRu := make(map[string]bool)
	for _, c := range cands {
		if c.en.Russian != "" || usedRu[c.ru] {
			continue
		}
		usedRu[c.ru] = true
		if r := russianOnly[c.ru]; r != nil && !r.merged {
			s.takeInto(c.en, r)
			c.en.Russian = russianLike(r.Russian, c.en.English)
			continue
		}
		if c.word == "" {
			continue
		}
		c.en.Russian = russianLike(c.word, c.en.English)
		c.en.Translit = texts.Transliterate(c.en.Russian, s.scheme)
	}
}

// bigramDice is the Dice coefficient of the letter pairs of a and b.
func bigramDice(a, b string) float64 {
	pairs := func(s string) map[string]int {
		rs := []rune(s)
		m := make(map[string]int)
		for i := 0; i+1 < len(rs); i++ {
			m[string(rs[i:i+2])]++
		}
		return m
	}
	pa, pb := pairs(a), pairs(b)
	na, nb, both := 0, 0, 0
	for k, n := range pa {
		na += n
		both += min(n, pb[k])
	}
	for _, n := range pb {
		nb += n
	}
	if na+nb == 0 {
		return 0
	}
	return 2 * float64(both) / float64(na+nb)
}

// takeInto merges suggestion r into sg: its occurrences, its
// transliteration, its kind.
func (s *suggester) takeInto(sg, r *Suggestion) {
	setOnce(&sg.Translit, r.Translit)
	if sg.Kind == glossary.Term {
		sg.Kind = r.Kind
	}
	sg.Occurrences = append(sg.Occurrences, r.Occurrences...)
	sg.votes.add(r.votes)
	slices.SortStableFunc(sg.Occurrences, func(a, b Occurrence) int {
		if a.Pos.File != b.Pos.File {
			return strings.Compare(a.Pos.File, b.Pos.File)
		}
		return a.Pos.Offset - b.Pos.Offset
	})
	// A place seen for both reasons (Instantsia [Highest Authority] as a
	// gloss and Instantsia as a name) is one occurrence, the longer text.
	occs := sg.Occurrences[:0]
	for _, o := range sg.Occurrences {
		if n := len(occs); n > 0 && occs[n-1].Pos.File == o.Pos.File && occs[n-1].Pos.Offset == o.Pos.Offset {
			if len(o.Text) > len(occs[n-1].Text) {
				occs[n-1].Text = o.Text
			}
			continue
		}
		occs = append(occs, o)
	}
	sg.Occurrences = occs
	if s.nonInitial[r.key] {
		s.nonInitial[sg.key] = true
	}
	r.merged = true
}

// mergeSameName makes one suggestion of those that name one thing for
// different reasons (Instantsia [Highest Authority] as a gloss, Instantsia
// again as a recurring name): two entries for it would not load together.
// Only suggestions that are made are merged: a name seen once beside its
// gloss does not add to it.
func (s *suggester) mergeSameName(minCount int) {
	first := make(map[string]*Suggestion)
	for _, sg := range s.order {
		if sg.merged || sg.English == "" || !s.made(sg, minCount) {
			continue
		}
		k := texts.MatchKey(sg.English)
		f, ok := first[k]
		if !ok {
			first[k] = sg
			continue
		}
		if f.Russian != "" && sg.Russian != "" && texts.MatchKey(f.Russian) != texts.MatchKey(sg.Russian) {
			continue
		}
		if f.Reason == ReasonRecurringName && sg.Reason != ReasonRecurringName {
			f.Reason, f.Kind = sg.Reason, sg.Kind
		}
		setOnce(&f.Russian, sg.Russian)
		setOnce(&f.Gloss, sg.Gloss)
		kind := f.Kind
		s.takeInto(f, sg)
		f.Kind = kind
	}
}

// obliqueEnding reports whether a Russian word ends as the oblique cases
// of a noun do and its nominative seldom does: Кореи, Сеуле, Москву.
func obliqueEnding(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune("иеуюыИЕУЮЫ", r)
}

// russianLike writes a Russian word in the case of the English word it
// renders: lower case for a term, capitalised for a name (ИНСТАНЦИЯ, as a
// telegram's address line writes it, becomes Инстанция).
func russianLike(w, en string) string {
	if isAbbreviation(w) {
		return w // КНА for KPA: an abbreviation stays in capitals
	}
	r, _ := utf8.DecodeRuneInString(en)
	if !unicode.IsUpper(r) {
		return strings.ToLower(w)
	}
	if strings.ToUpper(w) != w || strings.Contains(w, " ") {
		return w // a name of several words is cased word by word already
	}
	first, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(first)) + strings.ToLower(w[n:])
}

// spans suggests entries from bracketed glosses.
func (s *suggester) spans(src *texts.Source, seg *texts.Segment) {
	for _, sp := range texts.FindSpans(seg.Text, seg.Start, nil) {
		sp := sp
		// Prefer the segment's own spans, classified by the texts package.
		for _, own := range seg.Spans {
			if own.Start == sp.Start && own.End == sp.End {
				sp = own
			}
		}
		i := sp.Start - seg.Start
		if i < 0 || i > len(seg.Text) {
			continue
		}
		head := sp.Head
		if head == "" {
			head = headBefore(seg.Text[:i])
		}
		inner := strings.TrimSpace(sp.Inner)
		class := sp.Class
		if class == texts.Note || class == "" {
			// Not classified (an older texts package, or an unusual span).
			class = guessSpanClass(head, inner)
		}
		if head == "" || inner == "" {
			continue
		}
		hi := strings.LastIndex(seg.Text[:i], head)
		if hi < 0 {
			hi = i
		}
		end := min(max(sp.End-seg.Start, hi), len(seg.Text))
		occ := Occurrence{Pos: s.pos(src, seg, hi), Text: seg.Text[hi:end]}
		switch class {
		case texts.Gloss:
			if s.knownTranslit(inner) || s.knownEnglish(head) {
				continue
			}
			s.add("gloss:"+texts.MatchKey(inner), Suggestion{Kind: glossary.Term, Reason: ReasonTranslitGloss, English: head, Translit: inner}, occ)
		case texts.Translation:
			if s.knownEnglish(head) {
				continue
			}
			s.add("code:"+texts.MatchKey(head), Suggestion{Kind: glossary.CodeName, Reason: ReasonTranslationGloss, English: head, Gloss: inner}, occ)
		}
	}
}

var (
	translitLike = regexp.MustCompile(`^[a-z][a-z'’ʹ-]*$`)
	titleLike    = regexp.MustCompile(`^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)*$`)
)

// guessSpanClass tells a gloss from a translation where the texts package
// has not: one lower-case Latin word is a transliteration (storm-fright
// [shtormoboiazn']); capitalised words after one capitalised, non-English
// looking word are a translation of a code name.
func guessSpanClass(head, inner string) texts.SpanClass {
	switch {
	case translitLike.MatchString(inner) && strings.ContainsAny(head, "abcdefghijklmnopqrstuvwxyz"):
		return texts.Gloss
	case titleLike.MatchString(inner) && isNameWord(head) && !strings.Contains(head, " "):
		return texts.Translation
	}
	return texts.Note
}

// headBefore returns the word before a bracket, hyphenated words whole.
func headBefore(s string) string {
	s = strings.TrimRight(s, " \u00a0")
	ws := lex.Words(s, true)
	if len(ws) == 0 || ws[len(ws)-1].End != len(s) {
		return ""
	}
	return ws[len(ws)-1].Text
}

// termMask reports whether the text from start to end lies within a term
// or rendering of the glossary that the segment holds: a capitalised word
// of a longer term (Народной of Народной армии) is in the glossary, though
// alone it matches no entry.
func (s *suggester) termMask(text string, russian bool) func(start, end int) bool {
	if s.g == nil {
		return func(int, int) bool { return false }
	}
	ms := s.g.MatchEnglish(text)
	if russian {
		ms = s.g.MatchRussian(text)
	}
	return func(start, end int) bool {
		for _, m := range ms {
			if m.Start <= start && end <= m.End {
				return true
			}
		}
		return false
	}
}

func (s *suggester) knownRussian(text string) bool {
	return s.g != nil && len(s.g.MatchRussian(text)) > 0
}

func (s *suggester) knownEnglish(text string) bool {
	return s.g != nil && len(s.g.MatchEnglish(text)) > 0
}

func (s *suggester) knownTranslit(t string) bool {
	if s.g == nil {
		return false
	}
	k := texts.MatchKey(t)
	for _, e := range s.g.Entries {
		if texts.MatchKey(s.g.Translit(e)) == k {
			return true
		}
	}
	return false
}

// isNameWord reports whether w starts with a capital and is a word (not a
// number, not a single initial).
func isNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && utf8.RuneCountInString(w) > 1
}

func adjacent(s string, a, b lex.Word) bool {
	gap := s[a.End:b.Start]
	// A plural possessive keeps a name whole: Workers' Party.
	return gap == " " || gap == "\u00a0" || gap == "' " || gap == "’ "
}

func sentenceStart(before string) bool {
	before = strings.TrimRight(before, " \t\"'«“(—–-")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if r == '.' {
		// An abbreviation (тов., т., Comrade A.P.) does not end a sentence.
		ws := lex.Words(before, true)
		if len(ws) > 0 && ws[len(ws)-1].End == len(before)-1 {
			w := ws[len(ws)-1].Text
			n := utf8.RuneCountInString(w)
			r0, _ := utf8.DecodeRuneInString(w)
			if n == 1 && unicode.IsLetter(r0) || n <= 4 && strings.ToLower(w) == w && !unicode.IsDigit(r0) {
				return false
			}
		}
	}
	return r == '.' || r == '!' || r == '?' || r == ':' || r == ';' || unicode.IsDigit(r)
}

// bracketMask returns a test for whether byte i of s is inside brackets.
func bracketMask(s string) func(int) bool {
	var ranges [][2]int
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '[':
			if depth == 0 {
				start = i
			}
			depth++
		case ']':
			if depth > 0 {
				depth--
				if depth == 0 {
					ranges = append(ranges, [2]int{start, i})
				}
			}
		}
	}
	return func(i int) bool {
		for _, r := range ranges {
			if i > r[0] && i < r[1] {
				return true
			}
		}
		return false
	}
}

func cyrillicShare(s string) float64 {
	var cyr, letters int
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Cyrillic, r) {
				cyr++
			}
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(cyr) / float64(letters)
}

// russianNameKey groups the forms of a Russian name: a word with a surname
// ending by its base (Лаврентьеву → лаврентьев, Василевскому → василевск),
// any other word by its stem.
func russianNameKey(text string) string {
	var parts []string
	for _, w := range lex.Words(text, true) {
		f := glossary.FoldRussian(w.Text)
		if base, ok := glossary.SurnameBase(f); ok {
			parts = append(parts, "~"+base)
			continue
		}
		parts = append(parts, nounKey(f))
	}
	return strings.Join(parts, " ")
}

// nounKey groups the forms of a name that is not a surname: one case
// ending cut, then the vowels left of others (Корея, Кореи, Корее, Кореей
// → кор; Пхеньян, Пхеньяну → пхеньян), keeping three letters. The
// stemmer is no help here: it takes the -ян of Пхеньян for an ending.
func nounKey(f string) string {
	st := glossary.NameStem(f)
	for utf8.RuneCountInString(st) > 3 {
		r, n := utf8.DecodeLastRuneInString(st)
		if !strings.ContainsRune("аеиоуыэюяйь", r) {
			break
		}
		st = st[:len(st)-n]
	}
	return st
}

// englishNameKey drops a possessive so that Lavrentyev's counts as
// Lavrentyev.
func englishNameKey(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	return s
}

// titleCase writes a name in capitals as telegrams do (LAVRENTYEV) the way
// running text does (Lavrentyev).
func titleCase(s string) string {
	if strings.ToUpper(s) != s || isAbbreviation(s) {
		return englishNameKey(s)
	}
	var b strings.Builder
	up := true
	for _, r := range englishNameKey(s) {
		if up {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = !unicode.IsLetter(r) && r != '\'' && r != '’'
	}
	return b.String()
}

// isAbbreviation reports whether s is a short word in capitals: КНА, DPRK.
func isAbbreviation(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 4 && !strings.Contains(s, " ") && strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// guessKind guesses an abbreviation from capitals and a person from a Latin
// surname ending; anything else is a term for the editor to classify.
func guessKind(latin string) glossary.Kind {
	if isAbbreviation(latin) {
		return glossary.Abbreviation
	}
	l := strings.ToLower(latin)
	for _, end := range []string{"ov", "ev", "yev", "in", "sky", "skii", "skiy", "ova", "eva", "ina", "skaia", "skaya"} {
		if strings.HasSuffix(l, end) && len(l) > len(end)+2 {
			return glossary.Person
		}
	}
	return glossary.Term
}
