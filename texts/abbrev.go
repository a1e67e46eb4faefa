package texts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrClass says whether a word with a full stop can end a sentence.
type abbrClass uint8

const (
	notAbbr abbrClass = iota
	// prefixAbbr stands before a name or a number and never ends a
	// sentence: Gen., No., Sept., т., тов., р. (river), Ф. in citations.
	prefixAbbr
	// endAbbr may end a sentence, and does when a capital follows: etc.,
	// a.m., км., экз., и т.д.
	endAbbr
	// yearAbbr is г.: a sentence may end with it after a year ("1950 г.
	// Далее"), never after it stands before a city ("г. Сеула").
	yearAbbr
)

type abbrEntry struct {
	class abbrClass
	ru    bool // a Russian abbreviation (else English)
}

// The abbreviations of the domain: Soviet telegrams, Politburo minutes,
// archive citations and their English translations. Written in lower case
// without the final full stop; internal full stops stay ("т.е", "a.m").
var (
	enPrefix = []string{
		"gen", "lt", "col", "maj", "capt", "adm", "sgt", "cpl", "pvt", "cmdr", "mr", "mrs", "ms", "dr",
		"prof", "rev", "st", "mt", "ft", "no", "nos", "nr", "art", "arts", "fig", "vol", "ch", "sec",
		"p", "pp", "cf", "vs", "cmrd", "cmrds", "com", "comr", "tov", "messrs", "jan", "feb", "apr",
		"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "s.s", "e.g",
		"i.e", "approx", "ca", "gov", "dept", "div", "reg", "regt", "bn", "lit", "op", "f", "d", "l",
		"ll", "tel", "ref", "doc", "docs", "encl", "attn", "u.s.s.r", "s.s.s.r",
	}
	enEnd = []string{
		"etc", "a.m", "p.m", "km", "kg", "ltd", "inc", "co", "jr", "sr", "b.c", "a.d", "mm", "cm",
		"hrs", "min", "sec", "m", "ibid", "ed", "eds", "trans", "al",
	}
	ruPrefix = []string{
		"т", "тт", "тов", "ген", "полк", "подп", "ком", "им", "ул", "пр", "п", "пп", "р", "оз",
		"пос", "д", "ф", "оп", "л", "лл", "св", "ст", "см", "напр", "т.е", "т.к", "т.н", "ок",
		"ср", "упр", "отп", "вх", "исх", "гр", "кв", "корп", "рис", "табл", "гл", "разд", "нач",
		"зам", "пом", "инж", "тел", "ген.-лейт", "ген.-полк", "ген.-майор", "мл", "с", "ген-л",
		"пол", "пер", "обл", "проф", "акад", "доц", "канд", "т.ч", "г-н", "г-жа", "а", "б", "в", "е", "ж", "з", "и", "к", "м", "н", "о", "у", "х",
	}
	ruEnd = []string{
		"гг", "км", "т.д", "т.п", "др", "пр", "с.г", "стр", "экз", "тыс", "млн", "млрд", "руб",
		"коп", "кг", "чел", "ч", "мин", "сек", "вв", "н.э", "до н.э", "прим", "ред", "пер", "см",
	}
)

var abbreviations = buildAbbreviations()

func buildAbbreviations() map[string]abbrEntry {
	m := make(map[string]abbrEntry)
	add := func(words []string, class abbrClass, ru bool) {
		for _, w := range words {
			for _, v := range []string{w, strings.ToUpper(w), titleCase(w)} {
				if _, dup := m[v]; !dup {
					m[v] = abbrEntry{class: class, ru: ru}
				}
			}
		}
	}
	add(enPrefix, prefixAbbr, false)
	add(enEnd, endAbbr, false)
	add(ruPrefix, prefixAbbr, true)
	add(ruEnd, endAbbr, true)
	m["г"] = abbrEntry{class: yearAbbr, ru: true}
	m["Г"] = abbrEntry{class: yearAbbr, ru: true}
	return m
}

// titleCase upper-cases the first letter of w and of every part after a
// full stop: "a.m" → "A.M", "тов" → "Тов".
func titleCase(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up {
			r = unicode.ToUpper(r)
		}
		up = r == '.'
		b.WriteRune(r)
	}
	return b.String()
}

// lookupAbbr classifies the word before a full stop in a text of lang.
//
// The English and Russian tables are written in their own scripts, so a
// word is looked up as it is first: a Cyrillic word in an English text is
// a quotation (an archive citation, a Russian title) and reads by the
// Russian table, and the other way round. The language decides the words
// that look alike in both scripts: typists and OCR mix Latin and Cyrillic
// letters of one shape ("T. Сталину" with a Latin T, "Nо." with a Cyrillic
// о), and such a word reads as the text's own language would write it.
func lookupAbbr(w string, lang Lang) abbrClass {
	if e, ok := abbreviations[w]; ok {
		return e.class
	}
	if lang == LangAuto {
		return notAbbr
	}
	f, ok := foldHomoglyphs(w, lang == Russian)
	if !ok {
		return notAbbr
	}
	if e, ok := abbreviations[f]; ok && e.ru == (lang == Russian) {
		return e.class
	}
	return notAbbr
}

// homoglyphs pair Latin letters with the Cyrillic letters of the same
// shape.
var homoglyphs = [][2]rune{
	{'A', 'А'}, {'B', 'В'}, {'C', 'С'}, {'E', 'Е'}, {'H', 'Н'}, {'K', 'К'}, {'M', 'М'}, {'O', 'О'},
	{'P', 'Р'}, {'T', 'Т'}, {'X', 'Х'}, {'a', 'а'}, {'c', 'с'}, {'e', 'е'}, {'o', 'о'}, {'p', 'р'},
	{'x', 'х'}, {'y', 'у'},
}

// foldHomoglyphs writes the letters of w that look alike in both scripts
// in Cyrillic (toCyrillic) or in Latin. It reports false when nothing
// changed or a letter of the other script has no twin.
func foldHomoglyphs(w string, toCyrillic bool) (string, bool) {
	// Most words are of one script, the text's own: nothing to fold.
	foreign := false
	for i := 0; i < len(w) && !foreign; i++ {
		c := w[i]
		if toCyrillic {
			foreign = c|0x20 >= 'a' && c|0x20 <= 'z'
		} else {
			foreign = c >= 0xD0 && c <= 0xD4
		}
	}
	if !foreign {
		return w, false
	}
	changed := false
	out := make([]rune, 0, len(w))
	for _, r := range w {
		if unicode.IsLetter(r) && isCyrillic(r) != toCyrillic {
			twin := rune(0)
			for _, h := range homoglyphs {
				if toCyrillic && h[0] == r {
					twin = h[1]
				} else if !toCyrillic && h[1] == r {
					twin = h[0]
				}
			}
			if twin == 0 {
				return w, false
			}
			r, changed = twin, true
		}
		out = append(out, r)
	}
	return string(out), changed
}

// scriptLang says which language a text is written in by its letters:
// Russian when Cyrillic letters outnumber Latin ones. Long texts are
// judged by their first 64 KB.
func scriptLang(text string) Lang {
	cyr, lat := 0, 0
	for i := 0; i < len(text) && i < 64<<10; i++ {
		switch c := text[i]; {
		case c < 0x80:
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				lat++
			}
		case c >= 0xD0 && c <= 0xD3, c == 0xD4 && i+1 < len(text) && text[i+1] < 0xB0:
			// Cyrillic (U+0400–U+052F) is two bytes led by 0xD0–0xD4.
			cyr++
		}
	}
	if cyr > lat {
		return Russian
	}
	return English
}

func isCyrillic(r rune) bool { return r >= 0x400 && r <= 0x52F }

// isInitials reports whether w (without its last full stop) is one or more
// single capital letters joined by full stops: "A", "A.M", "А.П".
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for len(w) > 0 {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		w = w[n:]
		if w == "" {
			return true
		}
		if w[0] != '.' {
			return false
		}
		w = w[1:]
	}
	return false
}
