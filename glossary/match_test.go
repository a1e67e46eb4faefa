package glossary

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/lex"
)

func loadExample(t testing.TB) *Glossary {
	t.Helper()
	g, err := LoadFile(filepath.Join("..", "examples", "telegrams", "glossary.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// describeMatches writes matches as "id:text" for comparison.
func describeMatches(ms []Match) string {
	var parts []string
	for _, m := range ms {
		s := m.Entry.ID + ":" + m.Text
		if m.Rendering != nil {
			s += "/" + string(m.Rendering.Status)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestMatchRussian(t *testing.T) {
	g := loadExample(t)
	g.Entries = append(g.Entries,
		&Entry{ID: "shtykov", Kind: Person, Russian: []string{"Штыков"}},
		&Entry{ID: "vasilevskii", Kind: Person, Russian: []string{"Василевский"}},
		&Entry{ID: "pak-khon-en", Kind: Person, Russian: []string{"Пак Хон Ен"}, Forms: []string{"Пак Хон-Ен*", "Пакхонен*"}},
		&Entry{ID: "koreia", Kind: Place, Russian: []string{"Корея"}},
		&Entry{ID: "severnaia-koreia", Kind: Place, Russian: []string{"Северная Корея"}},
		&Entry{ID: "kitai", Kind: Place, Russian: []string{"Китай"}},
		&Entry{ID: "primore", Kind: Place, Russian: []string{"Приморье"}},
	)
	g.Reindex()
	tests := []struct{ in, want string }{
		{"Среди рабочих отмечается штормобоязнь.", "shtormoboiazn:штормобоязнь"},
		{"вызванной ШТОРМОБОЯЗНЬЮ и штормобоязни", "shtormoboiazn:ШТОРМОБОЯЗНЬЮ shtormoboiazn:штормобоязни"},
		{"Инстанция", "instantsiia:Инстанция"},
		{"в высшей инстанции", ""}, // case-sensitive code name
		{"Отправить в Дальний группу водолазов; в Дальнем порту", "dalnii:Дальний dalnii:Дальнем"},
		{"дальний рейс", ""},
		{"Поручить тов. Лаврентьеву, ЛАВРЕНТЬЕВ, Лаврентьева", "lavrentev:Лаврентьеву lavrentev:ЛАВРЕНТЬЕВ lavrentev:Лаврентьева"},
		{"тов. Штыкову и Штыковым, жене Штыковой; штык", "shtykov:Штыкову shtykov:Штыковым shtykov:Штыковой"},
		{"маршалу Василевскому, Василевская", "vasilevskii:Василевскому vasilevskii:Василевская"},
		{"в Главное управление тов. Козлову А.П.", "glavnoe-upravlenie:Главное управление kozlov:Козлову"},
		{"от Главного управления", "glavnoe-upravlenie:Главного управления"},
		{"управление порта", ""},
		{"Министерство путей сообщения отгрузить; Министерству путей сообщения", "ministerstvo-putei-soobshcheniia:Министерство путей сообщения ministerstvo-putei-soobshcheniia:Министерству путей сообщения"},
		{"отгрузить в Находку, из Находки", "nakhodka:Находку nakhodka:Находки"},
		{"причала № 4, причалы, к причалам", "prichal:причала prichal:причалы prichal:причалам"},
		{"Политбюро ЦК ВКП(б)", "tsk-vkpb:ЦК ВКП(б)"},
		{"Пак Хон-Ен сказал; Пак Хон Ену", "pak-khon-en:Пак Хон-Ен pak-khon-en:Пак Хон Ену"},
		{"Ёршов и Ершову", "ershov:Ёршов ershov:Ершову"},
		{"сомовая Сомовой", "somova:Сомовой"},
		{"из Кореи, в Корее, на Корею, с Кореей", "koreia:Кореи koreia:Корее koreia:Корею koreia:Кореей"},
		{"в Северной Корее; Северную Корею", "severnaia-koreia:Северной Корее severnaia-koreia:Северную Корею"},
		{"через территорию Китая, в Китае, Китаю", "kitai:Китая kitai:Китае kitai:Китаю"},
		{"в Приморье, из Приморья", "primore:Приморье primore:Приморья"},
		{"кора, коры, на коре", ""}, // кор is кора's stem as well as Кореи's
		{"Главное. Управление", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := describeMatches(g.MatchRussian(tt.in)); got != tt.want {
			t.Errorf("MatchRussian(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestMatchEnglish(t *testing.T) {
	g := loadExample(t)
	tests := []struct{ in, want string }{
		{"Among the workers one notices storm-fright [shtormoboiazn'].", "shtormoboiazn:storm-fright/preferred"},
		{"the storm phobia of the crews; storm-frights", "shtormoboiazn:storm phobia/forbidden shtormoboiazn:storm-frights/preferred"},
		{"LAVRENTYEV", "lavrentev:LAVRENTYEV/admitted"}, // the case-sensitive rendering wins
		{"Lavrentyev's plan; Comrade Lavrentiev", "lavrentev:Lavrentyev's/preferred lavrentev:Lavrentiev/forbidden"},
		{"to send divers to DAL'NII [DAIREN]", "dalnii:DAL'NII/preferred dalnii:DAIREN/admitted"},
		{"to send divers to Dal’nii", "dalnii:Dal’nii/preferred"},
		{"the Main Directorate", "glavnoe-upravlenie:Main Directorate/preferred"},
		{"the main directorates", "glavnoe-upravlenie:main directorates/preferred"},
		{"Directorate", ""},
		{"piers, piercing", "prichal:piers/preferred"},
		{"Nakhodkaport", ""},
		{"Spassk-Nakhodka-Vladivostok", "nakhodka:Nakhodka/preferred"},
		{"storm fright; storm, phobia; storm-phobia", ""},
		{"Main\nDirectorate", "glavnoe-upravlenie:Main\nDirectorate/preferred"},
		{"CC VKP(b), CC VKP b", "tsk-vkpb:CC VKP(b)/preferred"},
		{"Instantsia [Highest Authority]", "instantsiia:Instantsia/preferred"},
	}
	for _, tt := range tests {
		if got := describeMatches(g.MatchEnglish(tt.in)); got != tt.want {
			t.Errorf("MatchEnglish(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestMatchOffsets(t *testing.T) {
	g := loadExample(t)
	s := "«Смелый» — в Находку."
	for _, m := range g.MatchRussian(s) {
		if s[m.Start:m.End] != m.Text {
			t.Errorf("match %q at %d:%d is %q", m.Text, m.Start, m.End, s[m.Start:m.End])
		}
	}
	if ms := g.MatchRussian(s); len(ms) != 1 || ms[0].Start != strings.Index(s, "Находку") {
		t.Errorf("matches %+v", ms)
	}
}

func TestScanWordSpans(t *testing.T) {
	const s = "Пак Хон-Ен, DAL'NII's «Смелый»—storm-fright - 12:30 ё"
	for _, join := range []bool{true, false} {
		var got []string
		for _, w := range lex.Words(s, join) {
			got = append(got, w.Text)
		}
		want := "Пак|Хон-Ен|DAL'NII's|Смелый|storm-fright|12|30|ё"
		if !join {
			want = "Пак|Хон|Ен|DAL'NII's|Смелый|storm|fright|12|30|ё"
		}
		if strings.Join(got, "|") != want {
			t.Errorf("join %v: got %s\nwant %s", join, strings.Join(got, "|"), want)
		}
	}
}

// benchGlossary makes a glossary of n invented entries in several kinds.
func benchGlossary(n int) *Glossary {
	g := &Glossary{}
	stems := []string{"причал", "штормобоязнь", "бетон", "арматура", "цемент", "водолаз", "катер", "рейд", "батальон", "смена"}
	for i := range n {
		base := stems[i%len(stems)]
		switch i % 3 {
		case 0:
			g.Entries = append(g.Entries, &Entry{ID: fmt.Sprint("t", i), Kind: Term,
				Russian:    []string{fmt.Sprintf("%s %s", base, strings.Repeat("ы", 1+i/len(stems)%5)+"вой")},
				Renderings: []Rendering{{Text: fmt.Sprintf("term %d", i), Status: Preferred}}})
		case 1:
			g.Entries = append(g.Entries, &Entry{ID: fmt.Sprint("p", i), Kind: Person,
				Russian:    []string{fmt.Sprintf("Шты%dков", i)},
				Renderings: []Rendering{{Text: fmt.Sprintf("Shtykov%d", i), Status: Preferred}}})
		default:
			g.Entries = append(g.Entries, &Entry{ID: fmt.Sprint("x", i), Kind: Place,
				Russian:    []string{fmt.Sprintf("Находка%d", i)},
				Renderings: []Rendering{{Text: fmt.Sprintf("Nakhodka %d", i), Status: Preferred}}})
		}
	}
	return g
}

// BenchmarkMatch10000 matches 10,000 Russian and 10,000 English sentences
// against a 1,000-entry glossary: one op is the whole edition.
func BenchmarkMatch10000(b *testing.B) {
	g := benchGlossary(1000)
	ru := "Для окончания работ у причала необходимо дополнительно 40 т цемента и 12 т арматурной стали, тов. Штыкову доложить."
	en := "To finish the work at the pier we need an additional 40 tons of cement and 12 tons of reinforcing steel, Comrade Shtykov."
	g.MatchRussian(ru)
	b.ResetTimer()
	for b.Loop() {
		for range 10000 {
			g.MatchRussian(ru)
			g.MatchEnglish(en)
		}
	}
}

func FuzzMatch(f *testing.F) {
	g := loadExample(f)
	f.Add("Отправить в Дальний группу водолазов; ЦК ВКП(б)")
	f.Add("Secretary of the C[entral] C[ommittee], M[inistry of the] M[aritime] F[leet] C[")
	f.Add("storm-fright [shtormoboiazn'] LAVRENTYEV's\xff")
	f.Fuzz(func(t *testing.T, s string) {
		for _, ms := range [][]Match{g.MatchRussian(s), g.MatchEnglish(s)} {
			for _, m := range ms {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
					t.Fatalf("bad match %+v in %q", m, s)
				}
			}
		}
	})
}

func TestMatchEnglishExpansions(t *testing.T) {
	g := loadExample(t)
	s := "to oblige the M[inistry of the] M[aritime] F[leet] to strengthen it; CC VKP(b) [sic]"
	got := describeMatches(g.MatchEnglish(s))
	want := "ministerstvo-morskogo-flota:M[inistry of the] M[aritime] F[leet]/preferred tsk-vkpb:CC VKP(b)/preferred"
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// sharedFirstWordGlossary makes n entries whose terms and renderings all
// begin with the same word: Министерство N-ой отрасли / Ministry of
// branch N, and code words term-1 ... term-N.
func sharedFirstWordGlossary(n int) *Glossary {
	g := &Glossary{}
	syl := []string{"ба", "ро", "ви", "ту", "ше", "ла", "мо", "зу", "ка", "ни"}
	for i := range n {
		var b strings.Builder
		for k, j := 0, i; k < 3; k, j = k+1, j/10 {
			b.WriteString(syl[j%10])
		}
		g.Entries = append(g.Entries, &Entry{ID: fmt.Sprint("m", i), Kind: Organisation,
			Russian: []string{"Министерство " + b.String() + "ной промышленности"},
			Renderings: []Rendering{
				{Text: fmt.Sprintf("Ministry of branch %d", i+1), Status: Preferred},
				{Text: fmt.Sprintf("term-%d", i+1), Status: Admitted},
			}})
	}
	return g
}

// BenchmarkMatch10000SharedFirstWord is BenchmarkMatch10000 on a glossary
// where every term and rendering shares its first word with a thousand
// others: one op is 10,000 sentences each way.
func BenchmarkMatch10000SharedFirstWord(b *testing.B) {
	g := sharedFirstWordGlossary(1000)
	ru := "Министерство бабабаной промышленности и Министерству нинининой промышленности доложено, что министерство готово."
	en := "The Ministry of branch 1 and the Ministry of branch 1000 report that term-500 and term-7 are ready; the Ministry of Finance agrees."
	if len(g.MatchRussian(ru)) != 2 || len(g.MatchEnglish(en)) != 4 {
		b.Fatalf("matches: %s / %s", describeMatches(g.MatchRussian(ru)), describeMatches(g.MatchEnglish(en)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for range 10000 {
			g.MatchRussian(ru)
			g.MatchEnglish(en)
		}
	}
}

// TestMatchSharedFirstWord checks the tries where a thousand terms and
// renderings share their first words: each place matches its own entry
// only, the longest where terms nest.
func TestMatchSharedFirstWord(t *testing.T) {
	g := sharedFirstWordGlossary(1000)
	g.Entries = append(g.Entries, &Entry{ID: "ministerstvo", Kind: Organisation,
		Russian:    []string{"Министерство"},
		Renderings: []Rendering{{Text: "Ministry", Status: Preferred}}})
	ru := "Министерству бабабаной промышленности, министерство нинининой промышленности и Министерство финансов."
	if got, want := describeMatches(g.MatchRussian(ru)), "m0:Министерству бабабаной промышленности m999:министерство нинининой промышленности ministerstvo:Министерство"; got != want {
		t.Errorf("Russian: got %s\nwant %s", got, want)
	}
	en := "the Ministry of branch 10, the Ministry of branch 1000's staff, term-7 and term-70; the Ministry of Finance"
	want := "m9:Ministry of branch 10/preferred m999:Ministry of branch 1000/preferred m6:term-7/admitted m69:term-70/admitted ministerstvo:Ministry/preferred"
	if got := describeMatches(g.MatchEnglish(en)); got != want {
		t.Errorf("English: got %s\nwant %s", got, want)
	}
}

// TestMatchEnglishCaseSensitiveForbidden: a forbidden rendering made of
// ordinary words, marked case-sensitive, matches only with its capitals
// (a capital at the start of a sentence aside), not the ordinary words.
func TestMatchEnglishCaseSensitiveForbidden(t *testing.T) {
	g := &Glossary{Entries: []*Entry{{ID: "instantsiia", Kind: CodeName, Russian: []string{"Инстанция"}, CaseSensitive: true,
		Renderings: []Rendering{{Text: "Instantsia", Status: Preferred}, {Text: "the Instance", Status: Forbidden, CaseSensitive: true}}}}}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The instance of fear was noted on the pier.", nil},
		{"Report to the Instance at once, as Инстанция asks.", []string{"the Instance"}},
		{"The Instance replied at once.", []string{"The Instance"}},
		{"THE INSTANCE replied.", nil},
	} {
		var got []string
		for _, m := range g.MatchEnglish(tc.text) {
			got = append(got, m.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("MatchEnglish(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestMatchEnglishAbbreviationExpanded: an abbreviation written with the
// editor's expansions is its rendering as an abbreviation too: C[entral]
// C[ommittee] is CC, the match covering the whole; a rendering of the
// words still matches, and a longer abbreviation is not run together.
func TestMatchEnglishAbbreviationExpanded(t *testing.T) {
	g := &Glossary{Entries: []*Entry{
		{ID: "tsk", Kind: Abbreviation, Russian: []string{"ЦК"}, Renderings: []Rendering{{Text: "CC", Status: Preferred}}},
		{ID: "ss", Kind: Organisation, Russian: []string{"Совет"}, Renderings: []Rendering{{Text: "Supreme Soviet", Status: Preferred}}},
		{ID: "gsh", Kind: Abbreviation, Russian: []string{"ГШ"}, Renderings: []Rendering{{Text: "GenS", Status: Preferred}}},
	}}
	for _, tt := range []struct{ text, want string }{
		{"Secretary of the C[entral] C[ommittee], Comrade Malenkov", "tsk:C[entral] C[ommittee]/preferred"},
		{"the S[upreme] S[oviet] met", "ss:S[upreme] S[oviet]/preferred"},
		{"the CC met", "tsk:CC/preferred"},
		{"the Gen[eral] S[taff] reported", ""},
	} {
		if got := describeMatches(g.MatchEnglish(tt.text)); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
