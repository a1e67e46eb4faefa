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

// A JSON alignment of another format or version is refused, not read as
// if it were this one.
func TestReadAlignmentFormatAndVersion(t *testing.T) {
	const bitexts = `"bitexts": [{"source": {"file": "ru.txt", "sentences": [{"id": "1", "text": "Москва, Кремль."}]},
  "target": {"file": "en.txt", "sentences": []}, "links": [{"source": [0], "target": [0], "confidence": 1, "confirmed": true}]}]`
	for _, c := range []struct{ name, head, want string }{
		{"version 1", `"format": "sverka-alignment", "version": 1`, ""},
		{"version 99", `"format": "sverka-alignment", "version": 99`, "keep.json: sverka-alignment version 99 is not one this sverka reads"},
		{"no version", `"format": "sverka-alignment"`, "keep.json: sverka-alignment version 0 is not one"},
		{"other format", `"format": "svodka-alignment", "version": 1`, `keep.json: not a sverka alignment (format "svodka-alignment"`},
		{"no format", `"version": 1`, `keep.json: not a sverka alignment (format ""`},
	} {
		_, err := ReadAlignment("keep.json", strings.NewReader("{"+c.head+",\n"+bitexts+"}\n"))
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.HasPrefix(err.Error(), c.want)):
			t.Errorf("%s: error %v, want it to start with %q", c.name, err, c.want)
		}
	}
}
