package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeBenchEdition writes an edition of docs documents of n sentences
// each (ru/docN.txt and one English collection), a glossary of entries
// terms and a sverka.yaml, in the style of the example telegrams, with a
// term the English misses now and then.
func writeBenchEdition(b *testing.B, dir string, docs, n, entries int, stored bool) {
	b.Helper()
	syl := []string{"ба", "ро", "ви", "ту", "ше", "ла", "мо", "зу", "ка", "ни"}
	eng := []string{"ka", "lo", "mi", "ter", "sa", "vo", "pel", "dun", "ri", "ogh"}
	term := func(i int) (string, string) {
		var ru, en strings.Builder
		for k := 0; k < 4; k++ {
			ru.WriteString(syl[i%10])
			en.WriteString(eng[i%10])
			i /= 10
		}
		return ru.String() + "ность", en.String() + "-fright"
	}
	var g strings.Builder
	g.WriteString("scheme: ala-lc\nentries:\n  - {kind: place, russian: [Пхеньян], renderings: [Pyongyang]}\n")
	for i := 1; i < entries; i++ {
		ru, en := term(i)
		fmt.Fprintf(&g, "  - {kind: term, russian: [%s], renderings: [%s, {text: fear of %s, status: forbidden}]}\n", ru, en, en)
	}
	var en strings.Builder
	en.WriteString("Telegrams of 1950\n\n")
	if err := os.MkdirAll(filepath.Join(dir, "ru"), 0o755); err != nil {
		b.Fatal(err)
	}
	for d := 1; d <= docs; d++ {
		var ru strings.Builder
		fmt.Fprintf(&en, "Document %d: Ciphered telegram from Pyongyang, %d October 1950\n\n", d, d)
		ru.WriteString("Шифротелеграмма\n\n")
		for s := 0; s < n; s++ {
			k := (d*n + s) % entries
			rt, et := term(k)
			place := "Pyongyang"
			if s%50 == 7 {
				place = "the capital" // term-missing
			}
			fmt.Fprintf(&ru, "Полк номер %d выдвинулся к Пхеньяну, и %s среди лётчиков отмечается у реки %d.", s, rt, s)
			fmt.Fprintf(&en, "Regiment number %d moved to %s, and %s is noted among the pilots by river %d.", s, place, et, s)
			if s%5 == 4 {
				ru.WriteString("\n\n")
				en.WriteString("\n\n")
			} else {
				ru.WriteString(" ")
				en.WriteString(" ")
			}
		}
		if err := os.WriteFile(filepath.Join(dir, "ru", fmt.Sprintf("doc%d.txt", d)), []byte(ru.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	cfg := "glossary: glossary.yaml\ndocuments:\n  source: ru/doc{id}.txt\n  target: en.txt\n"
	if stored {
		cfg += "  alignment: align/doc{id}.json\n"
	}
	for name, text := range map[string]string{"en.txt": en.String(), "glossary.yaml": g.String(), "sverka.yaml": cfg} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	if !stored {
		return
	}
	if err := os.MkdirAll(filepath.Join(dir, "align"), 0o755); err != nil {
		b.Fatal(err)
	}
	for d := 1; d <= docs; d++ {
		sio, _, errb := newTestIO("")
		args := []string{"align", "--format", "json", "-o", filepath.Join(dir, "align", fmt.Sprintf("doc%d.json", d)),
			filepath.Join(dir, "ru", fmt.Sprintf("doc%d.txt", d)), filepath.Join(dir, "en.txt") + fmt.Sprintf("#%d", d)}
		if code := Main(args, sio); code != 0 {
			b.Fatalf("%v: exit %d: %s", args, code, errb)
		}
	}
}

// BenchmarkCheckCommand runs `sverka check` on a 10,000-sentence edition
// (10 documents of 1,000 sentences) with a 1,000-entry glossary: reading,
// alignment (or the stored alignments), every check, the text output.
func BenchmarkCheckCommand(b *testing.B) {
	for _, stored := range []bool{false, true} {
		name := "aligning"
		if stored {
			name = "stored-alignments"
		}
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			writeBenchEdition(b, dir, 10, 1000, 1000, stored)
			b.Chdir(dir)
			var findings int
			for b.Loop() {
				sio, out, errb := newTestIO("")
				if code := Main([]string{"check"}, sio); code != exitClean && code != exitFindings {
					b.Fatalf("exit %d: %s", code, errb)
				}
				findings = strings.Count(out.String(), "\n")
			}
			b.ReportMetric(float64(findings), "findings")
		})
	}
}
