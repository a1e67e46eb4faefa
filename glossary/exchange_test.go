package glossary

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/golden"
	"github.com/sverka/sverka/internal/sharedtest"
	"github.com/sverka/sverka/texts"
)

func loadTestdata(t testing.TB, name string) *Glossary {
	t.Helper()
	g, err := LoadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// sameEntries compares entries without their positions.
func sameEntries(t *testing.T, what string, want, got *Glossary) {
	t.Helper()
	if len(got.Entries) != len(want.Entries) {
		t.Fatalf("%s: %d entries, want %d", what, len(got.Entries), len(want.Entries))
	}
	for i := range want.Entries {
		w, g := *want.Entries[i], *got.Entries[i]
		w.Pos, g.Pos = texts.Pos{}, texts.Pos{}
		w.ExceptionsPos, g.ExceptionsPos = nil, nil
		if !reflect.DeepEqual(w, g) {
			t.Errorf("%s: entry %d\n got %+v\nwant %+v", what, i, g, w)
		}
	}
	if got.Scheme != want.Scheme {
		t.Errorf("%s: scheme %q, want %q", what, got.Scheme, want.Scheme)
	}
}

func TestYAMLRoundTrip(t *testing.T) {
	for _, g := range []*Glossary{loadTestdata(t, "full.yaml"), loadExample(t)} {
		var b bytes.Buffer
		if err := Write(&b, g); err != nil {
			t.Fatal(err)
		}
		back, err := Load("written.yaml", &b)
		if err != nil {
			t.Fatalf("%v\n%s", err, b.String())
		}
		sameEntries(t, "YAML→YAML", g, back)
	}
}

func TestTBXRoundTrip(t *testing.T) {
	for _, g := range []*Glossary{loadTestdata(t, "full.yaml"), loadExample(t)} {
		var b bytes.Buffer
		if err := WriteTBX(&b, g); err != nil {
			t.Fatal(err)
		}
		back, skipped, err := ReadTBX("written.tbx", &b, ImportOptions{})
		if err != nil || len(skipped) > 0 {
			t.Fatalf("%v %v", err, skipped)
		}
		sameEntries(t, "YAML→TBX→YAML", g, back)
	}
}

func TestCSVRoundTrip(t *testing.T) {
	for _, comma := range []rune{',', '\t'} {
		g := loadTestdata(t, "full.yaml")
		if comma == '\t' {
			// TSV cells hold no line breaks.
			g.Entry("shtykov").Note = strings.ReplaceAll(g.Entry("shtykov").Note, "\n", " ")
		}
		var b bytes.Buffer
		if err := WriteCSV(&b, g, comma); err != nil {
			t.Fatal(err)
		}
		back, err := ReadCSV("written", &b, 0)
		if err != nil {
			t.Fatal(err)
		}
		back.Scheme = g.Scheme // CSV has no place for the scheme
		sameEntries(t, "YAML→CSV→YAML "+string(comma), g, back)
	}
}

func TestReadCSVLayouts(t *testing.T) {
	const perRendering = "Russian;English;Status;Kind;Translit;Note\n" +
		"штормобоязнь;storm-fright;preferred;term;shtormoboiazn';слово портовиков\n" +
		"штормобоязнь;storm phobia;deprecated;;;\n" +
		"Находка;Nakhodka;;place;;\n"
	g, err := ReadCSV("glossary.csv", strings.NewReader(perRendering), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entries) != 2 {
		t.Fatalf("%d entries", len(g.Entries))
	}
	e := g.Entries[0]
	if e.ID != "shtormoboiazn" || e.Translit != "shtormoboiazn'" || e.Note != "слово портовиков" ||
		len(e.Renderings) != 2 || e.Renderings[1].Status != Forbidden || g.Entries[1].Kind != Place {
		t.Errorf("entries %+v %+v", e, g.Entries[1])
	}

	bad := "ru\ten\tstatus\tcolour\nпричал\tpier\tbest\tred\n"
	_, err = ReadCSV("bad.tsv", strings.NewReader(bad), 0)
	if err == nil || !strings.HasPrefix(err.Error(), `bad.tsv:1:14: column 4: unknown column "colour"`) {
		t.Errorf("error %v", err)
	}
	bad = "ru\ten\tstatus\nпричал\tpier\tbest\n"
	_, err = ReadCSV("bad.tsv", strings.NewReader(bad), 0)
	if err == nil || !strings.HasPrefix(err.Error(), `bad.tsv:2:`) || !strings.Contains(err.Error(), `status "best"`) {
		t.Errorf("error %v", err)
	}
	if _, err := ReadCSV("none.csv", strings.NewReader("english\npier\n"), 0); err == nil || !strings.Contains(err.Error(), "no russian column") {
		t.Errorf("error %v", err)
	}
	// Two columns for one field: one would be dropped without a word.
	_, err = ReadCSV("dup.csv", strings.NewReader("russian,english,ru\nпричал,pier,пристань\n"), 0)
	if err == nil || !strings.HasPrefix(err.Error(), `dup.csv:1:17: column 3: "ru" repeats the russian column (column 1)`) {
		t.Errorf("error %v", err)
	}
	// Columns count characters, not bytes, after Cyrillic cells.
	_, err = ReadCSV("cyr.csv", strings.NewReader("russian,english,status\nпричал,pier,best\n"), 0)
	if err == nil || !strings.HasPrefix(err.Error(), `cyr.csv:2:13:`) {
		t.Errorf("error %v", err)
	}
}

func TestReadTBXSamples(t *testing.T) {
	tests := []struct {
		path        []string
		opts        ImportOptions
		entries     int
		first, term string
		rendering   string
	}{
		{[]string{"formats", "tbx", "Example_Astronomy_DCA_VALID.tbx"}, ImportOptions{Source: "en", Target: "es"}, 0, "", "", ""},
		{[]string{"formats", "tbx", "Example_Astronomy_DCT_VALID.tbx"}, ImportOptions{Source: "en", Target: "es"}, 0, "", "", ""},
		{[]string{"formats", "tbx", "legacy-ed3.0", "TBX-basic-sample.tbx"}, ImportOptions{Source: "en", Target: "fr"}, 0, "c5", "e-mail", "courriel"},
		{[]string{"formats", "tbx", "v2-samples", "weblate-cs.tbx"}, ImportOptions{Source: "en", Target: "cs"}, 4, "address-bar", "address bar", "adresní řádek"},
	}
	for _, tt := range tests {
		t.Run(tt.path[len(tt.path)-1], func(t *testing.T) {
			f, err := os.Open(sharedtest.Path(t, tt.path...))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			g, skipped, err := ReadTBX(f.Name(), f, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(g.Entries) == 0 {
				t.Fatalf("no entries (%d skipped)", len(skipped))
			}
			if tt.entries > 0 && len(g.Entries) != tt.entries {
				t.Errorf("%d entries, want %d", len(g.Entries), tt.entries)
			}
			for _, e := range g.Entries {
				if len(e.Russian) == 0 || e.ID == "" {
					t.Errorf("entry %+v", e)
				}
			}
			if tt.term != "" {
				e := g.Entries[0]
				if e.ID != tt.first || e.Russian[0] != tt.term || len(e.Renderings) == 0 || e.Renderings[0].Text != tt.rendering {
					t.Errorf("first entry %+v", e)
				}
			}
			// What was imported writes as a YAML glossary that loads.
			var b bytes.Buffer
			if err := Write(&b, g); err != nil {
				t.Fatal(err)
			}
			if _, err := Load("imported.yaml", &b); err != nil {
				t.Fatalf("%v\n%.2000s", err, b.String())
			}
			t.Logf("%d entries, %d skipped", len(g.Entries), len(skipped))
		})
	}
}

func TestReadTBXStatusesAndDefinitions(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, "formats", "tbx", "Example_Astronomy_DCA_VALID.tbx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, _, err := ReadTBX(f.Name(), f, ImportOptions{Source: "en", Target: "es"})
	if err != nil {
		t.Fatal(err)
	}
	defs, statuses := 0, map[Status]int{}
	for _, e := range g.Entries {
		if e.Definition != "" {
			defs++
		}
		for _, r := range e.Renderings {
			statuses[r.Status]++
		}
	}
	if defs == 0 || statuses[Preferred] == 0 {
		t.Errorf("%d definitions, statuses %v", defs, statuses)
	}
}

func TestReadTBXErrors(t *testing.T) {
	_, _, err := ReadTBX("x.tbx", strings.NewReader("<tbx>\n<text><body>\n<conceptEntry></body></tbx>"), ImportOptions{})
	if err == nil || !strings.HasPrefix(err.Error(), "x.tbx:3:") {
		t.Errorf("error %v", err)
	}
	_, _, err = ReadTBX("x.xml", strings.NewReader("<?xml version='1.0'?>\n<html/>"), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "not TBX") {
		t.Errorf("error %v", err)
	}
	g, skipped, err := ReadTBX("x.tbx", strings.NewReader(`<tbx><text><body><conceptEntry id="a"><langSec xml:lang="en"><termSec><term>pier</term></termSec></langSec></conceptEntry></body></text></tbx>`), ImportOptions{})
	if err != nil || len(g.Entries) != 0 || len(skipped) != 1 || !strings.Contains(skipped[0].Error(), `concept "a" skipped: no ru term`) {
		t.Errorf("%v %v %v", g, skipped, err)
	}
}

// TestWriteTBXValidates checks the export against the TBX v3 RelaxNG
// schemas with xmllint.
func TestWriteTBXValidates(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (apt-get install libxml2-utils): TBX schema validation skipped")
	}
	dir := sharedtest.Path(t, "formats", "tbx")
	tmp := t.TempDir()
	for _, name := range []string{"full.yaml", "example"} {
		g := loadExample(t)
		if name != "example" {
			g = loadTestdata(t, name)
		}
		out := filepath.Join(tmp, name+".tbx")
		var b bytes.Buffer
		if err := WriteTBX(&b, g); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, rng := range []string{"TBXcoreStructV03.rng", "TBXcoreStructV03_TBX-Basic_integrated.rng"} {
			cmd := exec.Command(xmllint, "--noout", "--relaxng", filepath.Join(dir, rng), out)
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("%s against %s: %v\n%s", name, rng, err, msg)
			}
		}
	}
}

func TestWriteGolden(t *testing.T) {
	g := loadTestdata(t, "full.yaml")
	g.File = "full.yaml"
	for _, c := range []struct {
		golden string
		write  func(*bytes.Buffer) error
	}{
		{"full.golden.yaml", func(b *bytes.Buffer) error { return Write(b, g) }},
		{"full.golden.tbx", func(b *bytes.Buffer) error { return WriteTBX(b, g) }},
		{"full.golden.csv", func(b *bytes.Buffer) error { return WriteCSV(b, g, ',') }},
		{"full.golden.tsv", func(b *bytes.Buffer) error { return WriteCSV(b, g, '\t') }},
	} {
		var b bytes.Buffer
		if err := c.write(&b); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", c.golden), b.Bytes())
	}
}

func FuzzReadTBX(f *testing.F) {
	g, err := LoadFile(filepath.Join("testdata", "full.yaml"))
	if err == nil {
		var b bytes.Buffer
		WriteTBX(&b, g)
		f.Add(b.String())
	}
	f.Add(`<martif><text><body><termEntry><langSet xml:lang="ru"><tig><term>причал</term></tig></langSet></termEntry></body></text></martif>`)
	f.Add(`<tbx><text><body><conceptEntry id="x"><note>sverka-gloss: </note><langSec xml:lang="ru"><termSec><term>я</term></termSec></langSec></conceptEntry></body></text></tbx>`)
	f.Fuzz(func(t *testing.T, s string) {
		g, _, err := ReadTBX("f.tbx", strings.NewReader(s), ImportOptions{})
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := WriteTBX(&b, g); err != nil {
			t.Fatal(err)
		}
		if _, _, err := ReadTBX("again.tbx", &b, ImportOptions{}); err != nil {
			t.Fatalf("re-reading the export: %v\n%s", err, b.String())
		}
	})
}

func FuzzReadCSV(f *testing.F) {
	f.Add("russian,english,status\nпричал,pier,preferred\nпричал,wharf,admitted\n")
	f.Add("ru\ten\tcase-sensitive\tgloss\nИнстанция\tInstantsia\trussian\ttranslation always Highest Authority\n")
	f.Add("id;russian;forms\n\"a;b\";Штыков;Штыкова | Штыкову\n")
	f.Fuzz(func(t *testing.T, s string) {
		g, err := ReadCSV("f.csv", strings.NewReader(s), 0)
		if err != nil {
			return
		}
		var b bytes.Buffer
		if err := WriteCSV(&b, g, ','); err != nil {
			t.Fatal(err)
		}
		back, err := ReadCSV("again.csv", &b, ',')
		if err != nil {
			t.Fatalf("re-reading the export: %v\n%s", err, b.String())
		}
		if len(back.Entries) > len(g.Entries) {
			t.Fatalf("%d entries, re-read %d", len(g.Entries), len(back.Entries))
		}
	})
}
