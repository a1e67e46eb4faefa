package glossary

import (
	"strings"
	"testing"
)

// TestAppendEntries: new entries go at the end of the list, indented as
// its entries, the file's comments and layout kept, whatever follows the
// list left after it.
func TestAppendEntries(t *testing.T) {
	purga := &Entry{ID: "purga", Kind: "term", Russian: []string{"пурга"}, Renderings: []Rendering{{Text: "blizzard", Status: Preferred}}}
	for _, tt := range []struct{ name, src, want string }{
		{"at the end",
			"# Глоссарий издания.\nentries:\n    - id: smirnov   # адресат\n      russian: [Смирнов]\n      renderings: [Smirnov]\n",
			"# Глоссарий издания.\nentries:\n    - id: smirnov   # адресат\n      russian: [Смирнов]\n      renderings: [Smirnov]\n\n    - id: purga\n      kind: term\n      russian: [пурга]\n      renderings:\n        - blizzard\n"},
		{"before the next key and its comment",
			"entries:\n  - id: smirnov\n    russian: [Смирнов]\n    renderings: [Smirnov]\n\n# схема\nscheme: ala-lc\n",
			"entries:\n  - id: smirnov\n    russian: [Смирнов]\n    renderings: [Smirnov]\n\n  - id: purga\n    kind: term\n    russian: [пурга]\n    renderings:\n      - blizzard\n\n# схема\nscheme: ala-lc\n"},
		{"an empty list", "scheme: ala-lc\nentries: []  # пока пусто\n",
			"scheme: ala-lc\nentries: # пока пусто\n  - id: purga\n    kind: term\n    russian: [пурга]\n    renderings:\n      - blizzard\n"},
		{"no list", "scheme: ala-lc", "scheme: ala-lc\nentries:\n  - id: purga\n    kind: term\n    russian: [пурга]\n    renderings:\n      - blizzard\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AppendEntries("glossary.yaml", []byte(tt.src), []*Entry{purga})
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
	if _, err := AppendEntries("glossary.yaml", []byte("entries: [{id: a, russian: [а], renderings: [a]}]\n"), []*Entry{purga}); err == nil || !strings.Contains(err.Error(), "add the entries by hand") {
		t.Errorf("a flow list: %v", err)
	}
}
