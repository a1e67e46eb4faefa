package glossary

import (
	"strings"
	"unicode/utf8"
)

// Russian surnames do not share a stem across their forms the way the
// stemmer sees them (Штыков → штык, which is also a bayonet), so the words of
// a person's name with a surname ending are matched by their declension
// instead: every case, both genders, the plural.
var surnameDeclensions = []struct {
	ending string   // of the name as written in the glossary, folded
	cut    int      // bytes to cut from the name to get the base
	forms  []string // endings added to the base
}{
	{"ский", len("ий"), adjectiveEndings},
	{"цкий", len("ий"), adjectiveEndings},
	{"ской", len("ой"), adjectiveEndings},
	{"ская", len("ая"), adjectiveEndings},
	{"цкая", len("ая"), adjectiveEndings},
	{"ова", len("а"), possessiveEndings},
	{"ева", len("а"), possessiveEndings},
	{"ина", len("а"), possessiveEndings},
	{"ына", len("а"), possessiveEndings},
	{"ов", 0, possessiveEndings},
	{"ев", 0, possessiveEndings},
	{"ин", 0, possessiveEndings},
	{"ын", 0, possessiveEndings},
}

var (
	adjectiveEndings  = []string{"ий", "ой", "ого", "ому", "им", "ом", "ая", "ую", "ие", "их", "ими"}
	possessiveEndings = []string{"", "а", "у", "ым", "е", "ой", "ою", "ы", "ых", "ыми"}
)

// surnameForms returns the declension of a folded surname, or nil when it
// has no surname ending.
func surnameForms(w string) []string {
	for _, d := range surnameDeclensions {
		if strings.HasSuffix(w, d.ending) && len([]rune(w)) > len([]rune(d.ending))+1 {
			base := w[:len(w)-d.cut]
			out := make([]string, 0, len(d.forms))
			for _, f := range d.forms {
				out = append(out, base+f)
			}
			return out
		}
	}
	return nil
}

// nameEndings are the case endings of Russian surnames and place names,
// longest first. Snowball stems names unevenly (Лаврентьев → лаврент but
// Лаврентьеву → лаврентьев), so names get this plainer stemming.
var nameEndings = []string{"ыми", "ими", "ому", "ему", "ого", "его", "ой", "ей", "ий", "ый", "ым", "им", "ом", "ем", "ую", "ая", "у", "а", "е", "ы", "и", "ю", "я"}

// NameStem strips one case ending from a Russian name, keeping at least
// four letters.
func NameStem(w string) string {
	w = FoldRussian(w)
	for _, e := range nameEndings {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= 4 {
			return strings.TrimSuffix(w, e)
		}
	}
	return w
}

// SurnameBase cuts the longest case ending off a folded word that looks like
// a surname.
func SurnameBase(f string) (string, bool) {
	best, found := "", false
	try := func(stems []string, endings []string) {
		for _, st := range stems {
			for _, e := range endings {
				if strings.HasSuffix(f, st+e) && len(f)-len(e) > len(st)+2 {
					if b := f[:len(f)-len(e)]; !found || len(b) < len(best) {
						best, found = b, true
					}
				}
			}
		}
	}
	try([]string{"ск", "цк"}, adjectiveEndings)
	try([]string{"ов", "ев", "ин", "ын"}, possessiveEndings)
	return best, found
}
