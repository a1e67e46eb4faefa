package align

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sverka/sverka/texts"
)

func TestIsDebris(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{`h * "`, true},
		{".:-- , .", true},
		{"- _-", true},
		{"* * *", true},
		{"f r", true},
		{"", true},
		{"C ) .", false},  // the end of an abbreviation cut at its full stop
		{"L' E .", false}, // likewise
		{"12", false},     // a page or list number the other side may have
		{"1Ê+ :", false},  // a digit
		{"Zürich", false}, // a word
		{"Лед.", false},   // a Russian word
		{"JfV", true},     // three letters
		{"Mai .", false},  // four letters
		{"no", false},     // a word: a table cell, an answer
		{"Yes", false},    // likewise
		{"Нет.", false},   // likewise in Russian
		{"ls", false},     // a command
		{"NO", true},      // capitals only: not read as a word
		{"a", true},       // one letter
		{"— Да!", false},  // a reply the other side translates
		{"«Нет?»", false}, // likewise, in quotes
		{"“No.”", false},
		{"ja...", false},
		{"Oh!)", false},
		{"h !", true},   // an end mark after a space: not a word's
		{"* !", true},   // nor after a mark
		{"JfV\"", true}, // a closing quote alone ends no word
	} {
		if got := isDebris(Sentence{Text: tc.text}); got != tc.want {
			t.Errorf("isDebris(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	if isDebris(Sentence{Text: "* * *", Kind: headingKind}) {
		t.Error("a heading is debris")
	}
}

// TestDebrisInsideSentence: debris that OCR left in the middle of a
// sentence cut by a page or a picture is linked around with Gaps, and is
// one of the link's sentences without; debris between links stands
// alone, and a mark each side keeps at the same place is a link.
func TestDebrisInsideSentence(t *testing.T) {
	src, tgt := ropeTeam(true)
	for _, tc := range []struct {
		gaps bool
		want string
	}{
		{true, "[0]:[0] [1]:[1, 3] []:[2] [2]:[4] [3]:[5]"},
		{false, "[0]:[0] [1]:[1, 2, 3] [2]:[4] [3]:[5]"},
	} {
		links, err := Align(src, tgt, Options{Gaps: tc.gaps})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksString(links); got != tc.want {
			t.Errorf("gaps %v: got %s, want %s", tc.gaps, got, tc.want)
		}
		if !tc.gaps {
			checkValid(t, links, len(src), len(tgt))
		}
	}
}

// TestGapsProperties: with Gaps every sentence is in exactly one link,
// each link's sentences ascend, and what a link skips is debris standing
// alone.
func TestGapsProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for k := 0; k < 300; k++ {
		src, tgt := randomBitext(r)
		links, err := Align(src, tgt, Options{Gaps: true})
		if err != nil {
			t.Fatal(err)
		}
		checkGaps(t, links, src, tgt)
	}
}

// checkGaps checks links aligned with Gaps: every sentence is in exactly
// one link, each link's sentences ascend, and what a link skips is debris
// standing alone.
func checkGaps(t testing.TB, links []Link, src, tgt []Sentence) {
	t.Helper()
	for side, ss := range [][]Sentence{src, tgt} {
		ids := func(l Link) []int {
			if side == 0 {
				return l.Source
			}
			return l.Target
		}
		seen := make([]int, len(ss))
		alone := make([]bool, len(ss))
		for _, l := range links {
			for _, i := range ids(l) {
				seen[i]++
			}
			if len(l.Source)+len(l.Target) == 1 && len(ids(l)) == 1 {
				alone[ids(l)[0]] = true
			}
		}
		for i, n := range seen {
			if n != 1 {
				t.Fatalf("text %d: sentence %d in %d links", side, i, n)
			}
		}
		for _, l := range links {
			x := ids(l)
			if !slices.IsSorted(x) {
				t.Fatalf("link %v:%v does not ascend", l.Source, l.Target)
			}
			for k := 1; k < len(x); k++ {
				for g := x[k-1] + 1; g < x[k]; g++ {
					if !isDebris(ss[g]) || !alone[g] {
						t.Fatalf("link %v:%v skips sentence %d (%q), not debris alone", l.Source, l.Target, g, ss[g].Text)
					}
				}
			}
		}
	}
}

// TestShortRepliesAreNoDebris: a reply of a word or two (— Да! “Yes!”)
// pairs with its translation as it did before debris was left out of the
// search; taken for debris, each stood alone, an omission and an addition.
func TestShortRepliesAreNoDebris(t *testing.T) {
	src := sents(
		"Председатель спросил, готовы ли краны к приёму судов в начале апреля.",
		"— Да!",
		"Тогда он велел немедленно сообщить об этом в Москву телеграммой.",
		"— Нет?",
		"Ответа из министерства так и не пришло до конца месяца.",
	)
	tgt := sents(
		"The chairman asked whether the cranes were ready to receive ships in early April.",
		"“Yes!”",
		"Then he ordered this to be reported to Moscow by telegram at once.",
		"“No?”",
		"No answer came from the ministry until the end of the month.",
	)
	for _, gaps := range []bool{false, true} {
		links, err := Align(src, tgt, Options{Gaps: gaps})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := linksString(links), "[0]:[0] [1]:[1] [2]:[2] [3]:[3] [4]:[4]"; got != want {
			t.Errorf("gaps %v: got %s, want %s", gaps, got, want)
		}
	}
}

// TestKeepGoesRoundDebris: a confirmed link that goes round OCR debris, as
// Align writes it with Gaps, is kept so (it was refused as not
// consecutive, and sverka align --alignment could not realign a file of
// its own), the debris standing alone right after it; one that skips a
// sentence that is no debris is still refused.
func TestKeepGoesRoundDebris(t *testing.T) {
	src, tgt := ropeTeam(false)
	for _, tc := range []struct {
		name string
		keep Link
		gaps bool
		want string // "" for a KeepError
	}{
		{"gapped, with gaps", Link{Source: []int{1}, Target: []int{1, 3}}, true, "[0]:[0] [1]:[1, 3] []:[2] [2]:[4]"},
		{"gapped, without", Link{Source: []int{1}, Target: []int{1, 3}}, false, "[0]:[0] [1]:[1, 3] []:[2] [2]:[4]"},
		{"the first kept, the gap left to the aligner", Link{Source: []int{0}, Target: []int{0}}, true, "[0]:[0] [1]:[1, 3] []:[2] [2]:[4]"},
		{"skipping a sentence", Link{Source: []int{1}, Target: []int{1, 4}}, true, ""},
		{"skipping debris and a sentence", Link{Source: []int{1}, Target: []int{0, 3}}, true, ""},
	} {
		tc.keep.Confirmed = true
		links, err := Align(src, tgt, Options{Keep: []Link{tc.keep}, Gaps: tc.gaps})
		if tc.want == "" {
			var ke *KeepError
			if !errors.As(err, &ke) {
				t.Errorf("%s: links %s, error %v; want a KeepError", tc.name, linksString(links), err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := linksString(links); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, got, tc.want)
		}
		for _, l := range links {
			if linkKey(l) == linkKey(tc.keep) && !l.Confirmed {
				t.Errorf("%s: the kept link %s is not confirmed", tc.name, linkKey(l))
			}
		}
	}
	// An edition reads a line of marks as a header, not a sentence: still
	// debris to go round, as --split lines found it.
	tgt[2] = Sentence{Text: "* * *", Kind: texts.Header}
	keep := []Link{{Source: []int{1}, Target: []int{1, 3}, Confirmed: true}}
	links, err := Align(src, tgt, Options{Keep: keep})
	if got, want := linksString(links), "[0]:[0] [1]:[1, 3] []:[2] [2]:[4]"; err != nil || got != want {
		t.Errorf("round a header of marks: got %s, %v; want %s", got, err, want)
	}
}

// ropeTeam is a German text and its French OCR, debris inside its second
// sentence; with marks, a section break between the last two sentences,
// marked on each side.
func ropeTeam(marks bool) (src, tgt []Sentence) {
	src = sents(
		"Die Seilschaft erreichte den Gipfel am 9. Juli nach einem langen Aufstieg über den Grat.",
		"Dank den Seilen ging es bis zur Scharte sehr flott, doch als sie neu spuren mussten, sanken sie tief ein.",
		"Am Abend kehrten alle Teilnehmer wohlbehalten ins Lager am Gletscher zurück.",
	)
	tgt = sents(
		"La cordée atteignit le sommet le 9 juillet après une longue montée par l'arête.",
		"Grâce aux cordes, la brèche",
		`h * "`,
		"fut atteinte rapidement, mais dès qu'il fallut faire la trace, ils enfoncèrent profondément.",
		"Le soir, tous les participants rentrèrent sains et saufs au camp du glacier.",
	)
	if marks {
		src = slices.Insert(src, 2, sents("* * *")...)
		tgt = slices.Insert(tgt, 4, sents("* * * * *")...)
	}
	return src, tgt
}
