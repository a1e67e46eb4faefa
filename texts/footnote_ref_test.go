package texts

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// footnoteMarkersRef is the plain reading of every token that
// footnoteMarkers skips through by digits: the two must agree.
func footnoteMarkersRef(s string, add func(Span)) {
	if !hasDigitOrSuperscript(s) {
		return
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if isSuperscriptDigit(r) && i > 0 {
				start := i
				for i < len(s) {
					r, n := utf8.DecodeRuneInString(s[i:])
					if !isSuperscriptDigit(r) {
						break
					}
					i += n
				}
				add(Span{Class: FootnoteMarker, Text: s[start:i], Inner: s[start:i], Start: start, Head: lastWord(s[:start])})
				continue
			}
			i += n
			continue
		}
		// A token of letters and digits (with a time's colon).
		start := i
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || (r == ':' && i+1 < len(s) && isDigit(s[i+1]) && i > start && isDigit(s[i-1]))) {
				break
			}
			i += n
		}
		// Skip tokens glued to a hyphen or slash: YAK-9, 8D/GS, 1298/sh.
		if start > 0 && strings.ContainsRune("-/", rune(s[start-1])) || i < len(s) && strings.ContainsRune("-/", rune(s[i])) {
			continue
		}
		if sp, ok := fusedDigits(s[start:i]); ok {
			sp.Start += start
			add(sp)
		}
	}
}

func FuzzFootnoteMarkers(f *testing.F) {
	for _, s := range []string{"MDGS2 at 8:101 a.m.", "Штыкову² и Ким¹²", "8:1", "a:1 2:3:4", "YAK-9 1298/ш ТУ2-", "¹²x", "ПВО3, ВВС12.", "x8:10a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want []Span
		footnoteMarkers(s, func(sp Span) { got = append(got, sp) })
		footnoteMarkersRef(s, func(sp Span) { want = append(want, sp) })
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: got %+v, want %+v", s, got, want)
		}
	})
}
