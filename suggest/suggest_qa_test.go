package suggest

import (
	"strings"
	"testing"

	"github.com/sverka/sverka/texts"
)

// TestSuggestEditorsView: what an editor reading the suggestions would
// object to. Each case gives invented telegrams, Russian and English, the
// suggestions that must be there (kind|reason|Russian|English|translit,
// as describeSuggestions starts them) and text that must not be.
func TestSuggestEditorsView(t *testing.T) {
	for _, tc := range []struct {
		name     string
		ru, en   string
		want     []string
		unwanted []string
	}{{
		name: "acronyms keep their capitals, a name its words' case",
		ru: "Сообщаю, что ноту вручил МИД СССР. Ответ на ноту МИД СССР передан послу.\n\n" +
			"Сегодня принял посла Ким Ир Сена. Просьбу Ким Ир Сена передаю.\n\nКИМ ИР СЕН\n",
		want:     []string{"abbreviation|recurring name|МИД СССР||MID SSSR|", "|recurring name|Ким Ир Сен||Kim Ir Sen|"},
		unwanted: []string{"Мид", "Ссср", "СЕН|"},
	}, {
		name: "Russian headwords in the nominative",
		ru: "Рассылка: т. Микояну – 1, т. Кагановичу – 1.\n\nРассылка: т. Микояну – 1, т. Кагановичу – 1.\n\n" +
			"Полк перебазирован из Приморья. Второй полк остался в Приморье. Эшелон вышел из Приморья.\n\n" +
			"Штаб ждёт приказа Главнокомандующего. Без приказа Главнокомандующего не выступать.\n\n" +
			"Вышли к реке части Народной армии. Отстают тылы Народной армии. Сейчас закрепляется Народная армия.\n\n" +
			"Идут вести из Северной Кореи. Идёт помощь Северной Корее. Прибыл посол Советского Союза. Ясна позиция Советского Союза.\n",
		want: []string{
			"person|recurring name|Микоян||Mikoian|", "person|recurring name|Каганович||Kaganovich|",
			"|recurring name|Приморье||Primor'e|", "|recurring name|Главнокомандующий||Glavnokomanduiushchii|",
			"|recurring name|Народная армия||Narodnaia armiia|",
			"|recurring name|Северная Корея||Severnaia Koreia|", "|recurring name|Советский Союз||Sovetskii Soiuz|",
		},
		unwanted: []string{"|Микояну|", "|Кагановичу|", "|Приморья|", "|Главнокомандующего|", "|Народной|", "Северной", "Союза"},
	}, {
		name: "demonyms, compass points and ordinary words are not names",
		en: "The Chinese comrades arrived at Kaesong. Our Chinese friends and the Korean officers met. " +
			"The Korean side agreed.\n\nFighting in the South goes on; the South-eastern front and the North hold. " +
			"From the South no news, the North is quiet. The American planes left Kaesong. The American side is silent.\n\n" +
			"The Workers gathered; the workers of the port rested. Workers then left.\n",
		want:     []string{"|recurring name||Kaesong|"},
		unwanted: []string{"|Chinese|", "|Korean|", "|South|", "|North|", "|South-eastern|", "|American|", "|Workers|"},
	}, {
		name: "people and places told from their context",
		ru: "Полк перелетит по маршруту Спасск – Яньцзи. На аэродроме Спасск ждут погоды.\n\n" +
			"Войска продвигаются на Цюсю. Противник отходит на Цюсю.\n\n" +
			"Бои идут северо-западнее Тайкю. Отряд стоит севернее Тайкю.\n\n" +
			"Благодарим Вас, дорогой Иосиф Виссарионович! Обнимаем Вас, Иосиф Виссарионович.\n\n" +
			"Расшифровал Михайленко 3.10.50\n\nОтпечатал тот же Михайленко.\n",
		want: []string{
			"place|recurring name|Спасск|", "place|recurring name|Цюсю|", "place|recurring name|Тайкю|",
			"person|recurring name|Иосиф Виссарионович|", "person|recurring name|Михайленко|",
		},
	}, {
		name: "one place spelled two ways is one entry; its other name is not merged by spelling",
		ru:   "Десант высажен в Инчхон. Порт Инчхон занят.\n\nСуда стоят у Чемульпо. Подходы к Чемульпо минированы.\n",
		en:   "A landing was made at Inch'on. The port of Inch'ón is taken.\n",
		want: []string{"place|recurring name|Инчхон|Inch'on|", "|recurring name|Чемульпо||Chemul'po|"},
	}, {
		name: "an adjective of a party's name is not a surname",
		ru: "От имени Трудовой партии Кореи благодарим Вас. Закрыт пленум Трудовой партии Кореи.\n\n" +
			"Доложил т. Штыков. Передать т. Штыкову ответ. Получен ответ т. Штыкова.\n",
		want:     []string{"|recurring name|Трудовая партия||Trudovaia partiia|", "person|recurring name|Штыков||Shtykov|"},
		unwanted: []string{"|Трудов|", "person|recurring name|Трудов"},
	}, {
		name: "a cognate spelled from its transliteration takes the Russian",
		ru:   "Решение Политбюро ЦК передано в Пхеньян.\n",
		en:   "The Politburo decided. The decision of the Politburo went to Pyongyang.\n",
		want: []string{"|recurring name|Политбюро|Politburo|Politbiuro|"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			checkSuggestions(t, tc.ru, tc.en, tc.want, tc.unwanted)
		})
	}
}

// checkSuggestions suggests from a Russian and an English text (either
// may be empty) and checks that every suggestion of want is made (as
// describeSuggestions starts it) and no text of unwanted is there.
func checkSuggestions(t *testing.T, ru, en string, want, unwanted []string) {
	t.Helper()
	var cols []*texts.Collection
	for _, in := range []struct {
		name, text string
		lang       texts.Lang
	}{{"ru.txt", ru, texts.Russian}, {"en.txt", en, texts.English}} {
		if in.text == "" {
			continue
		}
		c, err := texts.Read(in.name, strings.NewReader(in.text), texts.Options{Lang: in.lang})
		if err != nil {
			t.Fatal(err)
		}
		cols = append(cols, c)
	}
	got := describeSuggestions(Entries(nil, cols, Options{}))
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("no suggestion %q in\n%s", w, got)
		}
	}
	for _, u := range unwanted {
		if strings.Contains(got, u) {
			t.Errorf("unwanted %q in\n%s", u, got)
		}
	}
}
