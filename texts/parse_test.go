package texts

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/sharedtest"
)

func parseString(t *testing.T, text string, opts Options) *Collection {
	t.Helper()
	c, err := Read("t.txt", strings.NewReader(text), opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// kinds renders a document's segments as "kind:text" lines.
func kinds(d *Document) string {
	var b strings.Builder
	for _, s := range d.Segments {
		fmt.Fprintf(&b, "%s:%s\n", s.Kind, strings.Join(strings.Fields(s.Text), " "))
	}
	return b.String()
}

func TestParseHeadings(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		ids    string
		titles string
	}{
		{"english", "Document 1: Telegram from Gorshkov\n\nТекст.\n\nDocument 2: Reply\n\nОтвет.\n", "1,2", "Telegram from Gorshkov|Reply"},
		{"number sign", "Document No. 3 - Letter\nПисьмо.\nDocument #4\nЕще.\n", "3,4", "Letter|"},
		{"russian", "Документ № 1\nТекст.\n\nДОКУМЕНТ 2. Ответ Молотова\nОтвет.\n", "1,2", "|Ответ Молотова"},
		{"no headings", "т. МОЛОТОВУ\n\nДокладываю.\n", "1", ""},
		{"repeated around junk", "Document 1: Telegram\n\nDownload 5 Kb.\n1   2\n\nDocument 1: Telegram\n\nТекст.\n", "1", "Telegram"},
		{"same number later", "Document 1: A\nТекст.\nDocument 1: B\nЕще.\n", "1,1.2", "A|B"},
		{"not a heading", "The Document 1 was lost. Документ сгорел.\n", "1", ""},
		{"no separator", "Document No. 3 Ciphered telegram\n\nПолк прибыл.\n\nDocument 4: x\n\nНет горючего.\n", "3,4", "Ciphered telegram|x"},
		{"no separator russian", "Документ 3 Шифртелеграмма\n\nПолк прибыл на аэродром.\n\nДокумент № 4 Письмо Молотову\n\nОтвет.\n", "3,4", "Шифртелеграмма|Письмо Молотову"},
		{"sentence, not a heading", "Document 3 shows that the regiment arrived.\n\nПолк прибыл.\n", "1", ""},
		{"capitalised sentence in a paragraph", "Document 3 Reports the arrival\nof the regiment at Pyongyang.\n\nПолк прибыл.\n", "1", ""},
		{"long line, not a heading", "Document 3 Was Sent to Moscow by the Ambassador on the Night of the Twenty-Sixth Together With Two Others\n\nПолк прибыл.\n", "1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := parseString(t, tt.text, Options{})
			var ids, titles []string
			for _, d := range c.Documents {
				ids = append(ids, d.ID)
				titles = append(titles, d.Title)
			}
			if got := strings.Join(ids, ","); got != tt.ids {
				t.Errorf("ids %s, want %s", got, tt.ids)
			}
			if got := strings.Join(titles, "|"); got != tt.titles {
				t.Errorf("titles %q, want %q", got, tt.titles)
			}
		})
	}
}

func TestParseKinds(t *testing.T) {
	text := `Из Хабаровска
Отправлено 3.2.52 г. в 7.15 по проводу
Рассылка: т. Молотову – 2,
т. Булганину – 1, в дело – 1.

Товарищу МОЛОТОВУ
Инстанция

Докладываю о заносах. Движение прекращено с 1.2.52 г. Прошу помощи:
1. Выделить 300 т угля.
– Направить два снегоочистителя.

73. – Вопрос о заносах.

ГОРШКОВ
№ 88/ш
«3» февраля 1952 г.
12.35 по хабаровскому времени
* * *
РГАЭ. Ф. 1884. Оп. 31. Д. 7. Л. 2–3.
`
	want := `header:Из Хабаровска
header:Отправлено 3.2.52 г. в 7.15 по проводу
header:Рассылка: т. Молотову – 2, т. Булганину – 1, в дело – 1.
header:Товарищу МОЛОТОВУ
header:Инстанция
sentence:Докладываю о заносах.
sentence:Движение прекращено с 1.2.52 г.
sentence:Прошу помощи:
sentence:1. Выделить 300 т угля.
sentence:– Направить два снегоочистителя.
heading:73. – Вопрос о заносах.
header:ГОРШКОВ
header:№ 88/ш
header:«3» февраля 1952 г.
header:12.35 по хабаровскому времени
header:* * *
citation:РГАЭ. Ф. 1884. Оп. 31. Д. 7. Л. 2–3.
`
	c := parseString(t, text, Options{})
	if got := kinds(c.Documents[0]); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if c.Documents[0].Lang != Russian {
		t.Errorf("lang %s, want ru", c.Documents[0].Lang)
	}
	for _, s := range c.Documents[0].Segments {
		if c.Source.Text[s.Start:s.End] != s.Text || s.Pos != c.Source.Pos(s.Start) {
			t.Errorf("segment %s: text or position does not match its offsets", s.ID)
		}
	}
}

// A Chinese text is running text, split at 。！？, though its lines have
// neither spaces between words nor small letters (a short line at the top
// or the bottom of a document without them is a header line in Russian or
// English); a short line standing alone above it is still a header.
func TestParseChinese(t *testing.T) {
	text := "渔夫\n\n老渔夫每天早上都去海边。他的船很小，但是很结实。\n\n有一天，海上起了大风。她等了很久！天黑了，他还没有回来吗？\n“他会回来的。”妻子说。\n"
	want := `header:渔夫
sentence:老渔夫每天早上都去海边。
sentence:他的船很小，但是很结实。
sentence:有一天，海上起了大风。
sentence:她等了很久！
sentence:天黑了，他还没有回来吗？
sentence:“他会回来的。”
sentence:妻子说。
`
	c := parseString(t, text, Options{})
	if got := kinds(c.Documents[0]); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestParseEnglishHeaders(t *testing.T) {
	text := `From Pyongyang Sent on 26.9.50 at 8:10 a.m., by wire
Received in Moscow on 27.9.50 at 20:55 p.m.
Number of copies made - 4
Distribution list - 4 copies:
Molotov - 2, Beria - 1,
file - 1.

To Comrade MOLOTOV
Extremely Urgent
[To:] Cmrds Beria, Bulganin

I report that the line is closed [the crews - KB]. Nothing can be done.

Respectfully, the Depot Committee
# 1298/sh
"21" September 1950
[Source: RGAE, fond 1884, opis 31, delo 7, listy 2-3]
`
	want := `header:From Pyongyang Sent on 26.9.50 at 8:10 a.m., by wire
header:Received in Moscow on 27.9.50 at 20:55 p.m.
header:Number of copies made - 4
header:Distribution list - 4 copies: Molotov - 2, Beria - 1, file - 1.
header:To Comrade MOLOTOV
header:Extremely Urgent
header:[To:] Cmrds Beria, Bulganin
sentence:I report that the line is closed [the crews - KB].
sentence:Nothing can be done.
header:Respectfully, the Depot Committee
header:# 1298/sh
header:"21" September 1950
citation:[Source: RGAE, fond 1884, opis 31, delo 7, listy 2-3]
`
	c := parseString(t, text+"Одно слово по-русски.\n", Options{})
	got := kinds(c.Documents[0])
	want += "sentence:Одно слово по-русски.\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if c.Documents[0].Lang != English {
		t.Errorf("lang %s, want en", c.Documents[0].Lang)
	}
	if c := parseString(t, text, Options{Lang: Russian}); c.Documents[0].Lang != Russian {
		t.Errorf("Options.Lang did not override detection")
	}
}

func TestParseDropped(t *testing.T) {
	text := "Сборник документов, 1952\n\nDocument 1: Телеграмма\n\nDownload 5 Kb.\nSize5 Kb.\n1   2   3\n\nDocument 1: Телеграмма\n\nТекст телеграммы.\nСборник документов, 1952\nShare with your friends:\n© 2023 Архив. Все права защищены.\nMain page\n"
	c := parseString(t, text, Options{})
	var got []string
	for _, d := range c.Dropped {
		got = append(got, fmt.Sprintf("%d:%s", d.Pos.Line, d.Reason))
	}
	want := "1:collection title,5:download link,6:file size,7:page numbers,9:repeated heading,12:repeated title,13:share buttons,14:copyright,15:site navigation"
	if strings.Join(got, ",") != want {
		t.Errorf("dropped %v\nwant %s", got, want)
	}
	if c.Title != "Сборник документов, 1952" {
		t.Errorf("title %q", c.Title)
	}
	if n := len(c.Documents[0].Segments); n != 1 {
		t.Errorf("%d segments, want 1: %s", n, kinds(c.Documents[0]))
	}

	// Own patterns replace the defaults.
	c = parseString(t, "Реклама: купите слона\nТекст телеграммы.\nDownload 5 Kb.\n", Options{
		BoilerplateRules: []BoilerplateRule{{Name: "advert", Pattern: regexp.MustCompile(`^Реклама:`)}},
	})
	if len(c.Dropped) != 1 || c.Dropped[0].Reason != "advert" || len(c.Documents[0].Segments) != 2 {
		t.Errorf("own rules: dropped %v, segments %s", c.Dropped, kinds(c.Documents[0]))
	}
	c = parseString(t, "Реклама: купите слона\nТекст.\n", Options{Boilerplate: []*regexp.Regexp{regexp.MustCompile(`^Реклама:`)}})
	if len(c.Dropped) != 1 || c.Dropped[0].Reason != "^Реклама:" {
		t.Errorf("Boilerplate: dropped %v", c.Dropped)
	}
}

// The shared seed: six documents with the numbers of their headings, the
// junk dropped, and every Russian reconstruction made of sensible
// segments.
func TestParseSharedCorpus(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, "seeds", "000_cd92320a92b46101.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := Read("seed", f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range c.Documents {
		ids = append(ids, d.ID)
		if d.Lang != English {
			t.Errorf("document %s: lang %s", d.ID, d.Lang)
		}
		last := d.Segments[len(d.Segments)-1]
		if last.Kind != Citation {
			t.Errorf("document %s ends with %s %q, want its citation", d.ID, last.Kind, last.Text)
		}
	}
	if strings.Join(ids, ",") != "1,2,3,4,5,6" {
		t.Errorf("ids %v", ids)
	}
	for _, d := range c.Dropped {
		if strings.HasPrefix(d.Text, "[Source") || strings.HasPrefix(d.Text, "To Comrade") {
			t.Errorf("dropped a line of a document: %q", d.Text)
		}
	}
	for i := 1; i <= 6; i++ {
		b, err := os.ReadFile(sharedtest.Path(t, "corpus", "korea-1950", "ru", fmt.Sprintf("doc%d.txt", i)))
		if err != nil {
			t.Fatal(err)
		}
		c, err := Read("ru", strings.NewReader(string(b)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		d := c.Documents[0]
		if d.ID != "1" || d.Lang != Russian || len(c.Dropped) != 0 {
			t.Errorf("doc%d: id %s lang %s dropped %v", i, d.ID, d.Lang, c.Dropped)
		}
		for _, s := range d.Segments {
			// A sentence never ends at an abbreviation or initial.
			for _, bad := range []string{" г.", " т.", " тт.", " тов.", " ст.", " р."} {
				if s.Kind == Sentence && strings.HasSuffix(s.Text, bad) && !strings.Contains(s.Text, "19") {
					t.Errorf("doc%d: sentence cut after %q: %q", i, bad, s.Text)
				}
			}
		}
		if last := d.Segments[len(d.Segments)-1]; last.Kind != Citation {
			t.Errorf("doc%d ends with %s %q", i, last.Kind, last.Text)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("Document 1: A\n\nDownload 5 Kb.\nDocument 1: A\nИз Пхеньяна\nРассылка: т. Сталину – 2,\nт. Берия – 1.\nТекст [the crews - AM]. 1. Да.\n")
	f.Add("Документ № 2\r\n\u00adТекст\n\n* * *\nАПРФ. Ф. 3. Оп. 65.")
	f.Add("Стр.\n\nDocument No. 3 Ciphered telegram\n\nПолк [прибыл\nв Пхеньян - AM].\n\nЖдем указаний.\n\nШТЫКОВ\n")
	f.Add("REPORT\n\nDocument 1: Донесение\n\nREPORT\n\nПолк прибыл.\n\nPrint\nHome\n\n\"Document 3: Memo\"\n\nКонец.\n")
	f.Fuzz(func(t *testing.T, text string) {
		c, err := Read("f", strings.NewReader(text), Options{})
		if err != nil {
			return
		}
		for _, d := range c.Dropped {
			if d.Pos.Offset < 0 || d.Pos.Offset > len(text) || d.Text == "" {
				t.Fatalf("bad dropped line %+v", d)
			}
		}
		for _, o := range c.Overdropped {
			if o.Dropped*2 <= o.Lines || o.Dropped == 0 || len(o.Rules) == 0 {
				t.Fatalf("bad overdrop %+v", o)
			}
		}
		for _, d := range c.Documents {
			prev := 0
			for _, s := range d.Segments {
				if s.Start < prev || s.End <= s.Start || c.Source.Text[s.Start:s.End] != s.Text {
					t.Fatalf("bad segment %+v", s)
				}
				prev = s.End
			}
		}
	})
}

// Lines that start like header lines but are sentences, and short header
// lines that look like sentences.
func TestClassifyLine(t *testing.T) {
	tests := []struct {
		line string
		want lineClass
	}{
		{"From 1950 to 1953 the war went on.", proseLine},
		{"Из 40 самолетов 12 неисправны.", proseLine},
		{"Secretary Acheson said that the troops would stay.", proseLine},
		{"To oblige the Ministry of Railways to ship cement.", proseLine},
		{"Передать т. Сталину лично.", proseLine},
		{"Received the letter, he left for Moscow at once without a word.", proseLine},
		{"Received wisdom holds that the front would hold.", proseLine},
		{"Sent to the front were three divisions of infantry and two of artillery.", proseLine},
		{"Поступила информация о том, что противник готовит наступление.", proseLine},
		{"Sent by wire on 26 September, the report reached Moscow the next day and was read the same evening by all.", proseLine},
		{"Received in Moscow on 27.9.50 at 20:55", headerLine},
		{"Received at the Ministry of Foreign Affairs", headerLine},
		{"Received:", headerLine},
		{"Deciphered by Sokolov", headerLine},
		{"Поступило в Москву 27 сентября 1950 г. в 20.55", headerLine},
		{"Расшифровал Морозов", headerLine},
		{"Отпечатано 3 экз.", headerLine},
		{"Приложение: письмо на 4 стр.", headerLine},
		{"Enclosure: 4-page letter.", headerLine},
		{"Приложение к письму было утеряно при пересылке.", proseLine},
		{"Copies: Stalin, Molotov, Malenkov, Beria, Mikoyan, Kaganovich", headerLine},
		{"From Vladivostok", headerLine},
		{"From Pyongyang Sent on 26.9.50 at 8:10 a.m., by wire", headerLine},
		{"Из Пхеньяна", headerLine},
		{"Сов. секретно", headerLine},
		{"Экз. № 2", headerLine},
		{"To Comrade Ivanov A.M.", headerLine},
		{"Тт. Маленкову Г.М., Булганину Н.А.", headerLine},
		{"Secretary of the C[entral] C[ommittee]", headerLine},
		{"Рассылка:", distLine},
		{"# P78/73", headerLine},
		{"12:35pm, Pyongyang time", headerLine},
		{"\"21\" September 1950", headerLine},
		{"September 27, 1950", headerLine},
		{"[Source: APRF, fond 3]", citationLine},
		{"АВП РФ. Ф. 07. Оп. 25. П. 14. Д. 3. Л. 12–13.", citationLine},
		{"Ф. 3. Оп. 65. Д. 827.", citationLine},
		{"#112. - The question of the port.", headingLine},
		{"№ 112. – Вопрос порта Находка.", headingLine},
	}
	for _, tt := range tests {
		if got := classifyLine(tt.line); got != tt.want {
			t.Errorf("%q: class %d, want %d", tt.line, got, tt.want)
		}
	}
}

// A hard-wrapped paragraph at the top of a document is running text, not
// header lines.
func TestParseWrappedTop(t *testing.T) {
	text := "Докладываю о ходе ремонта\nпричала № 4 в порту Находка.\nРаботы идут.\n\nЛАВРЕНТЬЕВ\n"
	want := "sentence:Докладываю о ходе ремонта причала № 4 в порту Находка.\nsentence:Работы идут.\nheader:ЛАВРЕНТЬЕВ\n"
	if got := kinds(parseString(t, text, Options{}).Documents[0]); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A line that is only an editor's note in brackets is a note, unless a
// sentence runs through it.
func TestParseBracketNoteLines(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Полк готов к перелету.\n[Подпись неразборчива]\n\nШТЫКОВ\n",
			"sentence:Полк готов к перелету.\nnote:[Подпись неразборчива]\nheader:ШТЫКОВ\n"},
		{"The regiment is ready to fly.\n[The rest of the sheet is torn off - NO]\nThe crews wait.\n",
			"sentence:The regiment is ready to fly.\nnote:[The rest of the sheet is torn off - NO]\nsentence:The crews wait.\n"},
		{"The troops of\n[the North Korean leadership - AM]\nwere unable to act. Seoul fell.\n",
			"sentence:The troops of [the North Korean leadership - AM] were unable to act.\nsentence:Seoul fell.\n"},
		{"[To:] Cmrds Malenkov, Bulganin\n\nThe regiment is ready, it will fly at dawn tomorrow.\n",
			"header:[To:] Cmrds Malenkov, Bulganin\nsentence:The regiment is ready, it will fly at dawn tomorrow.\n"},
	}
	for _, tt := range tests {
		if got := kinds(parseString(t, tt.text, Options{}).Documents[0]); got != tt.want {
			t.Errorf("%q:\ngot\n%s\nwant\n%s", tt.text, got, tt.want)
		}
	}
}

// A bracketed insertion split over a line break of its paragraph is one
// span of its sentence, with the position of its opening bracket.
func TestParseSpanOverLineBreak(t *testing.T) {
	text := "Document 1: Телеграмма\n\nThey [the North Korean\nleadership - AM] would not agree. Они [руководство\nКНДР – А.М.] не согласны.\n"
	d := parseString(t, text, Options{}).Documents[0]
	var got []string
	for _, s := range d.Segments {
		for _, sp := range s.Spans {
			got = append(got, fmt.Sprintf("%d:%d %s %s|%s|%q", sp.Pos.Line, sp.Pos.Col, sp.Class, sp.Inner, sp.Signer, sp.SignMark))
		}
	}
	want := []string{"3:6 insertion the North Korean\nleadership|AM|\" - \"", "4:39 insertion руководство\nКНДР|АМ|\" – \""}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A short sentence in a paragraph of its own at the end of a document is
// a sentence; signatures, dates and numbers there stay header lines.
func TestParseShortLastSentence(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The regiment arrived at the airfield in Pyongyang today and the crews are ready.\n\nPlease confirm.\n\nSHTYKOV\n\n26.9.50\n",
			"sentence:The regiment arrived at the airfield in Pyongyang today and the crews are ready.\nsentence:Please confirm.\nheader:SHTYKOV\nheader:26.9.50\n"},
		{"Полк прибыл на аэродром в Пхеньяне сегодня утром, экипажи готовы.\n\nЖдем указаний.\n\nШТЫКОВ\n\n№ 1298/ш\n",
			"sentence:Полк прибыл на аэродром в Пхеньяне сегодня утром, экипажи готовы.\nsentence:Ждем указаний.\nheader:ШТЫКОВ\nheader:№ 1298/ш\n"},
		{"Полк прибыл на аэродром в Пхеньяне сегодня утром, экипажи готовы.\n\nИз Пхеньяна.\n\nА. Штыков.\n\nт. Сталину.\n",
			"sentence:Полк прибыл на аэродром в Пхеньяне сегодня утром, экипажи готовы.\nheader:Из Пхеньяна.\nheader:А. Штыков.\nheader:т. Сталину.\n"},
		{"The regiment arrived at the airfield in Pyongyang today and the crews are ready.\n\nA. Vasilevsky.\n\nStalin [handwritten]\n",
			"sentence:The regiment arrived at the airfield in Pyongyang today and the crews are ready.\nheader:A. Vasilevsky.\nheader:Stalin [handwritten]\n"},
	}
	for _, tt := range tests {
		if got := kinds(parseString(t, tt.text, Options{}).Documents[0]); got != tt.want {
			t.Errorf("%q:\ngot\n%s\nwant\n%s", tt.text, got, tt.want)
		}
	}
}
