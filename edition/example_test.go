package edition_test

import (
	"fmt"
	"os"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// sentences builds a document of one sentence a line; in real use the
// texts package reads and segments files.
func sentences(lang texts.Lang, lines ...string) *texts.Document {
	d := &texts.Document{ID: "1", Lang: lang}
	for i, l := range lines {
		d.Segments = append(d.Segments, texts.Segment{ID: fmt.Sprint(i + 1), Kind: texts.Sentence, Text: l})
	}
	return d
}

func ExampleWriteTSV() {
	ru := sentences(texts.Russian, "Работы ведутся в две смены.", "Из-за морозов работы прекращены.")
	en := sentences(texts.English, "The work is carried out in two shifts.")
	ed := &edition.Edition{Pairs: []*edition.Pair{{
		Source: ru, Target: en,
		Links: []align.Link{
			{Source: []int{0}, Target: []int{0}, Confidence: 0.43, Flags: []align.Flag{align.LowConfidence}},
			{Source: []int{1}, Confidence: 0.6, Flags: []align.Flag{align.Omission}},
		},
	}}}
	if err := edition.WriteTSV(os.Stdout, ed, edition.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// document	link	type	source_ids	target_ids	source	target	confidence	flags
	// 1	d1-l1	1-1	1	1	Работы ведутся в две смены.	The work is carried out in two shifts.	0.43	low-confidence
	// 1	d1-l2	1-0	2		Из-за морозов работы прекращены.		0.60	omission,low-confidence
}

func ExampleWriteMarkdown() {
	ru := sentences(texts.Russian, "Инстанция | срочно")
	en := sentences(texts.English, "Instantsia | urgent")
	ed := &edition.Edition{Title: "Telegram", Pairs: []*edition.Pair{{
		Source: ru, Target: en, Links: []align.Link{{Source: []int{0}, Target: []int{0}, Confidence: 1}},
	}}}
	edition.WriteMarkdown(os.Stdout, ed, edition.Options{})
	// Output:
	// # Telegram
	//
	// ## Document 1
	//
	// | # | Русский | English |
	// |---:|---|---|
	// | 1 | Инстанция \| срочно | Instantsia \| urgent |
}
