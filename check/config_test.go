package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

func TestOptionsFrom(t *testing.T) {
	const base = "documents: {source: 'ru/doc{id}.txt', target: en.txt}\n"
	for _, tc := range []struct{ in, want string }{
		{"rules:\n  name-varient: error\n", `sverka.yaml:3:3: unknown key "name-varient" in rules`},
		{"rules:\n  name-variant: fatal\n", `sverka.yaml:3:17: name-variant: unknown severity "fatal"`},
		{"rules:\n  name-variant: ERROR\n  term-inconsistent: off\n", ""},
	} {
		cfg, err := edition.Load("sverka.yaml", strings.NewReader(base+tc.in))
		if err != nil {
			t.Fatal(err)
		}
		opts, err := OptionsFrom(cfg, "ed")
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q: %v", tc.in, err)
		case tc.want == "":
			if opts.Severity["name-variant"] != Error || opts.Severity["term-inconsistent"] != Off || opts.BaseDir != "ed" {
				t.Errorf("%q: options %+v", tc.in, opts)
			}
		case err == nil || !strings.HasPrefix(err.Error(), tc.want):
			t.Errorf("%q: error %v, want %s", tc.in, err, tc.want)
		}
	}
}

func TestUserRuleErrors(t *testing.T) {
	const base = "documents: {source: 'ru/doc{id}.txt', target: en.txt}\n"
	for _, tc := range []struct{ in, want string }{
		{"rules:\n  - {id: cmrd, pattern: 'Cmrd(', message: x}\n", `sverka.yaml:3:25: cmrd: bad pattern: missing closing )`},
		{"rules:\n  - {id: cmrd, pattern: 'x*'}\n", `sverka.yaml:3:25: cmrd: the pattern "x*" matches the empty string`},
		{"rules:\n  - id: cmrd\n    pattern: Cmrd\n    severity: fatal\n", `sverka.yaml:5:15: cmrd: unknown severity "fatal"`},
		{"rules:\n  - {id: cmrd, pattern: Cmrd, on: french}\n", `sverka.yaml:3:35: cmrd: on: "french" is not english, russian or both`},
		{"rules:\n  - {id: name-variant, pattern: Cmrd}\n", `sverka.yaml:3:10: rule "name-variant" is already a rule`},
		{"rules:\n  - {id: no-such-rule, severity: error}\n", `sverka.yaml:3:10: unknown key "no-such-rule" in rules`},
		{"rules:\n  - {swap: {'Comrade(': Cmrd.}}\n", `sverka.yaml:3:13: swap: bad pattern`},
		{"rules:\n  - {id: cmrd, pattern: Cmrd, colour: red}\n", `sverka.yaml:3:31: unknown key "colour" in a rule`},
	} {
		cfg, err := edition.Load("sverka.yaml", strings.NewReader(base+tc.in))
		if err == nil {
			_, err = OptionsFrom(cfg, "ed")
		}
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %s", tc.in, err, tc.want)
		}
	}
}

// TestFindingPlaces: a finding is shown first where the words it is about
// are: the English place, but the Russian one for a finding about Russian
// words alone (an omission, whose English place is the next sentence's).
func TestFindingPlaces(t *testing.T) {
	en := texts.Pos{File: "en.txt", Line: 22, Col: 100, Offset: 700}
	ru := texts.Pos{File: "ru/doc1.txt", Line: 12, Col: 85, Offset: 400}
	for _, tc := range []struct {
		name        string
		f           Finding
		wantPlaces  []texts.Pos
		wantMatches []string
	}{
		{"English words and Russian ones", Finding{Pos: en, Match: "Lavrentiev", Russian: &ru, RussianMatch: "Лаврентьеву"},
			[]texts.Pos{en, ru}, []string{"Lavrentiev", "Лаврентьеву"}},
		{"English words alone", Finding{Pos: en, Match: "18:05 p.m."}, []texts.Pos{en}, []string{"18:05 p.m."}},
		{"Russian words alone: an omission", Finding{Pos: en, Russian: &ru, RussianMatch: "Работы ведутся в две смены."},
			[]texts.Pos{ru, en}, []string{"Работы ведутся в две смены.", ""}},
		{"no words at either place", Finding{Pos: en, Russian: &ru}, []texts.Pos{en, ru}, []string{"", ""}},
	} {
		places, matches := tc.f.Places()
		if !slices.Equal(places, tc.wantPlaces) || !slices.Equal(matches, tc.wantMatches) {
			t.Errorf("%s: places %v %q, want %v %q", tc.name, places, matches, tc.wantPlaces, tc.wantMatches)
		}
		m := Marks([]Finding{tc.f})[0]
		if !slices.Equal(m.Places, places) || !slices.Equal(m.Matches, matches) {
			t.Errorf("%s: the mark's places %v %q differ from the finding's", tc.name, m.Places, m.Matches)
		}
	}
}
