package texts

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Scheme is a romanisation scheme for Russian.
type Scheme string

// The schemes. Each maps every letter of the Russian alphabet; letters of
// other alphabets and everything else pass through unchanged.
//
// ALA-LC is written without its diacritics and tie bars, the way most
// scholarly editions print it: ё → e, й → i, ы → y, э → e, ю → iu, я → ia,
// ь → ', ъ → ".
//
// BGN/PCGN follows the 1947 system as printed in practice: е → ye at the start
// of a word and after a vowel, й, ъ or ь (e elsewhere), ё → ë (yë in the same
// places), й → y, ы → y, ь → ', ъ → ", э → e, ю → yu, я → ya; the optional
// middle dot that separates ambiguous digraphs (тс → t·s) is left out.
//
// ISO 9:1995 keeps its diacritics and is one letter for one letter: ж → ž,
// ч → č, ш → š, щ → ŝ, х → h, ц → c, й → j, ю → û, я → â, э → è, ь → ʹ, ъ → ʺ.
//
// The popular newspaper style is BGN/PCGN without the signs (ь and ъ are
// dropped), with ё → yo where BGN has yë and e after a consonant, and the
// adjective and surname endings -ий and -ый written -y (Vasilevsky, Smely).
const (
	ALALC   Scheme = "ala-lc"  // ALA-LC without diacritics: авиабоязнь → aviaboiazn', Василевский → Vasilevskii
	BGN     Scheme = "bgn"     // BGN/PCGN: Лаврентьев → Lavrent'yev, Василевский → Vasilevskiy
	ISO9    Scheme = "iso9"    // ISO 9:1995: Щука → Ŝuka, Василевский → Vasilevskij
	Popular Scheme = "popular" // newspaper style: Shtykov, Matveyev, Beriya, Vasilevsky
)

// Schemes lists the schemes, the default first.
func Schemes() []Scheme { return []Scheme{ALALC, BGN, ISO9, Popular} }

// ParseScheme reads a scheme name as written on a command line or in a
// glossary. The empty string is the default, ALA-LC.
func ParseScheme(s string) (Scheme, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "ala-lc", "alalc", "ala", "lc":
		return ALALC, nil
	case "bgn", "bgn/pcgn", "pcgn", "bgn-pcgn":
		return BGN, nil
	case "iso9", "iso-9", "iso 9", "gost-7.79":
		return ISO9, nil
	case "popular", "newspaper":
		return Popular, nil
	}
	return "", fmt.Errorf("unknown transliteration scheme %q (want ala-lc, bgn, iso9 or popular)", s)
}

// Transliterate romanises the Cyrillic letters of s with the scheme and
// leaves everything else as it is. An unknown scheme is taken as ALA-LC.
func Transliterate(s string, scheme Scheme) string {
	out, _, err := transform.String(Transliterator(scheme), s)
	if err != nil {
		// The transformer never fails on complete input; keep the text.
		return s
	}
	return out
}

// Transliterator returns a transformer that romanises Russian with the
// scheme. It can be chained with others (transform.Chain) and streamed
// (transform.NewReader). An unknown scheme is taken as ALA-LC. Invalid UTF-8
// is replaced by U+FFFD.
func Transliterator(scheme Scheme) transform.Transformer {
	t := &translit{table: alalcTable}
	switch scheme {
	case BGN:
		t.table, t.yeRule = bgnTable, true
	case ISO9:
		t.table = iso9Table
	case Popular:
		t.table, t.yeRule, t.popular = popularTable, true, true
	}
	return t
}

// translit is the transformer. It remembers the last rune it read, because
// BGN and the popular style spell е differently at the start of a word and
// after a vowel, and case depends on the neighbours.
type translit struct {
	table   map[rune]string
	yeRule  bool // е → ye, ё → yë/yo at the start of a word and after a vowel
	popular bool // -ий, -ый → -y; ь, ъ dropped; ё → yo
	prev    rune // the last rune read, 0 at the start
	// word holds the letters of the current word read so far, up to
	// maxAcronym+1 of them: enough to tell an acronym.
	word []rune
}

func (t *translit) Reset() { t.prev, t.word = 0, t.word[:0] }

// lookahead is how many runes after the current one the rules look at: the
// rest of a word of maxAcronym letters and what ends it.
const lookahead = maxAcronym

// read records a rune the transformer has used up.
func (t *translit) read(r rune) {
	t.prev = r
	if !unicode.IsLetter(r) {
		t.word = t.word[:0]
	} else if len(t.word) <= maxAcronym {
		t.word = append(t.word, r)
	}
}

func (t *translit) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		r, size := utf8.DecodeRune(src[nSrc:])
		if r == utf8.RuneError && size <= 1 {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			r = utf8.RuneError
		}
		low := unicode.ToLower(r)
		if _, ok := t.table[low]; !ok {
			// Not Russian: copy as is (U+FFFD for invalid bytes).
			n := utf8.RuneLen(r)
			if nDst+n > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			utf8.EncodeRune(dst[nDst:], r)
			nDst += n
			nSrc += size
			t.read(r)
			continue
		}
		// Read the runes that follow; ask for more input if they may be cut.
		var next [lookahead]rune
		off := nSrc + size
		for i := range next {
			if off >= len(src) {
				if !atEOF {
					return nDst, nSrc, transform.ErrShortSrc
				}
				break
			}
			if !utf8.FullRune(src[off:]) && !atEOF {
				return nDst, nSrc, transform.ErrShortSrc
			}
			nr, ns := utf8.DecodeRune(src[off:])
			next[i] = nr
			off += ns
		}
		out, consumed := t.romanize(low, next)
		if unicode.IsUpper(r) && t.inAcronym(r, next) {
			out = capitalized(out)
		} else {
			out = recase(out, r, t.prev, next[0])
		}
		if nDst+len(out) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
		t.read(r)
		for range consumed {
			nr, ns := utf8.DecodeRune(src[nSrc:])
			nSrc += ns
			t.read(nr)
		}
	}
	return nDst, nSrc, nil
}

// romanize spells one lower-case Russian letter in its context and says how
// many of the following runes it used up.
func (t *translit) romanize(r rune, next [lookahead]rune) (string, int) {
	prev := unicode.ToLower(t.prev)
	if t.popular {
		if (r == 'и' || r == 'ы') && unicode.ToLower(next[0]) == 'й' && !isLetter(next[1]) {
			return "y", 1 // Василевский → Vasilevsky, Смелый → Smely
		}
		if r == 'ё' && !(prev == 0 || !isLetter(prev) || isRussianVowel(prev) || prev == 'ь' || prev == 'ъ' || prev == 'й') {
			return "e", 0 // Хрущёв → Khrushchev
		}
	}
	if t.yeRule && (r == 'е' || r == 'ё') {
		if !isLetter(prev) || isRussianVowel(prev) || prev == 'ь' || prev == 'ъ' || prev == 'й' {
			if r == 'е' {
				return "ye", 0
			}
			if t.popular {
				return "yo", 0
			}
			return "yë", 0
		}
	}
	return t.table[r], 0
}

// recase gives the romanisation of r the case of r: a capital starts a
// capitalised word (Щука → Shchuka) unless the word is written in capitals
// (ЩУКА → SHCHUKA), which the neighbouring letters tell.
func recase(out string, r, prev, next rune) string {
	if !unicode.IsUpper(r) || out == "" {
		return out
	}
	allCaps := unicode.IsUpper(next) || (!unicode.IsLetter(next) && unicode.IsUpper(prev))
	if allCaps {
		return strings.ToUpper(out)
	}
	return capitalized(out)
}

// maxAcronym is the length of the longest word read as an acronym.
const maxAcronym = 4

// inAcronym reports whether the capital r stands in an acronym: a word of
// two to four capitals in which no vowel stands between two consonants (ЦК,
// ВЧК, НКВД, КНА, but not ЖУК, ЩУКА or КИМ, surnames written in capitals as
// telegrams do). An acronym's letters are capitalised each on its own, so
// that a digraph shows where it starts: ЦК → TsK, ЧК → ChK, where a word in
// capitals is written in capitals throughout (ЩУКА → SHCHUKA). The test is
// a rule of thumb: an acronym read as a word (ЦАГИ, МХАТ) has a vowel between
// consonants and comes out in capitals (TSAGI, MKHAT), as it often is.
func (t *translit) inAcronym(r rune, next [lookahead]rune) bool {
	word := append(t.word[:len(t.word):len(t.word)], r)
	for _, nr := range next {
		if !isLetter(nr) {
			break
		}
		word = append(word, nr)
	}
	if len(word) < 2 || len(word) > maxAcronym {
		return false
	}
	for i, wr := range word {
		if !unicode.IsUpper(wr) {
			return false
		}
		if i > 0 && i < len(word)-1 && isRussianVowel(wr) && !isRussianVowel(word[i-1]) && !isRussianVowel(word[i+1]) {
			return false
		}
	}
	return true
}

// capitalized writes the first letter of s in capitals and the rest as it is.
func capitalized(s string) string {
	if s == "" {
		return s
	}
	first, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(first)) + s[n:]
}

func isLetter(r rune) bool { return r != 0 && unicode.IsLetter(r) }

func isRussianVowel(r rune) bool {
	switch unicode.ToLower(r) {
	case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я':
		return true
	}
	return false
}

// common holds the letters every scheme except ISO 9 spells alike.
var common = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ы': "y", 'э': "e",
}

func withCommon(extra map[rune]string) map[rune]string {
	m := make(map[rune]string, len(common)+len(extra))
	for k, v := range common {
		m[k] = v
	}
	for k, v := range extra {
		m[k] = v
	}
	return m
}

var (
	alalcTable = withCommon(map[rune]string{
		'ё': "e", 'й': "i", 'ъ': "\"", 'ь': "'", 'ю': "iu", 'я': "ia",
	})
	bgnTable = withCommon(map[rune]string{
		'ё': "ë", 'й': "y", 'ъ': "\"", 'ь': "'", 'ю': "yu", 'я': "ya",
	})
	popularTable = withCommon(map[rune]string{
		'ё': "yo", 'й': "y", 'ъ': "", 'ь': "", 'ю': "yu", 'я': "ya",
	})
	iso9Table = map[rune]string{
		'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "ë", 'ж': "ž",
		'з': "z", 'и': "i", 'й': "j", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
		'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "h", 'ц': "c",
		'ч': "č", 'ш': "š", 'щ': "ŝ", 'ъ': "ʺ", 'ы': "y", 'ь': "ʹ", 'э': "è", 'ю': "û", 'я': "â",
	}
)
