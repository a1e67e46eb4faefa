package glossary

import (
	"strings"
	"unicode/utf8"
)

// The Snowball stemmer gives the nouns in -я and -й after a vowel
// another stem than their other cases: Корея → коре but Кореи, Корее,
// Корею → кор; Китай → кита but Китая, Китае → кит. A term's word of
// that kind is therefore matched by its case forms too (declinedForms),
// the forms themselves, not their short stems: кор is кора's as well.

// yaForms and iForms are the case endings of a noun in -я and of one in
// -й after a vowel, put after the word without its last letter.
var (
	yaForms = []string{"и", "е", "ю", "ей", "ею", "ям", "ями", "ях"}
	iForms  = []string{"я", "ю", "е", "ем", "и", "ев", "ям", "ями", "ях"}
)

// declinedForms returns the case forms of a folded word of a term that
// its stems (lemmaStems') do not find, or nil. Words in -ый and -ий have
// none: the stemmer takes those endings off every case. An adjective in
// -ой or -ая gets forms that are no words (трудовоя, севернаю), which
// match nothing; its real ones (трудовое) its stem finds already.
func (ix *matchIndex) declinedForms(folded string, stems []string) []string {
	last, n := utf8.DecodeLastRuneInString(folded)
	before, _ := utf8.DecodeLastRuneInString(folded[:len(folded)-n])
	if utf8.RuneCountInString(folded) < 3 || !strings.ContainsRune("аеоуэюя", before) {
		return nil
	}
	var endings []string
	switch last {
	case 'я':
		endings = yaForms
	case 'й':
		endings = iForms
	default:
		return nil
	}
	base := folded[:len(folded)-n]
	var out []string
	for _, e := range endings {
		f := base + e
		st := ix.stem(f)
		found := false
		for _, s := range stems {
			found = found || s == st
		}
		if !found {
			out = append(out, f)
		}
	}
	return out
}
