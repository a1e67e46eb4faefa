package texts_test

import (
	"fmt"
	"testing"

	"github.com/sverka/sverka/texts"
)

func TestLineKind(t *testing.T) {
	for _, c := range []struct {
		line string
		want texts.Kind
	}{
		{"ОРЛОВА", texts.Header},   // a signature in capitals
		{"ЛИ  ЧЖУН", texts.Header}, // two words, the space doubled
		{"Получено в Хабаровске 4.3.51 г. в 9.40", texts.Header},
		{"Received in Khabarovsk on 4.3.51 at 9:40 a.m.", texts.Header},
		{"Товарищу ПЕТРОВУ", texts.Header},
		{"  Copies: Orlova, Lavrentyev.", texts.Header}, // a label, with its full stop
		{"АПРФ. Ф. 7. Оп. 2. Д. 14. Л. 3.", texts.Citation},
		{"[Source: APRF, fond 7, opis 2, delo 14, list 3]", texts.Citation},
		{"Работы в порту закончены в срок.", texts.Sentence},
		{"The works in the harbour were finished on time.", texts.Sentence},
		{"", texts.Sentence},
		// Chinese and Japanese have no capitals: no line of theirs is
		// "in capitals", a signature.
		{"他的船很小，但是很结实。", texts.Sentence},
		{"老渔夫", texts.Sentence},
		{"東京へ行きました。", texts.Sentence},
		{"新华社 XINHUA", texts.Header}, // the Latin capitals still count
	} {
		if got := texts.LineKind(c.line); got != c.want {
			t.Errorf("LineKind(%q) = %s, want %s", c.line, got, c.want)
		}
	}
}

func ExampleLineKind() {
	for _, line := range []string{"ЛАВРЕНТЬЕВ", "Отправлено 14.3.51 г. в 8.05", "Причалы готовы к приему судов."} {
		fmt.Println(texts.LineKind(line))
	}
	// Output:
	// header
	// header
	// sentence
}
