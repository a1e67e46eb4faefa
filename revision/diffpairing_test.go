package revision

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// changeList names the changes other than unchanged sentences, as
// "kind old>new".
func changeList(r *Revision) []string {
	var got []string
	for _, c := range r.Changes {
		if c.Kind != Unchanged {
			got = append(got, changeLabel(c)+" "+indexString(c.Old)+">"+indexString(c.New))
		}
	}
	return got
}

// TestDiffThroughSourceReworded: through the original, a sentence
// reworded from end to end is one changed sentence, because both
// wordings render the same original sentence; a direct diff cannot know
// it and reports a removal and an addition.
func TestDiffThroughSourceReworded(t *testing.T) {
	reworded := append([]string(nil), oldTranslation...)
	reworded[10] = "Please instruct that cement be shipped from Khabarovsk at once."
	old, new := docOf("old.txt", oldTranslation...), docOf("new.txt", reworded...)
	r, err := Compare(old, new, Options{Source: docOf("ru.txt", russianOriginal...)})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := changeList(r), []string{"changed 10>10"}; !reflect.DeepEqual(got, want) {
		t.Errorf("through the original: %q, want %q", got, want)
	}
}

// TestDiffThroughSourceParaphrase: a translation paraphrased throughout,
// sentence for sentence, is sentences changed through the original, with
// nothing added, removed, split or merged.
func TestDiffThroughSourceParaphrase(t *testing.T) {
	paraphrase := []string{
		"From Vladivostok.",
		"I am reporting how the repairs of Nakhodka port's pier No. 4 are going.",
		"A construction battalion of 310 began the job on 2 March 1951.",
		"They work in two shifts.",
		"Sixty per cent of the concreting is finished.",
		"Severe frosts have stopped night concreting.",
		"We must have 40 more tons of cement and 12 more tons of rebar to finish.",
		"We applied to the Main Directorate, Comrade Kozlov, and have heard nothing.",
		"The men are afraid of storms [shtormoboiazn'].",
		"Since the cutter \"Smelyi\" was lost the crews will not go to the roadstead when it is windy.",
		"Please instruct that cement be shipped from Khabarovsk at once.",
		"LAVRENTYEV",
		"[Source: АВП РФ. Ф. 07. Оп. 25. П. 14. Д. 3. Л. 12–13]",
	}
	r, err := Compare(docOf("old.txt", oldTranslation...), docOf("new.txt", paraphrase...), Options{Source: docOf("ru.txt", russianOriginal...)})
	if err != nil {
		t.Fatal(err)
	}
	s := r.Summary()
	if s.Added+s.Removed+s.Split+s.Merged+s.Moved > 0 || s.Changed+s.Unchanged != len(paraphrase) {
		t.Errorf("summary %+v, want only changed and unchanged sentences: %q", s, changeList(r))
	}
}

// telegramLines are n distinct invented report lines.
func telegramLines(n int) []string {
	places := []string{"Находка", "Nakhodka", "Vladivostok", "Khabarovsk", "Sovetskaya Gavan"}
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("I report that %d tons of cement arrived at %s by cutter No. %d on the %d of March.", 10+i, places[i%len(places)], i%37, 1+i%30)
	}
	return out
}

// TestDiffReorderingIsMoves: sentences only reordered are moves, however
// many: nothing changed, added or removed.
func TestDiffReorderingIsMoves(t *testing.T) {
	old := telegramLines(2000)
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name     string
		shuffled int // how many lines change place
	}{{"200 lines shuffled", 200}, {"all shuffled", len(old)}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			new := append([]string(nil), old...)
			pos := rng.Perm(len(old))[:tt.shuffled]
			perm := rng.Perm(tt.shuffled)
			for k, p := range pos {
				new[p] = old[pos[perm[k]]]
			}
			r, err := Compare(docOf("old.txt", old...), docOf("new.txt", new...), Options{})
			if err != nil {
				t.Fatal(err)
			}
			s := r.Summary()
			if s.Changed+s.Added+s.Removed > 0 || s.Moved+s.Unchanged != len(old) || s.Moved == 0 || s.Moved > tt.shuffled {
				t.Errorf("summary %v, want only up to %d moved", s, tt.shuffled)
			}
		})
	}
}

// TestDiffUnrelatedDocuments: two documents with nothing in common but
// function words ("the", "of", "to") have no sentence in common: all
// removed and added, none changed or merged.
func TestDiffUnrelatedDocuments(t *testing.T) {
	first := []string{
		"From Vladivostok.",
		"The repair of the pier in the port of Nakhodka is going on.",
		"The request to the Main Directorate is still without an answer.",
		"I ask for the shipment of the cement to the port.",
	}
	second := []string{
		"To Comrade Bulganin.",
		"The crews of the fishing fleet went out to the sea on the first of April.",
		"The catch of the herring is above the plan of the quarter.",
		"The icebreaker of the Far Eastern line is in the dock for the winter.",
		"Подпись неразборчива.",
	}
	r, err := Compare(docOf("a.txt", first...), docOf("b.txt", second...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := r.Summary(); s.Changed+s.Moved > 0 || s.Removed != len(first) || s.Added != len(second) {
		t.Errorf("summary %v, want everything removed and added: %q", s, changeList(r))
	}
}

func TestLongestIncreasing(t *testing.T) {
	tests := []struct{ in, want []int }{
		{nil, []int{}},
		{[]int{3}, []int{0}},
		{[]int{2, 0, 1, 3}, []int{1, 2, 3}},
		{[]int{5, 4, 3}, []int{2}},
		{[]int{0, 8, 4, 12, 2, 10, 6, 14}, []int{0, 4, 6, 7}},
	}
	for _, tt := range tests {
		if got := longestIncreasing(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("longestIncreasing(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// FuzzDiffDirect: paired directly, every sentence of each revision is in
// exactly one change, and unchanged and moved sentences are word for word
// the same, however the lines repeat and reorder.
func FuzzDiffDirect(f *testing.F) {
	f.Add("a\nb\nc\nb", "c\nb\na\nb\nb")
	f.Add(strings.Join(oldTranslation, "\n"), strings.Join(revisedTranslation(), "\n"))
	f.Fuzz(func(t *testing.T, a, b string) {
		old, new := docOf("old", strings.Split(a, "\n")...), docOf("new", strings.Split(b, "\n")...)
		r, err := Compare(old, new, Options{})
		if err != nil {
			t.Fatal(err)
		}
		seen := [2][]int{make([]int, len(old.Segments)), make([]int, len(new.Segments))}
		for _, c := range r.Changes {
			for _, i := range c.Old {
				seen[0][i]++
			}
			for _, j := range c.New {
				seen[1][j]++
			}
			if c.Kind == Unchanged && c.OldText != c.NewText {
				t.Fatalf("unchanged but different: %+v", c)
			}
		}
		for side, counts := range seen {
			for i, n := range counts {
				if n != 1 {
					t.Fatalf("side %d sentence %d in %d changes: %+v", side, i, n, r.Changes)
				}
			}
		}
	})
}
