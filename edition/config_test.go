package edition

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/texts"
)

const sampleConfig = `# Две телеграммы 1951 года
languages: {source: ru, target: en}
glossary: glossary.yaml
scheme: ala-lc
documents:
  source: ru/doc{id}.txt
  target: en.txt
  alignment: align/doc{id}.json
pairs:
  - source: extra/письмо.txt
    target: extra/letter.txt
insertions:
  signers: [NO, AM]
  required: true
  mark: " - "
rules:
  name-variant: error
  term-inconsistent: off
`

func TestLoad(t *testing.T) {
	c, err := Load("sverka.yaml", strings.NewReader(sampleConfig))
	if err != nil {
		t.Fatal(err)
	}
	if c.Glossary != "glossary.yaml" || c.Scheme != texts.ALALC || c.Languages != (Languages{texts.Russian, texts.English}) {
		t.Errorf("got %+v", c)
	}
	if d := c.Documents; d == nil || d.Source != "ru/doc{id}.txt" || d.Target != "en.txt" || d.Alignment != "align/doc{id}.json" || d.Pos.Line != 6 {
		t.Errorf("documents: %+v", c.Documents)
	}
	if len(c.Pairs) != 1 || c.Pairs[0].Source != "extra/письмо.txt" || c.Pairs[0].Pos.Line != 10 {
		t.Errorf("pairs: %+v", c.Pairs)
	}
	want := InsertionStyle{Signers: []string{"NO", "AM"}, Required: true, Mark: " - "}
	if !reflect.DeepEqual(c.Insertions, want) {
		t.Errorf("insertions: %+v", c.Insertions)
	}
	if len(c.Rules) != 2 || !reflect.DeepEqual(c.Rules[0], RuleSetting{ID: "name-variant", Severity: "error", Pos: c.Rules[0].Pos, SeverityPos: c.Rules[0].SeverityPos}) ||
		c.Rules[1].ID != "term-inconsistent" || c.Rules[1].Severity != "off" || c.Rules[0].Pos.Line == 0 {
		t.Errorf("rules: %+v", c.Rules)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "sverka.yaml:1:1: empty configuration"},
		{"glossary: g.yaml\n", "sverka.yaml:1:1: no document pairs"},
		{"pairs:\n  - source: ru.txt\n    taget: en.txt\n", `sverka.yaml:3:5: unknown key "taget" in a pair`},
		{"pairs:\n  - source: ru.txt\n", "sverka.yaml:2:5: a pair needs a source and a target"},
		{"documents:\n  source: ru/doc.txt\n  target: en.txt\n", "sverka.yaml:2:11: documents source \"ru/doc.txt\" must contain {id}"},
		{"documents: {source: 'ru/{id}.txt', target: 'en{id}.txt'}\n", "sverka.yaml:1:44: documents target is the English collection"},
		{"scheme: pinyin\npairs: [{source: a, target: b}]\n", `sverka.yaml:1:9: unknown scheme "pinyin"`},
		{"rules:\n  name-variant: [error]\n", `sverka.yaml:2:17: a severity must be a string`},
		{"rules:\n  name-variant: error\n  name-variant: off\n", `sverka.yaml:3:3: "name-variant" given twice in rules`},
		{"languages: {source: uk}\n", `sverka.yaml:1:21: source language "uk"`},
		{"glossary: ../secret.yaml\n", `sverka.yaml:1:11: glossary "../secret.yaml" must be a file name relative`},
		{"insertions: {required: maybe}\n", "sverka.yaml:1:24: required must be true or false"},
		{"insertions: {mark: ' / '}\n", `sverka.yaml:1:20: mark " / " must be a dash`},
		{"pairs: [\n", "sverka.yaml:2:1: did not find expected node content"},
		{"- a\n- b\n", "sverka.yaml:1:1: sverka.yaml must be a mapping"},
		{"glossary: a\nglossary: b\n", "sverka.yaml:2:1:"},
	} {
		_, err := Load("sverka.yaml", strings.NewReader(tc.in))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q:\n got  %v\n want %s...", tc.in, err, tc.want)
		}
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(sampleConfig)
	f.Add("pairs: [{source: a, target: b}]")
	f.Add("documents: {source: 'ru/doc{id}.txt', target: en.txt}\nrules: {name-variant: off}")
	f.Fuzz(func(t *testing.T, in string) {
		c, err := Load("f.yaml", strings.NewReader(in))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.yaml") {
				t.Errorf("error without the file name: %v", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := c.Write(&buf); err != nil {
			t.Fatal(err)
		}
		if _, err := Load("f.yaml", &buf); err != nil {
			t.Errorf("written configuration does not load: %v\n%s", err, buf.String())
		}
	})
}

func TestResolvePairs(t *testing.T) {
	fsys := fstest.MapFS{
		"ru/doc1.txt":  {Data: []byte("Инстанция")},
		"ru/doc10.txt": {Data: []byte("Инстанция")},
		"ru/doc2.txt":  {Data: []byte("Инстанция")},
		"ru/notes.md":  {Data: []byte("заметки")},
		"en.txt":       {Data: []byte("Instantsia")},
	}
	c, err := Load("sverka.yaml", strings.NewReader("documents: {source: 'ru/doc{id}.txt', target: en.txt, alignment: 'align/{id}.json'}\npairs: [{source: x.txt, target: 'y.txt#3'}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	ps, err := c.ResolvePairs(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Source+">"+p.Target+">"+p.Alignment)
	}
	want := []string{"x.txt>y.txt#3>", "ru/doc1.txt>en.txt#1>align/1.json", "ru/doc2.txt>en.txt#2>align/2.json", "ru/doc10.txt>en.txt#10>align/10.json"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	c.Documents.Source = "ru/letter{id}.txt"
	if _, err := c.ResolvePairs(fsys); err == nil || !strings.Contains(err.Error(), "sverka.yaml:1:12: no file matches") {
		t.Errorf("no match: %v", err)
	}
}

func TestGuessAndWrite(t *testing.T) {
	ru := []byte("Из Владивостока. Докладываю о ходе ремонта причала № 4 в порту Находка.")
	en := []byte("From Vladivostok. I report on the progress of the repair of pier No. 4 in the port of Nakhodka.\nThey [the crews - NO] refuse; they [the divers - NO] too, and [the sailors -AM].\n")
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"documents", fstest.MapFS{"ru/doc1.txt": {Data: ru}, "ru/doc2.txt": {Data: ru}, "en.txt": {Data: en}, "glossary.yaml": {Data: []byte("entries: []")}},
			"glossary.yaml|ru/doc{id}.txt>en.txt|"},
		{"pairs by number", fstest.MapFS{"ru/1.txt": {Data: ru}, "ru/2a.txt": {Data: ru}, "en/t1.txt": {Data: en}, "en/t2.txt": {Data: en}},
			"||ru/1.txt>en/t1.txt;ru/2a.txt>en/t2.txt;"},
		{"one pair", fstest.MapFS{"original.txt": {Data: ru}, "translation.txt": {Data: en}, ".git/x.txt": {Data: en}},
			"||original.txt>translation.txt;"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Guess(tc.fsys)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := c.Write(&buf); err != nil {
				t.Fatal(err)
			}
			back, err := Load("sverka.yaml", bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatalf("%v\n%s", err, buf.String())
			}
			if !reflect.DeepEqual(back.Insertions.Signers, []string{"NO", "AM"}) || back.Insertions.Mark != " - " {
				t.Errorf("insertions: %+v", back.Insertions)
			}
			got := back.Glossary + "|"
			if d := back.Documents; d != nil {
				got += d.Source + ">" + d.Target
			}
			got += "|"
			for _, p := range back.Pairs {
				got += p.Source + ">" + p.Target + ";"
			}
			if got != tc.want {
				t.Errorf("got %q, want %q\n%s", got, tc.want, buf.String())
			}
		})
	}
	if _, err := Guess(fstest.MapFS{"en.txt": {Data: en}}); err == nil {
		t.Error("an English file alone made an edition")
	}
	_, err := Guess(fstest.MapFS{"ru/a.txt": {Data: ru}, "ru/b.txt": {Data: ru}, "x.txt": {Data: en}, "y.txt": {Data: en}})
	if err == nil || !strings.Contains(err.Error(), "(Russian: ru/a.txt, ru/b.txt; English: x.txt, y.txt)") {
		t.Errorf("no file pairs: %v, want every file named", err)
	}
}

// TestGuessNamesStoredAlignments: a documents rule names the alignments
// stored where sverka align and review put them (an edition set up again
// with init --force), so that their confirmed links are kept.
func TestGuessNamesStoredAlignments(t *testing.T) {
	ru := []byte("Из Владивостока. Докладываю о ходе ремонта причала № 4 в порту Находка.")
	coll := []byte("Document 1: From Vladivostok\n\nI report on the repair of pier No. 4 in the port of Nakhodka.\n\nDocument 2: From Nakhodka\n\nThe concrete work is sixty percent complete.\n")
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"stored", fstest.MapFS{"ru/doc1.txt": {Data: ru}, "ru/doc2.txt": {Data: ru}, "en.txt": {Data: coll}, "align/doc2.json": {Data: []byte("{}")}}, "align/doc{id}.json"},
		{"none", fstest.MapFS{"ru/doc1.txt": {Data: ru}, "ru/doc2.txt": {Data: ru}, "en.txt": {Data: coll}}, ""},
		{"another name", fstest.MapFS{"ru/doc1.txt": {Data: ru}, "ru/doc2.txt": {Data: ru}, "en.txt": {Data: coll}, "align/d2.json": {Data: []byte("{}")}}, ""},
	} {
		c, err := Guess(tc.fsys)
		if err != nil {
			t.Fatal(err)
		}
		if c.Documents == nil || c.Documents.Alignment != tc.want {
			t.Errorf("%s: documents %+v, want alignment %q", tc.name, c.Documents, tc.want)
		}
	}
}

// TestGuessStrayFiles: files that pair are written as pairs, the others
// named in Unpaired and written as comments; the result loads.
func TestGuessStrayFiles(t *testing.T) {
	ru := []byte("Из Владивостока. Докладываю о ходе ремонта причала № 4 в порту Находка.")
	en := []byte("From Vladivostok. I report on the progress of the repair of pier No. 4 in the port of Nakhodka.\n")
	var page bytes.Buffer
	ed := &Edition{Title: "From Vladivostok", Pairs: []*Pair{{
		Source: &texts.Document{ID: "1", Segments: []texts.Segment{{ID: "1", Kind: texts.Sentence, Text: string(ru)}}},
		Target: &texts.Document{ID: "1", Segments: []texts.Segment{{ID: "1", Kind: texts.Sentence, Text: strings.TrimSpace(string(en))}}},
		Links:  []align.Link{{Source: []int{0}, Target: []int{0}, Confidence: 1}},
	}}}
	if err := WriteHTML(&page, ed, Options{}); err != nil {
		t.Fatal(err)
	}
	sverkaPage := page.Bytes()
	webPage := []byte("<!DOCTYPE html><html><head><meta name=\"generator\" content=\"WordPress 6.4\"><title>Harbour works</title></head><body><p>" + string(en) + "</p></body></html>")
	coll := []byte("Document 1: From Vladivostok\n\nI report on the repair of pier No. 4 in the port of Nakhodka.\n\nDocument 2: From Nakhodka\n\nThe concrete work is sixty percent complete, the frost is severe.\n")
	for _, tc := range []struct {
		name     string
		fsys     fstest.MapFS
		unpaired string
	}{
		{"rule and a stray English file", fstest.MapFS{"ru/doc1.txt": {Data: ru}, "ru/doc2.txt": {Data: ru}, "ru/заметки.txt": {Data: ru}, "en.txt": {Data: coll}, "readme.txt": {Data: en}},
			"ru/заметки.txt>;>readme.txt;"},
		{"pairs and strays", fstest.MapFS{"ru/1.txt": {Data: ru}, "ru/2.txt": {Data: ru}, "en/1.txt": {Data: en}, "en/notes.txt": {Data: en}},
			"ru/2.txt>;>en/notes.txt;"},
		// The editions build wrote are no texts of the edition (init
		// --force after a build); a web page saved there is one.
		{"the pages sverka wrote", fstest.MapFS{"ru/1.txt": {Data: ru}, "en/1.txt": {Data: en}, "edition.html": {Data: sverkaPage}, "review.html": {Data: sverkaPage}, "page.html": {Data: webPage}},
			">page.html;"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Guess(tc.fsys)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, p := range c.Unpaired {
				got += p.Source + ">" + p.Target + ";"
			}
			if got != tc.unpaired {
				t.Errorf("unpaired %q, want %q", got, tc.unpaired)
			}
			var buf bytes.Buffer
			if err := c.Write(&buf); err != nil {
				t.Fatal(err)
			}
			if _, err := Load("sverka.yaml", bytes.NewReader(buf.Bytes())); err != nil {
				t.Fatalf("%v\n%s", err, buf.String())
			}
			for _, p := range c.Unpaired {
				if !strings.Contains(buf.String(), "#   - {source: ") || !strings.Contains(buf.String(), p.Source+p.Target) {
					t.Errorf("%s is not written as a comment:\n%s", p.Source+p.Target, buf.String())
				}
			}
		})
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "ru", "drafts")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Find(sub); err == nil {
		// A sverka.yaml above the temporary directory would be found:
		// only fail when none is expected.
		if _, statErr := os.Stat(filepath.Join(os.TempDir(), ConfigName)); statErr != nil {
			t.Error("found a configuration in an empty tree")
		}
	}
	cfg := filepath.Join(dir, ConfigName)
	if err := os.WriteFile(cfg, []byte("pairs: [{source: a, target: b}]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Find(sub)
	if err != nil || got != cfg {
		t.Errorf("Find = %q, %v; want %q", got, err, cfg)
	}
}

// TestResolvePairsDuplicateID: a pair named in pairs and a pair from the
// documents rule with the same number is an error at its place in
// sverka.yaml, whatever command reads the configuration.
func TestResolvePairsDuplicateID(t *testing.T) {
	fsys := fstest.MapFS{
		"ru/doc1.txt": {Data: []byte("Инстанция")},
		"ru/doc2.txt": {Data: []byte("Инстанция")},
		"en.txt":      {Data: []byte("Instantsia")},
	}
	const cfg = "pairs:\n  - {source: ru/doc1.txt, target: 'en.txt#1'}\ndocuments:\n  source: 'ru/doc{id}.txt'\n  target: en.txt\n"
	c, err := Load("sverka.yaml", strings.NewReader(cfg))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.ResolvePairs(fsys)
	if err == nil || !strings.HasPrefix(err.Error(), `sverka.yaml:4:3: two document pairs have the id "1" (the other at line 2)`) {
		t.Errorf("error %v", err)
	}
}

// TestLoadDirectoryForFile: a glossary or alignment in sverka.yaml that
// names a directory is reported at its line, not when it is read.
func TestLoadDirectoryForFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "ru"), 0o755); err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, "sverka.yaml")
	tests := []struct{ cfg, want string }{
		{"glossary: ru\ndocuments: {source: 'ru/doc{id}.txt', target: en.txt}\n", name + ":1:11: glossary: ru is a directory"},
		{"pairs:\n  - source: ru/doc1.txt\n    target: en.txt\n    alignment: ru\n", name + ":4:16: alignment: ru is a directory"},
	}
	for _, tt := range tests {
		_, err := Load(name, strings.NewReader(tt.cfg))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q: error %v, want %q", tt.cfg, err, tt.want)
		}
	}
	fsys := fstest.MapFS{
		"ru/doc1.txt":    {Data: []byte("Инстанция")},
		"en.txt":         {Data: []byte("Instantsia")},
		"align/1.json/x": {Data: []byte("{}")},
	}
	c, err := Load("sverka.yaml", strings.NewReader("documents: {source: 'ru/doc{id}.txt', target: en.txt, alignment: 'align/{id}.json'}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.ResolvePairs(fsys); err == nil || err.Error() != "sverka.yaml:1:12: alignment: align/1.json is a directory" {
		t.Errorf("rule alignment: %v", err)
	}
}
