package align

import (
	"slices"
	"strings"
	"testing"
)

// Hand-made pairs in FreeDict's direction, German headword first.
var mountainPairs = []WordPair{
	{"Gipfel", "sommet"}, {"Grat", "arête"}, {"Wand", "paroi"}, {"Nord", "septentrion"},
	{"Verbindung", "liaison"}, {"Offizier", "officier"}, {"Berg", "montagne"},
	{"Seil", "corde"}, {"Mannschaft", "équipe"}, {"Tal", "vallée"}, {"in", "dans"},
}

// A word that is no headword is read as a form or a compound of those it
// is made of, through the coarse key.
func TestHeadwordLemmas(t *testing.T) {
	h := readPhrases(mountainPairs).heads
	for _, c := range []struct {
		word string
		want string // the headwords, + between them
	}{
		{"Gipfel", ""}, // a headword itself: its stem is the word's
		{"Berge", "Berg"},
		{"Bergen", "Berg"},
		{"Berges", "Berg"},
		{"montagnes", "montagne"},
		{"officiers", "officier"},
		{"Gipfelgrat", "Gipfel+Grat"},
		{"Nordwand", "Nord+Wand"},
		{"Verbindungsoffizier", "Verbindung+Offizier"}, // the linking s
		{"Seilmannschaften", "Seil+Mannschaft"},        // the last part inflected
		{"Gipfelgratwand", "Gipfel+Grat+Wand"},
		{"Talwand", "Tal+Wand"},
		{"Wandel", ""},           // not Wand and an ending
		{"Bergwandel", ""},       // a last part that is no headword
		{"Expedition", ""},       // nothing of it is a headword
		{"Seils", "Seil"},        // an s on a short word
		{"Ingipfel", ""},         // a first part under three letters
		{"Gipfelin", ""},         // a last part under four letters
		{"Berger", "Berg"},       // -er is a German ending too
		{"Talwände", "Tal+Wand"}, // the umlaut folded, Wände is Wand and an e
	} {
		var got []string
		for _, l := range h.lemmas(coarseKey(c.word, nil), nil) {
			got = append(got, string(l))
		}
		var want []string
		if c.want != "" {
			for _, w := range strings.Split(c.want, "+") {
				want = append(want, string(coarseKey(w, nil)))
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: lemmas %q, want %q", c.word, got, want)
		}
	}
}

// The parts of a compound and a short word's inflected form find their
// translations: Gipfelgrat shares a key with both sommet and arête, Berge
// with montagnes, which the first letters of the words alone do not give.
func TestCompoundsAndFormsMatchPairs(t *testing.T) {
	src := sents("Am Morgen erreichten sie den Gipfelgrat.", "Die Berge waren vereist.", "Die Nordwand blieb im Schatten.")
	tgt := sents("Le matin, ils atteignirent l'arête du sommet.", "Les montagnes étaient couvertes de glace.", "La paroi du septentrion resta dans l'ombre.")
	v := newVocab()
	fs, ft := extractBoth(v, src, tgt, evAll, true)
	addPairs(v, fs, ft, mountainPairs)
	for k, want := range []int{2, 1, 2} {
		shared := 0
		for _, key := range fs[k].keys {
			if v.kind[key] == kindDict && slices.Contains(ft[k].keys, key) {
				shared++
			}
		}
		if shared != want {
			t.Errorf("sentence %d: %d dictionary keys shared with its translation, want %d", k, shared, want)
		}
		for j := range ft {
			if j == k {
				continue
			}
			for _, key := range fs[k].keys {
				if v.kind[key] == kindDict && slices.Contains(ft[j].keys, key) {
					t.Errorf("sentence %d shares dictionary key %d with target %d", k, key, j)
				}
			}
		}
	}
	// Without forms kept (no pairs given to Align), the stems alone.
	v = newVocab()
	fs, ft = extractBoth(v, src, tgt, evAll, false)
	addPairs(v, fs, ft, mountainPairs)
	for _, f := range append(fs, ft...) {
		if f.forms != nil || f.pairStems != nil {
			t.Fatalf("forms kept without being asked for")
		}
	}
}
