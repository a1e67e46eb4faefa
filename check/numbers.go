package check

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/lex"
)

// The numbers of a sentence, read as number-mismatch compares them: a
// date, a time of day or a number, each in one canonical form whatever
// the language and the convention it is written in (8.10 and 8:10 a.m.;
// 3.11.51, 3 November 1951 and 11/03/51; 1 450 and 1,450; пять and five).

type numKind byte

const (
	numPlain numKind = 'n'
	numDate  numKind = 'd' // day and month: "3.11"
	numTime  numKind = 't' // "8:10", 24-hour
)

// numTok is one number of a text.
type numTok struct {
	kind numKind
	val  string // canonical: "1450", "3.11", "8:10"
	// digits: written in figures. Numbers written in words only answer
	// figures on the other side; they are never reported themselves.
	digits bool
	// glued: figures stuck to the letters before them (MDGS2), as a
	// footnote marker copied from a web page is.
	glued      bool
	start, end int
	// day, month: a date's parts, for a date read the other way round.
	day, month int
	sep        byte // the date's separator: '.', '/', or ' ' for a month word
}

// numbersIn reads the numbers of s, English or Russian.
func numbersIn(s string, russian bool) []numTok {
	var out []numTok
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= '0' && r <= '9' {
			toks, end := readFigures(s, i, russian)
			out = append(out, toks...)
			i = end
			continue
		}
		if unicode.IsLetter(r) {
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
			if v, ok := numberWordOf(s[i:j]); ok {
				out = append(out, numTok{kind: numPlain, val: strconv.Itoa(v), start: i, end: j})
			}
			i = j
			continue
		}
		i += n
	}
	return datesFromMonths(s, out)
}

// readFigures reads the figures starting at byte i: a number, a date, a
// time, or several numbers (78/73).
func readFigures(s string, i int, russian bool) ([]numTok, int) {
	start := i
	glued := false
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		glued = unicode.IsLetter(r)
	}
	// A code (YAK-9, LA-9s, term-1): the figures belong to a name, whose
	// spelling other rules check; they answer the other side's figures
	// but are not reported.
	code := start > 1 && s[start-1] == '-' && lex.EndsWithLetter(s[:start-1])
	var parts []figures
	var seps []byte
	j := i
	for {
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		parts = append(parts, figures{j, k})
		j = k
		firstShort := parts[0].end-parts[0].start <= 3
		if j+1 < len(s) && strings.IndexByte(".:/,", s[j]) >= 0 && isDigit(s[j+1]) {
			if s[j] == ',' && !(threeDigits(s, j+1) && firstShort && onlySep(seps, ',')) {
				break // 2,Molotov or a list 1,2: not a thousands comma
			}
			seps = append(seps, s[j])
			j++
			continue
		}
		// A thousands space, in Russian: 1 450.
		if russian && j < len(s) && firstShort && onlySep(seps, ' ') {
			if r, w := utf8.DecodeRuneInString(s[j:]); (r == ' ' || r == '\u00a0' || r == '\u202f') && threeDigits(s, j+w) {
				seps = append(seps, ' ')
				j += w
				continue
			}
		}
		break
	}
	end := j
	// A trailing full stop that ends the sentence is not a separator: the
	// loop only took separators followed by a figure.
	num := func(p figures) int { v, _ := strconv.Atoi(s[p.start:p.end]); return v }
	one := func(v string) numTok {
		return numTok{kind: numPlain, val: v, digits: true, glued: glued, start: start, end: end}
	}
	allSep := func(c byte) bool { return onlySep(seps, c) }
	var toks []numTok
	switch {
	case len(parts) == 1:
		toks = []numTok{one(trimZeros(s[start:end]))}
	case allSep(',') || allSep(' '):
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(s[p.start:p.end])
		}
		toks = []numTok{one(trimZeros(b.String()))}
	case len(parts) == 3 && (allSep('.') || allSep('/')):
		a, b, y := num(parts[0]), num(parts[1]), parts[2]
		d, m := a, b
		if seps[0] == '/' && a <= 12 {
			d, m = b, a // MM/DD/YY
		}
		if d >= 1 && d <= 31 && m >= 1 && m <= 12 && (y.end-y.start == 2 || y.end-y.start == 4) {
			year := s[y.start:y.end]
			if len(year) == 2 {
				year = "19" + year
			}
			t := numTok{kind: numDate, val: strconv.Itoa(d) + "." + strconv.Itoa(m), digits: true, glued: glued, start: start, end: end, day: d, month: m, sep: seps[0]}
			toks = []numTok{t, {kind: numPlain, val: year, digits: true, start: y.start, end: y.end}}
			break
		}
		toks = splitParts(s, parts, glued)
	case len(parts) == 2 && (seps[0] == ':' || seps[0] == '.') && parts[1].end-parts[1].start == 2 && num(parts[0]) <= 24 && num(parts[1]) < 60:
		h, m := num(parts[0]), num(parts[1])
		h, end = withMeridiem(s, end, h)
		toks = []numTok{{kind: numTime, val: strconv.Itoa(h) + ":" + pad2(m), digits: true, glued: glued, start: start, end: end}}
	case len(parts) == 2 && seps[0] == ':':
		// 8:101: no time of day; kept whole, a digit fused to a time.
		toks = []numTok{one(s[start:end])}
	case len(parts) == 2 && seps[0] == '.':
		toks = []numTok{one(strings.TrimLeft(s[parts[0].start:parts[0].end], "0") + "." + s[parts[1].start:parts[1].end])}
	default:
		toks = splitParts(s, parts, glued)
	}
	// 7 p.m.: a number with a meridiem is a time.
	if len(toks) == 1 && toks[0].kind == numPlain && len(parts) == 1 {
		if h, e := withMeridiem(s, end, num(parts[0])); e != end && num(parts[0]) <= 12 {
			toks[0].kind, toks[0].val, toks[0].end = numTime, strconv.Itoa(h)+":00", e
			end = e
		}
	}
	// 100 тысяч, 2 thousand.
	if len(toks) == 1 && toks[0].kind == numPlain {
		rest := strings.TrimLeft(s[end:], " \u00a0")
		for _, m := range []struct {
			word  string
			zeros string
		}{{"тыс", "000"}, {"thousand", "000"}, {"млн", "000000"}, {"million", "000000"}} {
			if strings.HasPrefix(lex.Lower(rest[:min(len(rest), 12)]), m.word) && !strings.Contains(toks[0].val, ".") {
				toks[0].val += m.zeros
			}
		}
	}
	if code {
		for k := range toks {
			toks[k].digits = false
		}
	}
	return toks, end
}

// figures is one run of figures of a number.
type figures struct{ start, end int }

func splitParts(s string, parts []figures, glued bool) []numTok {
	var out []numTok
	for k, p := range parts {
		out = append(out, numTok{kind: numPlain, val: trimZeros(s[p.start:p.end]), digits: true, glued: glued && k == 0, start: p.start, end: p.end})
	}
	return out
}

// withMeridiem reads a.m. or p.m. after a time (spaces, dots and case
// as typists write them) and returns the 24-hour hour and where the
// suffix ends.
func withMeridiem(s string, end, h int) (int, int) {
	j := end
	for j < len(s) && s[j] == ' ' {
		j++
	}
	rest := strings.ToLower(s[j:min(len(s), j+5)])
	for _, suf := range []string{"a.m.", "p.m.", "a.m", "p.m", "am", "pm"} {
		if !strings.HasPrefix(rest, suf) {
			continue
		}
		after := j + len(suf)
		if after < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[after:]); unicode.IsLetter(r) {
				return h, end // "am" of another word
			}
		}
		switch {
		case suf[0] == 'p' && h < 12:
			h += 12
		case suf[0] == 'a' && h == 12:
			h = 0
		}
		return h, after
	}
	return h, end
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// onlySep reports whether every separator so far is c (or there is none).
func onlySep(seps []byte, c byte) bool {
	for _, x := range seps {
		if x != c {
			return false
		}
	}
	return true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// threeDigits reports exactly three figures at byte i.
func threeDigits(s string, i int) bool {
	return i+3 <= len(s) && isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+2]) && (i+3 == len(s) || !isDigit(s[i+3]))
}

// datesFromMonths turns a day number next to a month's name into a date:
// 3 November, November 3, «21» сентября.
func datesFromMonths(s string, toks []numTok) []numTok {
	for k := range toks {
		t := &toks[k]
		if t.kind != numPlain || !t.digits {
			continue
		}
		d, err := strconv.Atoi(t.val)
		if err != nil || d < 1 || d > 31 {
			continue
		}
		after := strings.TrimLeft(s[t.end:], "»\"”' \u00a0")
		if m := monthAt(after); m > 0 {
			t.kind, t.val, t.day, t.month, t.sep = numDate, strconv.Itoa(d)+"."+strconv.Itoa(m), d, m, ' '
			continue
		}
		before := strings.TrimRight(s[:t.start], "«\"“' \u00a0")
		if m := monthBefore(before); m > 0 {
			t.kind, t.val, t.day, t.month, t.sep = numDate, strconv.Itoa(d)+"."+strconv.Itoa(m), d, m, ' '
		}
	}
	return toks
}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// russianMonths are the genitive stems of the months: 3 ноября.
var russianMonths = []string{"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"}

func monthAt(s string) int {
	w := lex.Lower(firstWord(s))
	return monthOf(w)
}

func monthBefore(s string) int {
	start := 0
	if i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		start = i + n // past the whole character: « and — are several bytes
	}
	w := strings.TrimSuffix(lex.Lower(s[start:]), ".")
	return monthOf(w)
}

func monthOf(w string) int {
	if len(w) < 3 {
		return 0
	}
	for i, m := range monthNames {
		if w == m || len(w) >= 3 && strings.HasPrefix(m, w) && (len(w) == 3 || w == "sept") {
			return i + 1
		}
	}
	for i, m := range russianMonths {
		if i == 4 {
			if w == "мая" || w == "май" {
				return 5
			}
			continue
		}
		if strings.HasPrefix(w, m) && len(w)-len(m) <= 4 {
			return i + 1
		}
	}
	return 0
}

func firstWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// englishNumberWords and russianNumberStems are numbers written in words,
// cardinal and ordinal.
var englishNumberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"once": 1, "twice": 2, "single": 1, "double": 2, "pair": 2, "dozen": 12,
}

var russianNumberStems = []struct {
	stem string
	v    int
}{
	{"одн", 1}, {"один", 1}, {"перв", 1}, {"два", 2}, {"две", 2}, {"двух", 2}, {"двум", 2}, {"втор", 2}, {"оба", 2}, {"обе", 2},
	{"три", 3}, {"трех", 3}, {"трём", 3}, {"трем", 3}, {"трёх", 3}, {"трет", 3}, {"четыр", 4}, {"четвер", 4}, {"пят", 5},
	{"шест", 6}, {"сем", 7}, {"седьм", 7}, {"восем", 8}, {"восьм", 8}, {"девят", 9}, {"десят", 10}, {"пятнадцат", 15},
	{"двадцат", 20}, {"тридцат", 30}, {"сорок", 40}, {"сто", 100}, {"сотн", 100}, {"тысяч", 1000}, {"дважды", 2},
}

// russianNumberFirst are the first letters of russianNumberStems: most
// words of a sentence are turned away by their first letter.
var russianNumberFirst = func() map[rune]bool {
	m := map[rune]bool{}
	for _, s := range russianNumberStems {
		r, _ := utf8.DecodeRuneInString(s.stem)
		m[r] = true
	}
	return m
}()

// numberWordOf is numberWord on a word as written, turning most words
// away before lowering them.
func numberWordOf(w string) (int, bool) {
	if len(w) > 24 {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if r >= utf8.RuneSelf {
		if !russianNumberFirst[unicode.ToLower(r)] {
			return 0, false
		}
	} else {
		// English: lowered into a buffer, looked up without allocating.
		if len(w) > 9 {
			return 0, false
		}
		var buf [9]byte
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		v, ok := englishNumberWords[string(buf[:len(w)])]
		return v, ok
	}
	return numberWord(lex.Lower(w))
}

// numberWord reads a number word: five, пяти, first, перв-.
func numberWord(w string) (int, bool) {
	if v, ok := englishNumberWords[w]; ok {
		return v, true
	}
	best, bv := "", 0
	for _, s := range russianNumberStems {
		// A short stem takes one more letter at most: семь, семи, not семья.
		most := 6
		if utf8.RuneCountInString(s.stem) <= 3 {
			most = 2
		}
		if strings.HasPrefix(w, s.stem) && len(s.stem) > len(best) && len(w)-len(s.stem) <= most {
			best, bv = s.stem, s.v
		}
	}
	return bv, best != ""
}

// trimZeros is the figures without their leading zeros: "0" for zero.
func trimZeros(s string) string {
	if v := strings.TrimLeft(s, "0"); v != "" {
		return v
	}
	return "0"
}
