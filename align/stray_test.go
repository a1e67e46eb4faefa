package align

import "testing"

// A sentence whose only shared word (a place name) is with the sentence
// after it joins that sentence's link, not the link before it: a 2-1 and
// a 1-2, where lengths alone make a 2-2 and a 1-1 (the English renders
// the third Russian sentence in two, the first of them short).
func TestStrayEdgeJoinsItsNeighbour(t *testing.T) {
	ru := sents(
		"Погрузка 450 тонн угля на суда закончена досрочно.",
		"Вагоны в количестве 12 ушли обратно порожняком на узловую станцию Угольная утром 3 декабря после осмотра.",
		"Неясно положение и в Находке: начальник порта молчит.",
		"Прошу указаний о дальнейших работах на причале.",
	)
	en := sents(
		"The loading of 450 tons of coal onto the ships was finished early and 12 wagons went back on 3 December.",
		"The situation in Nakhodka is also unclear.",
		"The head of the port reports nothing at all, although the telephone line to him works.",
		"I request instructions on further works at the pier.",
	)
	links, err := Align(ru, en, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkValid(t, links, len(ru), len(en))
	if got, want := linksString(links), "[0, 1]:[0] [2]:[1, 2] [3]:[3]"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
