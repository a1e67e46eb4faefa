package align

import (
	"slices"

	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/texts"
)

// Evidence kinds, as prefixes of the interned keys so that a number never
// matches a word.
const (
	kindNumber = 'n' // a number or a month: 26.9.50 and 26 September 1950 share 26, 9, 50
	kindWord   = 'w' // a cognate stem: the first letters of a word's coarse key
	kindPunct  = 'p' // ? and !, which translators keep
	kindStem   = 's' // any word's stem, for the dictionary and the learned table
	kindPair   = 'd' // a word pair learned from a first pass, found on both sides
	kindDict   = 'D' // a word pair of the caller's (dictionary, glossary) found on both sides
	kindForm   = 'f' // a word's whole coarse key, kept with word pairs only, to find it among their headwords
)

// junkLetters is the count of letters and digits under which a sentence
// is debris (OCR noise, a rule of dashes, a stray mark) more likely left
// without counterpart than translated.
const junkLetters = 4

// cognatePrefix is how many letters of the coarse key make a cognate stem:
// enough to tell words apart, few enough that Russian endings fall off.
const cognatePrefix = 5

// vocab interns keys; ids are shared by both texts so that equal keys on the
// two sides compare as equal integers.
type vocab struct {
	ids  map[string]uint32
	kind []byte // kind of each id
	buf  []byte
	// frozen, while set, makes id return noID for a key not yet seen
	// instead of adding it: a key neither text holds matches nothing.
	frozen bool
}

// noID is the id of a key a frozen vocabulary does not hold.
const noID = ^uint32(0)

func newVocab() *vocab { return &vocab{ids: make(map[string]uint32)} }

func (v *vocab) id(kind byte, key []byte) uint32 {
	v.buf = append(v.buf[:0], kind)
	v.buf = append(v.buf, key...)
	if id, ok := v.ids[string(v.buf)]; ok {
		return id
	}
	if v.frozen {
		return noID
	}
	id := uint32(len(v.kind))
	v.ids[string(v.buf)] = id
	v.kind = append(v.kind, kind)
	return id
}

// extractBoth extracts the features of both texts at once, the source's
// into v, the target's into a vocabulary of its own whose ids are then
// renumbered into v. The ids come out as v alone would give them: the
// source's new keys first, then the target's in the order they occur.
//
// With forms set, the features keep each word's whole coarse key
// (features.forms), by which the caller's word pairs are looked up.
func extractBoth(v *vocab, src, tgt []Sentence, ev evidence, forms bool) ([]features, []features) {
	vt := newVocab()
	fs := make([]features, len(src))
	ft := make([]features, len(tgt))
	done := make(chan struct{})
	go func() {
		x := &extractor{v: vt, ev: ev, forms: forms}
		for j, s := range tgt {
			ft[j] = x.extract(s)
		}
		close(done)
	}()
	x := &extractor{v: v, ev: ev, forms: forms}
	for i, s := range src {
		fs[i] = x.extract(s)
	}
	<-done
	remap := v.absorb(vt)
	for j := range ft {
		f := &ft[j]
		for k, id := range f.keys {
			f.keys[k] = remap[id]
		}
		slices.Sort(f.keys)
		for k, id := range f.stems {
			f.stems[k] = remap[id]
		}
		slices.Sort(f.stems)
		for k, id := range f.forms {
			f.forms[k] = remap[id]
		}
		slices.Sort(f.forms)
	}
	return fs, ft
}

// absorb adds the keys of w that v does not hold, in w's order, and
// returns the id in v of each id of w.
func (v *vocab) absorb(w *vocab) []uint32 {
	names := make([]string, len(w.kind))
	for name, id := range w.ids {
		names[id] = name
	}
	remap := make([]uint32, len(w.kind))
	for id, name := range names {
		vid, ok := v.ids[name]
		if !ok && v.frozen {
			vid, ok = noID, true
		}
		if !ok {
			vid = uint32(len(v.kind))
			v.ids[name] = vid
			v.kind = append(v.kind, w.kind[id])
		}
		remap[id] = vid
	}
	return remap
}

// features are what the scorer knows of one sentence.
type features struct {
	length float64  // letters and digits of the evidence text
	keys   []uint32 // evidence keys, sorted, repeats kept
	stems  []uint32 // word stems, sorted, unique
	// forms are the whole coarse keys of the words not in Cyrillic,
	// sorted, unique, kept only when there are word pairs to look up.
	forms []uint32
	// pairStems are the stems the word pairs are matched by: stems, and
	// the stems of the headwords the words are forms or compounds of
	// (headwords.lemmas); nil when they are stems.
	pairStems []uint32
	para      int
	heading   bool
	forced    bool // must stay without counterpart
	line      bool // a header line or citation: merged with others only on lexical evidence
	header    bool // a header line: merging with other header lines is usual
	junk      bool // hardly any letters: OCR debris, rules, stray marks
}

// extractor turns sentences into features.
type extractor struct {
	v       *vocab
	ev      evidence
	keyBuf  []byte
	numBuf  []byte
	scratch []uint32
	forms   bool // keep the words' whole keys (features.forms)
	formIDs []uint32
}

// extract computes the features of s.
func (x *extractor) extract(s Sentence) features {
	kind := s.Kind
	if kind == "" {
		// Sentences given one a line come without kinds: a signature
		// or a date line is still told by its shape.
		kind = texts.LineKind(s.Text)
	}
	f := features{para: s.Para, heading: kind == headingKind, forced: s.forced,
		line: kind == texts.Header || kind == texts.Citation, header: kind == texts.Header}
	x.scratch = x.scratch[:0]
	x.formIDs = x.formIDs[:0]
	f.length = x.scan(s.Text, &f, true)
	f.junk = f.length < junkLetters
	for _, g := range s.Glosses {
		x.scan(g, &f, false)
	}
	slices.Sort(f.keys)
	slices.Sort(x.scratch)
	f.stems = slices.Clone(slices.Compact(x.scratch))
	if len(x.formIDs) > 0 {
		slices.Sort(x.formIDs)
		f.forms = slices.Clone(slices.Compact(x.formIDs))
	}
	return f
}

// scan tokenises text, appends its keys to f and its stems to x.scratch,
// and returns its length in letters and digits.
func (x *extractor) scan(text string, f *features, counted bool) float64 {
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			j, unspaced := wordEnd(text, i)
			if unspaced {
				n += x.unspaced(text[i:j])
			} else {
				n += x.word(text[i:j], f)
			}
			i = j
		case r >= '0' && r <= '9' || unicode.IsDigit(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsDigit(r2) {
					// A thousands separator: 1,450 and 1 450 are 1450.
					if k := thousands(text, j, r2, s2); k > 0 {
						j = k
						continue
					}
					break
				}
				j += s2
			}
			n += x.number(text[i:j], f)
			i = j
		default:
			// Chinese and Japanese write them fullwidth: ？ and ！.
			if r == '？' || r == '！' {
				r -= '！' - '!'
			}
			if (r == '?' || r == '!') && x.ev.has(evIdentical) {
				f.keys = append(f.keys, x.v.id(kindPunct, []byte{byte(r)}))
			}
			i += size
		}
	}
	if !counted {
		return 0
	}
	return float64(n)
}

// word adds the keys of one word and returns its letter count.
func (x *extractor) word(w string, f *features) int {
	letters := 0
	upper := true
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				upper = false
			}
		}
	}
	x.keyBuf = coarseKey(w, x.keyBuf)
	k := x.keyBuf
	if len(k) == 0 {
		return letters
	}
	if x.ev.has(evNumbers) {
		if m := monthOfKey(k); m > 0 && w != "may" {
			x.numBuf = strconv.AppendInt(x.numBuf[:0], int64(m), 10)
			f.keys = append(f.keys, x.v.id(kindNumber, x.numBuf))
			return letters
		}
	}
	if upper && letters >= 2 && letters <= 5 && x.ev.has(evIdentical) {
		if a := texts.AcronymMeaning(w); a != "" {
			f.keys = append(f.keys, x.v.id(kindWord, []byte("acronym:"+a)))
			return letters
		}
	}
	cyrillic := startsCyrillic(w)
	stem := cognateStem(k, cyrillic)
	if len(k) >= 2 {
		x.scratch = append(x.scratch, x.v.id(kindStem, stem))
	}
	// Russian words are matched by their stems alone, as the glossary
	// matches them: their case endings are not the endings headwords.form
	// drops, and Russian seldom compounds.
	if x.forms && len(k) >= 4 && len(k) <= maxForm && !cyrillic {
		x.formIDs = append(x.formIDs, x.v.id(kindForm, k))
	}
	switch {
	case len(k) >= 4 && x.ev.has(evCognates):
		f.keys = append(f.keys, x.v.id(kindWord, stem))
	case len(k) >= 4 && x.ev.has(evIdentical):
		// Without cognates, only whole words that are spelt alike match.
		f.keys = append(f.keys, x.v.id(kindWord, k))
	case letters >= 2 && upper && x.ev.has(evIdentical):
		// Codes and abbreviations: YAK, ЯК, VKP.
		f.keys = append(f.keys, x.v.id(kindWord, k))
	}
	return letters
}

// cognateStem is the first cognatePrefix letters of a coarse key. A Russian
// case ending often begins right where a short name ends (Seoul, Сеуле:
// seul, seule), so the stem of a Cyrillic word drops a last vowel there.
// Latin words keep theirs: German and French endings are not case endings,
// and dropping them cost on the Text+Berg dev set.
func cognateStem(k []byte, cyrillic bool) []byte {
	stem := k[:min(len(k), cognatePrefix)]
	if cyrillic && len(k) == cognatePrefix && isVowel(k[len(k)-1]) {
		stem = stem[:len(stem)-1]
	}
	return stem
}

// startsCyrillic reports whether w begins with a Cyrillic letter: the
// aligner keys a word by its first script.
func startsCyrillic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Cyrillic, r)
}

// thousands returns the end of a group of three digits after a thousands
// separator at j (a comma, a no-break or thin space), or 0.
func thousands(text string, j int, sep rune, size int) int {
	if sep != ',' && sep != '\u00a0' && sep != '\u202f' && sep != '\u2009' {
		return 0
	}
	k := j + size
	if k+3 > len(text) {
		return 0
	}
	for _, c := range []byte(text[k : k+3]) {
		if c < '0' || c > '9' {
			return 0
		}
	}
	if k+3 < len(text) && text[k+3] >= '0' && text[k+3] <= '9' {
		return 0
	}
	return k + 3
}

// number adds the key of a number and returns its count of digits. A year
// of the twentieth or twenty-first century also counts as its last two
// digits, as in 26.9.50.
func (x *extractor) number(d string, f *features) int {
	b := x.numBuf[:0]
	for _, r := range d {
		switch {
		case r >= '0' && r <= '9':
			b = append(b, byte(r))
		case unicode.IsDigit(r):
			b = append(b, '0'+digitValue(r))
		}
	}
	n := len(b)
	if !x.ev.has(evNumbers) {
		return n
	}
	for len(b) > 1 && b[0] == '0' {
		b = b[1:]
	}
	if len(b) == 4 && (b[0] == '1' && b[1] == '9' || b[0] == '2' && b[1] == '0') {
		b = b[2:]
		for len(b) > 1 && b[0] == '0' {
			b = b[1:]
		}
	}
	x.numBuf = b
	f.keys = append(f.keys, x.v.id(kindNumber, b))
	return n
}

// digitValue is the value of a decimal digit of any script. Unicode
// encodes each script's decimal digits as a run of ten from 0 to 9, and
// some runs follow one another (the mathematical digits: bold, double-struck,
// sans-serif…), so the value is the count of digits before r back to the
// start of its runs, modulo ten.
func digitValue(r rune) byte {
	n := 0
	for unicode.IsDigit(r - rune(n) - 1) {
		n++
	}
	return byte(n % 10)
}

// wordEnd returns where the word that begins at text[i], a letter, ends,
// and whether it is of a script written without spaces: a word ends where
// the letters and their marks do, or where such a script begins or ends
// (isUnspaced).
func wordEnd(text string, i int) (end int, unspaced bool) {
	r, size := utf8.DecodeRuneInString(text[i:])
	unspaced = isUnspaced(r)
	end = i + size
	for end < len(text) {
		r, size = utf8.DecodeRuneInString(text[end:])
		if !unicode.IsMark(r) && (!unicode.IsLetter(r) || isUnspaced(r) != unspaced) {
			break
		}
		end += size
	}
	return end, unspaced
}

// monthOfKey recognises a month name by its coarse key, in English, German,
// French and Russian.
func monthOfKey(k []byte) int {
	if len(k) > 10 || len(k) < 3 {
		return 0
	}
	if m, ok := monthKeys[string(k)]; ok {
		return m
	}
	for _, p := range monthKeyPrefixes {
		if len(k) >= len(p.prefix) && string(k[:len(p.prefix)]) == p.prefix {
			return p.n
		}
	}
	return 0
}

var monthKeys = map[string]int{
	"mars": 3, "mart": 3, "marta": 3, "marte": 3, "mark": 3,
	"mai": 5, "mae": 5, "maia": 5,
	"iune": 6, "iuni": 6, "iuin": 6, "iun": 6, "iunia": 6,
	"iuli": 7, "iuilet": 7, "iul": 7, "iulia": 7, "iule": 7,
	"aout": 8,
}

var monthKeyPrefixes = []struct {
	prefix string
	n      int
}{
	{"ianuar", 1}, {"ianvie", 1}, {"ianvar", 1},
	{"februar", 2}, {"fevrie", 2}, {"fevral", 2},
	{"april", 4}, {"avril", 4}, {"aprel", 4},
	{"august", 8}, {"avgust", 8},
	{"septemb", 9}, {"sentiabr", 9},
	{"oktob", 10}, {"oktiabr", 10},
	{"novemb", 11}, {"noiabr", 11},
	{"dekemb", 12}, {"desemb", 12}, {"dekabr", 12},
}
