package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/golden"
)

const (
	exportRU    = "testdata/export/ru.txt"
	exportEN    = "testdata/export/en.txt"
	exportLinks = "testdata/export/doc.links"
)

// TestExportStoredAlignment exports with a stored alignment, so that the
// output depends on the reader and the writers, not the aligner.
func TestExportStoredAlignment(t *testing.T) {
	code, out, errs := runSverka(t, "", "export", "--format", "tsv", "--alignment", exportLinks, exportRU, exportEN)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	golden.Check(t, "testdata/export/doc.tsv", out)
}

func TestExportFormats(t *testing.T) {
	tests := []struct {
		format string
		want   []string
		not    []string
	}{
		{"html", []string{`<!DOCTYPE html>`, `id="d1"`, `id="d1-l7"`, `id="d1-s-1"`, `id="d1-t-6"`, `&lt;script&gt;alert(1)&lt;/script&gt;`, `Из Хабаровска`, `flag-omission`}, []string{"<script>alert(1)"}},
		{"tei", []string{`<TEI xmlns="http://www.tei-c.org/ns/1.0">`, `<s xml:id="d1-s-5">`, `<linkGrp type="translation"`, `target="#d1-s-1 #d1-t-1"`, `&lt;script&gt;`}, []string{"<script>"}},
		{"tmx", []string{`<tmx version="1.4">`, `segtype="sentence"`, `srclang="ru"`, `<tuv xml:lang="en"><seg>From Khabarovsk</seg></tuv>`}, []string{"Из-за гололеда"}},
		{"xces", []string{`<cesAlign version="1.0">`, `xtargets="s5;"`, `certainty="0.700"`}, nil},
		{"md", []string{`| # | Русский | English |`, `signal company \| &lt;script&gt;`, `⚠ omission`}, []string{"<script>"}},
		{"tsv", []string{"document\tlink\t", "Из-за гололеда работы идут медленно.\t\t0.70\tomission"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			code, out, errs := runSverka(t, "", "export", "--format", tt.format, "--alignment", exportLinks, exportRU, exportEN)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(out, n) {
					t.Errorf("output has %q", n)
				}
			}
		})
	}
}

func TestExportKeepEmpty(t *testing.T) {
	_, out, _ := runSverka(t, "", "export", "--format", "tmx", "--keep-empty", "--alignment", exportLinks, exportRU, exportEN)
	if !strings.Contains(out, "Из-за гололеда") || !strings.Contains(out, `<prop type="x-flags">omission low-confidence</prop>`) {
		t.Errorf("--keep-empty left the omission out:\n%s", out)
	}
}

func TestExportToFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "edition.html")
	code, out, errs := runSverka(t, "", "export", "-o", path, "--alignment", exportLinks, exportRU, exportEN)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if out != "" {
		t.Errorf("stdout not empty with -o: %q", out)
	}
	if !strings.Contains(errs, "wrote "+path+" (1 document(s), 7 links, 1 flagged)") {
		t.Errorf("stderr does not say where the file is: %q", errs)
	}
	b, err := os.ReadFile(path)
	if err != nil || !bytes.Contains(b, []byte("</html>")) {
		t.Errorf("file not written whole: %v", err)
	}
}

// TestExportAligns exports without a stored alignment: whatever the
// aligner does, every sentence of both sides appears exactly once.
func TestExportAligns(t *testing.T) {
	code, out, errs := runSverka(t, "", "export", "--format", "tsv", exportRU, exportEN)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, s := range []string{"Докладываю о прибытии эшелона с цементом в Находку.", "KOZLOV", "Из-за гололеда работы идут медленно."} {
		if strings.Count(out, s) != 1 {
			t.Errorf("%q appears %d times, want once:\n%s", s, strings.Count(out, s), out)
		}
	}
}

func TestExportErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"one arg", []string{"export", exportRU}, 2, "want SOURCE and TARGET, or none"},
		{"no sverka.yaml", []string{"export", "--config", "testdata/export/none.yaml"}, 2, "testdata/export/none.yaml"},
		{"unknown format", []string{"export", "--format", "pdf", exportRU, exportEN}, 2, `--format "pdf": want html, tei, tmx, xliff, xces, tsv or md`},
		{"missing file", []string{"export", exportRU, "testdata/export/none.txt"}, 2, "testdata/export/none.txt"},
		{"missing document", []string{"export", exportRU, exportEN + "#7"}, 2, `no document "7"`},
		{"empty document id", []string{"export", exportRU, exportEN + "#"}, 2, "testdata/export/en.txt#: empty document id"},
		{"bad alignment", []string{"export", "--alignment", "testdata/export/bad.links", exportRU, exportEN}, 2, `testdata/export/bad.links:2: bad sentence id "one"`},
		{"alignment out of range", []string{"export", "--alignment", "testdata/export/far.links", exportRU, exportEN}, 2, "testdata/export/far.links: does not fit"},
		{"links file lost a line", []string{"export", "--alignment", "testdata/export/short.links", exportRU, exportEN}, 2, "testdata/export/short.links: does not fit testdata/export/ru.txt and testdata/export/en.txt: document pair \"1\": link 4: source sentence 4 is in no link"},
		{"links file uses a sentence twice", []string{"export", "--alignment", "testdata/export/twice.links", exportRU, exportEN}, 2, "testdata/export/twice.links: does not fit testdata/export/ru.txt and testdata/export/en.txt: document pair \"1\": link 3: target sentence 2 is used twice"},
		{"missing glossary", []string{"export", "--glossary", "testdata/export/none.yaml", exportRU, exportEN}, 2, "testdata/export/none.yaml"},
		{"source language not a tag", []string{"export", "--format", "tmx", "--source-lang", "x y", exportRU, exportEN}, 2, `--source-lang "x y" is not a language tag`},
		{"target language not a tag", []string{"export", "--format", "tmx", "--target-lang", "английский", exportRU, exportEN}, 2, `--target-lang "английский" is not a language tag`},
		{"output folder missing", []string{"export", "-o", "testdata/export/nod/x.html", exportRU, exportEN}, 2, "the folder testdata/export/nod does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runSverka(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if !strings.Contains(errs, tt.want) {
				t.Errorf("stderr %q lacks %q", errs, tt.want)
			}
			if out != "" {
				t.Errorf("stdout not empty: %q", out)
			}
		})
	}
}

// TestExportEdition exports the example edition from its sverka.yaml:
// both documents, aligned, with the terms of the glossary it names marked.
func TestExportEdition(t *testing.T) {
	code, out, errs := runSverka(t, "", "export", "--format", "html", "--config", "../../examples/telegrams/sverka.yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// the example's planted errors are check findings, marked
	for _, want := range []string{`<section class="doc" id="d1">`, `<section class="doc" id="d2">`, `class="term"`, `signed NO`, "Инстанция",
		`finding finding-error`, `role="tooltip" id="tip-f`, `">error term-forbidden: `, `<mark class="finding">check finding</mark>`} {
		if !strings.Contains(out, want) {
			t.Errorf("the edition's HTML lacks %q", want)
		}
	}
}

// TestExportEditionStoredAlignment: a pair whose stored alignment exists
// is exported from it, not realigned.
func TestExportEditionStoredAlignment(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"ru.txt", "en.txt", "doc.links"} {
		b, err := os.ReadFile(filepath.Join("testdata/export", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := "pairs:\n  - {source: ru.txt, target: en.txt, alignment: doc.links}\n"
	if err := os.WriteFile(filepath.Join(dir, "sverka.yaml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runSverka(t, "", "export", "--format", "tsv", "--config", filepath.Join(dir, "sverka.yaml"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want, err := os.ReadFile("testdata/export/doc.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Errorf("edition export from the stored alignment differs from doc.tsv:\n%s", out)
	}
}

// TestExportReadsAlignOutput: what sverka align writes (JSON and links),
// export reads back as a stored alignment, with the same result as
// aligning anew.
func TestExportReadsAlignOutput(t *testing.T) {
	dir := t.TempDir()
	code, direct, errs := runSverka(t, "", "export", "--format", "tsv", exportRU, exportEN)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	for _, format := range []string{"json", "links"} {
		stored := filepath.Join(dir, "doc."+format)
		if code, _, errs := runSverka(t, "", "align", "--format", format, "-o", stored, exportRU, exportEN); code != 0 {
			t.Fatalf("align --format %s: exit %d: %s", format, code, errs)
		}
		code, out, errs := runSverka(t, "", "export", "--format", "tsv", "--alignment", stored, exportRU, exportEN)
		if code != 0 {
			t.Fatalf("export --alignment %s: exit %d: %s", stored, code, errs)
		}
		if format == "json" && out != direct {
			t.Errorf("export from align's JSON differs from aligning anew:\n%s\nwant:\n%s", out, direct)
		}
		if strings.Count(out, "\n") != strings.Count(direct, "\n") {
			t.Errorf("export from align's %s has %d lines, want %d", format, strings.Count(out, "\n"), strings.Count(direct, "\n"))
		}
	}
}

// TestExportRefusesAnotherPairsAlignment: a JSON alignment records its
// files and documents; applying doc2's alignment to doc1 is refused (it
// used to drop half the sentences and exit 0).
func TestExportRefusesAnotherPairsAlignment(t *testing.T) {
	ex := filepath.Join("..", "..", "examples", "telegrams")
	d2 := filepath.Join(t.TempDir(), "d2.json")
	if code, _, errs := runSverka(t, "", "align", "--format", "json", "-o", d2, filepath.Join(ex, "ru", "doc2.txt"), filepath.Join(ex, "en.txt")+"#2"); code != 0 {
		t.Fatalf("align: exit %d: %s", code, errs)
	}
	tests := []struct {
		name     string
		src, tgt string
		code     int
		want     string
	}{
		{"another pair", filepath.Join(ex, "ru", "doc1.txt"), filepath.Join(ex, "en.txt") + "#1", 2, "its source is ../../examples/telegrams/ru/doc2.txt#1, not ../../examples/telegrams/ru/doc1.txt#1"},
		{"another target document", filepath.Join(ex, "ru", "doc2.txt"), filepath.Join(ex, "en.txt") + "#1", 2, "its target is ../../examples/telegrams/en.txt#2, not ../../examples/telegrams/en.txt#1"},
		{"its own pair", filepath.Join(ex, "ru", "doc2.txt"), filepath.Join(ex, "en.txt") + "#2", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runSverka(t, "", "export", "--format", "tsv", "--alignment", d2, tt.src, tt.tgt)
			if code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, errs)
			}
			if tt.code != 0 {
				if !strings.Contains(errs, d2+": ") || !strings.Contains(errs, tt.want) {
					t.Errorf("stderr %q lacks the alignment file or %q", errs, tt.want)
				}
				if out != "" {
					t.Errorf("stdout not empty: %q", out)
				}
			}
		})
	}
}

// TestExportUnscoredLinks: links read without a score have no confidence
// in the exports (not 1.00), unless an editor confirmed them.
func TestExportUnscoredLinks(t *testing.T) {
	links := filepath.Join(t.TempDir(), "doc.links")
	if err := os.WriteFile(links, []byte("[0]:[0]:confirmed\n[1]:[1]\n[2]:[2]\n[3]:[3]:0.9\n[4]:[]:0.7\n[5]:[4]:0.8\n[6]:[5]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runSverka(t, "", "export", "--format", "tsv", "--alignment", links, exportRU, exportEN)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"\tFrom Khabarovsk\t1.00\t", "\tInstantsia [Highest Authority]\t\t", "[of dockers - NO].\t0.90\t"} {
		if !strings.Contains(out, want) {
			t.Errorf("TSV lacks %q:\n%s", want, out)
		}
	}
	code, out, errs = runSverka(t, "", "export", "--format", "tmx", "--alignment", links, exportRU, exportEN)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// The confirmed link and the two scored ones with both sides (TMX
	// leaves the omission out).
	if n := strings.Count(out, `type="x-confidence"`); n != 3 {
		t.Errorf("%d x-confidence props, want 3:\n%s", n, out)
	}
}

// TestExportWritesNoAbsolutePaths: with an absolute --config, the files
// named in HTML positions, TEI sourceDesc and XCES fromDoc/toDoc are
// relative to the edition's folder; a pair given by absolute paths is named
// relative to the working directory.
func TestExportWritesNoAbsolutePaths(t *testing.T) {
	dir := copyTree(t, filepath.Join("..", "..", "examples", "telegrams"))
	config, err := filepath.Abs(filepath.Join(dir, "sverka.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ format, want string }{
		{"html", `data-pos="ru/doc1.txt:1:1"`},
		{"tei", ": ru/doc1.txt and en.txt</p>"},
		{"xces", `fromDoc="ru/doc1.txt#1" toDoc="en.txt#1"`},
	} {
		code, out, errs := runSverka(t, "", "export", "--format", tt.format, "--config", config)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.format, code, errs)
		}
		if strings.Contains(out, dir) {
			t.Errorf("%s: the output names the absolute folder %s", tt.format, dir)
		}
		if !strings.Contains(out, tt.want) {
			t.Errorf("%s: the output lacks %s", tt.format, tt.want)
		}
	}
	t.Chdir(dir)
	code, out, errs := runSverka(t, "", "export", "--format", "xces", filepath.Join(dir, "ru", "doc1.txt"), filepath.Join(dir, "en.txt")+"#1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `fromDoc="ru/doc1.txt#1" toDoc="en.txt#1"`) {
		t.Errorf("a pair of absolute paths is not named from the working directory:\n%s", out)
	}
}
