package check

import (
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/lex"
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
		if got := lex.ContainsWord(tc.s, tc.w); got != tc.want {
			t.Errorf("lex.ContainsWord(%q, %q) = %v", tc.s, tc.w, got)
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
	g := &glossary.Glossary{Entries: []*glossary.Entry{{ID: "s", Kind: glossary.Term, Russian: []string{"штормобоязнь"}, Renderings: []glossary.Rendering{{Text: "storm-fright", Status: glossary.Preferred}}}}}
	links := []align.Link{{Source: []int{0, 7}, Target: []int{9}}, {Source: []int{-1}, Target: []int{1, 0}}, {Source: []int{1}, Target: []int{1}}}
	pairs := []*edition.Pair{{Target: en.Documents[0], TargetText: en.Source, Source: ru.Documents[0], SourceText: ru.Source, Links: links}}
	Run(&edition.Edition{Pairs: pairs, Glossary: g}, Options{})
}

// TestTermMissingOmission: a Russian sentence the English leaves out is
// reported where its English would go (the start of the next English
// sentence, or the end of the last one), with no English match, so that
// no printer underlines unrelated English as the term.
func TestTermMissingOmission(t *testing.T) {
	en, err := texts.Read("en.txt", strings.NewReader("The storm-fright grew.\n\n\"21\" September 1950.\n"), texts.Options{Lang: texts.English})
	if err != nil {
		t.Fatal(err)
	}
	ru, err := texts.Read("ru.txt", strings.NewReader("Штормобоязнь усилилась.\n\nШТЫКОВ\n\n21 сентября 1950 г.\n"), texts.Options{Lang: texts.Russian})
	if err != nil {
		t.Fatal(err)
	}
	g := &glossary.Glossary{Entries: []*glossary.Entry{
		{ID: "s", Kind: glossary.Term, Russian: []string{"штормобоязнь"}, Renderings: []glossary.Rendering{{Text: "storm-fright", Status: glossary.Preferred}}},
		{ID: "shtykov", Kind: glossary.Person, Russian: []string{"Штыков"}, Renderings: []glossary.Rendering{{Text: "Shtykov", Status: glossary.Preferred}}},
	}}
	for _, tc := range []struct {
		name  string
		links []align.Link
		line  int
		col   int
	}{
		{"before the next sentence", []align.Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1}}, {Source: []int{2}, Target: []int{1}}}, 3, 1},
		{"after the last sentence", []align.Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{2}, Target: []int{1}}, {Source: []int{1}}}, 3, 21},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pairs := []*edition.Pair{{Target: en.Documents[0], TargetText: en.Source, Source: ru.Documents[0], SourceText: ru.Source, Links: tc.links}}
			fs := Run(&edition.Edition{Pairs: pairs, Glossary: g}, Options{Rules: []string{"term-missing"}})
			if len(fs) != 1 {
				t.Fatalf("findings: %v", fs)
			}
			f := fs[0]
			if f.Pos.Line != tc.line || f.Pos.Col != tc.col {
				t.Errorf("position %s, want en.txt:%d:%d", f.Pos, tc.line, tc.col)
			}
			if f.Match != "" || f.endCol() != 0 {
				t.Errorf("English match %q, end column %d: want none", f.Match, f.endCol())
			}
			if f.RussianMatch != "ШТЫКОВ" || f.Russian == nil || f.Russian.Line != 3 || f.Russian.Col != 1 {
				t.Errorf("Russian %q at %v, want ШТЫКОВ at ru.txt:3:1", f.RussianMatch, f.Russian)
			}
			if r := sarifRegionOf(f); r.EndColumn != 0 || r.Snippet != nil {
				t.Errorf("SARIF region %+v describes text that is not there", r)
			}
			var b strings.Builder
			if err := WriteGitHub(&b, fs, PrintOptions{}); err != nil || strings.Contains(b.String(), "endColumn") {
				t.Errorf("GitHub annotation %q (%v) has an end column", b.String(), err)
			}
		})
	}
}

// TestCheckDropsDuplicates: two entries that match one Russian word (a
// suggested entry loaded beside an older one) give one finding there.
func TestCheckDropsDuplicates(t *testing.T) {
	ru, err := texts.Read("ru.txt", strings.NewReader("Штаб остался в Пхеньяне.\n"), texts.Options{Lang: texts.Russian})
	if err != nil {
		t.Fatal(err)
	}
	en, err := texts.Read("en.txt", strings.NewReader("The staff stayed in Phenian.\n"), texts.Options{Lang: texts.English})
	if err != nil {
		t.Fatal(err)
	}
	g := &glossary.Glossary{Entries: []*glossary.Entry{
		{ID: "pyongyang", Kind: glossary.Place, Russian: []string{"Пхеньян"}, Renderings: []glossary.Rendering{{Text: "Pyongyang", Status: glossary.Preferred}}},
		{ID: "pkhenian", Kind: glossary.Place, Russian: []string{"Пхеньян"}, Renderings: []glossary.Rendering{{Text: "Pyongyang", Status: glossary.Preferred}}},
	}}
	pairs := []*edition.Pair{{
		Target: en.Documents[0], TargetText: en.Source,
		Source: ru.Documents[0], SourceText: ru.Source,
		Links: []align.Link{{Source: []int{0}, Target: []int{0}, Confidence: 0.9}},
	}}
	fs := Run(&edition.Edition{Pairs: pairs, Glossary: g}, Options{Rules: []string{"term-missing"}})
	if len(fs) != 1 {
		t.Errorf("%d findings, want 1: %v", len(fs), fs)
	}
}

// TestMixedScriptFix: the fix retypes the look-alikes in the word's script.
func TestMixedScriptFix(t *testing.T) {
	en, err := texts.Read("en.txt", strings.NewReader("Comrade Stаlin and Comrade ШТЫКOВ left Pyоngyang.\n"), texts.Options{Lang: texts.English})
	if err != nil {
		t.Fatal(err)
	}
	fs := Run(&edition.Edition{Pairs: []*edition.Pair{{Target: en.Documents[0], TargetText: en.Source}}}, Options{Rules: []string{"mixed-script"}})
	var got []string
	for _, f := range fs {
		if f.Fix != nil {
			got = append(got, f.Match+"→"+f.Fix.Replace)
		}
	}
	if want := "Stаlin→Stalin ШТЫКOВ→ШТЫКОВ Pyоngyang→Pyongyang"; strings.Join(got, " ") != want {
		t.Errorf("fixes %q, want %q", strings.Join(got, " "), want)
	}
}

// TestTermInconsistentNoRussian: a glossed rendering in an English
// sentence aligned with no Russian is still counted by its gloss, and its
// finding names no Russian (no other word of the document stands in).
func TestTermInconsistentNoRussian(t *testing.T) {
	en, err := texts.Read("en.txt", strings.NewReader("The storm-fright [shtormoboiazn'] grew.\n\nThe storm-fright [shtormoboiazn'] did not stop.\n\nThe storm dread [shtormoboiazn'] was noted.\n"), texts.Options{Lang: texts.English})
	if err != nil {
		t.Fatal(err)
	}
	ru, err := texts.Read("ru.txt", strings.NewReader("Штормобоязнь усилилась.\n\nШтормобоязнь не прекращалась.\n\nОтмечена штормобоязнь.\n"), texts.Options{Lang: texts.Russian})
	if err != nil {
		t.Fatal(err)
	}
	links := []align.Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1}, Target: []int{1}}, {Source: []int{2}}, {Target: []int{2}}}
	pairs := []*edition.Pair{{Target: en.Documents[0], TargetText: en.Source, Source: ru.Documents[0], SourceText: ru.Source, Links: links}}
	fs := Run(&edition.Edition{Pairs: pairs}, Options{Rules: []string{"term-inconsistent"}})
	var got []Finding
	for _, f := range fs {
		if f.Pos.Line == 5 {
			got = append(got, f)
		}
	}
	if len(got) != 1 {
		t.Fatalf("findings on line 5: %v (all: %v)", got, fs)
	}
	f := got[0]
	if f.Russian != nil || f.RussianMatch != "" {
		t.Errorf("Russian %q at %v, want none", f.RussianMatch, f.Russian)
	}
	if want := `[shtormoboiazn'] rendered "dread" here but "storm-fright" 2× elsewhere (first at en.txt:1:5); the sentence is aligned with no Russian`; f.Message != want {
		t.Errorf("message %q, want %q", f.Message, want)
	}
}
