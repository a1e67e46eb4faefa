package texts

import (
	"regexp"
	"testing"
)

// TestBoilerplateCyrillicWordEnds: a Russian word at the end of a pattern
// must end there even though Go's \b knows only ASCII words.
func TestBoilerplateCyrillicWordEnds(t *testing.T) {
	rules := compileBoilerplate(DefaultBoilerplate())
	for _, tc := range []struct {
		line, rule string
	}{
		{"Скачать документ", "download link"},
		{"Скачать файл", "download link"},
		{"Скачать файл (PDF)", "download link"},
		{"Скачать документ: телеграмма Филиппова", "download link"},
		{"скачать файл.", "download link"},
		{"Download the file", "download link"},
		{"Uploaded by archivist", "page furniture"},
		{"Скачать файлы переписки", ""}, // not "файл" as a word
		{"Download these telegrams now", ""},
	} {
		got, ok := matchBoilerplate(rules, tc.line)
		if !ok {
			got = ""
		}
		if got != tc.rule {
			t.Errorf("%q: rule %q, want %q", tc.line, got, tc.rule)
		}
	}
}

// TestBoilerplateFileExampleCyrillic: the pattern the boilerplate file's
// documentation shows matches the Russian word it names.
func TestBoilerplateFileExampleCyrillic(t *testing.T) {
	re := regexp.MustCompile(`^(Реклама|Advertisement)(\s|$|[[:punct:]])`)
	for _, s := range []string{"Реклама", "Реклама: подписка на журнал", "Реклама 18+"} {
		if !re.MatchString(s) {
			t.Errorf("%q not matched", s)
		}
	}
	if re.MatchString("Рекламация от 3.10.50") {
		t.Error("Рекламация matched")
	}
}
