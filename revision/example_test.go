package revision_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/sverka/sverka/revision"
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

func ExampleWordDiffs() {
	for _, d := range revision.WordDiffs("The concrete work is 60 percent complete.", "The concrete work is 65 percent done.") {
		switch d.Op {
		case revision.WordDelete:
			fmt.Printf("[-%s-]", d.Text)
		case revision.WordInsert:
			fmt.Printf("{+%s+}", d.Text)
		default:
			fmt.Print(d.Text)
		}
	}
	fmt.Println()
	// Output:
	// The concrete work is [-60-]{+65+} percent [-complete-]{+done+}.
}

func ExampleCompare() {
	old := sentences(texts.English,
		"From Vladivostok.",
		"The work is carried out in two shifts.",
		"Among the workers one notices storm-fright.",
		"LAVRENTYEV")
	new := sentences(texts.English,
		"From Vladivostok.",
		"Among the workers one notices storm-fear.",
		"LAVRENTYEV")
	r, err := revision.Compare(old, new, revision.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Summary())
	// Output:
	// 1 sentence changed, 1 removed; 2 unchanged
}

func ExampleWriteText() {
	old := sentences(texts.English,
		"From Nakhodka.",
		"Pier No. 4 is restored, the cranes are working.",
		"Details by mail.")
	new := sentences(texts.English,
		"From Nakhodka.",
		"Pier No. 4 is restored.",
		"The cranes are working.")
	r, err := revision.Compare(old, new, revision.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := revision.WriteText(os.Stdout, r, revision.PrintOptions{OldName: "en-old.txt", NewName: "en.txt"}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// --- en-old.txt
	// +++ en.txt
	//
	// split     sentence 2 → sentence 2 (2 sentences)
	//   Pier No. 4 is restored[-, the-]{+. The+} cranes are working.
	//
	// removed   sentence 3
	//   [-Details by mail.-]
	//
	// 1 sentence changed (1 split), 1 removed; 1 unchanged
}

func ExampleWriteHTML() {
	old := sentences(texts.English, "Работы ведутся в две смены.", "The concrete work is 60 percent complete.")
	new := sentences(texts.English, "Работы ведутся в две смены.", "The concrete work is 65 percent complete.")
	r, err := revision.Compare(old, new, revision.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	var page bytes.Buffer
	if err := revision.WriteHTML(&page, r, revision.PrintOptions{OldName: "old.txt", NewName: "new.txt"}); err != nil {
		fmt.Println(err)
		return
	}
	// Deletions and insertions are <del> and <ins> within each changed
	// sentence.
	for _, line := range strings.Split(page.String(), "\n") {
		if strings.Contains(line, "<del") {
			fmt.Println(line)
		}
	}
	// Output:
	// <tr id="r1-c2" class="changed"><td class="kind">changed</td><td class="loc">sentence 2</td><td class="loc">sentence 2</td><td>The concrete work is <del>60</del><ins>65</ins> percent complete.</td></tr>
}
