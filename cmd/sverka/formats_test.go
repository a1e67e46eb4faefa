package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/docgen"
	"github.com/sverka/sverka/internal/sharedtest"
)

// A Russian document aligns against one document of the reference
// edition written as a Word file.
func TestAlignAgainstDOCX(t *testing.T) {
	shared := sharedtest.Dir(t)
	seed, err := os.ReadFile(filepath.Join(shared, "seeds", "000_cd92320a92b46101.txt"))
	if err != nil {
		t.Fatal(err)
	}
	docx, err := docgen.DOCX(string(seed))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	en := filepath.Join(dir, "en.docx")
	if err := os.WriteFile(en, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	txt := filepath.Join(dir, "en.txt")
	if err := os.WriteFile(txt, seed, 0o644); err != nil {
		t.Fatal(err)
	}
	ru := filepath.Join(shared, "corpus", "korea-1950", "ru", "doc4.txt")
	code, fromDOCX, stderr := runSverka(t, "", "align", ru, en+"#4")
	if code != 0 {
		t.Fatalf("align against .docx: exit %d: %s", code, stderr)
	}
	_, fromText, _ := runSverka(t, "", "align", ru, txt+"#4")
	if fromDOCX != fromText || strings.Count(fromDOCX, "\n") < 10 {
		t.Errorf("alignment against .docx:\n%s\nagainst the text file:\n%s", fromDOCX, fromText)
	}
}

// Word files bring their footnotes, comments and tracked changes; the
// positions count paragraphs; damaged or hostile files are refused with
// their name and exit status 2.
func TestReadWordFile(t *testing.T) {
	dir := t.TempDir()
	docx, err := docgen.DOCX("Document 1: Шифртелеграмма\n\nРаботы начаты{fn:По другим данным, 3 марта.} «2» марта.\nПричал{c:Проверить номер.} № 4 готов{ins: полностью}{del: частично}.\n")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "письмо.docx")
	if err := os.WriteFile(file, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runSverka(t, "", "segment", "--format", "tsv", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Работы начаты [По другим данным, 3 марта.] «2» марта.", "Причал [Comment: Проверить номер.] № 4 готов полностью."} {
		if !strings.Contains(out, want) {
			t.Errorf("segment output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(stderr, "письмо.docx: warning: tracked changes read as accepted (1 insertion, 1 deletion)") {
		t.Errorf("stderr = %q, want the tracked changes warning", stderr)
	}
	code, out, _ = runSverka(t, "", "notes", file)
	if code != 0 || !strings.Contains(out, "письмо.docx:3:15: ") || !strings.Contains(out, "[По другим данным, 3 марта.]") {
		t.Errorf("notes: exit %d:\n%s", code, out)
	}

	for name, data := range map[string]string{
		"cut.docx":   string(docx[:len(docx)/2]),
		"empty.docx": "PK\x05\x06" + strings.Repeat("\x00", 18),
		"report.pdf": "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
		"text.docx":  "Это не документ Word.\n",
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := runSverka(t, "", "segment", p)
		if code != 2 || !strings.Contains(stderr, name) {
			t.Errorf("%s: exit %d, stderr %q; want 2 naming the file", name, code, stderr)
		}
		if name == "report.pdf" && !strings.Contains(stderr, "pdftotext") {
			t.Errorf("%s: %q does not suggest pdftotext", name, stderr)
		}
	}
}

// An alignment written as cesAlign reads back wherever a links file does:
// eval gives the same scores, export takes it as --alignment and align
// keeps its confirmed links.
func TestCESAlignReadBack(t *testing.T) {
	dir := t.TempDir()
	ru, en := filepath.Join("..", "..", "examples", "telegrams", "ru", "doc1.txt"), filepath.Join("..", "..", "examples", "telegrams", "en.txt")
	files := map[string]string{}
	for _, f := range []struct{ name, format, maxLink string }{
		{"gold.links", "links", "3"}, {"gold.xml", "xces", "3"}, {"test.links", "links", "1"}, {"test.xml", "xces", "1"},
	} {
		p := filepath.Join(dir, f.name)
		if code, _, stderr := runSverka(t, "", "align", "--format", f.format, "--max-link", f.maxLink, "-o", p, ru, en+"#1"); code != 0 {
			t.Fatalf("align %s: exit %d: %s", f.name, code, stderr)
		}
		files[f.name] = p
	}
	_, fromLinks, stderr := runSverka(t, "", "eval", "--gold", files["gold.links"], "--test", files["test.links"])
	_, fromXCES, _ := runSverka(t, "", "eval", "--gold", files["gold.xml"], "--test", files["test.xml"])
	if fromLinks == "" || fromLinks != fromXCES {
		t.Errorf("eval on links:\n%s%s\neval on cesAlign:\n%s", fromLinks, stderr, fromXCES)
	}
	if code, out, stderr := runSverka(t, "", "export", "--format", "tsv", "--alignment", files["gold.xml"], ru, en+"#1"); code != 0 || !strings.Contains(out, "Из Владивостока\tFrom Vladivostok") {
		t.Errorf("export --alignment cesAlign: exit %d: %s%s", code, out, stderr)
	}
	// With --sentence-files, the sentences go beside the alignment and
	// fromDoc and toDoc name them.
	out := filepath.Join(dir, "ed.xml")
	if code, _, stderr := runSverka(t, "", "export", "--format", "xces", "--sentence-files", "-o", out, ru, en+"#1"); code != 0 {
		t.Fatalf("export --sentence-files: exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `fromDoc="ed.1.ru.xml" toDoc="ed.1.en.xml"`) {
		t.Errorf("alignment:\n%s", b)
	}
	s, err := os.ReadFile(filepath.Join(dir, "ed.1.en.xml"))
	if err != nil || !strings.Contains(string(s), `<s id="s1">From Vladivostok</s>`) {
		t.Errorf("sentence file: %v\n%s", err, s)
	}
	if code, _, stderr := runSverka(t, "", "export", "--format", "tmx", "--sentence-files", "-o", out, ru, en+"#1"); code != 2 || !strings.Contains(stderr, "--sentence-files goes with --format xces") {
		t.Errorf("--sentence-files with tmx: exit %d: %s", code, stderr)
	}
}

// A translation memory anchors the alignment where its units are the
// sentences word for word; the anchors are not an editor's confirmed
// links. sverka.yaml names one with tm:.
func TestAlignWithTM(t *testing.T) {
	dir := t.TempDir()
	ex := filepath.Join("..", "..", "examples", "telegrams")
	ru, en := filepath.Join(ex, "ru", "doc1.txt"), filepath.Join(ex, "en.txt")
	tmx := filepath.Join(dir, "memory.tmx")
	if code, _, stderr := runSverka(t, "", "export", "--format", "tmx", "-o", tmx, ru, en+"#1"); code != 0 {
		t.Fatalf("export tmx: exit %d: %s", code, stderr)
	}
	_, plain, _ := runSverka(t, "", "align", ru, en+"#1")
	code, withTM, stderr := runSverka(t, "", "align", "--tm", tmx, ru, en+"#1")
	if code != 0 || withTM != plain || strings.Contains(withTM, "confirmed") {
		t.Errorf("align --tm: exit %d %s\n%s\nwithout:\n%s", code, stderr, withTM, plain)
	}
	// An anchor the aligner would not find by itself is kept.
	lru, len_, ltm := filepath.Join(dir, "ru.txt"), filepath.Join(dir, "en.txt"), filepath.Join(dir, "odd.tmx")
	os.WriteFile(lru, []byte("Первая строка письма.\nВторая строка письма.\nТретья строка письма.\n"), 0o644)
	os.WriteFile(len_, []byte("The first line of the letter.\nThe second line of the letter.\nThe third line of the letter.\n"), 0o644)
	os.WriteFile(ltm, []byte(`<tmx version="1.4"><body><tu><tuv xml:lang="ru"><seg>Вторая строка письма.</seg></tuv><tuv xml:lang="en"><seg>The third line of the letter.</seg></tuv></tu></body></tmx>`), 0o644)
	_, lines, _ := runSverka(t, "", "align", "--split", "lines", lru, len_)
	code, anchored, stderr := runSverka(t, "", "align", "--split", "lines", "--tm", ltm, lru, len_)
	if code != 0 || strings.Contains(lines, "[1]:[2]") || !strings.Contains(anchored, "[1]:[2]\n") {
		t.Errorf("align --tm: exit %d %s\nwith the memory:\n%s\nwithout:\n%s", code, stderr, anchored, lines)
	}
	if code, _, stderr := runSverka(t, "", "align", "--tm", ru, ru, en+"#1"); code != 2 || !strings.Contains(stderr, "not a TMX file") {
		t.Errorf("align --tm with a text: exit %d: %s", code, stderr)
	}
}

// align of a whole edition says what the edition's texts warn of (a Word
// file's tracked changes), -q or not.
func TestAlignEditionWarnsOfTexts(t *testing.T) {
	dir := t.TempDir()
	docx, err := docgen.DOCX("Погрузка угля начата утром.\nБригада работала{ins: без перерыва}{del: с перерывом}.\n")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"ru.docx":     string(docx),
		"en.txt":      "The loading of coal was begun in the morning.\nThe team worked without a break.\n",
		"sverka.yaml": "languages: {source: ru, target: en}\npairs:\n  - source: ru.docx\n    target: en.txt\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runSverka(t, "", "-q", "align", "--config", filepath.Join(dir, "sverka.yaml"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "ru.docx: warning: tracked changes read as accepted (1 insertion, 1 deletion)") {
		t.Errorf("stderr = %q, want the tracked changes warning", stderr)
	}
}
