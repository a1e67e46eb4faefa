package align

import (
	"math/rand/v2"
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

// Whatever the word, every lemma found is a headword, no longer than the
// word, and the parts of a compound are at most maxParts.
func TestHeadwordLemmasProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	word := func(n int) string {
		b := make([]byte, n)
		for k := range b {
			b[k] = "aeinrstlg"[r.IntN(9)]
		}
		return string(b)
	}
	var pairs []WordPair
	for range 300 {
		pairs = append(pairs, WordPair{Source: word(2 + r.IntN(5)), Target: word(2 + r.IntN(5))})
	}
	h := readPhrases(pairs).heads
	for range 20000 {
		k := coarseKey(word(r.IntN(20)), nil)
		ls := h.lemmas(k, nil)
		if len(ls) > maxParts {
			t.Fatalf("%s: %d parts", k, len(ls))
		}
		for _, l := range ls {
			if !h.has(l) || len(l) > len(k) || len(l) < minLemma {
				t.Fatalf("%s: lemma %s is no headword of %d letters or more within it", k, l, minLemma)
			}
		}
	}
}

// A compound's last part decides which sentence is the translation, one
// by one and in a collection (whose texts' headwords are all found before
// the pairs' stems are looked up).
func TestCompoundDecidesLink(t *testing.T) {
	pairs := []WordPair{{"Wand", "paroi"}, {"Nord", "nord"}, {"Gipfel", "sommet"}, {"Lager", "camp"}, {"leer", "vide"}}
	src := sents("Am 3. Juli 1956 brachen wir auf.", "Der Gipfelgrat.", "Die Nordwand.", "Am 5. Juli 1956 kehrten wir zurück.")
	tgt := sents("Le 3 juillet 1956, nous partîmes.", "La paroi.", "Le 5 juillet 1956, nous revînmes.")
	without, err := Align(src, tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "[0]:[0] [1]:[] [2]:[1] [3]:[2]"
	if linksString(without) == want {
		t.Fatalf("without pairs already %s: the case tests nothing", want)
	}
	with, err := Align(src, tgt, Options{Pairs: pairs})
	if err != nil {
		t.Fatal(err)
	}
	if got := linksString(with); got != want {
		t.Errorf("with pairs: got %s, want %s", got, want)
	}
	docs := []Documents{
		{Source: sents("Das Lager blieb leer.", "Niemand kam."), Target: sents("Le camp resta vide.", "Personne ne vint.")},
		{Source: src, Target: tgt},
	}
	out, err := AlignDocuments(docs, Options{Pairs: pairs})
	if err != nil {
		t.Fatal(err)
	}
	if got := linksString(out[1]); got != want {
		t.Errorf("aligned together: got %s, want %s", got, want)
	}
}

// A run of letters longer than any compound is not searched for parts:
// the search costs the square of its length (a run of 400,000 letters,
// minutes), and no compound is that long.
func TestLongRunNoForm(t *testing.T) {
	long := strings.Repeat("Gipfelgrat", 10) // compounds of headwords all along
	src := sents("Den Gipfelgrat.", "Den "+long+".")
	tgt := sents("L'arête du sommet.", "Quelque chose.")
	v := newVocab()
	fs, _ := extractBoth(v, src, tgt, evAll, true)
	if len(fs[0].forms) != 1 {
		t.Errorf("Gipfelgrat: forms %v, want its own", fs[0].forms)
	}
	if len(fs[1].forms) != 0 {
		t.Errorf("a run of %d letters: forms %v, want none", len(long), fs[1].forms)
	}
}

// Whatever the word pairs (odd headwords: one letter, digits, marks,
// invalid UTF-8, Cyrillic and Latin in one word) and the texts, aligning
// with them gives a valid alignment, one by one and together.
func FuzzAlignWithPairs(f *testing.F) {
	f.Add("Die Nordwand blieb im Schatten.\nDie Berge waren vereist.", "La paroi du septentrion resta dans l'ombre.\nLes montagnes étaient couvertes de glace.", "Nord\tseptentrion\nWand\tparoi\nBerg\tmontagne")
	f.Add("Гипфельград Bergг.\nааа", "x\n\xff", "a\tb\n\xff\t1\nГипфель\tsommet\nBerg-\t-")
	f.Add("Talwandtalwandtalwand.", "", "Tal\tvallée\nWand\tparoi\nta\tx")
	f.Fuzz(func(t *testing.T, a, b, dict string) {
		var pairs []WordPair
		for _, line := range strings.Split(dict, "\n") {
			if s, t, ok := strings.Cut(line, "\t"); ok {
				pairs = append(pairs, WordPair{Source: s, Target: t})
			}
		}
		src := sents(strings.Split(a, "\n")...)
		tgt := sents(strings.Split(b, "\n")...)
		links, err := Align(src, tgt, Options{Pairs: pairs})
		if err != nil {
			t.Fatal(err)
		}
		checkValid(t, links, len(src), len(tgt))
		all, err := AlignDocuments([]Documents{{Source: src, Target: tgt}, {Source: tgt, Target: src}}, Options{Pairs: pairs})
		if err != nil {
			t.Fatal(err)
		}
		checkValid(t, all[0], len(src), len(tgt))
		checkValid(t, all[1], len(tgt), len(src))
	})
}
