package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/internal/golden"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestSegmentGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "segment", "*.txt"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, in := range inputs {
		for _, format := range []string{"lines", "tsv", "json"} {
			name := strings.TrimSuffix(filepath.Base(in), ".txt") + "." + format
			t.Run(name, func(t *testing.T) {
				code, out, errs := runSverka(t, "", "segment", "--format", format, "--show-dropped", in)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, errs)
				}
				if format == "lines" {
					out += "--- stderr\n" + errs
				}
				golden.Check(t, filepath.Join("testdata", "segment", name+".golden"), out)
			})
		}
	}
}

// The collection's documents carry the numbers of their headings, the
// repeated heading is one document, and the JSON has the contract's shape.
func TestSegmentJSONShape(t *testing.T) {
	code, out, errs := runSverka(t, "", "segment", "--format", "json", filepath.Join("testdata", "segment", "collection.txt"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Documents []struct {
			ID       string `json:"id"`
			Title    string `json:"title"`
			Segments []struct {
				ID   string `json:"id"`
				Kind string `json:"kind"`
				Text string `json:"text"`
				Line int    `json:"line"`
				Col  int    `json:"col"`
			} `json:"segments"`
		} `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range got.Documents {
		ids = append(ids, d.ID)
		if d.Title == "" || len(d.Segments) == 0 {
			t.Errorf("document %s: title %q, %d segments", d.ID, d.Title, len(d.Segments))
		}
		for _, s := range d.Segments {
			if s.ID == "" || s.Kind == "" || s.Text == "" || s.Line == 0 || s.Col == 0 {
				t.Errorf("document %s: incomplete segment %+v", d.ID, s)
			}
		}
	}
	if strings.Join(ids, ",") != "1,2,3" {
		t.Errorf("document ids %v, want 1,2,3", ids)
	}
}

// A Windows-1251, KOI8-R or UTF-16 copy of a file segments exactly as the
// UTF-8 file: same segments, lines and columns.
func TestSegmentEncodings(t *testing.T) {
	utf8Text, err := os.ReadFile(filepath.Join("testdata", "segment", "telegram-ru.txt"))
	if err != nil {
		t.Fatal(err)
	}
	koi8 := strings.NewReplacer("–", "-", "№", "N", "…", "...").Replace(string(utf8Text))
	_, want, _ := runSverka(t, string(utf8Text), "segment", "--format", "tsv", "-")
	_, wantKOI8, _ := runSverka(t, koi8, "segment", "--format", "tsv", "-")
	cases := []struct {
		name, text, want string
		encode           func(string) ([]byte, error)
	}{
		{"windows-1251", string(utf8Text), want, func(s string) ([]byte, error) { return charmap.Windows1251.NewEncoder().Bytes([]byte(s)) }},
		{"koi8-r", koi8, wantKOI8, func(s string) ([]byte, error) { return charmap.KOI8R.NewEncoder().Bytes([]byte(s)) }},
		{"utf-16", string(utf8Text), want, func(s string) ([]byte, error) {
			return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := c.encode(c.text)
			if err != nil {
				t.Fatal(err)
			}
			code, got, errs := runSverka(t, string(b), "segment", "--format", "tsv", "-")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if got != c.want {
				t.Errorf("differs from UTF-8:\n%s", golden.FirstDiff(c.want, got))
			}
		})
	}
}

func TestSegmentErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	binary := write("bin.txt", []byte("Телеграмма\nстрока\x00"))
	badUTF8 := write("bad.txt", []byte("Первая строка\nвторая \xd0\x28 строка\n"))
	// A stray high byte in ASCII text is not a reason to read the file as
	// Windows-1251.
	junk := write("junk.txt", []byte("Line one.\nab\xffcd\n"))
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no file", []string{"segment"}, "want one FILE"},
		{"two files", []string{"segment", "a", "b"}, "want one FILE"},
		{"missing", []string{"segment", filepath.Join(dir, "nope.txt")}, "nope.txt: no such file"},
		{"empty", []string{"segment", empty}, "empty.txt: empty file"},
		{"binary", []string{"segment", binary}, "bin.txt:2:7: binary file"},
		{"bad utf-8", []string{"segment", badUTF8}, "bad.txt:2:8: invalid UTF-8"},
		{"junk byte", []string{"segment", junk}, "junk.txt:2:3: invalid UTF-8 (byte 0xFF); if the file is in a legacy encoding, name it with --encoding"},
		{"bad format", []string{"segment", "--format", "xml", empty}, `--format "xml"`},
		{"bad lang", []string{"segment", "--lang", "de", empty}, `--lang "de"`},
		{"bad encoding", []string{"segment", "--encoding", "ebcdic", empty}, `--encoding "ebcdic"`},
		{"no document", []string{"segment", filepath.Join("testdata", "segment", "collection.txt") + "#9"}, `no document "9"`},
		{"bad flag", []string{"segment", "--frobnicate", empty}, "unknown flag"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runSverka(t, "", tt.args...)
			if code != exitBad {
				t.Errorf("exit %d, want %d", code, exitBad)
			}
			if !strings.Contains(errs, tt.want) {
				t.Errorf("stderr %q, want %q", errs, tt.want)
			}
		})
	}
}

func TestSegmentOneDocument(t *testing.T) {
	code, out, errs := runSverka(t, "", "segment", filepath.Join("testdata", "segment", "collection.txt")+"#2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.HasPrefix(out, "Extract from Protocol No. 12") || strings.Contains(out, "GORSHKOV") {
		t.Errorf("document 2 only expected, got:\n%s", out)
	}
}

func TestSegmentHelp(t *testing.T) {
	code, out, _ := runSverka(t, "", "segment", "--help")
	if code != 0 || !strings.Contains(out, "Example") || !strings.Contains(out, "Exit status") {
		t.Errorf("help lacks an example or the exit statuses (exit %d):\n%s", code, out)
	}
}

// --lang decides the words typed with look-alike letters of the other
// script: "T." with a Latin T is the Russian "т." (comrade) in Russian.
func TestSegmentLang(t *testing.T) {
	text := "Передать T. Сталину лично. Исполнено.\n"
	tests := []struct {
		lang string
		want string
	}{
		{"auto", "Передать T. Сталину лично.\nИсполнено.\n"},
		{"ru", "Передать T. Сталину лично.\nИсполнено.\n"},
		{"en", "Передать T.\nСталину лично.\nИсполнено.\n"},
	}
	for _, tt := range tests {
		code, out, errs := runSverka(t, text, "segment", "--lang", tt.lang, "-")
		if code != 0 {
			t.Fatalf("--lang %s: exit %d: %s", tt.lang, code, errs)
		}
		if out != tt.want {
			t.Errorf("--lang %s:\ngot\n%s\nwant\n%s", tt.lang, out, tt.want)
		}
	}
}

// Lines of text before the first heading are left out, but never
// silently: segment and notes say so on standard error, unless
// --show-dropped lists them.
func TestSegmentWarnsDroppedText(t *testing.T) {
	text := "Архив Президента, подборка документов\n\nСтрока без заголовка.\nЕще одна строка.\n\nDocument 1: Телеграмма\n\nПолк прибыл в Пхеньян.\n\nDocument No. 2 Ciphered telegram\n\nГорючего нет.\n"
	for _, cmd := range []string{"segment", "notes"} {
		code, out, errs := runSverka(t, text, cmd, "-")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", cmd, code, errs)
		}
		if want := "<stdin>:3: warning: 2 lines of text before the first document left out (--show-dropped lists them)\n"; errs != want {
			t.Errorf("%s: stderr %q, want %q", cmd, errs, want)
		}
		if cmd == "segment" && out != "Полк прибыл в Пхеньян.\nГорючего нет.\n" {
			t.Errorf("segment: got\n%s", out)
		}
		code, _, errs = runSverka(t, text, cmd, "--show-dropped", "-")
		if code != 0 || strings.Contains(errs, "warning") {
			t.Errorf("%s --show-dropped: exit %d, stderr %q", cmd, code, errs)
		}
	}
	// Web junk alone is dropped without a word.
	code, _, errs := runSverka(t, "Document 1: Телеграмма\n\nDownload 5 Kb.\n\nПолк прибыл.\n", "segment", "-")
	if code != 0 || errs != "" {
		t.Errorf("junk only: exit %d, stderr %q", code, errs)
	}
}

// --boilerplate adds a file of patterns to the defaults;
// --no-default-boilerplate keeps only its patterns; a bad pattern is an
// error naming file:line, exit 2.
func TestSegmentBoilerplateFile(t *testing.T) {
	dir := t.TempDir()
	patterns := filepath.Join(dir, "junk.txt")
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(patterns, []byte("# реклама сайта\nadvert: ^Реклама\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("# x\n\nbad: ^(Реклама\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	text := "Document 1: Телеграмма\n\nDownload 5 Kb.\n\nРеклама: курсы\n\nПолк прибыл.\n"
	tests := []struct {
		args []string
		code int
		out  string
		errs string
	}{
		// A line of the user's own rule may be text: it is counted.
		{[]string{"segment", "--boilerplate", patterns, "-"}, 0, "Полк прибыл.\n", "<stdin>:5: warning: 1 line that may be text left out: 1 by rule \"advert\" (--show-dropped lists them)\n"},
		{[]string{"segment", "--boilerplate", patterns, "--no-default-boilerplate", "-"}, 0, "Download 5 Kb.\nПолк прибыл.\n", "1 by rule \"advert\""},
		{[]string{"segment", "--no-default-boilerplate", "-"}, 0, "Download 5 Kb.\nРеклама: курсы\nПолк прибыл.\n", ""},
		{[]string{"notes", "--format", "json", "--show-dropped", "--boilerplate", patterns, "-"}, 0, "\"inner\": \"advert\"", ""},
		{[]string{"segment", "--boilerplate", bad, "-"}, 2, "", bad + ":3: pattern \"^(Реклама\": missing closing )"},
		{[]string{"notes", "--boilerplate", filepath.Join(dir, "missing.txt"), "-"}, 2, "", "missing.txt: no such file"},
	}
	for _, tt := range tests {
		code, out, errs := runSverka(t, text, tt.args...)
		if code != tt.code || !strings.Contains(out, tt.out) || tt.out == "" && out != "" || !strings.Contains(errs, tt.errs) || tt.errs == "" && errs != "" {
			t.Errorf("%v: exit %d\nstdout %q\nstderr %q\nwant exit %d, stdout with %q, stderr with %q", tt.args, code, out, errs, tt.code, tt.out, tt.errs)
		}
	}
}

// A heading "REPORT" stays; one-word junk next to other junk goes, but is
// counted on standard error; a pattern that matches everything is named
// in a warning instead of emptying the output without a word.
func TestSegmentWarnsDroppedWordsAndRules(t *testing.T) {
	text := "Document 1: Донесение\n\nREPORT\n\nПолк прибыл в Пхеньян.\n\nPrint\nShare this page:\n\nHome\n"
	for _, cmd := range []string{"segment", "notes"} {
		code, out, errs := runSverka(t, text, cmd, "-")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", cmd, code, errs)
		}
		want := "<stdin>:7: warning: 2 lines that may be text left out: 1 by rule \"share buttons\", 1 by rule \"site navigation\" (--show-dropped lists them)\n"
		if errs != want {
			t.Errorf("%s: stderr %q, want %q", cmd, errs, want)
		}
		if cmd == "segment" && out != "REPORT\nПолк прибыл в Пхеньян.\n" {
			t.Errorf("segment: got\n%s", out)
		}
	}

	dir := t.TempDir()
	all := filepath.Join(dir, "all.txt")
	if err := os.WriteFile(all, []byte("everything: .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	text = "Document 1: Телеграмма\n\nПолк прибыл в Пхеньян.\nГорючего нет.\n"
	for _, cmd := range []string{"segment", "notes"} {
		code, out, errs := runSverka(t, text, cmd, "--boilerplate", all, "--show-dropped", "-")
		if code != 0 || strings.Contains(out, "Полк") && cmd == "segment" {
			t.Errorf("%s: exit %d, stdout %q", cmd, code, out)
		}
		// segment's lines format lists the dropped lines on standard
		// error after the warning.
		want := "<stdin>:1: warning: boilerplate rules dropped 3 of the 3 non-blank lines of the file (\"everything\" 3): check the patterns\n"
		if !strings.HasPrefix(errs, want) || strings.Count(errs, "warning") != 1 {
			t.Errorf("%s: stderr %q, want %q", cmd, errs, want)
		}
	}
}
