package align

import "testing"

// Sentences given one a line (--split lines) come without kinds: a
// signature the translation leaves out still stands alone as a 1-0 link,
// and a closing formula and the signer's line that the translation runs
// into one line are one 2-1 link.
func TestLinesWithoutKind(t *testing.T) {
	for _, c := range []struct {
		name   string
		ru, en []string
		want   string
	}{{
		name: "signature left out",
		ru: []string{
			"Погрузка угля в порту Находка закончена 3 декабря.",
			"Прошу указаний о дальнейшей отправке вагонов на Владивосток.",
			"ЛАВРЕНТЬЕВ",
			"№ 412",
		},
		en: []string{
			"The loading of coal in the port of Nakhodka was finished on 3 December.",
			"I request instructions on the further dispatch of the wagons to Vladivostok.",
			"No. 412",
		},
		want: "[0]:[0] [1]:[1] [2]:[] [3]:[2]",
	}, {
		name: "closing formula run together",
		ru: []string{
			"Просим Ваших указаний о ремонте причала.",
			"С уважением",
			"Управление порта Находка",
			"14 марта 1951 г.",
		},
		en: []string{
			"We request Your instructions on repairing the pier.",
			"Respectfully, The Administration of the Port of Nakhodka",
			"14 March 1951",
		},
		want: "[0]:[0] [1, 2]:[1] [3]:[2]",
	}} {
		t.Run(c.name, func(t *testing.T) {
			ru, en := make([]Sentence, len(c.ru)), make([]Sentence, len(c.en))
			for k, s := range c.ru {
				ru[k] = Sentence{Text: s}
			}
			for k, s := range c.en {
				en[k] = Sentence{Text: s}
			}
			links, err := Align(ru, en, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkValid(t, links, len(ru), len(en))
			if got := linksString(links); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}
