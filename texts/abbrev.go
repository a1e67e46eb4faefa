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

// lookupAbbr classifies the word before a full stop. English and Russian
// abbreviations are told apart by their script, so one table serves both
// languages and the English quoting a Russian citation.
func lookupAbbr(w string) abbrClass {
	return abbreviations[w].class
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
