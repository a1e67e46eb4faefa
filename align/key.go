package align

import (
	"unicode"
	"unicode/utf8"
)

// The aligner compares words across languages and scripts through a coarse
// phonetic key: Cyrillic is romanised, diacritics are dropped, letters that
// spellings of one sound trade for each other are merged (c/k/q, s/z, i/y/j,
// v/w), h is dropped, ou becomes u and doubled letters collapse. Vasilevsky and Василевский
// both become "vasilevski"; artillery and артиллерии share "artil". The key
// is built rune by rune without allocation beyond the result, because every
// word of both texts goes through it.

// cyrillicLatin romanises one lower-case Cyrillic letter (ALA-LC without
// diacritics, which is what the coarse key needs). It is not texts' ALA-LC
// table: texts exposes only whole-string transliteration (Transliterate,
// Transliterator), not a per-rune lookup, and the key departs from ALA-LC on
// purpose (ц → s, the signs dropped, Ukrainian and Belarusian letters).
var cyrillicLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "iu", 'я': "ia",
	'ц': "s", // as ts collapses to s: Tsaritsyn, Царицын; cement, цемент
	'і': "i", 'ї': "i", 'є': "e", 'ґ': "g", 'ў': "u",
}

// latinFold drops the diacritics of the Latin letters of the languages sverka
// meets (German, French, the romanisation schemes).
var latinFold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae",
	'ç': "c", 'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ì': "i", 'í': "i",
	'î': "i", 'ï': "i", 'ñ': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o",
	'ö': "o", 'ø': "o", 'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y",
	'ÿ': "y", 'ß': "ss", 'œ': "oe", 'š': "s", 'ž': "z", 'č': "c", 'ě': "e",
	'ř': "r", 'ł': "l", 'ś': "s", 'ń': "n", 'ź': "z", 'ż': "z", 'ą': "a", 'ę': "e",
	'ō': "o", 'ū': "u", 'ā': "a", 'ī': "i", 'ŏ': "o", 'ŭ': "u",
}

// coarseLetter maps a plain Latin letter to its class; 0 drops it.
func coarseLetter(c byte) byte {
	switch c {
	case 'c', 'q', 'k':
		return 'k'
	case 'z', 's':
		return 's'
	case 'y', 'j', 'i':
		return 'i'
	case 'w', 'v':
		return 'v'
	case 'h':
		return 0
	}
	if c >= 'a' && c <= 'z' {
		return c
	}
	return 0
}

// coarseKey returns the coarse phonetic key of a word (letters only; other
// runes are skipped). buf is reused to avoid allocation.
func coarseKey(word string, buf []byte) []byte {
	buf = buf[:0]
	var prev byte // the previous plain letter, before mapping
	var last byte
	addc := func(b byte, next byte) {
		c := coarseLetter(b)
		switch {
		case b == 'c' && (next == 'e' || next == 'i' || next == 'y'):
			c = 's' // cement, Cyrillic
		case b == 's' && prev == 't' && len(buf) > 0 && buf[len(buf)-1] == 't':
			buf = buf[:len(buf)-1] // ts is one sound, spelt ц
			last = 0
			if len(buf) > 0 {
				last = buf[len(buf)-1]
			}
		}
		prev = b
		if c == 0 || c == last {
			return
		}
		buf = append(buf, c)
		last = c
	}
	// Romanise into a small buffer first, so that each letter can see the
	// next one.
	var plain [64]byte
	p := plain[:0]
	for _, r := range word {
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			p = append(p, byte(r))
			continue
		}
		r = unicode.ToLower(r)
		s, ok := cyrillicLatin[r]
		if !ok {
			s = latinFold[r]
		}
		p = append(p, s...)
	}
	for i := 0; i < len(p); i++ {
		var next byte
		if i+1 < len(p) {
			next = p[i+1]
		}
		if p[i] == 'o' && next == 'u' {
			continue // ou is spelt u elsewhere: Seoul, Сеул; groupe, Gruppe
		}
		addc(p[i], next)
	}
	return dropGlides(buf)
}

// dropGlides removes an i between two vowels (Matveyev, Матвеев; Mayak,
// Маяк): spellings disagree on writing the glide.
func dropGlides(k []byte) []byte {
	out := k[:0]
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c == 'i' && len(out) > 0 && isVowel(out[len(out)-1]) && i+1 < len(k) && isVowel(k[i+1]) {
			continue
		}
		if len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return out
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}
