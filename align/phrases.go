package align

import (
	"hash/maphash"
	"unicode"
	"unicode/utf8"
)

// phrases are the caller's word pairs as the stems of their words, and
// their headwords, read once for all the texts aligned with them: reading
// the words of a dictionary of a hundred thousand pairs is most of what it
// costs an alignment.
type phrases struct {
	letters []byte     // the stems, one after another
	ends    []int32    // where each stem of letters ends
	pairs   [][3]int32 // a pair's source stems are [p[0], p[1]), its target's [p[1], p[2])
	heads   headwords
}

func (d *phrases) stem(k int32) []byte {
	from := int32(0)
	if k > 0 {
		from = d.ends[k-1]
	}
	return d.letters[from:d.ends[k]]
}

// readPhrases reads the words of pairs as extract reads a sentence's (the
// stems of words of two letters or more, through the coarse key; each
// character of a script written without spaces), and collects the phrases
// of one word as headwords.
func readPhrases(pairs []WordPair) *phrases {
	d := &phrases{heads: headwords{seed: maphash.MakeSeed(), set: make(map[uint64]struct{}, len(pairs))}}
	var buf []byte
	for _, p := range pairs {
		var pr [3]int32
		pr[0] = int32(len(d.ends))
		for side, phrase := range []string{p.Source, p.Target} {
			words := 0
			var key []byte
			for i := 0; i < len(phrase); {
				r, size := utf8.DecodeRuneInString(phrase[i:])
				if !unicode.IsLetter(r) {
					i += size
					words += 2 // a space, a digit, a mark: no phrase of one word
					continue
				}
				j, unspaced := wordEnd(phrase, i)
				if unspaced {
					// Each character a stem, as extract reads it
					// (unspaced.go); no headword of the coarse key.
					for k := i; k < j; {
						n := unspacedChar(phrase[k:j])
						d.letters = append(d.letters, phrase[k:k+n]...)
						d.ends = append(d.ends, int32(len(d.letters)))
						k += n
					}
					words += 2
					i = j
					continue
				}
				buf = coarseKey(phrase[i:j], buf)
				if len(buf) >= 2 {
					d.letters = append(d.letters, cognateStem(buf, startsCyrillic(phrase[i:j]))...)
					d.ends = append(d.ends, int32(len(d.letters)))
				}
				words++
				key = buf
				i = j
			}
			if words == 1 && len(key) >= minLemma {
				d.heads.set[maphash.Bytes(d.heads.seed, key)] = struct{}{}
			}
			pr[side+1] = int32(len(d.ends))
		}
		d.pairs = append(d.pairs, pr)
	}
	return d
}
