package texts_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/docgen"
	"github.com/sverka/sverka/internal/sharedtest"
	"github.com/sverka/sverka/texts"
)

// seedAs writes the reference edition in each format editors bring.
func seedAs(t *testing.T) (string, map[string][]byte) {
	t.Helper()
	seed, err := os.ReadFile(filepath.Join(sharedtest.Dir(t), "seeds", "000_cd92320a92b46101.txt"))
	if err != nil {
		t.Fatal(err)
	}
	docx, err := docgen.DOCX(string(seed))
	if err != nil {
		t.Fatal(err)
	}
	odt, err := docgen.ODT(string(seed))
	if err != nil {
		t.Fatal(err)
	}
	return string(seed), map[string][]byte{"seed.docx": docx, "seed.odt": odt, "seed.html": docgen.HTML(string(seed))}
}

// summary is what must not change with the format: the documents, their
// segments (kind and text) and the insertions signed AM.
func summary(c *texts.Collection) (docs []string, segs []string, am int) {
	for _, d := range c.Documents {
		docs = append(docs, d.ID+": "+d.Title)
		for _, s := range d.Segments {
			segs = append(segs, fmt.Sprintf("%s %s %s", d.ID, s.Kind, s.Text))
			for _, sp := range s.Spans {
				if sp.Class == texts.Insertion && sp.Signer == "AM" {
					am++
				}
			}
		}
	}
	return
}

// The reference edition written as Word, OpenDocument and a web page
// reads as the same documents and sentences as the text file.
func TestSeedInEveryFormat(t *testing.T) {
	seed, files := seedAs(t)
	want, err := texts.Read("seed.txt", strings.NewReader(seed), texts.Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantDocs, wantSegs, wantAM := summary(want)
	if len(wantDocs) != 6 || wantAM != 3 {
		t.Fatalf("the text file itself: %d documents, %d insertions signed AM", len(wantDocs), wantAM)
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			c, err := texts.Read(name, bytes.NewReader(data), texts.Options{})
			if err != nil {
				t.Fatal(err)
			}
			docs, segs, am := summary(c)
			if strings.Join(docs, "\n") != strings.Join(wantDocs, "\n") {
				t.Errorf("documents:\n%s\nwant:\n%s", strings.Join(docs, "\n"), strings.Join(wantDocs, "\n"))
			}
			if am != wantAM {
				t.Errorf("%d insertions signed AM, want %d", am, wantAM)
			}
			if got, w := strings.Join(segs, "\n"), strings.Join(wantSegs, "\n"); got != w {
				for i := range min(len(segs), len(wantSegs)) {
					if segs[i] != wantSegs[i] {
						t.Errorf("segment %d:\n got %q\nwant %q", i, segs[i], wantSegs[i])
						break
					}
				}
				t.Errorf("%d segments, want %d", len(segs), len(wantSegs))
			}
			if c.Source.Format == "" {
				t.Errorf("Format not set")
			}
			if p := c.Documents[0].Segments[0].Pos; p.Unit != texts.UnitParagraph {
				t.Errorf("first segment at %+v: want a paragraph position", p)
			}
		})
	}
}

// A Word file reads as its paragraphs, with positions paragraph:column.
func ExampleRead_wordDocument() {
	docx, err := docgen.DOCX("Документ № 4\n\nПогрузка прекращена{fn:Пурга, по сводке.}. Потерь нет.\n")
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := texts.Read("письмо.docx", bytes.NewReader(docx), texts.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Source.Format)
	for _, s := range c.Documents[0].Segments {
		fmt.Printf("%s (%s) %s\n", s.Pos, s.Pos.Unit, s.Text)
	}
	// Output:
	// docx
	// письмо.docx:3:1 (paragraph) Погрузка прекращена [Пурга, по сводке.].
	// письмо.docx:3:42 (paragraph) Потерь нет.
}
