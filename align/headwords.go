package align

import (
	"hash/maphash"
	"maps"
	"slices"
)

// headwords are the one-word phrases of the caller's word pairs, by coarse
// key: a text's word that is not one of them may be an inflected form of
// one (Berge, Berg; montagnes, montagne) or a compound of them (Gipfelgrat,
// Gipfel and Grat; Verbindungsoffizier, Verbindung and Offizier), whose
// translations are several words on the other side (arête sommitale,
// officier de liaison). The pairs are matched by stems, the first letters
// of the coarse key, which a long word's endings do not change but which
// miss a short word's ending (berge against berg) and every part of a
// compound but its first.
//
// The set holds 64-bit hashes of the keys, not the keys: a dictionary has
// tens of thousands of headwords, read for every alignment, and two keys
// that share a hash (about one chance in 10^10 for FreeDict's) only add a
// form or a part that the pairs must still match.
type headwords struct {
	seed maphash.Seed
	set  map[uint64]struct{}
}

// minLemma is the fewest letters of a headword a form or a compound part
// is read as: shorter ones (an, im, la) end too many words by chance.
const minLemma = 3

// minTail is the fewest letters of the last part of a compound.
const minTail = 4

// maxForm is the longest coarse key read as a form or a compound: German's
// longest compounds in use are about sixty letters, and a longer run of
// letters (OCR debris, a text without spaces) would cost the search of its
// parts time that grows with the square of its length.
const maxForm = 64

// inflections are the endings a form may have beyond its headword, as
// coarse keys (z and s are one letter there): German -e -en -er -es -em
// -s -n, French -s -x -e -es, English -s -es.
var inflections = []string{"en", "er", "es", "em", "e", "n", "s", "x"}

// linking are the letters German puts between the parts of a compound
// (Verbindungsoffizier, Sonnenaufgang, Hundehütte).
var linking = []string{"es", "en", "er", "s", "n", "e"}

// lemmas appends to out the headwords the word of coarse key k is a form
// or a compound of, and returns it; nothing when k is a headword itself
// (its stem is the word's) or neither.
func (h headwords) lemmas(k []byte, out [][]byte) [][]byte {
	if h.has(k) {
		return out
	}
	if l := h.form(k); l != nil {
		return append(out, l)
	}
	return h.compound(k, out, 0)
}

func (h headwords) has(k []byte) bool {
	_, ok := h.set[maphash.Bytes(h.seed, k)]
	return ok
}

// form returns the headword k is k or an inflected form of, or nil.
func (h headwords) form(k []byte) []byte { return h.withEnding(k, inflections) }

// withEnding returns k when it is a headword, else the headword k is with
// one of endings, of minLemma letters or more; nil for neither.
func (h headwords) withEnding(k []byte, endings []string) []byte {
	if h.has(k) {
		return k
	}
	for _, e := range endings {
		if n := len(k) - len(e); n >= minLemma && string(k[n:]) == e && h.has(k[:n]) {
			return k[:n]
		}
	}
	return nil
}

// maxParts bounds the parts of a compound (and the recursion).
const maxParts = 4

// compound appends the parts of k when it is a compound of headwords: a
// last part (a headword or a form of one) of minTail letters or more,
// the longest that leaves a head which is a headword, a headword and a
// linking letter, or a compound itself.
func (h headwords) compound(k []byte, out [][]byte, depth int) [][]byte {
	if depth >= maxParts-1 || len(k) < minLemma+minTail {
		return out
	}
	for i := minLemma; i+minTail <= len(k); i++ {
		tail := h.form(k[i:])
		if tail == nil {
			continue
		}
		if head := h.head(k[:i]); head != nil {
			return append(out, head, tail)
		}
		if parts := h.compound(k[:i], nil, depth+1); len(parts) > 0 {
			return append(append(out, parts...), tail)
		}
	}
	return out
}

// head returns the headword a compound's first part is, with or without
// a linking letter, or nil.
func (h headwords) head(k []byte) []byte { return h.withEnding(k, linking) }

// addLemmaStems sets the pairStems of the sentences: their stems and the
// stems of the headwords their words are forms or compounds of. Each
// form is looked up once.
func addLemmaStems(v *vocab, h headwords, texts ...[]features) {
	names := map[uint32]string{} // the coarse key of each form the texts hold
	for _, fs := range texts {
		for _, f := range fs {
			for _, id := range f.forms {
				names[id] = ""
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for name, id := range v.ids {
		if _, ok := names[id]; ok {
			names[id] = name[1:] // the kind byte dropped
		}
	}
	var parts [][]byte
	extra := make(map[uint32][]uint32, len(names))
	// In id order, so that new stems get the same ids in every run.
	for _, id := range slices.Sorted(maps.Keys(names)) {
		parts = h.lemmas([]byte(names[id]), parts[:0])
		var stems []uint32
		for _, l := range parts {
			stems = append(stems, v.id(kindStem, cognateStem(l, false)))
		}
		extra[id] = stems
	}
	for _, fs := range texts {
		for k := range fs {
			f := &fs[k]
			var add []uint32
			for _, id := range f.forms {
				add = append(add, extra[id]...)
			}
			if len(add) == 0 {
				continue
			}
			ps := append(slices.Clone(f.stems), add...)
			slices.Sort(ps)
			f.pairStems = slices.Compact(ps)
		}
	}
}

// stemsForPairs are the stems f's word pairs are matched by.
func (f *features) stemsForPairs() []uint32 {
	if f.pairStems != nil {
		return f.pairStems
	}
	return f.stems
}
