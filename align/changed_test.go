package align

import (
	"fmt"
	"slices"
	"testing"
)

func units(texts ...string) []Unit {
	out := make([]Unit, len(texts))
	for k, t := range texts {
		out[k] = Unit{ID: fmt.Sprint(k + 1), Text: t}
	}
	return out
}

func TestChangedConfirmed(t *testing.T) {
	kept := Bitext{
		Source: Side{File: "ru.txt", Sentences: units("Москва, Кремль.", "Товарищу Штыкову.", "Сообщите о ходе  операции.", "Филиппов.")},
		Target: Side{File: "en.txt", Sentences: units("Moscow, Kremlin.", "To Comrade Shtykov.", "Report on the operation.", "Filippov.")},
		Links: []Link{
			{Source: []int{0}, Target: []int{0}, Confirmed: true},
			{Source: []int{1}, Target: []int{1}},
			{Source: []int{2}, Target: []int{2}, Confirmed: true},
			{Source: []int{3}, Target: []int{3}, Confirmed: true},
		},
	}
	now := Bitext{
		// Sentence 1 changed in an unconfirmed link, sentence 2 only
		// rewrapped, sentence 3 and target 0 changed in confirmed links.
		Source: Side{File: "ru.txt", Sentences: units("Москва, Кремль.", "Товарищу Ш.", "Сообщите о ходе\nоперации. ", "Фын Си.")},
		Target: Side{File: "en.txt", Sentences: units("Moscow, the Kremlin.", "To Comrade Shtykov.", "Report on the operation.", "Filippov.")},
	}
	got := ChangedConfirmed(kept, now)
	want := []ChangedSentence{{Link: 0, Side: "target", Sentence: 0}, {Link: 3, Side: "source", Sentence: 3}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// The links format records no text: nothing to compare.
	kept.Source.Sentences, kept.Target.Sentences = nil, nil
	if got := ChangedConfirmed(kept, now); len(got) != 0 {
		t.Errorf("without recorded text: got %v", got)
	}
}
