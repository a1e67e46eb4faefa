package glossary

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/texts"
)

func TestLoadExample(t *testing.T) {
	g, err := LoadFile(filepath.Join("..", "examples", "telegrams", "glossary.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if g.Scheme != texts.ALALC {
		t.Errorf("scheme %q", g.Scheme)
	}
	e := g.Entry("shtormoboiazn")
	if e == nil {
		t.Fatal("no entry shtormoboiazn")
	}
	if e.Pos.Line != 6 || e.Pos.Col != 5 {
		t.Errorf("entry at %v, want line 6 col 5", e.Pos)
	}
	if e.Gloss == nil || e.Gloss.Form != GlossTranslit || e.Gloss.When != GlossFirstInDocument {
		t.Errorf("gloss %+v", e.Gloss)
	}
	if got := e.RenderingsWith(Forbidden); len(got) != 1 || got[0].Text != "storm phobia" {
		t.Errorf("forbidden %+v", got)
	}
	if g.Entry("instantsiia").Gloss.Text != "Highest Authority" {
		t.Errorf("instantsiia gloss %+v", g.Entry("instantsiia").Gloss)
	}
}

func TestLoadDefaults(t *testing.T) {
	g, err := Load("g.yaml", strings.NewReader("entries:\n  - russian: Главное управление\n    renderings: Main Directorate\n"))
	if err != nil {
		t.Fatal(err)
	}
	e := g.Entries[0]
	if e.ID != "glavnoe-upravlenie" || e.Kind != Term || len(e.Renderings) != 1 || e.Renderings[0].Status != Preferred {
		t.Errorf("entry %+v", e)
	}
	if got := g.Translit(e); got != "Glavnoe upravlenie" {
		t.Errorf("Translit = %q", got)
	}
	g.Scheme = texts.Popular
	if got := g.Translit(e); got != "Glavnoye upravleniye" {
		t.Errorf("popular Translit = %q", got)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string // each error, file:line:col: message start
	}{
		{"unknown key", "entries:\n  - russian: [причал]\n    rendring: pier\n",
			[]string{`g.yaml:3:5: entry: unknown key "rendring"`}},
		{"missing russian", "entries:\n  - id: pier\n    renderings: [pier]\n",
			[]string{"g.yaml:2:5: entry: missing russian"}},
		{"bad status", "entries:\n  - russian: причал\n    renderings:\n      - {text: pier, status: prefered}\n",
			[]string{`g.yaml:4:30: status "prefered"`}},
		{"bad kind", "entries:\n  - russian: Козлов\n    kind: persona\n",
			[]string{`g.yaml:3:11: kind "persona"`}},
		{"duplicate id", "entries:\n  - {id: pier, russian: причал}\n  - {id: pier, russian: пристань}\n",
			[]string{`g.yaml:3:5: duplicate id "pier" (first at line 2)`}},
		{"bad scheme", "scheme: gost\nentries: []\n",
			[]string{`g.yaml:1:9: unknown transliteration scheme "gost"`}},
		{"bad gloss", "entries:\n  - russian: Инстанция\n    gloss: {form: italics}\n",
			[]string{`g.yaml:3:12: gloss: form "italics"`}},
		{"translation gloss without text", "entries:\n  - russian: Инстанция\n    gloss: {form: translation}\n",
			[]string{`g.yaml:3:12: gloss: a translation gloss needs its text`}},
		{"two errors in order", "entries:\n  - russian: причал\n    kind: pier\n  - renderings: [x]\n",
			[]string{`g.yaml:3:11: kind "pier"`, "g.yaml:4:5: entry: missing russian"}},
		{"syntax", "entries:\n  - russian: [причал\n",
			[]string{"g.yaml:"}},
		// yaml.v3 numbers a parser error's line from 0 and by where the
		// enclosing collection starts: the error must name the bad line.
		{"bad indent", "entries:\n  - id: pier\n   kind: term\n  russian: [причал]\n",
			[]string{"g.yaml:3:4: did not find expected '-' indicator"}},
		{"unclosed flow list", "entries:\n  - id: a\n    russian: [причал]\n  - id: b\n    renderings: [shore\n  - id: c\n",
			[]string{"g.yaml:5:5: did not find expected ',' or ']'"}},
		{"tab", "entries:\n  - id: a\n    russian: [причал]\n\tnote: tab\n",
			[]string{"g.yaml:4:1: found character that cannot start any token"}},
		{"unterminated quote", "entries:\n  - id: a\n    russian: [причал]\n    note: \"unterminated\n",
			[]string{"g.yaml:4:"}},
		{"not a mapping", "- причал\n", []string{"g.yaml:1:1: glossary: want a mapping"}},
		{"bad form pattern", "entries:\n  - russian: Штыков\n    forms: ['Шт*ыков']\n",
			[]string{`g.yaml:3:12: form "Шт*ыков"`}},
		{"number for renderings", "entries:\n  - russian: [причал]\n    renderings: 5\n",
			[]string{`g.yaml:3:17: renderings: want a list of texts, found "5"`}},
		{"boolean for russian", "entries:\n  - russian: true\n    renderings: [pier]\n",
			[]string{"g.yaml:2:5: entry: missing russian", `g.yaml:2:14: russian: want a list of texts, found "true"`}},
		{"empty file", "", []string{"g.yaml:1:1: empty glossary"}},
		{"blank file", " \n\t\n", []string{"g.yaml:1:1: empty glossary"}},
		{"bad boolean", "entries:\n  - russian: Дальний\n    case-sensitive: sometimes\n",
			[]string{"g.yaml:3:21: case-sensitive: want true or false"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load("g.yaml", strings.NewReader(tt.yaml))
			if err == nil {
				t.Fatal("no error")
			}
			var list ErrorList
			if errors.As(err, &list) {
				if len(list) != len(tt.want) {
					t.Fatalf("%d errors, want %d:\n%v", len(list), len(tt.want), err)
				}
			}
			lines := strings.Split(err.Error(), "\n")
			for i, w := range tt.want {
				if i >= len(lines) || !strings.HasPrefix(lines[i], w) {
					t.Errorf("error %d:\n%v\nwant it to start %q", i, err, w)
				}
			}
		})
	}
}

// TestLoadCommentsOnly: a glossary begun with only a comment is no error
// (an empty file is: see TestLoadErrors).
func TestLoadCommentsOnly(t *testing.T) {
	g, err := Load("new.yaml", strings.NewReader("# глоссарий: сверка телеграмм 1950 г.\n"))
	if err != nil || len(g.Entries) != 0 {
		t.Errorf("comments only: %v, %v", g, err)
	}
}

func FuzzLoad(f *testing.F) {
	b, err := os.ReadFile(filepath.Join("..", "examples", "telegrams", "glossary.yaml"))
	if err == nil {
		f.Add(string(b))
	}
	f.Add("entries:\n  - russian: [причал]\n    renderings: [pier, {text: berth, status: admitted}]\n")
	f.Add("entries: &a [*a]\n")
	f.Add("scheme: iso9\nentries:\n  - {russian: Ёж, gloss: translit}\n")
	f.Fuzz(func(t *testing.T, s string) {
		g, err := Load("f.yaml", strings.NewReader(s))
		if err != nil {
			return
		}
		// What loads writes and loads again to the same entries.
		var b strings.Builder
		if err := Write(&b, g); err != nil {
			t.Fatalf("Write: %v", err)
		}
		g2, err := Load("f2.yaml", strings.NewReader(b.String()))
		if err != nil {
			t.Fatalf("reloading what Write wrote: %v\n%s", err, b.String())
		}
		if len(g2.Entries) != len(g.Entries) {
			t.Fatalf("%d entries, reloaded %d", len(g.Entries), len(g2.Entries))
		}
		g.MatchRussian(s)
		g.MatchEnglish(s)
	})
}
