package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/lex"
)

// The kind of a suggested name is told from the words before it where the
// texts say (тов. Берия, Comrade Beriya, А.М. Василевский are people; г.
// Пхеньян, в районе Пхеньяна, in Seoul are places), else from the endings
// place names commonly have. What stays unknown is a term for the editor to
// classify.

// kindVotes counts the contexts a name was seen in.
type kindVotes struct {
	person, place int
	weakPlace     int // after в, из, in: places mostly, but not only
}

// add counts another suggestion's votes in: the same name seen in the
// other language.
func (v *kindVotes) add(o kindVotes) {
	v.person += o.person
	v.place += o.place
	v.weakPlace += o.weakPlace
}

var personBefore = map[string]bool{
	"т": true, "тов": true, "товарищ": true, "товарищу": true, "товарища": true, "товарищем": true,
	"маршал": true, "маршалу": true, "маршала": true, "генерал": true, "генералу": true, "генерала": true,
	"comrade": true, "comrades": true, "marshal": true, "general": true, "mr": true, "premier": true, "minister": true,
	// A signature line: who deciphered, typed or sent a telegram.
	"расшифровал": true, "расшифровала": true, "отп": true, "исп": true, "размножил": true, "напечатал": true,
}

var placeBefore = map[string]bool{
	"г": true, "город": true, "города": true, "городе": true, "район": true, "района": true, "районе": true,
	"провинция": true, "провинции": true, "порт": true, "порта": true, "порту": true, "станция": true, "станции": true,
	"city": true, "town": true, "province": true, "port": true,
	// Directions: севернее Тайкю, северо-западнее Сеула.
	"севернее": true, "южнее": true, "западнее": true, "восточнее": true, "аэродроме": true, "аэродром": true,
}

var weakPlaceBefore = map[string]bool{
	"в": true, "во": true, "из": true, "под": true, "на": true, "до": true,
	"in": true, "near": true, "at": true, "to": true,
}

// place endings: Пхеньян, Ляоян; Ленинград, Оренбург, Севастополь.
var placeEndings = []string{"ян", "град", "бург", "поль", "yang", "grad", "burg", "pol"}

// voteKind counts the word before a name at byte i of s.
func (v *kindVotes) voteKind(s string, i int) {
	before := strings.TrimRight(s[:i], " \t")
	dot := strings.HasSuffix(before, ".")
	before = strings.TrimSuffix(before, ".")
	ws := lex.Words(before, true)
	if len(ws) == 0 || ws[len(ws)-1].End != len(before) {
		return // a bracket, a dash or a comma between: not a title
	}
	w := ws[len(ws)-1].Text
	if i := strings.LastIndexAny(w, "-‐"); i >= 0 {
		w = w[i+1:] // северо-западнее
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch lw := strings.ToLower(w); {
	case dot && utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r):
		v.person++ // an initial: А.М. Василевский
	case personBefore[lw]:
		v.person++
	case placeBefore[lw] && (dot || lw != "г"):
		v.place++
	case weakPlaceBefore[lw]:
		v.weakPlace++
	}
}

// voteAfter counts what follows a name ending at byte i of s: a dash and
// another name is a route (по маршруту Спасск – Яньцзи), places both.
func (v *kindVotes) voteAfter(s string, i int) {
	rest := strings.TrimLeft(s[i:], " \u00a0")
	for _, dash := range []string{"–", "—", "-"} {
		if after, ok := strings.CutPrefix(rest, dash); ok {
			after = strings.TrimLeft(after, " \u00a0")
			if r, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(r) {
				v.place++
			}
			return
		}
	}
}

// personShape reports whether a name looks like a person's whatever the
// context: a first name and patronymic (Иосиф Виссарионович) or a
// Ukrainian surname (Михайленко).
func personShape(n string) bool {
	for _, w := range strings.Fields(n) {
		f := glossary.FoldRussian(w)
		for _, e := range []string{"ович", "евич", "овна", "евна", "ична", "инична"} {
			if strings.HasSuffix(f, e) && strings.Contains(n, " ") {
				return true
			}
		}
	}
	f := strings.ToLower(n)
	return !strings.Contains(n, " ") && (strings.HasSuffix(f, "енко") || strings.HasSuffix(f, "enko")) && utf8.RuneCountInString(f) > 6
}

// guessNameKind settles a suggestion's kind from its votes and endings,
// when nothing surer (a surname ending, capitals, a code name) did.
func guessNameKind(k glossary.Kind, v kindVotes, names ...string) glossary.Kind {
	if k != glossary.Term {
		return k
	}
	// A name of two or three short words is a Korean or Chinese
	// person's: Ким Ир Сен, Пак Хен Ен, Фын Си.
	for _, n := range names {
		if personShape(n) {
			return glossary.Person
		}
	}
	for _, n := range names {
		if koreanPersonName(n) {
			v.person += 2
			break
		}
	}
	person, place := 2*v.person, 2*v.place+v.weakPlace
	switch {
	case person > place:
		return glossary.Person
	case place > person:
		return glossary.Place
	}
	for _, n := range names {
		l := strings.ToLower(n)
		for _, e := range placeEndings {
			if strings.HasSuffix(l, e) && utf8.RuneCountInString(l) > utf8.RuneCountInString(e)+2 {
				return glossary.Place
			}
		}
	}
	return k
}

// koreanPersonName reports whether a name is two or three capitalised
// words of one to three letters, in Cyrillic: Ким Ир Сен, Фын Си.
func koreanPersonName(n string) bool {
	parts := strings.Fields(n)
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		if k := utf8.RuneCountInString(p); k > 3 || !unicode.IsUpper(r) || !unicode.Is(unicode.Cyrillic, r) || strings.ToUpper(p) == p && k > 1 && !strings.Contains(n, " ") {
			return false
		}
	}
	return true
}

// setOnce sets *dst to v unless it is set already.
func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}
