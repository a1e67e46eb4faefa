package review

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestRealignUsesTheMemory: "Realign the rest" aligns with what Open
// aligned with, the translation memory included: the memory's unit that
// pairs the second Russian line with the third English one stays, where
// the glossary alone would pair the lines one by one.
func TestRealignUsesTheMemory(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"sverka.yaml": "languages: {source: ru, target: en}\ndocuments:\n  source: ru/doc{id}.txt\n  target: en.txt\ntm: memory.tmx\n",
		"memory.tmx": `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ru" datatype="plaintext" segtype="sentence" o-tmf="x" adminlang="en" creationtool="t" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="ru"><seg>Вторая строка записки.</seg></tuv><tuv xml:lang="en"><seg>The third line of the note.</seg></tuv></tu>
</body></tmx>
`,
		"ru/doc1.txt": "Первая строка записки.\n\nВторая строка записки.\n\nТретья строка записки.\n",
		"en.txt":      "Document 1: A note\n\nThe first line of the note.\n\nThe second line of the note.\n\nThe third line of the note.\n",
	} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := New(filepath.Join(dir, "sverka.yaml"), Options{Addr: testAddr, Token: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	p := s.ed.Pairs[0]
	anchored := func() bool {
		for _, l := range p.Links {
			if len(l.Source) == 1 && len(l.Target) == 1 &&
				p.Source.Segments[l.Source[0]].Text == "Вторая строка записки." && p.Target.Segments[l.Target[0]].Text == "The third line of the note." {
				return true
			}
		}
		return false
	}
	if !anchored() {
		t.Fatalf("the memory's unit is not a link when opened: %s", shape(p.Links))
	}
	opened := shape(p.Links)
	h := s.Handler()
	w := call(t, h, "POST", "/api/links/realign", body(t, getState(t, h), map[string]any{"doc": 0}), nil)
	if w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	var ans answer
	json.Unmarshal(w.Body.Bytes(), &ans)
	if got := shape(p.Links); got != opened || !anchored() || len(ans.Changed) != 0 {
		t.Errorf("realigned: %s (changed %v)\nopened:    %s", got, ans.Changed, opened)
	}
}
