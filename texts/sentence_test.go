package texts

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sverka/sverka/internal/sharedtest"
)

func sentences(text string, lang Lang) []string {
	var out []string
	for b := range Sentences(text, lang) {
		out = append(out, text[b.Start:b.End])
	}
	return out
}

// Each case is one rule; "|" separates the expected sentences.
func TestSentences(t *testing.T) {
	tests := []struct {
		name, lang, text, want string
	}{
		// English abbreviations.
		{"Gen.", "en", "Army Gen. M.V. Zakharov arrived. He reported.", "Army Gen. M.V. Zakharov arrived.|He reported."},
		{"No.", "en", "Pier No. 4 is ready. The work ended.", "Pier No. 4 is ready.|The work ended."},
		{"Sept.", "en", "From Sept. 16 to Oct. 15 the talks went on. Nothing came of them.", "From Sept. 16 to Oct. 15 the talks went on.|Nothing came of them."},
		{"abbreviation after hyphen", "en", "From Sept. 16-Oct. 15, 1950 the talks went on. Then.", "From Sept. 16-Oct. 15, 1950 the talks went on.|Then."},
		{"Doc.", "en", "Then Mr. Kim left (see Doc. 2.) for Moscow. Done.", "Then Mr. Kim left (see Doc. 2.) for Moscow.|Done."},
		{"a.m. inside", "en", "Sent at 9:40 a.m., by wire. Received later.", "Sent at 9:40 a.m., by wire.|Received later."},
		{"a.m. ends", "en", "It arrived at 9 a.m. The crews were ready.", "It arrived at 9 a.m.|The crews were ready."},
		{"p.m. before small", "en", "At 8 p.m. the convoy left.", "At 8 p.m. the convoy left."},
		{"U.S.", "en", "The U.S. troops landed. Seoul fell.", "The U.S. troops landed.|Seoul fell."},
		{"U.S. Army", "en", "The U.S. Army landed at Inch'on.", "The U.S. Army landed at Inch'on."},
		{"Cmrds", "en", "To Cmrds Malenkov and Bulganin. Approve.", "To Cmrds Malenkov and Bulganin.|Approve."},
		{"Comrade", "en", "Report to Comrade Stalin. Done.", "Report to Comrade Stalin.|Done."},
		{"etc.", "en", "Roads, bridges, etc. were ruined. Work stopped.", "Roads, bridges, etc. were ruined.|Work stopped."},
		{"etc. ends", "en", "Roads, bridges, etc. The enemy bombed them all.", "Roads, bridges, etc.|The enemy bombed them all."},
		{"initials", "en", "Comrade A.P. Kozlov replied. He agreed.", "Comrade A.P. Kozlov replied.|He agreed."},
		{"initials like a.m.", "en", "To send Comrade A.M. Ivanov to the place. He is to report.", "To send Comrade A.M. Ivanov to the place.|He is to report."},
		{"A.M. time", "en", "It arrived at 9 A.M. The crews were ready.", "It arrived at 9 A.M.|The crews were ready."},
		{"initials spaced", "en", "Mansourov A. Y. wrote it. It is long.", "Mansourov A. Y. wrote it.|It is long."},
		{"initial after surname ends", "en", "The request went to Kozlov A.P. There was no answer.", "The request went to Kozlov A.P.|There was no answer."},
		// Russian abbreviations.
		{"г. city", "ru", "Полк стоит в районе г. Ворошилова. Готов к перелету.", "Полк стоит в районе г. Ворошилова.|Готов к перелету."},
		{"г. year ends", "ru", "Работы начаты в 1951 г. Бетон уложен.", "Работы начаты в 1951 г.|Бетон уложен."},
		{"г. date inside", "ru", "США 16.9.50 г. предприняли десантную операцию.", "США 16.9.50 г. предприняли десантную операцию."},
		{"г. date opens", "ru", "26.9.50 г. КИМ ИР СЕН принял нашу группу. Беседа шла час.", "26.9.50 г. КИМ ИР СЕН принял нашу группу.|Беседа шла час."},
		{"проф.", "ru", "Затем проф. Иванов и др. Далее все шло.", "Затем проф. Иванов и др.|Далее все шло."},
		{"чел.", "ru", "Было ок. 100 чел. Остальные ушли.", "Было ок. 100 чел.|Остальные ушли."},
		{"гг.", "ru", "В 1949–1950 гг. Полк получил самолеты.", "В 1949–1950 гг.|Полк получил самолеты."},
		{"т.", "ru", "Передать т. Сталину. Исполнено.", "Передать т. Сталину.|Исполнено."},
		{"тт.", "ru", "Утвердить директиву тт. Матвееву и Штыкову. Отправить.", "Утвердить директиву тт. Матвееву и Штыкову.|Отправить."},
		{"тов.", "ru", "Заявка направлена тов. Козлову. Ответа нет.", "Заявка направлена тов. Козлову.|Ответа нет."},
		{"т.е.", "ru", "Нужна помощь, т.е. Советский Союз должен помочь. Просим.", "Нужна помощь, т.е. Советский Союз должен помочь.|Просим."},
		{"и т.д.", "ru", "Разрушены мосты, станции и т.д. Связи нет.", "Разрушены мосты, станции и т.д.|Связи нет."},
		{"и т.д. inside", "ru", "Мосты, станции и т.д., все разрушено.", "Мосты, станции и т.д., все разрушено."},
		{"и т. д. spaced", "ru", "Мосты и т. д. были разрушены.", "Мосты и т. д. были разрушены."},
		{"и т. д. spaced ends", "ru", "Разрушены мосты и т. д. Связи нет.", "Разрушены мосты и т. д.|Связи нет."},
		{"с.г.", "ru", "29 сентября с.г. по просьбе КИМ ИР СЕНА я встретился с ним. Он ждал.", "29 сентября с.г. по просьбе КИМ ИР СЕНА я встретился с ним.|Он ждал."},
		{"ст.", "ru", "Груз прибыл на ст. Андун. Разгрузка идет.", "Груз прибыл на ст. Андун.|Разгрузка идет."},
		{"экз.", "ru", "Размножено 10 экз. Рассылка по списку.", "Размножено 10 экз.|Рассылка по списку."},
		{"км.", "ru", "Войска продвинулись на 25–30 км. Часть их войск заняла Сосю.", "Войска продвинулись на 25–30 км.|Часть их войск заняла Сосю."},
		{"р.", "ru", "Перевозки через р. Ялуцзян затруднены. Мост разрушен.", "Перевозки через р. Ялуцзян затруднены.|Мост разрушен."},
		{"Ф. Оп. Д. Л.", "ru", "См. АПРФ, Ф. 3. Оп. 65. Д. 827. Л. 79. Далее текст.", "См. АПРФ, Ф. 3. Оп. 65. Д. 827. Л. 79.|Далее текст."},
		{"initials ru", "ru", "Запросы сделаны тов. Т.Ф. Штыкову. Ответ получен.", "Запросы сделаны тов. Т.Ф. Штыкову.|Ответ получен."},
		{"initials ru after", "ru", "Заявка направлена тов. Козлову А.П., однако ответа нет.", "Заявка направлена тов. Козлову А.П., однако ответа нет."},
		{"initials ru after ends", "ru", "Заявка направлена тов. Козлову А.П. Однако ответа нет.", "Заявка направлена тов. Козлову А.П.|Однако ответа нет."},
		{"initials at start", "ru", "Доклад готов. А.М. Василевский подписал его.", "Доклад готов.|А.М. Василевский подписал его."},
		// Dates, times, numbers.
		{"date", "en", "On 26.9.50 the group arrived. It met Kim.", "On 26.9.50 the group arrived.|It met Kim."},
		{"time colon", "en", "Received at 20:55 p.m. on 27.9.50. Deciphered later.", "Received at 20:55 p.m. on 27.9.50.|Deciphered later."},
		{"time dot", "ru", "Поступило в 20.55 по московскому времени. Расшифровано.", "Поступило в 20.55 по московскому времени.|Расшифровано."},
		{"number ends", "en", "The regiment has 40 airplanes. 12 are ready.", "The regiment has 40 airplanes.|12 are ready."},
		{"decimal", "en", "The file has 240.78 Kb. of text.", "The file has 240.78 Kb. of text."},
		// Ellipses, quotes, brackets.
		{"ellipsis small", "en", "We waited... and waited. Then it came.", "We waited... and waited.|Then it came."},
		{"ellipsis capital", "ru", "Мы ждали… Ответа не было.", "Мы ждали…|Ответа не было."},
		{"quote closes", "ru", "Он написал: «Прошу помощи.» Ответа нет.", "Он написал: «Прошу помощи.»|Ответа нет."},
		{"question in quote then dash", "ru", "«Перейдет ли противник параллель?» – спросил он. Я не знал.", "«Перейдет ли противник параллель?» – спросил он.|Я не знал."},
		{"straight quote", "en", "He wrote: \"Send help.\" Nobody answered.", "He wrote: \"Send help.\"|Nobody answered."},
		{"bracket closes", "en", "Seoul fell (the city was lost.) The front broke.", "Seoul fell (the city was lost.)|The front broke."},
		{"insertion never split", "en", "They [the leaders. Of Korea - AM] would be unable to act. So.", "They [the leaders. Of Korea - AM] would be unable to act.|So."},
		{"question", "en", "Will the adversary cross the 38th parallel? I did not know.", "Will the adversary cross the 38th parallel?|I did not know."},
		{"question small", "en", "He asked, may it not? and left.", "He asked, may it not? and left."},
		{"exclamation", "ru", "Вперед! За Родину!", "Вперед!|За Родину!"},
		// Lists and lines.
		{"numbered list", "en", "I report:\n1. The regiment is ready. It flies today.\n2. Fuel is short.", "I report:|1. The regiment is ready.|It flies today.|2. Fuel is short."},
		{"numbered list ru", "ru", "докладываю:\n3. 24 сентября направляется командир. Он встретит полк.", "докладываю:|3. 24 сентября направляется командир.|Он встретит полк."},
		{"dash list", "ru", "по следующим вопросам:\n– о пригодности аэродромов;\n– о наличии горючего.", "по следующим вопросам:|– о пригодности аэродромов;|– о наличии горючего."},
		{"hyphen list", "en", "in:\n- organizing command;\n- preparing defenses.", "in:|- organizing command;|- preparing defenses."},
		{"roman numeral", "ru", "Докладываю:\nII. Положение на фронте тяжелое. Резервов нет.", "Докладываю:|II. Положение на фронте тяжелое.|Резервов нет."},
		{"letter item", "ru", "Просим:\nа) выделить уголь;\nб) направить людей.", "Просим:|а) выделить уголь;|б) направить людей."},
		{"inline list", "en", "Do as follows: 1. Hold the line.", "Do as follows: 1. Hold the line."},
		{"soft wrap", "ru", "Войска испытывают недостаток\nв боеприпасах и горючем. Подвоз прекратился.", "Войска испытывают недостаток\nв боеприпасах и горючем.|Подвоз прекратился."},
		{"soft wrap after abbreviation", "en", "Report to Gen.\nZakharov at once.", "Report to Gen.\nZakharov at once."},
		{"capitals line", "ru", "Прошу указаний\nШТЫКОВ", "Прошу указаний|ШТЫКОВ"},
		{"blank line", "en", "First paragraph\n\nsecond one", "First paragraph|second one"},
		// The language decides the words that look alike in both scripts;
		// a word of the other script is a quotation and keeps its rules.
		{"Latin T. in Russian", "ru", "Передать T. Сталину. Исполнено.", "Передать T. Сталину.|Исполнено."},
		{"Latin T. in English", "en", "Передать T. Сталину. Исполнено.", "Передать T.|Сталину.|Исполнено."},
		{"Latin T. auto", "", "Передать T. Сталину. Исполнено.", "Передать T. Сталину.|Исполнено."},
		{"Latin o in тов.", "ru", "Заявка направлена тoв. Козлову. Ответа нет.", "Заявка направлена тoв. Козлову.|Ответа нет."},
		{"Latin o in тов. as English", "en", "Заявка направлена тoв. Козлову. Ответа нет.", "Заявка направлена тoв.|Козлову.|Ответа нет."},
		{"Cyrillic о in No.", "en", "Pier Nо. 4 is ready. The work ended.", "Pier Nо. 4 is ready.|The work ended."},
		{"Cyrillic о in No. as Russian", "ru", "Pier Nо. 4 is ready. The work ended.", "Pier Nо.|4 is ready.|The work ended."},
		{"Russian citation in English", "en", "See АПРФ, Ф. 3. Оп. 65. Д. 827. The rest follows.", "See АПРФ, Ф. 3. Оп. 65. Д. 827.|The rest follows."},
		{"English abbreviation in Russian", "ru", "Войска U.S. Army высадились. Сеул пал.", "Войска U.S. Army высадились.|Сеул пал."},
		// Chinese and Japanese: no space after the terminator.
		{"Chinese terminators", "", "他来了。她走了！你去吗？", "他来了。|她走了！|你去吗？"},
		{"Chinese quote closes", "", "他问：“你去吗？”“我不去。”他说。", "他问：“你去吗？”|“我不去。”|他说。"},
		{"Chinese doubled marks", "", "真的吗？！不会吧。", "真的吗？！|不会吧。"},
		{"Chinese with ASCII marks", "", "你好吗?我很好!谢谢。", "你好吗?|我很好!|谢谢。"},
		{"Chinese ellipsis within", "", "他说……然后走了。", "他说……然后走了。"},
		{"Chinese with a space after", "", "他来了。 她走了。", "他来了。|她走了。"},
		{"Japanese brackets", "", "東京へ行きました。『雪国』を読んだ。", "東京へ行きました。|『雪国』を読んだ。"},
		{"Japanese halfwidth", "", "はい｡いいえ｡", "はい｡|いいえ｡"},
		{"Chinese in Russian", "ru", "Надпись гласит: «人民万岁。» Далее текст.", "Надпись гласит: «人民万岁。»|Далее текст."},
		{"semicolon line", "ru", "связь работает с перебоями;\nфельдъегерская связь отсутствует.", "связь работает с перебоями;|фельдъегерская связь отсутствует."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(sentences(tt.text, Lang(tt.lang)), "|")
			if got != tt.want {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestScanSentences(t *testing.T) {
	text := strings.Repeat("Отправлено 26.9.50 г. в 8.10 по проводу. Поступило в Москву т. Сталину! The U.S. troops landed at 9 a.m. on Sept. 15. ", 300)
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(ScanSentences(LangAuto))
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	want := sentences(text, LangAuto)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("scanner gave %d sentences, Sentences %d", len(got), len(want))
	}
	if len(want) != 3*300 {
		t.Errorf("got %d sentences, want %d", len(want), 3*300)
	}
}

// checkJoin checks that sentences and the white space between them
// rebuild the text.
func checkJoin(t *testing.T, text string, lang Lang) {
	t.Helper()
	var b strings.Builder
	prev := 0
	for s := range Sentences(text, lang) {
		if s.Start < prev || s.End < s.Start || s.End > len(text) {
			t.Fatalf("bad bounds %+v after %d in %q", s, prev, text)
		}
		gap := text[prev:s.Start]
		if strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("non-space gap %q in %q", gap, text)
		}
		if s.End == s.Start {
			t.Fatalf("empty sentence at %d in %q", s.Start, text)
		}
		b.WriteString(gap)
		b.WriteString(text[s.Start:s.End])
		prev = s.End
	}
	rest := text[prev:]
	if strings.TrimFunc(rest, unicode.IsSpace) != "" {
		t.Fatalf("text left after the last sentence: %q", rest)
	}
	b.WriteString(rest)
	if b.String() != text {
		t.Fatalf("join differs")
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Army Gen. M.V. Zakharov arrived. He reported.\n1. The regiment.", "en")
	f.Add("Заявка направлена тов. Козлову А.П. Однако ответа нет… «Да?» – спросил он.\n– о наличии;", "ru")
	f.Add("[unclosed. Text\xff. [a] b", "")
	f.Add("他问：“你去吗？”“我不去。”他说。你好吗?我很好｡\xe3\x80", "")
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) {
			// Sentences works on any bytes; the join must still hold.
			_ = sentences(text, Lang(lang))
		}
		checkJoin(t, text, Lang(lang))
	})
}

// The shared corpus: every Russian document must rebuild from its
// sentences, and no sentence may be cut after an abbreviation.
func TestSentencesCorpusJoin(t *testing.T) {
	for i := 1; i <= 6; i++ {
		b, err := os.ReadFile(sharedtest.Path(t, "corpus", "korea-1950", "ru", fmt.Sprintf("doc%d.txt", i)))
		if err != nil {
			t.Fatal(err)
		}
		checkJoin(t, string(b), Russian)
	}
}
