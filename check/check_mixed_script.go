package check

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/sverka/sverka/internal/lex"
)

var ruleMixedScript = &Rule{
	ID:      "mixed-script",
	Name:    "MixedScript",
	Short:   "A word of the English mixing Latin and Cyrillic letters",
	Help:    "A word in the English that mixes Latin letters with Cyrillic ones that look the same (Stаlin with a Cyrillic а, Pyоngyang with a Cyrillic о): a keyboard left in Russian or a copy from a scan. No search, glossary match or spelling check finds such a word. Retype the look-alike letters in the word's script.",
	Default: Warning,
	run:     checkMixedScript,
}

// cyrillicLookAlikes maps Cyrillic letters to the Latin ones they look
// like in print.
var cyrillicLookAlikes = map[rune]rune{
	'а': 'a', 'в': 'b', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x',
	'і': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'ё': 'ë',
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X',
	'І': 'I', 'Ј': 'J', 'Ѕ': 'S',
}

// latinLookAlikes is the other way round, for a Russian word in the
// English with a Latin letter in it.
var latinLookAlikes = func() map[rune]rune {
	m := make(map[rune]rune)
	for c, l := range cyrillicLookAlikes {
		if _, ok := m[l]; !ok || c == 'у' || c == 'У' {
			m[l] = c
		}
	}
	return m
}()

func checkMixedScript(x *index) []Finding {
	var out findings
	for t, seg := range x.englishSegments() {
		for _, w := range x.words(seg.Text) {
			lat, cyr := lex.CountScripts(w.Text)
			if lat == 0 || cyr == 0 {
				continue
			}
			// The letters of the minority script are the strays.
			from, to, script := cyrillicLookAlikes, unicode.Cyrillic, "Cyrillic"
			into := "Latin"
			if cyr > lat {
				from, to, script, into = latinLookAlikes, unicode.Latin, "Latin", "Cyrillic"
			}
			var strays []string
			fixed, ok := strings.Builder{}, true
			for _, r := range w.Text {
				if !unicode.Is(to, r) {
					fixed.WriteRune(r)
					continue
				}
				strays = append(strays, fmt.Sprintf("%c (U+%04X)", r, r))
				if l, has := from[r]; has {
					fixed.WriteRune(l)
				} else {
					ok = false
				}
			}
			f := Finding{
				Pos: t.pos(seg, w.Start), Match: w.Text,
				Message: fmt.Sprintf("%q mixes %s %s into a %s word", w.Text, script, strings.Join(strays, ", "), into),
			}
			if ok {
				f.Fix = &Fix{Replace: fixed.String(), Description: "retype the look-alike letters in the word's script"}
			}
			out.add(f)
		}
	}
	return out
}
