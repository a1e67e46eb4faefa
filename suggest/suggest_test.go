package suggest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/fixture"
	"github.com/sverka/sverka/texts"
)

func readCollection(t testing.TB, path string) *texts.Collection {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := texts.Read(path, f, texts.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func describeSuggestions(ss []Suggestion) string {
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "%s|%s|%s|%s|%s|%s|%d|%s\n", s.Kind, s.Reason, s.Russian, s.English, s.Translit, s.Gloss, len(s.Occurrences), s.Occurrences[0].Pos)
	}
	return b.String()
}

func TestSuggestEnglish(t *testing.T) {
	c := readCollection(t, filepath.Join("..", "examples", "telegrams", "en.txt"))
	got := describeSuggestions(Entries(nil, []*texts.Collection{c}, Options{}))
	for _, want := range []string{
		"term|transliteration gloss||storm-fright|shtormoboiazn'||2|../examples/telegrams/en.txt:24:34\n",
		"code-name|translation gloss (code name?)||Instantsia||Highest Authority|1|../examples/telegrams/en.txt:19:1\n",
		"person|recurring name||Lavrentyev|||",
		"place|recurring name||Nakhodka|||3|",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no suggestion %q in\n%s", want, got)
		}
	}
	for _, unwanted := range []string{"|Comrade|", "|March|", "|The|", "|Document|"} {
		if strings.Contains(got, unwanted) {
			t.Errorf("suggestion %q in\n%s", unwanted, got)
		}
	}

	// With the edition's glossary, nothing it already has is suggested.
	g := fixture.ExampleGlossary(t)
	got = describeSuggestions(Entries(g, []*texts.Collection{c}, Options{}))
	for _, known := range []string{"storm-fright", "Instantsia", "Lavrentyev", "Nakhodka"} {
		if strings.Contains(got, "|"+known+"|") {
			t.Errorf("suggested %q, which the glossary has:\n%s", known, got)
		}
	}
}

func TestSuggestRussian(t *testing.T) {
	var cols []*texts.Collection
	for _, d := range []string{"doc1.txt", "doc2.txt"} {
		cols = append(cols, readCollection(t, filepath.Join("..", "examples", "telegrams", "ru", d)))
	}
	got := describeSuggestions(Entries(nil, cols, Options{}))
	for _, want := range []string{
		"code-name|a line of its own (code name?)|Инстанция||Instantsiia||1|../examples/telegrams/ru/doc1.txt:8:1\n",
		"person|recurring name|Лаврентьев||Lavrent'ev||2|../examples/telegrams/ru/doc1.txt:18:1\n",
		"place|recurring name|Находка||Nakhodka||3|", // в Находку, из Находки
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no suggestion %q in\n%s", want, got)
		}
	}
	got = describeSuggestions(Entries(fixture.ExampleGlossary(t), cols, Options{}))
	if strings.Contains(got, "Лаврентьев") || strings.Contains(got, "Инстанция") {
		t.Errorf("suggested what the glossary has:\n%s", got)
	}
}

func FuzzSuggest(f *testing.F) {
	g := fixture.ExampleGlossary(f)
	f.Add("Instantsia [Highest Authority]\nstorm-fright [shtormoboiazn'] and LAVRENTYEV's M[inistry]\n")
	f.Add("Инстанция\n\nтов. Штыкову, Штыкову. Т.Ф. Штыков [?] ]\n")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := texts.Read("f.txt", strings.NewReader(s), texts.Options{})
		if err != nil {
			return
		}
		for _, sg := range Entries(g, []*texts.Collection{c}, Options{MinCount: 1}) {
			if len(sg.Occurrences) == 0 || sg.Entry() == nil {
				t.Fatalf("suggestion %+v", sg)
			}
		}
	})
}

// TestSuggestedGlossaryLoads: suggestions written as YAML load as a
// glossary; a name seen as a gloss and again as a recurring name is one
// entry with the Russian of the original; what has no Russian is written
// commented out.
func TestSuggestedGlossaryLoads(t *testing.T) {
	en, err := texts.Read("en.txt", strings.NewReader("Document 1\n\nInstantsia [Highest Authority]\n\nWe asked Instantsia about Pusan. Later Instantsia and Pusan agreed.\n"), texts.Options{Lang: texts.English})
	if err != nil {
		t.Fatal(err)
	}
	ru, err := texts.Read("ru.txt", strings.NewReader("ИНСТАНЦИЯ\n\nМы запросили Инстанцию.\n"), texts.Options{Lang: texts.Russian})
	if err != nil {
		t.Fatal(err)
	}
	sugs := Entries(nil, []*texts.Collection{en, ru}, Options{})
	var b strings.Builder
	if err := WriteGlossary(&b, sugs, texts.ALALC); err != nil {
		t.Fatal(err)
	}
	g, err := glossary.Load("suggested.yaml", strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if len(g.Entries) != 1 || g.Entries[0].Russian[0] != "Инстанция" || g.Entries[0].Gloss == nil || g.Entries[0].Gloss.Text != "Highest Authority" {
		t.Errorf("entries %+v\n%s", g.Entries, b.String())
	}
	if !strings.Contains(b.String(), "\n#      - Pusan\n") {
		t.Errorf("Pusan, found only in English, not written commented out:\n%s", b.String())
	}
}

// TestSuggestFromAlignment: a name found only in the English takes the
// Russian word common to the aligned Russian sentences, and the Russian
// suggestion of that word is taken into it.
func TestSuggestFromAlignment(t *testing.T) {
	en, err := texts.Read("en.txt", strings.NewReader("The troops left Pyongyang at night.\n\nThe staff moved from Pyongyang to Kanggye.\n\nThe Pyongyang garrison held.\n"), texts.Options{Lang: texts.English})
	if err != nil {
		t.Fatal(err)
	}
	ru, err := texts.Read("ru.txt", strings.NewReader("Войска оставили Пхеньян ночью.\n\nШтаб переехал из Пхеньяна в Канге.\n\nГарнизон Пхеньяна держался.\n"), texts.Options{Lang: texts.Russian})
	if err != nil {
		t.Fatal(err)
	}
	links := []align.Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1}, Target: []int{1}}, {Source: []int{2}, Target: []int{2}}}
	pairs := []*edition.Pair{{Target: en.Documents[0], TargetText: en.Source, Source: ru.Documents[0], SourceText: ru.Source, Links: links}}
	cols := []*texts.Collection{en, ru}
	without := describeSuggestions(Entries(nil, cols, Options{}))
	if !strings.Contains(without, "||Pyongyang|") {
		t.Fatalf("no English-only Pyongyang without the alignment:\n%s", without)
	}
	got := describeSuggestions(Entries(nil, cols, Options{Pairs: pairs}))
	if !strings.Contains(got, "|Пхеньян|Pyongyang|Pkhen'ian||") {
		t.Errorf("Pyongyang not paired with Пхеньян:\n%s", got)
	}
	if strings.Count(got, "Пхеньян") != 1 {
		t.Errorf("Пхеньян suggested twice:\n%s", got)
	}
}

// TestSuggestAcronymsFromAlignment: an acronym found beside another in
// every aligned sentence (МИД СССР, Ministry of Foreign Affairs of the USSR)
// is not paired with the other's rendering: МИД is never USSR, and СССР,
// which shares no letter with USSR, is; МИД is not USSR either where the
// translation has no Russian СССР to give it (the USSR ministry), however
// often the two stand together.
func TestSuggestAcronymsFromAlignment(t *testing.T) {
	for _, tc := range []struct {
		name, ru, en string
		want         string // "" for none
	}{
		{"МИД СССР", "МИД СССР\n\nПрошу принять посла.\n\nРассылка: МИД – 1.\n\nМИД СССР\n\nПосол принят.\n",
			"Ministry of Foreign Affairs of the USSR\n\nPlease receive the ambassador.\n\nDistribution: MFA - 1.\n\nMinistry of Foreign Affairs of the USSR\n\nThe ambassador was received.\n",
			"|СССР|USSR|SSSR|"},
		{"МИД alone", "Из МИД сообщили о приёме посла.\n\nВ МИД просят ответа.\n\nПосол принят.\n",
			"The USSR ministry reported the reception of the ambassador.\n\nThe USSR ministry asks for a reply.\n\nThe ambassador was received.\n",
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cols, pairs := alignedOneToOne(t, tc.ru, tc.en)
			got := describeSuggestions(Entries(nil, cols, Options{Pairs: pairs}))
			if strings.Contains(got, "|МИД|USSR|") || strings.Contains(got, "|Мид|USSR|") {
				t.Errorf("МИД paired with USSR:\n%s", got)
			}
			if tc.want != "" && !strings.Contains(got, tc.want) {
				t.Errorf("no %s:\n%s", tc.want, got)
			}
		})
	}
}

// TestSuggestOnEditionLoadsClean: on an aligned edition, the suggested
// glossary pairs each name with its rendering even when one link is off
// (Pyongyang in a sentence whose Russian lacks it), groups a name's
// inflected forms into one entry shown in the nominative (Корея, Кореи,
// Корее), keeps an abbreviation in capitals (КНА), tells people and places
// from the words before them (т. Берия, в Корее), and writes a Russian name
// with no rendering found commented out, not as an entry with none.
func TestSuggestOnEditionLoadsClean(t *testing.T) {
	ruText := "Вчера части КНА вышли к Пхеньяну.\n\nВ Пхеньяне доложили т. Берия о положении в Корее.\n\nУтром штаб КНА покинул Пхеньян.\n\n" +
		"Связь с Кореей восстановлена, т. Берия доволен.\n\nПоложение спокойное.\n\nКорея ждёт решения.\n\nИз Сеула сообщений нет, в Корее тихо.\n\nО Сеуле ничего не слышно.\n"
	enText := "KPA troops reached Pyongyang.\n\nIn Pyongyang Comrade Beriya was told of the situation in Korea.\n\nThe KPA staff left Pyongyang.\n\n" +
		"Communications with Korea are restored, Comrade Beriya is pleased.\n\nPyongyang is calm.\n\nKorea awaits a decision.\n\nThere is no news from the south, all is quiet in Korea.\n\nNothing is heard of the capital.\n"
	cols, pairs := alignedOneToOne(t, ruText, enText)
	sugs := Entries(nil, cols, Options{Pairs: pairs})
	var b strings.Builder
	if err := WriteGlossary(&b, sugs, texts.ALALC); err != nil {
		t.Fatal(err)
	}
	g, err := glossary.Load("suggested.yaml", strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	got := make(map[string]string)
	for _, e := range g.Entries {
		if len(e.Renderings) == 0 {
			t.Errorf("entry %s has no renderings", e.ID)
			continue
		}
		got[strings.Join(e.Russian, ",")] = string(e.Kind) + " " + e.Renderings[0].Text
	}
	want := map[string]string{
		"Пхеньян": "place Pyongyang",
		"КНА":     "abbreviation KPA",
		"Корея":   "place Korea",
		"Берия":   "person Beriya",
	}
	for ru, w := range want {
		if got[ru] != w {
			t.Errorf("%s: got %q, want %q\n%s", ru, got[ru], w, b.String())
		}
	}
	if len(got) != len(want) {
		t.Errorf("entries %v, want %v\n%s", got, want, b.String())
	}
	if !strings.Contains(b.String(), "\n#    russian: [Сеул") {
		t.Errorf("Сеул, with no rendering, not written commented out:\n%s", b.String())
	}
}

// TestSuggestPlacesCRLF: every suggestion of the example's English, the
// names of its titles too, is placed where it is in the file saved with
// CRLF line ends, as in the file with LF.
func TestSuggestPlacesCRLF(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "telegrams", "en.txt"))
	if err != nil {
		t.Fatal(err)
	}
	places := func(data string) string {
		c, err := texts.Read("en.txt", strings.NewReader(data), texts.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, s := range Entries(nil, []*texts.Collection{c}, Options{}) {
			for _, o := range s.Occurrences {
				fmt.Fprintf(&b, "%s %s\n", o.Text, o.Pos)
			}
		}
		return b.String()
	}
	lf := places(strings.ReplaceAll(string(data), "\r\n", "\n"))
	if crlf := places(strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n", "\r\n")); crlf != lf {
		t.Errorf("with CRLF:\n%s\nwith LF:\n%s", crlf, lf)
	}
}

// TestSuggestMostWrittenSpelling: a name spelled two ways is suggested
// with the spelling the translation writes most, not the one seen first.
func TestSuggestMostWrittenSpelling(t *testing.T) {
	text := "Copies: Stalin, Beriya, Molotov.\n\nComrade Beria reported. Beria agreed with Molotov.\n\nThe note went to Beria and Stalin.\n"
	c, err := texts.Read("en.txt", strings.NewReader(text), texts.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range Entries(nil, []*texts.Collection{c}, Options{}) {
		if strings.HasPrefix(s.English, "Beri") {
			got = append(got, s.English)
		}
	}
	if len(got) != 1 || got[0] != "Beria" {
		t.Errorf("suggested %q, want Beria (3×) alone, not Beriya (1×, first)", got)
	}
}

// TestSuggestOnePlaceOnce: a code name seen as a gloss and as a name at
// one place is one occurrence there, with the gloss.
func TestSuggestOnePlaceOnce(t *testing.T) {
	text := "Instantsia [Highest Authority] approved the plan.\n\nThe plan went to Instantsia on Monday.\n\nInstantsia agreed.\n"
	c, err := texts.Read("en.txt", strings.NewReader(text), texts.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range Entries(nil, []*texts.Collection{c}, Options{}) {
		if s.English != "Instantsia" {
			continue
		}
		var got []string
		for _, o := range s.Occurrences {
			got = append(got, o.Pos.String()+" "+o.Text)
		}
		if want := "en.txt:1:1 Instantsia [Highest Authority]|en.txt:3:18 Instantsia|en.txt:5:1 Instantsia"; strings.Join(got, "|") != want {
			t.Errorf("occurrences %q, want %q", strings.Join(got, "|"), want)
		}
		return
	}
	t.Error("no suggestion Instantsia")
}

// TestSuggestNoRoutes: names joined by hyphens, each suggested on its own
// (a route), are no suggestion; a hyphenated name (Hon-Yong) still is.
func TestSuggestNoRoutes(t *testing.T) {
	text := "The regiment flies the route Andong-Pyongyang.\n\nIn Andong the crews rest; Pyongyang is covered from the air.\n\n" +
		"Combat is likely in the area of Andong-Pyongyang, near Pyongyang and Andong.\n\nThe envoy met Hon-Yong at noon. The note went to Hon-Yong later.\n"
	c, err := texts.Read("en.txt", strings.NewReader(text), texts.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, s := range Entries(nil, []*texts.Collection{c}, Options{}) {
		got[s.English] = true
	}
	if got["Andong-Pyongyang"] || !got["Andong"] || !got["Pyongyang"] || !got["Hon-Yong"] {
		t.Errorf("suggested %v: want Andong, Pyongyang and Hon-Yong, not the route Andong-Pyongyang", got)
	}
}

// alignedOneToOne reads a Russian and an English text of one document
// each, their segments paired one to one, as an edition's pair: the
// collections (English first) and the pair.
func alignedOneToOne(t *testing.T, ruText, enText string) ([]*texts.Collection, []*edition.Pair) {
	t.Helper()
	ru, err := texts.Read("ru.txt", strings.NewReader(ruText), texts.Options{Lang: texts.Russian})
	if err != nil {
		t.Fatal(err)
	}
	en, err := texts.Read("en.txt", strings.NewReader(enText), texts.Options{Lang: texts.English})
	if err != nil {
		t.Fatal(err)
	}
	var links []align.Link
	for i := range ru.Documents[0].Segments {
		links = append(links, align.Link{Source: []int{i}, Target: []int{i}, Confidence: 0.9})
	}
	pairs := []*edition.Pair{{Target: en.Documents[0], TargetText: en.Source, Source: ru.Documents[0], SourceText: ru.Source, Links: links}}
	return []*texts.Collection{en, ru}, pairs
}

// TestSuggestNoPartOfATerm: a capitalised word of a longer term the
// glossary has (Народной of Народной армии, Северной Кореи) is no
// suggestion, though alone it matches no entry; nor is an oblique form of
// a noun in -я (Кореи) once the glossary has Корея.
func TestSuggestNoPartOfATerm(t *testing.T) {
	g := &glossary.Glossary{Entries: []*glossary.Entry{
		{ID: "narodnaia-armiia", Kind: glossary.Term, Russian: []string{"Народная армия"}, Renderings: []glossary.Rendering{{Text: "People's Army"}}},
		{ID: "severnaia-koreia", Kind: glossary.Place, Russian: []string{"Северная Корея"}, Renderings: []glossary.Rendering{{Text: "North Korea"}}},
		{ID: "koreia", Kind: glossary.Place, Russian: []string{"Корея"}, Renderings: []glossary.Rendering{{Text: "Korea"}}},
	}}
	ru := "Вчера части Народной армии отошли к северу.\n\nПолитсовет заседал в Северной Корее.\n\n" +
		"Вчера штаб Народной армии по решению Политсовета перебазирован из Кореи.\n\nВсе резервы Народной армии в Северной Кореи не готовы, связь с Кореей прервана.\n"
	c, err := texts.Read("doc.txt", strings.NewReader(ru), texts.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := describeSuggestions(Entries(g, []*texts.Collection{c}, Options{}))
	for _, known := range []string{"Народн", "Северн", "Коре"} {
		if strings.Contains(got, "|"+known) {
			t.Errorf("suggested %q, which the glossary has:\n%s", known, got)
		}
	}
	if !strings.Contains(got, "|Политсовет|") {
		t.Errorf("no suggestion of Политсовет, which the glossary lacks:\n%s", got)
	}
}

// TestSuggestVowelNounNominative: a name seen only in oblique cases
// whose stem ends in a vowel is suggested in the nominative where its
// forms tell the noun (Китая, Китае: Китай; Кореи, Кореей: Корея), and
// left as seen where they do not (Тверской, Тверскую: no Тверскай).
func TestSuggestVowelNounNominative(t *testing.T) {
	ru := "Полк пройдет через территорию Китая ночью.\n\nСклады в Китае пусты.\n\nГрузы из Китая задержаны.\n\n" +
		"Связь с Кореей прервана.\n\nДелегация из Кореи прибыла.\n\n" +
		"Штаб на Тверской закрыт.\n\nКолонна вышла на Тверскую утром.\n"
	checkSuggestions(t, ru, "", []string{"|Китай||", "|Корея||"}, []string{"Тверскай"})
}

// TestSuggestAbbreviationApart: an abbreviation before a capitalised word
// is a name of its own, not the start of one: ЦК Трудовой партии gives ЦК
// and Трудовая партия (recurring with its noun), not ЦК Трудовой and a
// Трудовой seen once.
func TestSuggestAbbreviationApart(t *testing.T) {
	ru := "Приветствие от имени Трудовой партии Кореи передано вчера.\n\nПисьмо подписал ЦК Трудовой партии Кореи.\n\nВчера утверждено решение ЦК.\n"
	checkSuggestions(t, ru, "", []string{"|Трудовая партия||", "abbreviation|recurring name|ЦК||TsK||2|"}, []string{"ЦК Трудов"})
}
