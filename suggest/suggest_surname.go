package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/lex"
	"github.com/sverka/sverka/texts"
)

// A woman's surname in -ова, -ева, -ина, -ына has in the genitive, dative
// and instrumental the ending of a feminine adjective (Ивановой, as
// Трудовой), and a lower-case word after it does not tell which it is
// (Ивановой ответ, Трудовой партии). The occurrences together do: a title
// before one (т. Ивановой), one seen alone or before a word no adjective
// in -ой agrees with (Ивановой лично), and no noun that recurs after it.

// surnameSigns is what the occurrences of a name that could be a surname
// say of it.
type surnameSigns struct {
	// feminine is the nominative of a woman's surname (Иванова), set
	// where a form only hers has was seen (Ивановой, Ивановою).
	feminine string
	// masculine is set where a form only a man's surname has was seen
	// (Иванов, Ивановым, Иванове; Иванову and Иванова are both).
	masculine bool
	// alone counts the occurrences that read as a surname rather than an
	// adjective: not before a lower-case word, or before one that no
	// adjective in -ой agrees with.
	alone int
}

func (g *surnameSigns) add(o surnameSigns) {
	if g.feminine == "" {
		g.feminine = o.feminine
	}
	g.masculine = g.masculine || o.masculine
	g.alone += o.alone
}

// surnameSignsOf reads one occurrence of name, a word with base the stem
// glossary.SurnameBase cuts; adjective says it stands before a lower-case
// word next in a form an adjective has. A surname of the adjective kind
// (Жуковской: Жуковская or Жуковский) says nothing here.
func surnameSignsOf(name, base string, adjective bool, next string) surnameSigns {
	var g surnameSigns
	if strings.HasSuffix(base, "ск") || strings.HasSuffix(base, "цк") {
		return g
	}
	switch strings.TrimPrefix(glossary.FoldRussian(name), base) {
	case "ой", "ою":
		g.feminine = keepCase(name, base+"а")
	case "", "ым", "е":
		g.masculine = true
	}
	if !adjective || !agreesWithFeminineAdjective(next) {
		g.alone = 1
	}
	return g
}

// agreesWithFeminineAdjective reports whether a lower-case word can be
// the noun of an adjective in -ой: a feminine one in the genitive, dative,
// prepositional or instrumental (партии, армии, власти, охраной), or a
// masculine one in the nominative (Береговой отряд). A word in -а, -я,
// -о, -у, -ю (лично, сказала, сегодня) or an infinitive (подготовить,
// явиться) is none of these.
func agreesWithFeminineAdjective(w string) bool {
	f := glossary.FoldRussian(w)
	for _, end := range []string{"ью", "ою", "ею"} {
		if strings.HasSuffix(f, end) {
			return true
		}
	}
	for _, end := range []string{"ть", "ться", "тись"} {
		if strings.HasSuffix(f, end) && utf8.RuneCountInString(f) > 4 {
			return false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(f)
	return !strings.ContainsRune("аяоуюэ", r)
}

// feminineSurname returns the nominative of a woman's surname (Иванова)
// for a name seen in a form only hers has (Ивановой), as a surname at
// least once (after a title, alone, or before a word that is not its
// noun), never in a form only a man's has, and with no noun recurring
// after it (Трудовой партии).
func feminineSurname(sg *Suggestion) (string, bool) {
	g := sg.surname
	if g.feminine == "" || g.masculine || g.alone == 0 && sg.votes.person == 0 || recurringNoun(sg) != nil {
		return "", false
	}
	return g.feminine, true
}

// ordinaryFirst reports whether first, the capitalised word a sentence
// starts with, is an ordinary word and not part of the surname after it
// (Передать Ивановой, Доложил Иванов, Товарищ Петрову): the texts write
// it in lower case elsewhere, and name looks like a surname. A name of
// two words that starts a sentence (Северная Корея, Советский Союз) has
// no surname after its first word and stays whole.
func (s *suggester) ordinaryFirst(first, name string) bool {
	if !s.ruLower[strings.ToLower(first)] {
		return false
	}
	_, ok := glossary.SurnameBase(glossary.FoldRussian(name))
	return ok
}

// lowerRussianWords are the words the Russian texts write in lower case.
func lowerRussianWords(cols []*texts.Collection) map[string]bool {
	out := make(map[string]bool)
	for _, c := range cols {
		for _, d := range c.Documents {
			for _, seg := range d.Segments {
				if cyrillicShare(seg.Text) <= 0.5 {
					continue
				}
				for _, w := range lex.Words(seg.Text, true) {
					if r, _ := utf8.DecodeRuneInString(w.Text); unicode.IsLower(r) {
						out[w.Text] = true
					}
				}
			}
		}
	}
	return out
}
