package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The boilerplate key of sverka.yaml reaches the reading of the edition's
// files: export leaves out the lines its patterns match.
func TestEditionBoilerplateKey(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"ru/doc1.txt": "Полк прибыл на аэродром в Пхеньяне.\n\nГорючего нет.\n",
		"en.txt":      "Document 1: Telegram\n\nThe regiment arrived at the airfield in Pyongyang.\n\nРеклама: курсы шифровальщиков\n\nThere is no fuel.\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	config := "languages: {source: ru, target: en}\ndocuments:\n  source: ru/doc{id}.txt\n  target: en.txt\n"
	for _, tt := range []struct {
		extra string
		junk  bool // the advert is in the export
	}{
		{"", true},
		{"boilerplate:\n  - \"advert: ^Реклама\"\n", false},
	} {
		cfg := filepath.Join(dir, "sverka.yaml")
		if err := os.WriteFile(cfg, []byte(config+tt.extra), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errs := runSverka(t, "", "export", "--format", "tsv", "--config", cfg)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", tt.extra, code, errs)
		}
		if got := strings.Contains(out, "Реклама"); got != tt.junk {
			t.Errorf("%q: advert in the export %v, want %v:\n%s", tt.extra, got, tt.junk, out)
		}
	}
}
