package align

import (
	"unicode"
	"unicode/utf8"
)

// Text written without spaces between words (Chinese, Japanese, Thai, Lao,
// Khmer, Burmese) has no words for the coarse key to read: a run of Han
// letters is a whole clause. Each of its characters is a stem instead, for
// the word table learned from the first pass, so that 他 can be learned as
// he and the characters of a name that recurs through a novel as the name,
// and for the caller's word pairs, whose phrases of such a script are read
// the same way (渔夫: 渔 and 夫, both to be in the sentence).
// Characters, not pairs of adjacent characters: on the pseudo-Chinese of
// the Text+Berg French (unspaced_test.go) the pairs, which straddle word
// boundaries and are rarer, learned less (strict F1 on dev 0.701 against
// 0.771 for characters, on dev run together four times 0.607 against
// 0.780), also where most words were written with two characters (0.758
// and 0.658 against 0.778 and 0.798); characters and pairs both did as
// well as characters (0.756 and 0.781; 0.777 and 0.806) with twice the
// stems.

// unspacedScripts are the scripts written without spaces between words.
var unspacedScripts = []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana,
	unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar}

// isUnspaced reports whether r is a letter of a script written without
// spaces between words. Every such script starts at Thai (U+0E00), so that
// the Latin and Cyrillic letters are told apart by one comparison.
func isUnspaced(r rune) bool {
	if r < 0x0e00 {
		return false
	}
	// ー, the Kana length mark, is of no one script.
	return r == 'ー' || unicode.In(r, unspacedScripts...)
}

// unspaced adds the stems of a run of letters of unspaced scripts and
// returns its letter count. A character is a letter with the marks that
// follow it (the vowel signs of Thai); the run gives no keys of its own.
func (x *extractor) unspaced(run string) int {
	letters := 0
	for i := 0; i < len(run); {
		n := unspacedChar(run[i:])
		letters++
		x.scratch = append(x.scratch, x.v.id(kindStem, []byte(run[i:i+n])))
		i += n
	}
	return letters
}

// unspacedChar is the length of the character run begins with: its first
// rune and the marks after it.
func unspacedChar(run string) int {
	_, n := utf8.DecodeRuneInString(run)
	for n < len(run) {
		r, size := utf8.DecodeRuneInString(run[n:])
		if !unicode.IsMark(r) {
			break
		}
		n += size
	}
	return n
}
