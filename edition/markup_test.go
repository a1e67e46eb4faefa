package edition

import (
	"strings"
	"testing"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/texts"
)

func TestPieces(t *testing.T) {
	g := fixtureGlossary()
	text := "one notices storm-fright [shtormoboiazn'] and [storm-fright - NO] at Instantsia"
	at := func(sub string) (int, int) {
		i := strings.Index(text, sub)
		return 500 + i, 500 + i + len(sub)
	}
	s1, e1 := at("[shtormoboiazn']")
	s2, e2 := at("[storm-fright - NO]")
	seg := &texts.Segment{Text: text, Start: 500, End: 500 + len(text), Spans: []texts.Span{
		{Class: texts.Gloss, Start: s1, End: e1},
		{Class: texts.Insertion, Start: s2, End: e2, Signer: "NO"},
		{Class: texts.Note, Start: s2 + 1, End: e2 + 40},                // past the end: ignored
		{Class: texts.Note, Start: 500 + strings.Index(text, "at") + 1}, // End before Start: ignored
		{Class: texts.Unbalanced, Start: s1, End: s1 + 1},               // a suspicion, not a mark
	}}
	var got []string
	for _, p := range pieces(seg, texts.English, g) {
		switch {
		case p.Span != nil:
			got = append(got, "<"+string(p.Span.Class)+":"+p.Text+">")
		case p.Match != nil:
			got = append(got, "{"+p.Match.Entry.ID+":"+p.Text+"}")
		default:
			got = append(got, p.Text)
		}
	}
	want := "one notices |{shtormoboiazn:storm-fright}| |<gloss:[shtormoboiazn']>| and |<insertion:[storm-fright - NO]>| at |{instantsiia:Instantsia}"
	if strings.Join(got, "|") != want {
		t.Errorf("pieces:\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
	// Offsets inside a character are not trusted.
	cyr := &texts.Segment{Text: "Инстанция", Start: 0, End: 18, Spans: []texts.Span{{Class: texts.Note, Start: 1, End: 5}}}
	if ps := pieces(cyr, texts.Russian, nil); len(ps) != 1 || ps[0].Span != nil {
		t.Errorf("a span cutting a Cyrillic letter was kept: %+v", ps)
	}
}

// TestTermLabel: the tooltip of a glossary term shows the preferred
// rendering, the transliteration only where it is not that rendering, and
// the gloss text the translation adds.
func TestTermLabel(t *testing.T) {
	g, err := glossary.Load("glossary.yaml", strings.NewReader(`entries:
  - id: instantsiia
    kind: code-name
    russian: [Инстанция]
    translit: Instantsia
    renderings:
      - Instantsia
      - {text: the Instance, status: forbidden}
    gloss: {form: translation, when: first-in-document, text: Highest Authority}
  - id: aviaboiazn
    kind: term
    russian: [авиабоязнь]
    translit: aviaboiazn'
    renderings:
      - {text: air-fright, status: admitted}
    gloss: {form: translit}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		entry, rendering string
		want             string
	}{
		{"instantsiia", "", "glossary instantsiia: Инстанция → Instantsia (code-name); glossed [Highest Authority]"},
		{"instantsiia", "the Instance", "glossary instantsiia: Инстанция → Instantsia (code-name); glossed [Highest Authority]; this rendering is forbidden"},
		{"aviaboiazn", "", "glossary aviaboiazn: авиабоязнь → air-fright (term); transliteration aviaboiazn'; glossed [aviaboiazn']"},
	}
	for _, tt := range tests {
		m := &glossary.Match{Entry: g.Entry(tt.entry)}
		for i := range m.Entry.Renderings {
			if m.Entry.Renderings[i].Text == tt.rendering {
				m.Rendering = &m.Entry.Renderings[i]
			}
		}
		if got := termLabel(m, g); got != tt.want {
			t.Errorf("termLabel(%s, %q)\n got %s\nwant %s", tt.entry, tt.rendering, got, tt.want)
		}
	}
}
