package align

import (
	"fmt"
	"testing"
)

func edgeSentences(lang string, k int) []Sentence {
	out := make([]Sentence, k)
	for x := range out {
		if lang == "ru" {
			out[x] = Sentence{Text: fmt.Sprintf("Телеграмма номер %d отправлена в Пхеньян.", 100+x)}
		} else {
			out[x] = Sentence{Text: fmt.Sprintf("Telegram number %d was sent to Pyongyang.", 100+x)}
		}
	}
	return out
}

// TestAlignEdgeSizes aligns texts with no sentence, one side empty, one
// sentence, and a link limit larger than either text, through Align and
// AlignDocuments, at every link limit: no panic, every sentence once.
func TestAlignEdgeSizes(t *testing.T) {
	sizes := [][2]int{{0, 0}, {0, 3}, {3, 0}, {1, 1}, {1, 6}, {6, 1}, {2, 9}, {4, 4}}
	for maxLink := 0; maxLink <= 8; maxLink++ {
		var docs []Documents
		for _, sz := range sizes {
			src, tgt := edgeSentences("ru", sz[0]), edgeSentences("en", sz[1])
			docs = append(docs, Documents{Source: src, Target: tgt})
			links, err := Align(src, tgt, Options{MaxLink: maxLink})
			if err != nil {
				t.Fatalf("Align %v, max link %d: %v", sz, maxLink, err)
			}
			checkValid(t, links, sz[0], sz[1])
			one, err := AlignDocuments(docs[len(docs)-1:], Options{MaxLink: maxLink})
			if err != nil {
				t.Fatalf("AlignDocuments %v, max link %d: %v", sz, maxLink, err)
			}
			checkValid(t, one[0], sz[0], sz[1])
		}
		all, err := AlignDocuments(docs, Options{MaxLink: maxLink})
		if err != nil {
			t.Fatalf("AlignDocuments, max link %d: %v", maxLink, err)
		}
		if len(all) != len(docs) {
			t.Fatalf("AlignDocuments returned %d alignments for %d pairs", len(all), len(docs))
		}
		for k, sz := range sizes {
			checkValid(t, all[k], sz[0], sz[1])
		}
	}
	// Sentences with no words, and word pairs on some documents only.
	blank := []Sentence{{Text: ""}, {Text: " "}, {Text: "—"}}
	docs := []Documents{
		{Source: blank, Target: edgeSentences("en", 2)},
		{Source: edgeSentences("ru", 2), Target: blank, Pairs: []WordPair{{Source: "телеграмма", Target: "telegram"}}},
		{Source: blank, Target: blank},
	}
	all, err := AlignDocuments(docs, Options{MaxLink: 1})
	if err != nil {
		t.Fatal(err)
	}
	for k, d := range docs {
		checkValid(t, all[k], len(d.Source), len(d.Target))
	}
	if _, err := AlignDocuments(nil, Options{}); err != nil {
		t.Errorf("AlignDocuments of no pairs: %v", err)
	}
	for _, bad := range []int{-1, 9} {
		if _, err := Align(edgeSentences("ru", 2), edgeSentences("en", 2), Options{MaxLink: bad}); err == nil {
			t.Errorf("Align accepted max link %d", bad)
		}
		if _, err := AlignDocuments([]Documents{{Source: edgeSentences("ru", 2), Target: edgeSentences("en", 2)}}, Options{MaxLink: bad}); err == nil {
			t.Errorf("AlignDocuments accepted max link %d", bad)
		}
	}
}
