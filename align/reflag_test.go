package align_test

import (
	"fmt"
	"strings"

	"github.com/sverka/sverka/align"
)

// Links read back from a links file carry no flags; Reflag gives them the
// aligner's. The editor's confirmed omission needs no review.
func ExampleReflag() {
	src := []align.Sentence{{Text: "Причал восстановлен."}, {Text: "Краны работают."}, {Text: "Подробности почтой."}}
	tgt := []align.Sentence{{Text: "The pier is restored."}, {Text: "The cranes are working."}}
	links, err := align.ReadLinks("doc1.links", strings.NewReader("[0]:[0]:0.97\n[1]:[1]:0.62\n[2]:[]:0.90\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	align.Reflag(links, src, tgt)
	fmt.Println(links[0].Flags, links[1].Flags, links[2].Flags)
	links[2].Confirmed = true
	align.Reflag(links, src, tgt)
	fmt.Println(links[2].Flags)
	// Output:
	// [] [low-confidence] [omission]
	// []
}
