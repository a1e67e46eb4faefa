package texts

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReadBoilerplate(t *testing.T) {
	tests := []struct {
		name string
		file string
		want string // the rules as name=pattern lines, or the error
	}{
		{"named and bare", "# мусор сайта\n\nadvert: ^(Реклама|Advertisement)\\b\n^Printed from .* on \\d+\n",
			"advert=^(Реклама|Advertisement)\\b\n^Printed from .* on \\d+=^Printed from .* on \\d+\n"},
		{"Cyrillic name", "реклама сайта:  ^Реклама\n", "реклама сайта=^Реклама\n"},
		{"colon inside a pattern", "^Скачать: .*\n", "^Скачать: .*=^Скачать: .*\n"},
		{"BOM and CRLF", "\uFEFFads: ^Реклама$\r\n", "ads=^Реклама$\n"},
		{"empty file", "# nothing yet\n", ""},
		{"bad pattern", "ok: ^Да$\n\nbad: ^(Реклама\n", "f.txt:3: pattern \"^(Реклама\": missing closing ): `^(Реклама`"},
		{"matches every line", "# x\nall: .*\n", "f.txt:2: pattern \".*\" matches an empty line, so it would drop every line"},
		{"a label is a pattern", "Скачать:\n", "Скачать:=Скачать:\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules, err := ReadBoilerplate("f.txt", strings.NewReader(tt.file))
			var got string
			if err != nil {
				got = err.Error()
			} else {
				var b strings.Builder
				for _, r := range rules {
					fmt.Fprintf(&b, "%s=%s\n", r.Name, r.Pattern)
				}
				got = b.String()
			}
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// Rules read from a file drop lines under their names, added to the
// defaults or in their place.
func TestReadBoilerplateParse(t *testing.T) {
	rules, err := ReadBoilerplate("f.txt", strings.NewReader("advert: ^Реклама\n"))
	if err != nil {
		t.Fatal(err)
	}
	text := "Document 1: Телеграмма\n\nDownload 5 Kb.\n\nРеклама: курсы\n\nПолк прибыл.\n"
	for _, tt := range []struct {
		name  string
		rules []BoilerplateRule
		want  string
	}{
		{"added", append(DefaultBoilerplate(), rules...), "download link,advert"},
		{"in place", rules, "advert"},
	} {
		c := parseString(t, text, Options{BoilerplateRules: tt.rules})
		var reasons []string
		for _, d := range c.Dropped {
			reasons = append(reasons, d.Reason)
		}
		if got := strings.Join(reasons, ","); got != tt.want {
			t.Errorf("%s: dropped %s, want %s", tt.name, got, tt.want)
		}
	}
}

func FuzzReadBoilerplate(f *testing.F) {
	f.Add("# c\nadvert: ^Реклама\\b\n^x$\n")
	f.Add("a: (\n")
	f.Add("\uFEFF.*\r\n")
	f.Fuzz(func(t *testing.T, file string) {
		rules, err := ReadBoilerplate("f.txt", strings.NewReader(file))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt:") {
				t.Errorf("error without the file: %v", err)
			}
			return
		}
		for _, r := range rules {
			if r.Pattern == nil || r.Name == "" || r.Pattern.MatchString("") {
				t.Errorf("bad rule %+v", r)
			}
		}
		if utf8.ValidString(file) {
			// The rules run on the patterns' own text: no panic.
			_, _ = Read("t.txt", strings.NewReader("Документ 1\n\n"+file), Options{BoilerplateRules: rules})
		}
	})
}
