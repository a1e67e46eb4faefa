package texts

import (
	"math"
	"sort"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Detecting Windows-1251 and KOI8-R. Any byte decodes to something under
// a single-byte code page, so a guess must ask whether the result reads as
// Russian: the high bytes must form words of Cyrillic letters (not letters
// glued to Latin ones, not a capital inside a small-letter word) whose
// letters are as frequent as Russian letters are. A file whose high bytes
// do not pass is treated as broken UTF-8, and the error says where.

// ruFreq are Russian letter frequencies (per mille). The same bytes decode
// to plausible Russian under one code page and to a jumble of rare letters
// under the other.
var ruFreq = map[rune]float64{
	'о': 110, 'е': 85, 'а': 80, 'и': 74, 'н': 67, 'т': 63, 'с': 55, 'р': 47, 'в': 45,
	'л': 44, 'к': 35, 'м': 32, 'д': 30, 'п': 28, 'у': 26, 'я': 20, 'ы': 19, 'ь': 17,
	'г': 17, 'з': 16, 'б': 16, 'ч': 14, 'й': 12, 'х': 10, 'ж': 9, 'ш': 7, 'ю': 6,
	'ц': 5, 'щ': 4, 'э': 3, 'ф': 3, 'ъ': 0.4, 'ё': 1,
}

// legacyCandidates are the code pages sverka detects.
// the more common first; rare ones need more words to be taken.
var legacyCandidates = []struct {
	name string
	page *codePage
	rare bool
}{
	{EncCP1251, newCodePage(charmap.Windows1251), false},
	{EncKOI8R, newCodePage(charmap.KOI8R), false},
	{EncMacCyrillic, newCodePage(charmap.MacintoshCyrillic), true},
	{EncCP866, newCodePage(charmap.CodePage866), true},
	{EncISO88595, newCodePage(charmap.ISO8859_5), true},
}

// codePage is what each byte of a code page is, worked out once so that
// scoring a file is a table lookup a byte.
type codePage struct {
	kind    [256]byteKind
	lower   [256]rune    // the letter in lower case
	upper   [256]bool    // a capital letter
	logFreq [256]float64 // log of the letter's frequency in Russian
}

type byteKind uint8

const (
	asciiByte    byteKind = iota
	russianByte           // a Russian letter
	cyrillicByte          // a Cyrillic letter Russian does not use
	punctByte             // punctuation a Russian text holds
	badByte               // anything else
)

func newCodePage(cm *charmap.Charmap) *codePage {
	p := &codePage{}
	for c := 0x80; c < 256; c++ {
		r := cm.DecodeByte(byte(c))
		switch {
		case isCyrillic(r) && unicode.IsLetter(r):
			lower := unicode.ToLower(r)
			p.lower[c], p.upper[c] = lower, r != lower
			if f, ok := ruFreq[lower]; ok {
				p.kind[c], p.logFreq[c] = russianByte, math.Log(f/1000)
			} else {
				p.kind[c], p.logFreq[c] = cyrillicByte, math.Log(0.1/1000)
			}
		case legacyPunct(r):
			p.kind[c] = punctByte
		default:
			p.kind[c] = badByte
		}
	}
	return p
}

// legacyPunct are the non-letters a Russian text in a code page holds.
func legacyPunct(r rune) bool {
	switch r {
	case '«', '»', '–', '—', '№', '\u00a0', '…', '“', '”', '„', '‘', '’', '•', '°', '§', '±', '·':
		return true
	}
	return false
}

// minFreqLetters: below this many letters the frequencies say little, and
// only the shape of the words decides.
const minFreqLetters = 30

// guessLegacy returns the code page (windows-1251, koi8-r, x-mac-cyrillic,
// ibm866, iso-8859-5) under which the non-ASCII bytes of b read as
// Russian, and "" when b looks like broken UTF-8 or like none of them.
// When two read as Russian about as well and read the file differently,
// it returns "" and the two names: the file needs --encoding.
func guessLegacy(b []byte) (enc string, ambiguous []string) {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
		}
		i += n
	}
	// A UTF-8 file with a few bad bytes: report them rather than guess.
	if valid > invalid {
		return "", nil
	}
	type scored struct {
		name  string
		cm    *charmap.Charmap
		score float64 // with the preference for Windows-1251
		raw   float64
		rare  bool
	}
	var fits []scored
	for _, cand := range legacyCandidates {
		sc := scoreLegacy(b, cand.page)
		if !sc.russian() {
			continue
		}
		if cand.rare && (sc.words < 2 || sc.letters < 8) {
			// A few high bytes are letters under almost any code page
			// that has capitals at 0x80-0x9F ("\x80\x81\x82" is АБВ):
			// the rarer code pages need more words before they are
			// taken for the file's.
			continue
		}
		s := sc.score()
		raw := s
		if cand.name == EncCP1251 && sc.letters < minFreqLetters {
			// Few letters tell the code pages apart poorly (the capitals
			// of one are the small letters of the other); Windows-1251
			// is by far the more common today.
			s += 0.3
		}
		fits = append(fits, scored{cand.name, singleByte[cand.name], s, raw, cand.rare})
	}
	if len(fits) == 0 {
		return "", nil
	}
	// Stable: of two that score the same, the more common code page (the
	// order of legacyCandidates) comes first.
	sort.SliceStable(fits, func(i, j int) bool { return fits[i].score > fits[j].score })
	best := fits[0]
	for _, other := range fits[1:] {
		// Between Windows-1251 and KOI8-R a close call goes to the
		// score (with its preference for Windows-1251), as it always has.
		rare := best.rare || other.rare
		if rare && best.raw-other.raw < ambiguousMargin && !sameReading(b, best.cm, other.cm) {
			return "", []string{best.name, other.name}
		}
	}
	return best.name, nil
}

// ambiguousMargin: two code pages whose scores are closer than this, and
// that read the file differently, cannot be told apart. (The right code
// page of a Russian text scores at least 0.3 above a wrong one that still
// reads as Russian, a word or more; a file that scores the same under two
// is one whose letters both read the same.)
const ambiguousMargin = 0.15

// sameReading reports whether every high byte of b decodes to the same
// character under both code pages: then it does not matter which of them
// the file is in (Windows-1251 and MacCyrillic share their small letters
// but for я, MacCyrillic and CP866 their capitals).
func sameReading(b []byte, x, y *charmap.Charmap) bool {
	var seen [256]bool
	for _, c := range b {
		if c < 0x80 || seen[c] {
			continue
		}
		seen[c] = true
		if x.DecodeByte(c) != y.DecodeByte(c) {
			return false
		}
	}
	return true
}

// legacyScore is what the high bytes of a file look like under one code
// page.
type legacyScore struct {
	high    int     // bytes ≥ 0x80
	bad     int     // high bytes that are not Russian letters in Russian words, nor Russian punctuation
	words   int     // words of two or more Cyrillic letters, well formed
	letters int     // letters of those words
	logFreq float64 // sum of the log frequencies of those letters
}

// russian reports high bytes that read as Russian: some real words, few
// bad bytes, and, given enough letters, Russian letter frequencies.
func (s legacyScore) russian() bool {
	// Two stray bytes read as a two-letter word under almost any code page
	// ("\xff\xfe" is яю in Windows-1251): a file needs three high bytes
	// before it is read as Russian rather than as broken UTF-8 (Ф. 3. Оп.
	// has four).
	if s.words == 0 || s.high < 3 || s.bad*4 > s.high {
		return false
	}
	if s.letters >= minFreqLetters && s.logFreq/float64(s.letters) < -3.8 {
		return false
	}
	return true
}

// score ranks two code pages that both read as Russian.
func (s legacyScore) score() float64 {
	if s.letters == 0 {
		return math.Inf(-1)
	}
	return s.logFreq/float64(s.letters) - 20*float64(s.bad)/float64(s.high)
}

// scoreLegacy reads b under a code page word by word.
func scoreLegacy(b []byte, p *codePage) legacyScore {
	var sc legacyScore
	var w legacyWord
	for _, c := range b {
		switch p.kind[c] {
		case asciiByte:
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				w.latin++
				continue
			}
			w.end(&sc)
		case russianByte, cyrillicByte:
			sc.high++
			w.add(c, p)
		case punctByte:
			sc.high++
			w.end(&sc)
		default:
			sc.high++
			w.end(&sc)
			sc.bad++
		}
	}
	w.end(&sc)
	return sc
}

// legacyWord is the word being read: its Cyrillic letters, whether it
// mixes scripts and whether its capitals are where capitals go.
type legacyWord struct {
	letters       []rune // the Cyrillic letters, in lower case
	latin         int
	upper, lower  int
	badCase, rare bool
	logFreq       float64
}

func (w *legacyWord) add(c byte, p *codePage) {
	if p.kind[c] == cyrillicByte { // Ukrainian, Serbian, Macedonian letters: not Russian
		w.rare = true
	}
	w.letters = append(w.letters, p.lower[c])
	w.logFreq += p.logFreq[c]
	if p.upper[c] {
		w.upper++
		// A capital after a small letter: "нПУЛЧБ" is what the wrong
		// code page makes of "Москва".
		if w.lower > 0 {
			w.badCase = true
		}
	} else {
		w.lower++
		// A small letter after two capitals: "ПРи".
		if w.upper > 1 {
			w.badCase = true
		}
	}
}

// end scores the word and starts the next.
func (w *legacyWord) end(sc *legacyScore) {
	high := len(w.letters)
	switch {
	case high == 0:
	case w.latin > 0 || w.badCase || w.rare:
		sc.bad += high
	case high == 1:
		// A single letter (в, к, с, an initial) neither helps nor hurts.
	case w.lower > 0 && !hasVowel(w.letters) && lookupAbbr(string(w.letters), Russian) == notAbbr:
		// Words in small letters have vowels; capitals without one are
		// abbreviations (ЦК, ВКП), and so are гг., тт., млн.
		sc.bad += high
	default:
		sc.words++
		sc.letters += high
		sc.logFreq += w.logFreq
	}
	*w = legacyWord{letters: w.letters[:0]}
}

func hasVowel(letters []rune) bool {
	for _, r := range letters {
		switch r {
		case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я':
			return true
		}
	}
	return false
}
