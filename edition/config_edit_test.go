package edition

import (
	"strings"
	"testing"

	"github.com/sverka/sverka/texts"
)

// TestAddKey: the line goes into the mapping at pos, comments and layout
// kept, and the result reads back with the key set.
func TestAddKey(t *testing.T) {
	for _, tt := range []struct {
		name, yaml string
		line, col  int
		want       string
	}{
		{"block pair", "# Пары документов.\npairs:\n  - source: ru/doc1.txt   # оригинал\n    target: en.txt#1\n", 3, 5,
			"# Пары документов.\npairs:\n  - source: ru/doc1.txt   # оригинал\n    alignment: align/doc1.json\n    target: en.txt#1\n"},
		{"flow pair", "pairs:\n  - {source: ru/doc1.txt, target: en.txt#1}  # первый\n", 2, 5,
			"pairs:\n  - {source: ru/doc1.txt, target: en.txt#1, alignment: align/doc1.json}  # первый\n"},
		{"documents rule", "documents:\n  source: ru/doc{id}.txt\n  target: en.txt\n# конец\n", 2, 3,
			"documents:\n  source: ru/doc{id}.txt\n  alignment: \"align/doc{id}.json\"\n  target: en.txt\n# конец\n"},
		{"written on Windows", "documents:\r\n  source: ru/doc{id}.txt\r\n  target: en.txt", 3, 3,
			"documents:\r\n  source: ru/doc{id}.txt\r\n  target: en.txt\r\n  alignment: \"align/doc{id}.json\"\r\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			value := "align/doc1.json"
			if strings.Contains(tt.yaml, "documents") {
				value = "align/doc{id}.json"
			}
			got, err := AddKey([]byte(tt.yaml), texts.Pos{File: "sverka.yaml", Line: tt.line, Col: tt.col}, "alignment", value)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			c, err := Load("sverka.yaml", strings.NewReader(string(got)))
			if err != nil {
				t.Fatal(err)
			}
			if (c.Documents == nil || c.Documents.Alignment != value) && (len(c.Pairs) == 0 || c.Pairs[0].Alignment != value) {
				t.Errorf("read back: %+v %+v", c.Pairs, c.Documents)
			}
		})
	}
	if _, err := AddKey([]byte("pairs:\n  - {source: a.txt,\n     target: b.txt}\n"), texts.Pos{File: "sverka.yaml", Line: 2, Col: 5}, "alignment", "x.json"); err == nil {
		t.Error("a flow mapping over two lines was edited")
	}
	if got := string(AppendKey([]byte("pairs: []  # нет"), "glossary", "gl ossary: 1.yaml")); got != "pairs: []  # нет\nglossary: \"gl ossary: 1.yaml\"\n" {
		t.Errorf("AppendKey: %q", got)
	}
	if got := string(AppendKey([]byte("pairs: []\r\n"), "glossary", "glossary.yaml")); got != "pairs: []\r\nglossary: glossary.yaml\r\n" {
		t.Errorf("AppendKey on Windows line ends: %q", got)
	}
}
