package check

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

// The statistical side of term-inconsistent: a Russian word that no gloss
// and no transliteration ties to its English, rendered one way in some
// sentences and another way in others (аэродром as airfield, airdromes,
// air base). Over the links that pair one Russian sentence with one
// English sentence, the English words and two-word phrases strongly
// associated with a Russian stem (Dice over links) are its candidate
// renderings; when two or more of them never share a sentence and
// together cover most of the stem's occurrences, the stem is rendered in
// different ways. It is kept conservative: each rendering must be seen
// twice, the stem three times, and the findings are information only.

const (
	assocMinStem     = 3   // links a stem must occur in
	assocMinBoth     = 2   // links a rendering must share with the stem
	assocMinDice     = 0.5 // 2·both / (stem links + rendering links)
	assocMinCoverage = 2.0 / 3
	assocMinRussian  = 5 // letters of a Russian word
	assocMinEnglish  = 4 // letters of an English word standing alone
	assocMinInBigram = 3 // letters of each word of a two-word phrase
	assocMinOneOff   = 3 // links of the one rendering beside a one-off
)

// assocPlace is where a Russian stem or an English rendering occurs in
// one link; its position is computed only for a finding.
type assocPlace struct {
	text       text
	seg        *texts.Segment
	start, end int
}

func (a assocPlace) pos() texts.Pos { return a.text.pos(a.seg, a.start) }
func (a assocPlace) str() string    { return a.seg.Text[a.start:a.end] }

// assocKey is an English rendering: a stemmed word, or two (the first
// word's number plus one in the high half).
type assocKey int64

type ruOcc struct {
	stem  string
	place assocPlace
}

type enOcc struct {
	key   assocKey
	place assocPlace
}

// assocLink is one 1-1 link: its Russian stems and English renderings,
// each once.
type assocLink struct {
	ru  []ruOcc
	en  []enOcc
	doc *texts.Document // the English document
}

func (l *assocLink) enAt(k assocKey) (assocPlace, bool) {
	for _, o := range l.en {
		if o.key == k {
			return o.place, true
		}
	}
	return assocPlace{}, false
}

func (l *assocLink) ruAt(stem string) assocPlace {
	for _, o := range l.ru {
		if o.stem == stem {
			return o.place
		}
	}
	return assocPlace{}
}

// assocWords numbers the English stems of a run.
type assocWords struct {
	ids    map[string]int32
	words  []string
	byWord map[string]assocEnglish // each distinct word judged once
}

// assocEnglish is what englishRenderings makes of an English word: the
// number of its stem, whether it may render a term (ok) and whether alone
// (long) or only in a two-word phrase.
type assocEnglish struct {
	id       int32
	ok, long bool
}

func (x *index) assocEnglishWord(w string, words *assocWords) assocEnglish {
	lower := lex.Lower(w)
	if isAbbreviation(w, unicode.Latin) {
		// KPA, NKA: an abbreviation renders a term alone; it is kept
		// apart from the words it might look like (the key is in capitals).
		return assocEnglish{id: words.id(w), ok: true, long: true}
	}
	n := utf8.RuneCountInString(lower)
	if n < assocMinInBigram || englishStopWords[lower] || !isLatinWord(lower) || lex.IsAllCaps(w) {
		return assocEnglish{}
	}
	return assocEnglish{id: words.id(englishKey(lower)), ok: true, long: n >= assocMinEnglish}
}

// englishKey is the stem of a lower-case English word, keeping -ing: a
// grouping is not a group, a bombing not a bomb, though Snowball makes
// them one.
func englishKey(lower string) string {
	s := english.Stem(lower, false)
	if (strings.HasSuffix(lower, "ing") || strings.HasSuffix(lower, "ings")) && !strings.HasSuffix(s, "ing") {
		s += "ing"
	}
	return s
}

// isAbbreviation reports a word of two to five capitals of one script
// that reads as an abbreviation, not as a name in capitals: three letters
// at most, or at most one vowel (КНА, ВВС, СССР, ТАСС; KPA, DPRK; not
// ШТЫКОВ, not KOREA).
func isAbbreviation(w string, script *unicode.RangeTable) bool {
	n, vowels := 0, 0
	for _, r := range w {
		if !unicode.IsUpper(r) || !unicode.Is(script, r) {
			return false
		}
		n++
		if strings.ContainsRune("AEIOUYАЕЁИОУЫЭЮЯ", r) {
			vowels++
		}
	}
	return n >= 2 && n <= 5 && (n <= 3 || vowels <= 1)
}

func (w *assocWords) id(s string) int32 {
	if id, ok := w.ids[s]; ok {
		return id
	}
	if w.ids == nil {
		w.ids = make(map[string]int32)
	}
	id := int32(len(w.words))
	w.ids[s] = id
	w.words = append(w.words, s)
	return id
}

func (w *assocWords) String(k assocKey) string {
	if hi := int64(k) >> 32; hi > 0 {
		return w.words[hi-1] + " " + w.words[int32(k)]
	}
	return w.words[int32(k)]
}

// The occurrence arrays of associatedRenderings grow by chunks of
// assocChunk, a new one when fewer than assocChunkRoom places are left:
// doubling would copy all occurrences so far each time.
const (
	assocChunk     = 4096
	assocChunkRoom = 64
)

// associatedRenderings reports Russian stems rendered in different ways,
// found by association. skip holds stems the other detectors cover.
func (x *index) associatedRenderings(skip map[string]bool, out *findings) {
	var links []assocLink
	var words assocWords
	var ruAll []ruOcc
	var enAll []enOcc
	ruWords := make(map[string]assocRussian) // each distinct word judged once
	x.withOriginal(func(p *edition.Pair) {
		for li, l := range p.Links {
			if len(l.Source) != 1 || len(l.Target) != 1 {
				continue
			}
			t := l.Target[0]
			if t < 0 || t >= len(p.Target.Segments) {
				continue
			}
			// The occurrences of all links share two growing arrays:
			// a link's are a run of them (one that stays valid in the
			// array it was taken from when the array moves).
			al := assocLink{doc: p.Target}
			if cap(ruAll)-len(ruAll) < assocChunkRoom {
				ruAll = make([]ruOcc, 0, assocChunk)
			}
			if cap(enAll)-len(enAll) < assocChunkRoom {
				enAll = make([]enOcc, 0, assocChunk)
			}
			ruFrom := len(ruAll)
			for _, w := range x.linkRussianWords(p, li) {
				rw, ok := ruWords[w.Text]
				if !ok {
					rw = x.assocRussianWord(w.Text, skip)
					ruWords[w.Text] = rw
				}
				stem := rw.stem
				if !rw.ok || slices.ContainsFunc(ruAll[ruFrom:], func(o ruOcc) bool { return o.stem == stem }) {
					continue
				}
				ruAll = append(ruAll, ruOcc{stem, assocPlace{*sourceOf(p), w.Seg, w.Start, w.End}})
			}
			if len(ruAll) == ruFrom {
				continue
			}
			al.ru = ruAll[ruFrom:len(ruAll):len(ruAll)]
			seg := &p.Target.Segments[t]
			enFrom := len(enAll)
			x.englishRenderings(seg, &words, func(key assocKey, start, end int) {
				if !slices.ContainsFunc(enAll[enFrom:], func(o enOcc) bool { return o.key == key }) {
					enAll = append(enAll, enOcc{key, assocPlace{targetOf(p), seg, start, end}})
				}
			})
			al.en = enAll[enFrom:len(enAll):len(enAll)]
			links = append(links, al)
		}
	})
	// Postings: the links of each stem and how many links have each key.
	stemLinks := make(map[string][]int)
	keyLinks := make(map[assocKey]int)
	for i, l := range links {
		for _, o := range l.ru {
			stemLinks[o.stem] = append(stemLinks[o.stem], i)
		}
		for _, o := range l.en {
			keyLinks[o.key]++
		}
	}
	stems := make([]string, 0, len(stemLinks))
	for s, ls := range stemLinks {
		if len(ls) >= assocMinStem {
			stems = append(stems, s)
		}
	}
	slices.Sort(stems)
	scratch := &assocScratch{slot: make(map[assocKey]int32), used: make([]bool, len(links))}
	for _, s := range stems {
		x.reportAssociated(links, stemLinks[s], s, keyLinks, &words, scratch, out)
	}
}

// assocScratch holds the maps reportAssociated fills for one stem,
// cleared and used again for the next: thousands of stems a run.
type assocScratch struct {
	slot               map[assocKey]int32
	keys               []assocKey
	counts, offs, next []int32
	slots              []int32
	links              []int
	used               []bool
}

// assocRussian is what associatedRenderings makes of a Russian word:
// its stem, and whether it may be a term rendered by association at all.
type assocRussian struct {
	stem string
	ok   bool
}

func (x *index) assocRussianWord(w string, skip map[string]bool) assocRussian {
	if isAbbreviation(w, unicode.Cyrillic) {
		// КНА: not inflected, its own key.
		if skip[w] || x.inGlossary(w) {
			return assocRussian{}
		}
		return assocRussian{stem: w, ok: true}
	}
	if lex.FirstUpper(w) || utf8.RuneCountInString(w) < assocMinRussian || russianStopWords[lex.Lower(w)] || looksLikeVerb(w) {
		return assocRussian{} // a name, a sentence's first word, a function word, a verb
	}
	stem := x.assocStem(w)
	if skip[x.stem(w)] || russianContextWords[stem] || x.inGlossary(w) {
		return assocRussian{}
	}
	return assocRussian{stem: stem, ok: true}
}

// reportAssociated looks at one stem occurring in links idx.
func (x *index) reportAssociated(links []assocLink, idx []int, stem string, keyLinks map[assocKey]int, words *assocWords, scratch *assocScratch, out *findings) {
	// The stem's links that have each key, grouped by a counting sort:
	// the links of key keys[k] are ints[offs[k]:offs[k+1]], in order.
	// The previous stem's keys are deleted one by one: clear would cost
	// the size the map once grew to, for every stem.
	for _, k := range scratch.keys {
		delete(scratch.slot, k)
	}
	keys, counts, slots := scratch.keys[:0], scratch.counts[:0], scratch.slots[:0]
	for _, i := range idx {
		for _, o := range links[i].en {
			k, ok := scratch.slot[o.key]
			if !ok {
				k = int32(len(keys))
				scratch.slot[o.key] = k
				keys = append(keys, o.key)
				counts = append(counts, 0)
			}
			counts[k]++
			slots = append(slots, k)
		}
	}
	offs := append(scratch.offs[:0], 0)
	for _, n := range counts {
		offs = append(offs, offs[len(offs)-1]+n)
	}
	ints := slices.Grow(scratch.links[:0], len(slots))[:len(slots)]
	next := append(scratch.next[:0], offs[:len(keys)]...)
	j := 0
	for _, i := range idx {
		for range links[i].en {
			k := slots[j]
			ints[next[k]] = i
			next[k]++
			j++
		}
	}
	scratch.keys, scratch.counts, scratch.slots, scratch.offs, scratch.links, scratch.next = keys, counts, slots, offs, ints, next
	type cand struct {
		key   assocKey
		str   string
		links []int
	}
	var cands []cand
	for n, k := range keys {
		ls := ints[offs[n]:offs[n+1]:offs[n+1]]
		if len(ls) < assocMinBoth {
			continue
		}
		d := 2 * float64(len(ls)) / float64(len(idx)+keyLinks[k])
		if d >= assocMinDice {
			cands = append(cands, cand{k, words.String(k), ls})
		}
	}
	// The rendering most often used with the stem first, then the one
	// the edition uses most.
	slices.SortFunc(cands, func(a, b cand) int {
		if len(a.links) != len(b.links) {
			return len(b.links) - len(a.links)
		}
		if keyLinks[a.key] != keyLinks[b.key] {
			return keyLinks[b.key] - keyLinks[a.key]
		}
		return strings.Compare(a.str, b.str)
	})
	// Alternatives never share a link: air base and base are one rendering.
	var chosen []cand
	used, nUsed := scratch.used, 0 // by link, false again when this returns
	defer func() {
		for _, cd := range chosen {
			for _, i := range cd.links {
				used[i] = false
			}
		}
	}()
	for _, cd := range cands {
		if slices.ContainsFunc(cd.links, func(i int) bool { return used[i] }) || inflectionOfAny(cd.str, chosen, func(c cand) string { return c.str }) {
			continue
		}
		chosen = append(chosen, cd)
		for _, i := range cd.links {
			used[i] = true
		}
		nUsed += len(cd.links) // distinct: a key's links are, and chosen ones share none
	}
	if len(chosen) == 1 && len(chosen[0].links) >= assocMinOneOff && len(idx) == len(chosen[0].links)+1 {
		if k, i, ok := oneOffRendering(links, idx, used, keyLinks); ok {
			chosen = append(chosen, cand{k, words.String(k), []int{i}})
			nUsed++
		}
	}
	if len(chosen) < 2 || float64(nUsed) < assocMinCoverage*float64(len(idx)) {
		return
	}
	main := chosen[0]
	first, _ := links[main.links[0]].enAt(main.key)
	firstPos, firstText := first.pos(), first.str()
	for _, alt := range chosen[1:] {
		for _, i := range alt.links {
			en, _ := links[i].enAt(alt.key)
			ru := links[i].ruAt(stem)
			rp := ru.pos()
			out.add(Finding{
				Severity: Info,
				Pos:      en.pos(), Match: en.str(), Russian: &rp, RussianMatch: ru.str(),
				Message: fmt.Sprintf("%q (%s) rendered %q here but %q in %d other sentences (first at %s); found by association, not by a gloss",
					ru.str(), rp, en.str(), firstText, len(main.links), firstPos),
				Related: []RelatedPlace{{Pos: firstPos, Match: firstText, Message: "rendered " + firstText}},
			})
		}
	}
}

// oneOffRendering looks at the one link of a stem that its one rendering
// (in all the others, three at least) leaves out, in a document of its
// own: патроны as cartridges in three documents, and as rounds in a
// fourth. The word there that renders the stem
// is found only when it is unambiguous: of the link's single words, the
// only one the edition has nowhere else. Seen once, it could not be
// found by association.
func oneOffRendering(links []assocLink, idx []int, used []bool, keyLinks map[assocKey]int) (assocKey, int, bool) {
	left := -1
	for _, i := range idx {
		if !used[i] {
			left = i
		}
	}
	if left < 0 {
		return 0, 0, false
	}
	// Another document's rendering: one the same document renders
	// otherwise elsewhere is a phrase's choice (the latest, for the
	// situation), not the document's.
	for _, i := range idx {
		if i != left && links[i].doc == links[left].doc {
			return 0, 0, false
		}
	}
	var found assocKey
	n := 0
	for _, o := range links[left].en {
		if int64(o.key)>>32 == 0 && keyLinks[o.key] == 1 {
			found = o.key
			n++
		}
	}
	return found, left, n == 1
}

// assocStem is the stem forms of one word share here. Snowball leaves a
// case ending on some forms (аэродромы → аэродром, but аэродром →
// аэродр): stemming the stem again, while five letters remain, brings the
// forms together. (Below five, different words would meet: принять and
// принципы in прин.)
func (x *index) assocStem(w string) string {
	s := x.stem(w)
	for range 2 {
		t := x.stem(s)
		if t == s || utf8.RuneCountInString(t) < 5 {
			break
		}
		s = t
	}
	return s
}

// verbEndings are endings of Russian verbs that no common noun has: the
// infinitive, the present of the -ать/-ять/-еть/-овать verbs, the past
// of -ять and -ить (ответил: replied, responded). Terms are nouns; a verb's English changes with its object
// (принять меры: take measures, take steps) and its tone (считает:
// believes, considers).
var verbEndings = []string{"ть", "ться", "тся", "ает", "яет", "еет", "ует", "ают", "яют", "еют", "аем", "яем", "еем", "ял", "яла", "яли", "ялся", "ался", "ались", "ил", "или", "ился", "ились", "илась"}

// looksLikeVerb reports whether a Russian word ends as only verbs do.
func looksLikeVerb(w string) bool {
	w = lex.Lower(w)
	for _, e := range verbEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// inflectionOfAny reports whether key is a form of a chosen rendering (one
// begins with the other: airdrome, airdromes), not a word made from it
// with -ing (group, grouping).
func inflectionOfAny[T any](key string, chosen []T, keyOf func(T) string) bool {
	for _, c := range chosen {
		k := keyOf(c)
		short, long := k, key
		if len(short) > len(long) {
			short, long = long, short
		}
		if strings.HasPrefix(long, short) && !strings.HasSuffix(long, "ing") {
			return true
		}
	}
	return false
}

// englishRenderings calls fn with the key and byte span of each word and
// each two-word phrase of an English segment that could render a term:
// not a function word, not a name in capitals, not a number. Keys are
// stemmed, so inflected forms share one.
func (x *index) englishRenderings(seg *texts.Segment, words *assocWords, fn func(key assocKey, start, end int)) {
	prevID, prevStart, prevEnd := int32(-1), -1, -1
	for _, w := range x.words(seg.Text) {
		ew, ok := words.byWord[w.Text]
		if !ok {
			ew = x.assocEnglishWord(w.Text, words)
			if words.byWord == nil {
				words.byWord = make(map[string]assocEnglish)
			}
			words.byWord[w.Text] = ew
		}
		if !ew.ok {
			prevID = -1
			continue
		}
		id := ew.id
		if ew.long {
			fn(assocKey(id), w.Start, w.End)
		}
		if prevID >= 0 && strings.TrimSpace(seg.Text[prevEnd:w.Start]) == "" {
			fn(assocKey((int64(prevID)+1)<<32|int64(id)), prevStart, w.End)
		}
		prevID, prevStart, prevEnd = id, w.Start, w.End
	}
}

// isLatinWord reports whether w is made of Latin letters, apostrophes and
// hyphens: not a number, not Cyrillic.
func isLatinWord(w string) bool {
	for _, r := range w {
		if !(unicode.Is(unicode.Latin, r) || r == '-' || isGlossApostrophe(r)) {
			return false
		}
	}
	return true
}

// englishStopWords are function words and words of every telegram, which
// render no term.
var englishStopWords = func() map[string]bool {
	m := lex.Set(`one two three four five six seven eight nine ten first second third
thereby hereby whereby accordingly namely instead rather particular particularly especially
comrade comrades telegram document documents report reports reported copy copies secret top`)
	for w := range lex.FunctionWords {
		m[w] = true
	}
	return m
}()

// russianStopWords are Russian function words of five letters or more.
var russianStopWords = lex.Set(`который которая которое которые которых которым которому также тоже после более менее между
через чтобы будет будут было были была этого этому этими этой этих своих своим своей своего свою свои своими очень всего
всех всеми всему может могут можно нужно необходимо кроме перед против однако поэтому потому только сейчас теперь здесь
тогда когда почему какой какие каких таким такие такой такого около связи целях случае`)

// russianContextWords are ordinary nouns whose English rightly changes
// with the phrase (в районе: in the area of, in the vicinity of; по вопросу:
// on the question of, on the matter of): a rendering that varies with
// them is idiom, not an inconsistent term. Their stems.
var russianContextWords = lex.Set(`вопрос район дел врем мест сторон част положен состоян случа услов мер работ помощ
решен сил образ порядк отношен связ цел средств направлен`)
