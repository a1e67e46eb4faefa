package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/internal/golden"
	"github.com/sverka/sverka/internal/sharedtest"
)

const (
	ruFixture = "testdata/align/ru.txt"
	enFixture = "testdata/align/en.txt"
)

func TestAlignFormatsGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"ru-en.links", []string{"--scores"}},
		{"ru-en.tsv", []string{"--format", "tsv"}},
		{"ru-en.json", []string{"--format", "json"}},
		{"ru-en.xces", []string{"--format", "xces"}},
		{"two-docs.links", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			src, tgt := ruFixture, enFixture
			if strings.HasPrefix(c.name, "two-docs") {
				src, tgt = "testdata/align/ru-two.txt", "testdata/align/en-two.txt"
			}
			args := append([]string{"align"}, c.args...)
			code, out, errs := runSverka(t, "", append(args, src, tgt)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden.Check(t, filepath.Join("testdata", "align", "golden", c.name), out)
		})
	}
}

// The example edition shipped in the repository, read as an editor: the
// sentence the translation leaves out ("Работы ведутся в две смены.") is a
// flagged 1-0 link, everything else pairs 1-1.
func TestAlignExampleEditionGolden(t *testing.T) {
	for _, n := range []string{"1", "2"} {
		code, out, errs := runSverka(t, "", "align", "--format", "tsv", "../../examples/telegrams/ru/doc"+n+".txt", "../../examples/telegrams/en.txt#"+n)
		if code != 0 {
			t.Fatalf("doc %s: exit %d: %s", n, code, errs)
		}
		golden.Check(t, filepath.Join("testdata", "align", "golden", "example-doc"+n+".tsv"), out)
	}
}

// What an editor expects of the fixture: the title never paired, the
// signature left out by the translation flagged, the rest 1-1.
func TestAlignFixtureAsAnEditor(t *testing.T) {
	code, out, errs := runSverka(t, "", "align", ruFixture, enFixture)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := `[0]:[0]
[1]:[1]
[2]:[2]
[3]:[3]
[4]:[4]
[5]:[5]
[6]:[6]
[7]:[7]
[8]:[8]
[9]:[]
[10]:[9]
[11]:[10]
`
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	code, out, _ = runSverka(t, "", "align", "--format", "tsv", ruFixture, enFixture)
	if code != 0 || !strings.Contains(out, "СЕМЁНОВ\t\t") || !strings.Contains(out, "omission") {
		t.Errorf("the omitted signature is not flagged:\n%s", out)
	}
}

func TestAlignLinesAndOutputFile(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "ru.txt")
	tgt := filepath.Join(dir, "en.txt")
	os.WriteFile(src, []byte("Из Пхеньяна.\nДокладываю обстановку на 26.9.50.\nШТЫКОВ\n"), 0o644)
	os.WriteFile(tgt, []byte("From Pyongyang.\nI report the situation as of 26.9.50.\nIt is grave.\nSHTYKOV\n"), 0o644)
	outFile := filepath.Join(dir, "out.links")
	os.WriteFile(outFile, []byte("old"), 0o600)
	code, out, errs := runSverka(t, "", "align", "--split", "lines", "-o", outFile, src, tgt)
	if code != 0 || out != "" {
		t.Fatalf("exit %d, stdout %q: %s", code, out, errs)
	}
	b, _ := os.ReadFile(outFile)
	links, err := align.ReadLinks(outFile, bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if len(links) < 3 || links[0].Target[0] != 0 || links[len(links)-1].Source[0] != 2 || links[len(links)-1].Target[0] != 3 {
		t.Errorf("unexpected links %q", b)
	}
	if fi, _ := os.Stat(outFile); fi.Mode().Perm() != 0o600 {
		t.Errorf("output file mode %v, want the old file's 0600", fi.Mode().Perm())
	}
}

// Realigning with --keep keeps the editor's confirmed links, even one the
// aligner would not make.
func TestAlignKeep(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "a.json")
	if code, _, errs := runSverka(t, "", "align", "--format", "json", "-o", first, ruFixture, enFixture); code != 0 {
		t.Fatal(errs)
	}
	var f align.AlignmentFile
	b, _ := os.ReadFile(first)
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	// The editor decides the signature goes with the number line.
	links := f.Bitexts[0].Links
	var edited []align.Link
	for _, l := range links {
		switch {
		case len(l.Source) == 1 && l.Source[0] == 9:
			continue
		case len(l.Source) == 1 && l.Source[0] == 10:
			l.Source = []int{9, 10}
			l.Confirmed = true
		case len(l.Source) == 1 && l.Source[0] == 4:
			l.Confirmed = true
		}
		edited = append(edited, l)
	}
	f.Bitexts[0].Links = edited
	b, _ = json.Marshal(f)
	os.WriteFile(first, b, 0o644)
	for _, format := range []string{"json", "links"} {
		code, out, errs := runSverka(t, "", "align", "--keep", first, "--format", format, ruFixture, enFixture)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		bs, err := align.ReadAlignment("out", strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		confirmed := map[string]bool{}
		for _, l := range bs[0].Links {
			if l.Confirmed {
				confirmed[align.FormatIDs(l.Source)+":"+align.FormatIDs(l.Target)] = true
			}
		}
		for _, want := range []string{"[9, 10]:[9]", "[4]:[4]"} {
			if !confirmed[want] {
				t.Errorf("%s: confirmed link %s lost:\n%s", format, want, out)
			}
		}
		if format == "links" && !strings.Contains(out, "[9, 10]:[9]:confirmed") {
			t.Errorf("confirmed mark lost:\n%s", out)
		}
		// The links format carries the marks too: keep from it.
		if format == "links" {
			kept := filepath.Join(dir, "k.links")
			os.WriteFile(kept, []byte(out), 0o644)
			code, out2, errs := runSverka(t, "", "align", "--keep", kept, ruFixture, enFixture)
			if code != 0 || out2 != out {
				t.Errorf("keep from links: exit %d %s\n%s\nwant\n%s", code, errs, out2, out)
			}
		}
	}
}

func TestAlignDictAndGlossary(t *testing.T) {
	code, out, errs := runSverka(t, "", "align", "--dict", "testdata/align/dict.txt", "--glossary", "testdata/align/glossary.yaml", ruFixture, enFixture)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "[5]:[5]") {
		t.Errorf("got\n%s", out)
	}
}

func TestAlignErrors(t *testing.T) {
	dir := t.TempDir()
	badDict := filepath.Join(dir, "bad.dict")
	os.WriteFile(badDict, []byte("сталь\tsteel\nno separator here\n"), 0o644)
	wideDict := filepath.Join(dir, "wide.dict")
	os.WriteFile(wideDict, []byte("# русский\tанглийский\nуголь\tcoal\tсущ.\n"), 0o644)
	badKeep := filepath.Join(dir, "bad.links")
	os.WriteFile(badKeep, []byte("[0]:[0]:confirmed\n[1:[1]\n"), 0o644)
	farKeep := filepath.Join(dir, "far.links")
	os.WriteFile(farKeep, []byte("[0]:[99]:confirmed\n"), 0o644)
	keepFile := func(name, text string) string {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(text), 0o644)
		return path
	}
	skipKeep := keepFile("skip.links", "[0]:[0]:confirmed\n[1, 3]:[2]:confirmed\n")
	backKeep := keepFile("back.links", "[3, 1]:[2]:confirmed\n")
	crossKeep := keepFile("cross.links", "[0]:[3]:confirmed\n\n[2]:[1]:confirmed\n")
	dupKeep := keepFile("dup.links", "[0]:[0]:confirmed\n[0]:[1]:confirmed\n")
	brokenJSON := keepFile("broken.json", "{\n  \"format\": \"sverka-alignment\",\n  \"bitexts\": [,]\n}\n")
	otherDoc := keepFile("doc5.links", "# 5 5\n[0]:[0]:confirmed\n")
	otherFile := keepFile("doc5.json", `{"format": "sverka-alignment", "version": 1, "bitexts": [{
  "source": {"file": "ru/doc5.txt", "sentences": []}, "target": {"file": "en.txt", "sentences": []},
  "links": [{"source": [0], "target": [0], "confidence": 1, "confirmed": true}]}]}`)
	futureKeep := keepFile("future.json", `{"format": "sverka-alignment", "version": 99, "bitexts": [{
  "source": {"file": "ru.txt", "sentences": []}, "target": {"file": "en.txt", "sentences": []},
  "links": [{"source": [0], "target": [0], "confidence": 1, "confirmed": true}]}]}`)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"align", ruFixture}, 2, "want SOURCE and TARGET"},
		{[]string{"align", "--keep", futureKeep, ruFixture, enFixture}, 2, "future.json: sverka-alignment version 99 is not one this sverka reads"},
		{[]string{"align", "--keep", skipKeep, ruFixture, enFixture}, 2, "skip.links:2: confirmed link [1, 3]:[2]" + fromZero + ": source sentences [1, 3] are not consecutive"},
		{[]string{"align", "--keep", backKeep, ruFixture, enFixture}, 2, "back.links:1: confirmed link [3, 1]:[2]"},
		{[]string{"align", "--keep", crossKeep, ruFixture, enFixture}, 2, "cross.links:3: confirmed link [2]:[1]" + fromZero + ": crosses kept link [0]:[3]"},
		{[]string{"align", "--keep", dupKeep, ruFixture, enFixture}, 2, "dup.links:2: confirmed link [0]:[1]" + fromZero + ": source sentence 1 is in two"},
		{[]string{"align", "--keep", farKeep, ruFixture, enFixture}, 2, "far.links:1: confirmed link [0]:[99]" + fromZero + " names target sentence 100"},
		{[]string{"align", "--keep", brokenJSON, ruFixture, enFixture}, 2, "broken.json:3:15:"},
		{[]string{"align", "--keep", otherDoc, ruFixture, enFixture}, 2, "for source document 5"},
		{[]string{"align", "--keep", otherFile, ruFixture, enFixture}, 2, "for source file ru/doc5.txt, not " + ruFixture},
		{[]string{"align", "--format", "pdf", ruFixture, enFixture}, 2, "--format"},
		{[]string{"align", "--split", "words", ruFixture, enFixture}, 2, "--split"},
		{[]string{"align", "--max-link", "0", ruFixture, enFixture}, 2, "--max-link"},
		{[]string{"align", "testdata/align/none.txt", enFixture}, 2, "none.txt"},
		{[]string{"align", "--dict", badDict, ruFixture, enFixture}, 2, "bad.dict:2:"},
		{[]string{"align", "--dict", wideDict, ruFixture, enFixture}, 2, "wide.dict:2: 3 tab-separated columns"},
		{[]string{"align", "--glossary", "-", "-", enFixture}, 2, "cannot both read standard input"},
		{[]string{"align", "--keep", badKeep, ruFixture, enFixture}, 2, "bad.links:2:"},
		{[]string{"align", "testdata/align/ru-two.txt", enFixture}, 2, "FILE#ID"},
		{[]string{"align", ruFixture, enFixture + "#7"}, 2, "no document"},
		{[]string{"align", ruFixture, enFixture + "#"}, 2, "empty document id"},
		{[]string{"align", "--split", "lines", ruFixture, enFixture + "#1"}, 2, "does not apply with --split lines"},
	} {
		code, _, errs := runSverka(t, "", c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errs, c.code, c.want)
		}
	}
}

func TestAlignHelp(t *testing.T) {
	code, out, _ := runSverka(t, "", "align", "--help")
	if code != 0 || !strings.Contains(out, "Exit status") || !strings.Contains(out, "sverka align") {
		t.Errorf("help lacks an example or the exit statuses:\n%s", out)
	}
}

// The reference edition: every link of the six documents read once by an
// editor; this guards what was checked.
func TestAlignKoreaEdition(t *testing.T) {
	seed := sharedtest.Path(t, "seeds", "000_cd92320a92b46101.txt")
	for _, c := range []struct {
		doc      string
		contains []string
	}{
		{"1", []string{"№ 1172сс\tNo. 1172cc\t", "ВАСИЛЕВСКИЙ\t\t"}},
		{"3", []string{"ФЫН СИ\t\t", "АПРФ. Ф. 3. Оп. 65. Д. 827. Л. 90–93.\t[Source: APRF"}},
		{"6", []string{"МИД СССР\tTo Ministry of Foreign Affairs of the USSR\t", "ШТЫКОВ\t\t"}},
	} {
		ru := sharedtest.Path(t, "corpus", "korea-1950", "ru", "doc"+c.doc+".txt")
		code, out, errs := runSverka(t, "", "align", "--format", "tsv", ru, seed+"#"+c.doc)
		if code != 0 {
			t.Fatalf("doc %s: exit %d: %s", c.doc, code, errs)
		}
		for _, w := range c.contains {
			if !strings.Contains(out, w) {
				t.Errorf("doc %s: no %q in\n%s", c.doc, w, out)
			}
		}
		if strings.Contains(out, "Document "+c.doc+":") {
			t.Errorf("doc %s: the editorial title is paired:\n%s", c.doc, out)
		}
	}
}

// sverka align --split lines on Text+Berg, scored with sverka eval.
func TestAlignEvalTextBerg(t *testing.T) {
	dir := sharedtest.Path(t, "eval", "textberg-de-fr")
	tmp := t.TempDir()
	args := []string{"eval", "--format", "json"}
	for _, n := range []string{"test0", "test1", "test2", "test3", "test4", "test5", "test6"} {
		out := filepath.Join(tmp, n+".links")
		code, _, errs := runSverka(t, "", "align", "--split", "lines", "-o", out, filepath.Join(dir, n+".de"), filepath.Join(dir, n+".fr"))
		if code != 0 {
			t.Fatalf("%s: %s", n, errs)
		}
		args = append(args, "--gold", filepath.Join(dir, n+".defr"), "--test", out)
	}
	code, out, errs := runSverka(t, "", args...)
	if code != 0 {
		t.Fatalf("eval: %s", errs)
	}
	var r evalReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	t.Logf("Text+Berg test: strict F1 %.3f, lax F1 %.3f", r.Scores.StrictF1, r.Scores.LaxF1)
	if r.Scores.StrictF1 < 0.85 {
		t.Errorf("strict F1 %.3f, want at least 0.85", r.Scores.StrictF1)
	}
}

// A confirmed link whose sentence was edited after it was confirmed is kept,
// with a warning; a sentence only rewrapped is not a change.
func TestAlignKeepChangedText(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "keep.json")
	if code, _, errs := runSverka(t, "", "align", "--format", "json", "-o", keep, ruFixture, enFixture); code != 0 {
		t.Fatal(errs)
	}
	var f align.AlignmentFile
	b, _ := os.ReadFile(keep)
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	bt := &f.Bitexts[0]
	var changed, rewrapped align.Link
	for k, l := range bt.Links {
		if len(l.Source) != 1 || len(l.Target) == 0 {
			continue
		}
		switch l.Source[0] {
		case 4:
			// The text as it was when the editor confirmed the link.
			bt.Source.Sentences[4].Text = "1. В порту Ванино на 1 ноября выгружено 1200 т угля."
			changed = l
		case 5:
			s := &bt.Source.Sentences[5]
			s.Text = strings.Replace(s.Text, " ", "\n  ", 2) + " "
			rewrapped = l
		default:
			continue
		}
		bt.Links[k].Confirmed = true
	}
	if changed.Source == nil || rewrapped.Source == nil {
		t.Fatalf("no one-to-one links for source sentences 4 and 5 in %s", b)
	}
	b, _ = json.MarshalIndent(f, "", "  ")
	os.WriteFile(keep, b, 0o644)
	code, out, errs := runSverka(t, "", "align", "--keep", keep, ruFixture, enFixture)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	ids := func(l align.Link) string { return align.FormatIDs(l.Source) + ":" + align.FormatIDs(l.Target) }
	want := "keep.json:"
	if !strings.Contains(errs, want) || !strings.Contains(errs, ": confirmed link "+ids(changed)+fromZero+": source sentence 5 changed since it was confirmed\n") {
		t.Errorf("stderr %q lacks the warning about %s", errs, ids(changed))
	}
	if strings.Count(errs, "changed since") != 1 {
		t.Errorf("want one warning, got stderr %q", errs)
	}
	for _, l := range []align.Link{changed, rewrapped} {
		if !strings.Contains(out, ids(l)+":confirmed") {
			t.Errorf("confirmed link %s lost:\n%s", ids(l), out)
		}
	}
}
