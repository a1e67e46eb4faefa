package suggest

import "testing"

// TestSuggestFeminineSurnames: a woman's surname seen in -ой before a
// lower-case word (Ивановой ответ) is suggested in the nominative as a
// person, while the adjectives of names that look like it (Трудовой
// партии, Береговой охраны) are not taken for surnames; a surname after
// the ordinary word a sentence starts with (Передать Ивановой) is one.
func TestSuggestFeminineSurnames(t *testing.T) {
	for _, tc := range []struct {
		name, ru, en string
		want         []string
		unwanted     []string
	}{{
		name:     "after a title, before a noun",
		ru:       "Передать т. Ивановой ответ. Получено письмо от т. Ивановой сегодня.\n",
		want:     []string{"person|recurring name|Иванова||Ivanova|"},
		unwanted: []string{"Ивановой|", "|Иванов|"},
	}, {
		name:     "and joined to its English",
		ru:       "Передать т. Ивановой ответ. Получено письмо от т. Ивановой сегодня.\n",
		en:       "Pass the answer to Comrade Ivanova. A letter came from Comrade Ivanova today.\n",
		want:     []string{"person|recurring name|Иванова|Ivanova|Ivanova|"},
		unwanted: []string{"Ивановой|", "|Ivanovoi|"},
	}, {
		name:     "without a title, before words no adjective agrees with",
		ru:       "Сводку передать Смирновой лично. Вопрос согласован со Смирновой заранее.\n",
		want:     []string{"person|recurring name|Смирнова||Smirnova|"},
		unwanted: []string{"Смирновой|"},
	}, {
		name:     "before an infinitive and an adverb in -а",
		ru:       "Расчёт поручено Петровой подготовить. Ответ направлен Петровой вчера.\n",
		want:     []string{"person|recurring name|Петрова||Petrova|"},
		unwanted: []string{"Петровой|"},
	}, {
		name:     "in -евой and -иной",
		ru:       "Доклад т. Гусевой принят. Поручить т. Гусевой проверку.\n\nПисьмо т. Ильиной получено. Ответ т. Ильиной отправлен.\n",
		want:     []string{"person|recurring name|Гусева||Guseva|", "person|recurring name|Ильина||Il'ina|"},
		unwanted: []string{"Гусевой|", "|Гусев|", "Ильиной|", "|Ильин|"},
	}, {
		name:     "the nominative in -а, which a man's genitive shares, is hers beside -ой",
		ru:       "Доклад сделала Смирнова. План поручено Смирновой проверить. Копия передана Смирновой лично.\n",
		want:     []string{"person|recurring name|Смирнова||Smirnova|"},
		unwanted: []string{"|Смирнов|", "Смирновой|"},
	}, {
		name:     "alone, at the end of a sentence",
		ru:       "Ответ передан Ивановой. Письмо получено от Ивановой.\n",
		want:     []string{"person|recurring name|Иванова||Ivanova|"},
		unwanted: []string{"|Иванов|"},
	}, {
		name:     "a man's form seen: the name stays his",
		ru:       "Доложил т. Иванов. Ответ направлен т. Иванову. Согласовано с т. Ивановым.\n",
		want:     []string{"person|recurring name|Иванов||Ivanov|"},
		unwanted: []string{"|Иванова|"},
	}, {
		name:     "after the word a sentence starts with",
		ru:       "Передать Ивановой ответ. Ответ передать Ивановой лично.\n\nДоложил Петров вчера. Вчера доложил Петров.\n",
		want:     []string{"person|recurring name|Иванова||Ivanova|", "person|recurring name|Петров||Petrov|"},
		unwanted: []string{"Передать", "Доложил"},
	}, {
		name:     "a name of two words that starts a sentence stays whole",
		ru:       "Северная Корея ждёт помощи. Помощь идёт в Северную Корею. Советский Союз поможет. Нам поможет Советский Союз.\n\nОтходит северная группа, советский посол уехал.\n",
		want:     []string{"|recurring name|Северная Корея||Severnaia Koreia|", "|recurring name|Советский Союз||Sovetskii Soiuz|"},
		unwanted: []string{"|Корея||", "|Союз||"},
	}, {
		name:     "an adjective of a party's name",
		ru:       "От имени Трудовой партии Кореи благодарим Вас. Закрыт пленум Трудовой партии Кореи.\n",
		want:     []string{"|recurring name|Трудовая партия||Trudovaia partiia|"},
		unwanted: []string{"person|", "|Трудова|"},
	}, {
		name:     "an adjective before different nouns it agrees with",
		ru:       "Посты Береговой охраны усилены. Штаб Береговой обороны доложил. Катер Береговой службой отозван.\n",
		unwanted: []string{"person|", "|Берегова|"},
	}, {
		name:     "an adjective before the same noun",
		ru:       "Приказ Передовой заставе передан. Донесение Передовой заставы получено.\n",
		unwanted: []string{"person|", "|Передова|"},
	}, {
		name:     "a masculine adjective in the nominative",
		ru:       "Вчера выступил Боевой отряд. Сегодня вернулся Боевой отряд.\n",
		unwanted: []string{"person|", "|Боева|"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			checkSuggestions(t, tc.ru, tc.en, tc.want, tc.unwanted)
		})
	}
}
