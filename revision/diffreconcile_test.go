package revision

import (
	"reflect"
	"strings"
	"testing"
)

// russianOriginal is the original oldTranslation translates, one sentence
// a line.
var russianOriginal = []string{
	"Из Владивостока.",
	"Докладываю о ходе ремонта причала № 4 в порту Находка.",
	"Работы начаты 2.3.51 силами строительного батальона в 310 человек.",
	"Работы ведутся в две смены.",
	"Бетонные работы выполнены на 60 процентов.",
	"Из-за сильных морозов укладка бетона в ночное время прекращена.",
	"Для окончания работ необходимо дополнительно 40 тонн цемента и 12 тонн арматурной стали.",
	"Запрос направлен в Главное управление тов. Козлову, но ответа до сих пор нет.",
	"Среди рабочих наблюдается штормобоязнь.",
	"После гибели катера «Смелый» экипажи отказываются выходить на рейд в ветреную погоду.",
	"Прошу Вашего указания о срочной отгрузке цемента из Хабаровска.",
	"ЛАВРЕНТЬЕВ",
	"[Источник: АВП РФ. Ф. 07. Оп. 25. П. 14. Д. 3. Л. 12–13]",
}

// TestDiffThroughSourceSplitBesideDrop: a sentence split next to a dropped
// one is reported as one split and one removal through the original, as
// the direct pairing reports it (the original alone hung the split's second
// half on the dropped sentence: an edit, an addition and a removal).
func TestDiffThroughSourceSplitBesideDrop(t *testing.T) {
	splitHalves := []string{
		"To finish the work we need an additional 40 tons of cement.",
		"We also need 12 tons of reinforcing steel.",
	}
	// shiftsLeftOut leaves out a sentence of the original ("two shifts"):
	// the first half of a split after a dropped sentence can then align
	// with it, and the original groups the dropped sentence with both
	// halves.
	shiftsLeftOut := concat(oldTranslation[:3], oldTranslation[4:])
	tests := []struct {
		name    string
		old     []string // nil: oldTranslation
		revised []string
		want    []string
	}{
		{"split, then the next dropped", nil, concat(oldTranslation[:6], splitHalves, oldTranslation[8:]),
			[]string{"split 6>6,7", "removed 7>"}},
		{"dropped, then the next split", nil, concat(oldTranslation[:5], splitHalves, oldTranslation[7:]),
			[]string{"removed 5>", "split 6>5,6"}},
		{"the revision of the other tests", nil, revisedTranslation(),
			[]string{"changed 2>2", "changed 4>4", "removed 5>", "split 7>6,7", "changed 8>8"}},
		{"dropped, then the next split, beside a sentence left out", shiftsLeftOut,
			concat(shiftsLeftOut[:3], []string{"Because of the severe frost.", "The laying of concrete at night has been stopped."}, shiftsLeftOut[5:]),
			[]string{"removed 3>", "split 4>3,4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := tt.old
			if old == nil {
				old = oldTranslation
			}
			for _, through := range []bool{false, true} {
				opts := Options{}
				if through {
					opts.Source = docOf("ru.txt", russianOriginal...)
				}
				r, err := Compare(docOf("old.txt", old...), docOf("new.txt", tt.revised...), opts)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, c := range r.Changes {
					if c.Kind != Unchanged {
						got = append(got, changeLabel(c)+" "+indexString(c.Old)+">"+indexString(c.New))
					}
				}
				if !reflect.DeepEqual(got, tt.want) {
					t.Errorf("through the original %v: changes %q, want %q", through, got, tt.want)
				}
			}
		})
	}
}

// TestReconcileEdgesKeepsAGoodPairing: a pairing that fits (each sentence
// with its own) is left alone, and a group emptied by a move disappears.
func TestReconcileEdgesKeepsAGoodPairing(t *testing.T) {
	ot := []string{"Работы ведутся в две смены.", "The work is carried out in two shifts.", "The concrete work is 60 percent complete."}
	nt := []string{"Работы ведутся в две смены.", "The work goes on in two shifts.", "The concrete work is 65 percent complete."}
	groups := [][2][]int{{{0}, {0}}, {{1}, {1}}, {{2}, {2}}}
	got := reconcileEdges(clone(groups), ot, nt)
	if !reflect.DeepEqual(got, groups) {
		t.Errorf("a fitting pairing changed: %v", got)
	}
	// The split's second half hung on the next sentence, which lost its
	// own counterpart.
	ot = []string{"We need 40 tons of cement and 12 tons of steel.", "The request was sent to Comrade Kozlov."}
	nt = []string{"We need 40 tons of cement.", "And 12 tons of steel."}
	got = reconcileEdges([][2][]int{{{0}, {0}}, {{1}, {1}}}, ot, nt)
	want := [][2][]int{{{0}, {0, 1}}, {{1}, {}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func concat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func clone(groups [][2][]int) [][2][]int {
	out := make([][2][]int, len(groups))
	for i, g := range groups {
		out[i] = [2][]int{append([]int(nil), g[0]...), append([]int(nil), g[1]...)}
	}
	return out
}

// FuzzDiffThroughSource: through any original, the pairing (reconciled
// at its edges) puts every sentence of each revision in exactly one
// change, new sentences in order.
func FuzzDiffThroughSource(f *testing.F) {
	f.Add(strings.Join(russianOriginal[5:9], "\n"), strings.Join(oldTranslation[5:9], "\n"), strings.Join(concat(oldTranslation[5:6], []string{"To finish the work we need cement.", "And steel."}, oldTranslation[8:9]), "\n"))
	f.Add("Из Владивостока.", "", "From Vladivostok.\nFrom Vladivostok.")
	f.Fuzz(func(t *testing.T, src, a, b string) {
		old, new := docOf("old", strings.Split(a, "\n")...), docOf("new", strings.Split(b, "\n")...)
		r, err := Compare(old, new, Options{Source: docOf("ru", strings.Split(src, "\n")...)})
		if err != nil {
			t.Fatal(err)
		}
		seen := [2][]int{make([]int, len(old.Segments)), make([]int, len(new.Segments))}
		lastNew := -1
		for _, c := range r.Changes {
			for _, i := range c.Old {
				seen[0][i]++
			}
			for _, j := range c.New {
				seen[1][j]++
				if j < lastNew {
					t.Fatalf("changes out of the new revision's order: %+v", r.Changes)
				}
				lastNew = j
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
