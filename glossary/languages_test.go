package glossary

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// csGlossary is an English-Czech glossary, as Weblate exports them.
func csGlossary() *Glossary {
	return &Glossary{SourceLang: "en", TargetLang: "cs", Entries: []*Entry{
		{ID: "address-bar", Kind: Term, Russian: []string{"address bar"}, Renderings: []Rendering{{Text: "adresní řádek", Status: Preferred}}},
		{ID: "window", Kind: Term, Russian: []string{"window"}, Renderings: []Rendering{{Text: "okno", Status: Preferred}, {Text: "okénko", Status: Forbidden}}},
	}}
}

// An en/cs glossary keeps its languages through every exchange format and
// YAML: exported as en/cs, imported back as en/cs, without naming them.
func TestLanguagesRoundTrip(t *testing.T) {
	want := csGlossary()
	for _, f := range []struct {
		name  string
		write func(*bytes.Buffer, *Glossary) error
		read  func(*bytes.Buffer) (*Glossary, error)
		lang  string // what must be in the file
	}{
		{"tbx3", func(b *bytes.Buffer, g *Glossary) error { return WriteTBX(b, g) },
			func(b *bytes.Buffer) (*Glossary, error) {
				g, _, err := ReadTBX("g.tbx", b, ImportOptions{})
				return g, err
			}, `<langSec xml:lang="cs">`},
		{"tbx2", func(b *bytes.Buffer, g *Glossary) error { return WriteTBX2(b, g) },
			func(b *bytes.Buffer) (*Glossary, error) {
				g, _, err := ReadTBX("g.tbx", b, ImportOptions{})
				return g, err
			}, `<langSet xml:lang="cs">`},
		{"csv", func(b *bytes.Buffer, g *Glossary) error { return WriteCSV(b, g, ',') },
			func(b *bytes.Buffer) (*Glossary, error) { return ReadCSV("g.csv", b, ',') }, "source:en"},
		{"yaml", func(b *bytes.Buffer, g *Glossary) error { return Write(b, g) },
			func(b *bytes.Buffer) (*Glossary, error) { return Load("g.yaml", b) }, "source: en"},
	} {
		t.Run(f.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := f.write(&buf, want); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), f.lang) {
				t.Errorf("the file lacks %q:\n%s", f.lang, buf.String())
			}
			if strings.Contains(buf.String(), `"ru"`) || strings.Contains(buf.String(), `lang="en-Latn"`) {
				t.Errorf("the file names ru:\n%s", buf.String())
			}
			got, err := f.read(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if src, tgt := got.Langs(); src != "en" || tgt != "cs" {
				t.Errorf("read back as %s/%s", src, tgt)
			}
			if len(got.Entries) != 2 {
				t.Fatalf("%d entries", len(got.Entries))
			}
			for i, e := range got.Entries {
				if !reflect.DeepEqual(e.Russian, want.Entries[i].Russian) || !reflect.DeepEqual(e.Renderings, want.Entries[i].Renderings) {
					t.Errorf("entry %d: %v %v, want %v %v", i, e.Russian, e.Renderings, want.Entries[i].Russian, want.Entries[i].Renderings)
				}
			}
		})
	}
}

// translate-toolkit's tbx2po, which OmegaT users and Weblate rely on,
// reads the TBX v2 export: one message per term, the preferred rendering
// as the translation.
func TestTBX2ReadByTranslateToolkit(t *testing.T) {
	tbx2po, err := exec.LookPath("tbx2po")
	if err != nil {
		t.Skip("translate-toolkit not installed (Debian: translate-toolkit): skipped")
	}
	g := &Glossary{Entries: []*Entry{
		{ID: "shtykov", Kind: Person, Russian: []string{"Штыков"}, Translit: "Shtykov", Renderings: []Rendering{{Text: "Shtykov", Status: Preferred}, {Text: "Stykov", Status: Forbidden}}},
		{ID: "instantsiia", Kind: CodeName, Russian: []string{"Инстанция"}, Renderings: []Rendering{{Text: "Instantsia", Status: Preferred}}},
	}}
	dir := t.TempDir()
	path := filepath.Join(dir, "g.tbx")
	var buf bytes.Buffer
	if err := WriteTBX2(&buf, g); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	po := filepath.Join(dir, "g.po")
	if out, err := exec.Command(tbx2po, path, po).CombinedOutput(); err != nil {
		t.Fatalf("tbx2po: %v\n%s", err, out)
	}
	b, err := os.ReadFile(po)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"msgid \"Штыков\"\nmsgstr \"Shtykov\"", "msgid \"Инстанция\"\nmsgstr \"Instantsia\""} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the PO file lacks %q:\n%s", want, b)
		}
	}
}

// What the glossary does not hold is counted by data category.
func TestReadTBXCountsDropped(t *testing.T) {
	tbx := `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="c1">
  <descrip type="subjectField">navy</descrip>
  <descrip type="definition">A landing stage.</descrip>
  <langSet xml:lang="ru"><tig><term>причал</term><termNote type="partOfSpeech">noun</termNote><termNote type="grammaticalGender">masculine</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
  <langSet xml:lang="en"><tig><term>pier</term><termNote type="partOfSpeech">noun</termNote><descrip type="context">The pier No. 4.</descrip><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>berth</term><admin type="source">Naval dictionary</admin><ref type="crossReference" target="c2">quay</ref></tig></langSet>
  <langSet xml:lang="de"><tig><term>Pier</term></tig></langSet>
</termEntry>
</body></text></martif>`
	g, _, err := ReadTBX("d.tbx", strings.NewReader(tbx), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"subjectField": 1, "partOfSpeech": 2, "grammaticalGender": 1, "administrativeStatus of source terms": 1, "context": 1, "source": 1, "crossReference": 1, "terms in de": 1}
	if !reflect.DeepEqual(g.Dropped, want) {
		t.Errorf("dropped = %v\nwant %v", g.Dropped, want)
	}
	if len(g.Entries) != 1 || g.Entries[0].Definition != "A landing stage." || len(g.Entries[0].Renderings) != 2 {
		t.Errorf("entries = %+v", g.Entries)
	}
}

func TestWriteVale(t *testing.T) {
	g := &Glossary{Entries: []*Entry{
		{ID: "shtykov", Russian: []string{"Штыков"}, Renderings: []Rendering{{Text: "Shtykov", Status: Preferred}, {Text: "Stykov", Status: Forbidden}}},
		{ID: "fright", Russian: []string{"штормобоязнь"}, Renderings: []Rendering{{Text: "storm-fright", Status: Preferred}, {Text: "storm  fear", Status: Admitted}}},
		{ID: "no", Russian: []string{"№"}, Renderings: []Rendering{{Text: "No.", Status: Preferred, CaseSensitive: true}, {Text: "Shtykov", Status: Preferred}}},
	}}
	var accept, reject bytes.Buffer
	if err := WriteVale(&accept, &reject, g); err != nil {
		t.Fatal(err)
	}
	if want := "(?i)storm fear\n(?i)storm-fright\nNo\\.\nShtykov\n"; accept.String() != want {
		t.Errorf("accept.txt:\n%s\nwant:\n%s", accept.String(), want)
	}
	if want := "Stykov\n"; reject.String() != want {
		t.Errorf("reject.txt:\n%s\nwant:\n%s", reject.String(), want)
	}
}
