package align

import (
	"slices"
	"strings"
	"testing"
)

// Errors about a kept link name its line, so ReadAlignment records where
// each link starts, in both formats.
func TestReadAlignmentLines(t *testing.T) {
	jsonFile := `{
  "format": "sverka-alignment",
  "version": 1,
  "bitexts": [
    {
      "source": {"file": "ru.txt", "document": "5", "sentences": [{"id": "1", "text": "Из Пхеньяна.", "pos": {"line": 1, "col": 1}}]},
      "target": {"file": "en.txt", "sentences": []},
      "links": [
        {"source": [0], "target": [0], "confidence": 1},
        {
          "source": [1, 2],
          "target": [],
          "confidence": 0.5
        }
      ]
    }
  ]
}
`
	for _, c := range []struct {
		name, text string
		want       []int
	}{
		{"json", jsonFile, []int{9, 10}},
		{"links", "# 5 5\n[0]:[0]\n\n[1, 2]:[]:confirmed\n", []int{2, 4}},
	} {
		bs, err := ReadAlignment("a", strings.NewReader(c.text))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(bs) != 1 || !slices.Equal(bs[0].Lines, c.want) {
			t.Errorf("%s: lines %v, want %v", c.name, bs[0].Lines, c.want)
		}
	}
}

func TestReadAlignmentJSONErrorPosition(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"{\n  \"format\": \"sverka-alignment\",\n  \"bitexts\": [,]\n}", "k.json:3:15:"},
		{"{\n  \"format\": \"sverka-alignment\",\n  \"version\": \"один\"\n}", "k.json:3:"},
		{"{\n  \"format\": \"sverka-alignment\",\n", "k.json:3:1:"},
	} {
		_, err := ReadAlignment("k.json", strings.NewReader(c.text))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: error %v, want it to start with %q", c.text, err, c.want)
		}
	}
}
