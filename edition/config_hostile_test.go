package edition

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sverka/sverka/texts"
)

// TestLoadErrorPositions: a syntax error is reported at the line where
// sverka.yaml stops being YAML (an unclosed mapping on line 4 was put at
// 3:1, on line 1 at no position at all), and every mistake is reported,
// not only the first.
func TestLoadErrorPositions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"languages:\n  source: ru\nglossary: g.yaml\ndocuments: {source: ru/doc{id}.txt, target: en.txt\n", "sverka.yaml:4:1: did not find expected ',' or '}'"},
		{"documents: {source: ru/doc{id}.txt, target: en.txt\n", "sverka.yaml:1:1: did not find expected ',' or '}'"},
		{"scheme: pinyin\nglossary: ../g.yaml\npairs: [{source: a, target: b}]\n",
			"sverka.yaml:1:9: unknown scheme \"pinyin\" (known: ala-lc, bgn, iso9, popular)\n" +
				"sverka.yaml:2:11: glossary \"../g.yaml\" must be a file name relative to the edition's directory"},
		{"glossary: 'C:\\Users\\g.yaml'\npairs: [{source: a, target: b}]\n", `sverka.yaml:1:11: glossary "C:\\Users\\g.yaml" must be a file name relative`},
		{"glossary: '..\\g.yaml'\npairs: [{source: a, target: b}]\n", `sverka.yaml:1:11: glossary "..\\g.yaml" must be a file name relative`},
		{"pairs:\n  - {source: \"ru/nope\\n::error file=README.md::x\\n.txt\", target: en.txt}\n", `sverka.yaml:2:14: source "ru/nope\n::error file=README.md::x\n.txt": a file name with a control character`},
		{"glossary: '\\\\server\\share\\g.yaml'\npairs: [{source: a, target: b}]\n", `sverka.yaml:1:11: glossary "\\\\server\\share\\g.yaml" must be a file name relative`},
	} {
		_, err := Load("sverka.yaml", strings.NewReader(tc.in))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q:\n got  %v\n want %s...", tc.in, err, tc.want)
		}
		var list texts.ErrorList
		if err != nil && !errors.As(err, &list) {
			t.Errorf("%q: %T, want a texts.ErrorList", tc.in, err)
		}
	}
}

// TestLoadRefusesAliases: sverka.yaml reads no aliases, which would let a
// small file expand past any bound.
func TestLoadRefusesAliases(t *testing.T) {
	var b strings.Builder
	b.WriteString("insertions:\n  signers: &S [")
	for i := range 3000 {
		fmt.Fprintf(&b, "A%d, ", i)
	}
	b.WriteString("AM]\npairs:\n  - {source: a, target: b}\nboilerplate: *S\n")
	_, err := Load("sverka.yaml", strings.NewReader(b.String()))
	if err == nil || !strings.HasPrefix(err.Error(), "sverka.yaml:5:14: alias *S: aliases are not read") {
		t.Fatalf("err = %v", err)
	}
}

// TestLoadFileNotRegular: a sverka.yaml that is a link to /dev/zero, or a
// pipe, is refused at once.
func TestLoadFileNotRegular(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "sverka.yaml")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	fifo := filepath.Join(dir, "fifo.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	for _, name := range []string{link, fifo} {
		var err error
		done := make(chan struct{})
		go func() { _, err = LoadFile(name); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: still reading after 10 s", name)
		}
		if err == nil || !strings.HasPrefix(err.Error(), name+": ") || !strings.Contains(err.Error(), "refused") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// TestLoadGlossaryPos: the configuration keeps where it names the
// glossary, for the error about a glossary that is missing.
func TestLoadGlossaryPos(t *testing.T) {
	c, err := Load("sverka.yaml", strings.NewReader("pairs: [{source: a, target: b}]\nglossary: g.yaml\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.GlossaryPos.String() != "sverka.yaml:2:11" {
		t.Errorf("glossary at %v", c.GlossaryPos)
	}
}
