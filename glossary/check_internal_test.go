package glossary

import (
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/texts"
)

func TestContainsWord(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want bool
	}{
		{"the route andong-pyongyang.", "pyongyang", true},
		{"pyongyangese troops", "pyongyang", false},
		{"in пхеньян and", "пхеньян", true},
		{"x", "", false},
	} {
		if got := containsWord(tc.s, tc.w); got != tc.want {
			t.Errorf("containsWord(%q, %q) = %v", tc.s, tc.w, got)
		}
	}
}

// TestMatchKeyFoldsVariants pins what name-variant and gloss-mismatch
// rely on texts.MatchKey for.
func TestMatchKeyFoldsVariants(t *testing.T) {
	same := [][]string{
		{"Lavrentyev", "Lavrentiev", "LAVRENTYEV", "Лаврентьев"},
		{"Vasilevsky", "Vasilevskii", "VASILEVSKIY"},
		{"Beriya", "Beria", "Берия"},
		{"Inch'on", "Inch'ón", "Inchon", "Inch’ŏn"},
		{"Hon-Yong", "HÓN-YÓNG", "Honyong"},
	}
	for _, group := range same {
		k := texts.MatchKey(group[0])
		for _, w := range group[1:] {
			if texts.MatchKey(w) != k {
				t.Errorf("texts.MatchKey(%q) = %q, texts.MatchKey(%q) = %q: want equal", group[0], k, w, texts.MatchKey(w))
			}
		}
	}
	for _, pair := range [][2]string{{"Korea", "Korean"}, {"Shtykov", "Shtykova"}, {"Kim", "Kym Il"}} {
		if texts.MatchKey(pair[0]) == texts.MatchKey(pair[1]) {
			t.Errorf("%q and %q share a key", pair[0], pair[1])
		}
	}
}

// TestCheckMalformedLinks gives Check links that point outside the
// documents, as a stale stored alignment would: no panic.
func TestCheckMalformedLinks(t *testing.T) {
	en, err := texts.Read("en.txt", strings.NewReader("The storm-fright [shtormoboyazn] grew.\nComrade Lavrentiev.\n"), texts.Options{Lang: texts.English})
	if err != nil {
		t.Fatal(err)
	}
	ru, err := texts.Read("ru.txt", strings.NewReader("Штормобоязнь усилилась.\nТов. Лаврентьев.\n"), texts.Options{Lang: texts.Russian})
	if err != nil {
		t.Fatal(err)
	}
	g := &Glossary{Entries: []*Entry{{ID: "s", Kind: Term, Russian: []string{"штормобоязнь"}, Renderings: []Rendering{{Text: "storm-fright", Status: Preferred}}}}}
	links := []align.Link{{Source: []int{0, 7}, Target: []int{9}}, {Source: []int{-1}, Target: []int{1, 0}}, {Source: []int{1}, Target: []int{1}}}
	pairs := []Pair{{English: Text{Source: en.Source, Doc: en.Documents[0]}, Russian: &Text{Source: ru.Source, Doc: ru.Documents[0]}, Links: links}}
	Check(pairs, g, Options{})
}
