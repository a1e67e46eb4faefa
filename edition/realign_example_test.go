package edition_test

import (
	"fmt"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// An editor's confirmed link is kept as it is; the rest is aligned again.
func ExampleEdition_Realign() {
	ru := sentences(texts.Russian, "Работы ведутся в две смены.", "Из-за морозов работы прекращены.")
	en := sentences(texts.English, "The work is carried out in two shifts.", "Because of the frost the work has stopped.")
	p := &edition.Pair{ID: "1", Source: ru, Target: en, Links: []align.Link{
		{Source: []int{0}, Target: []int{0, 1}, Confirmed: true},
		{Source: []int{1}, Target: nil},
	}}
	ed := &edition.Edition{Pairs: []*edition.Pair{p}}
	links, err := ed.Realign(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range links {
		fmt.Println(l.Source, l.Target, l.Confirmed)
	}
	// Output:
	// [0] [0 1] true
	// [1] [] false
}
