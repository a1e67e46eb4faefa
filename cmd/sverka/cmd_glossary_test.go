package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/glossary"
	"github.com/sverka/sverka/internal/golden"
	"github.com/sverka/sverka/internal/sharedtest"
)

var exampleGlossary = filepath.Join("..", "..", "examples", "telegrams", "glossary.yaml")

// runGlossaryCLI runs sverka and checks the exit status.
func runGlossaryCLI(t *testing.T, stdin string, status int, args ...string) (string, string) {
	t.Helper()
	sio, out, errb := newTestIO(stdin)
	if got := Main(args, sio); got != status {
		t.Fatalf("sverka %s: status %d, want %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), got, status, out, errb)
	}
	return out.String(), errb.String()
}

func TestGlossaryGolden(t *testing.T) {
	korea := filepath.Join("testdata", "glossary", "korea-1950.yaml")
	tests := []struct {
		golden string
		args   []string
	}{
		{"list.txt", []string{"glossary", "list", exampleGlossary}},
		{"list.json", []string{"glossary", "list", "--format", "json", exampleGlossary}},
		{"list-korea.txt", []string{"glossary", "list", korea}},
		{"export.tbx", []string{"glossary", "export", "--format", "tbx", exampleGlossary}},
		{"export.csv", []string{"glossary", "export", "--format", "csv", exampleGlossary}},
		{"export.tsv", []string{"glossary", "export", "--format", "tsv", exampleGlossary}},
		{"suggest.txt", []string{"glossary", "suggest", filepath.Join("..", "..", "examples", "telegrams", "en.txt"),
			filepath.Join("..", "..", "examples", "telegrams", "ru", "doc1.txt"), filepath.Join("..", "..", "examples", "telegrams", "ru", "doc2.txt")}},
		{"suggest-known.txt", []string{"glossary", "suggest", "--glossary", exampleGlossary, filepath.Join("..", "..", "examples", "telegrams", "en.txt")}},
		{"suggest.yaml", []string{"glossary", "suggest", "--format", "yaml", filepath.Join("..", "..", "examples", "telegrams", "ru", "doc1.txt")}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			out, _ := runGlossaryCLI(t, "", 0, tt.args...)
			golden.Check(t, filepath.Join("testdata", "glossary", tt.golden), out)
		})
	}
}

// TestGlossaryRoundTripCLI exports the example glossary and imports it back
// through files, as a user would, in every format.
func TestGlossaryRoundTripCLI(t *testing.T) {
	dir := t.TempDir()
	want, err := glossary.LoadFile(exampleGlossary)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"tbx", "csv", "tsv"} {
		exported := filepath.Join(dir, "g."+format)
		runGlossaryCLI(t, "", 0, "glossary", "export", "--format", format, exampleGlossary, "-o", exported)
		imported := filepath.Join(dir, format+".yaml")
		runGlossaryCLI(t, "", 0, "glossary", "import", exported, "-o", imported)
		got, err := glossary.LoadFile(imported)
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if len(got.Entries) != len(want.Entries) {
			t.Fatalf("%s: %d entries, want %d", format, len(got.Entries), len(want.Entries))
		}
		for i, e := range want.Entries {
			g := got.Entries[i]
			if g.ID != e.ID || g.Kind != e.Kind || len(g.Renderings) != len(e.Renderings) || g.Translit != e.Translit || g.Note != e.Note {
				t.Errorf("%s: entry %d: %+v, want %+v", format, i, g, e)
			}
		}
	}
	// From standard input, the content tells the format.
	tbx, err := os.ReadFile(filepath.Join(dir, "g.tbx"))
	if err != nil {
		t.Fatal(err)
	}
	out, _ := runGlossaryCLI(t, string(tbx), 0, "glossary", "import", "-")
	if !strings.Contains(out, "id: shtormoboiazn") {
		t.Errorf("import from stdin:\n%s", out)
	}
}

func TestGlossaryImportSamples(t *testing.T) {
	sample := sharedtest.Path(t, "formats", "tbx", "v2-samples", "weblate-cs.tbx")
	out, _ := runGlossaryCLI(t, "", 0, "glossary", "import", "--source-lang", "en", "--target-lang", "cs", sample)
	if !strings.Contains(out, "russian: [address bar]") || !strings.Contains(out, "adresní řádek") {
		t.Errorf("martif import:\n%s", out)
	}
	// Russian is the default source: nothing in a Czech glossary, an error.
	_, errOut := runGlossaryCLI(t, "", 2, "glossary", "import", sample)
	if !strings.Contains(errOut, "weblate-cs.tbx: no entries found") || !strings.Contains(errOut, "skipped: no ru term") || !strings.Contains(errOut, "weblate-cs.tbx:13:13: warning: concept skipped: no ru term") {
		t.Errorf("stderr: %s", errOut)
	}
}

func TestGlossaryErrors(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.yaml")
	if err := os.WriteFile(broken, []byte("entries:\n  - russian: причал\n    renderings:\n      - {text: pier, status: best}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	badCSV := filepath.Join(dir, "bad.csv")
	if err := os.WriteFile(badCSV, []byte("russian,english,colour\nпричал,pier,red\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args    []string
		status  int
		message string
	}{
		{[]string{"glossary", "list", broken}, 2, broken + `:4:30: status "best": want preferred, admitted or forbidden`},
		{[]string{"glossary", "export", "--format", "tbx", broken}, 2, broken + ":4:30:"},
		{[]string{"glossary", "list", "--format", "xml", exampleGlossary}, 2, `--format "xml"`},
		{[]string{"glossary", "export", "--format", "xlsx", exampleGlossary}, 2, `--format "xlsx"`},
		{[]string{"glossary", "list", filepath.Join(dir, "none.yaml")}, 2, "no such file"},
		{[]string{"glossary", "import", badCSV}, 2, badCSV + `:1:17: column 3: unknown column "colour"`},
		{[]string{"glossary", "import", exampleGlossary, "--format", "tbx"}, 2, "XML"},
		{[]string{"glossary"}, 2, "name a subcommand"},
		{[]string{"glossary", "suggest", "--format", "csv", exampleGlossary}, 2, `--format "csv"`},
		{[]string{"glossary", "suggest", "--glossary", broken, exampleGlossary}, 2, broken + ":4:30:"},
	}
	for _, tt := range tests {
		_, errOut := runGlossaryCLI(t, "", tt.status, tt.args...)
		if !strings.Contains(errOut, tt.message) {
			t.Errorf("sverka %s: stderr %q, want it to contain %q", strings.Join(tt.args, " "), errOut, tt.message)
		}
	}
}

// TestGlossaryImportKeepsFileOnError checks that a failed import leaves the
// output file as it was.
func TestGlossaryImportKeepsFileOnError(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "glossary.yaml")
	if err := os.WriteFile(out, []byte("# правки редактора\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.tbx")
	if err := os.WriteFile(bad, []byte("<tbx><text>"), 0o644); err != nil {
		t.Fatal(err)
	}
	runGlossaryCLI(t, "", 2, "glossary", "import", bad, "-o", out)
	if b, _ := os.ReadFile(out); string(b) != "# правки редактора\n" {
		t.Errorf("output file changed: %q", b)
	}
}

// TestGlossaryImportRefusesToReplace: an existing glossary (edited by hand
// since the last import, perhaps) is replaced only with --force.
func TestGlossaryImportRefusesToReplace(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "glossary.yaml")
	const edited = "# правки редактора\nentries:\n  - russian: [причал]\n    renderings: [pier]\n"
	if err := os.WriteFile(out, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	csv := filepath.Join(dir, "terms.csv")
	if err := os.WriteFile(csv, []byte("russian,english\nпристань,wharf\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs := runGlossaryCLI(t, "", 2, "glossary", "import", csv, "-o", out)
	if !strings.Contains(errs, "exists") || !strings.Contains(errs, "--force") {
		t.Errorf("stderr %q", errs)
	}
	if b, _ := os.ReadFile(out); string(b) != edited {
		t.Errorf("output file changed: %q", b)
	}
	runGlossaryCLI(t, "", 0, "glossary", "import", "--force", csv, "-o", out)
	if b, _ := os.ReadFile(out); !strings.Contains(string(b), "пристань") {
		t.Errorf("not replaced with --force: %q", b)
	}
}

// TestGlossaryImportEncoding: --encoding names what detection cannot tell,
// and the error for such a file names the option.
func TestGlossaryImportEncoding(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "terms.csv")
	// "причал" in UTF-16LE without a byte order mark.
	data := []byte{}
	for _, r := range "russian,english\nпричал,pier\n" {
		data = append(data, byte(r), byte(r>>8))
	}
	if err := os.WriteFile(csv, data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs := runGlossaryCLI(t, "", 2, "glossary", "import", csv)
	if !strings.Contains(errs, "terms.csv:1:") || !strings.Contains(errs, "--encoding utf-16le") {
		t.Errorf("stderr %q", errs)
	}
	out, _ := runGlossaryCLI(t, "", 0, "glossary", "import", "--encoding", "utf-16le", csv)
	if !strings.Contains(out, "причал") {
		t.Errorf("stdout %q", out)
	}
}

// TestGlossaryEditionDefault: list and suggest with no arguments use the
// edition of the sverka.yaml found here or above, as check does; the
// suggestions written as YAML load.
func TestGlossaryEditionDefault(t *testing.T) {
	dir := copyTree(t, filepath.Join("..", "..", "examples", "telegrams"))
	// A glossary without Инстанция, so that it is suggested.
	if err := os.WriteFile(filepath.Join(dir, "glossary.yaml"), []byte("entries:\n  - russian: [штормобоязнь]\n    renderings: [storm-fright]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(dir, "ru"))
	out, _ := runGlossaryCLI(t, "", 0, "glossary", "list")
	if !strings.Contains(out, "штормобоязнь") {
		t.Errorf("list: %q", out)
	}
	out, _ = runGlossaryCLI(t, "", 0, "glossary", "suggest", "--format", "yaml")
	g, err := glossary.Load("suggested.yaml", strings.NewReader(out))
	if err != nil {
		t.Fatalf("suggestions do not load: %v\n%s", err, out)
	}
	found := false
	for _, e := range g.Entries {
		if e.ID == "shtormoboiazn" {
			t.Errorf("suggested what the glossary has: %+v", e)
		}
		if len(e.Russian) > 0 && e.Russian[0] == "Инстанция" {
			found = true
		}
	}
	if !found {
		t.Errorf("Инстанция not suggested with its Russian:\n%s", out)
	}
	t.Chdir(t.TempDir())
	_, errs := runGlossaryCLI(t, "", 2, "glossary", "list")
	if !strings.Contains(errs, "sverka.yaml") {
		t.Errorf("no edition: %q", errs)
	}
}

// TestGlossaryImportNoEntries: an import that finds no entries is an error
// naming the file, and the glossary already there is kept.
func TestGlossaryImportNoEntries(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "glossary.yaml")
	const edited = "entries:\n  - russian: [причал]\n    renderings: [pier]\n"
	if err := os.WriteFile(out, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "e.tsv")
	if err := os.WriteFile(empty, []byte("russian\tenglish\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs := runGlossaryCLI(t, "", 2, "glossary", "import", "--force", empty, "-o", out)
	if !strings.Contains(errs, empty) || !strings.Contains(errs, "no entries") {
		t.Errorf("stderr %q, want the file and \"no entries\"", errs)
	}
	if b, _ := os.ReadFile(out); string(b) != edited {
		t.Errorf("output file changed: %q", b)
	}
}

// TestGlossaryListEmptyFile: an empty glossary is bad input, exit 2.
func TestGlossaryListEmptyFile(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(empty, []byte("\n  \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errs := runGlossaryCLI(t, "", 2, "glossary", "list", empty)
	if !strings.Contains(errs, empty+":1:1: empty glossary") {
		t.Errorf("stderr %q", errs)
	}
}
