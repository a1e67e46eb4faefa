package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestGlossaryLinkOutsideEdition: a glossary that is a symbolic link out
// of the edition folder is refused, and nothing of its target is quoted.
func TestGlossaryLinkOutsideEdition(t *testing.T) {
	dir := copyTree(t, filepath.Join("..", "..", "examples", "telegrams"))
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("токен: не для журнала\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g := filepath.Join(dir, "glossary.yaml")
	os.Remove(g)
	if err := os.Symlink(outside, g); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	code, _, errb := runSverka(t, "", "check", "--config", filepath.Join(dir, "sverka.yaml"))
	if code != exitBad || !strings.Contains(errb, "outside the edition folder") || strings.Contains(errb, "токен") {
		t.Fatalf("exit %d, stderr %q", code, errb)
	}
}

// TestOutputToFolderAndPipe: -o naming a folder is an error; -o naming a
// pipe writes into the pipe and leaves it a pipe.
func TestOutputToFolderAndPipe(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join("..", "..", "examples", "telegrams", "ru", "doc1.txt")
	tgt := filepath.Join("..", "..", "examples", "telegrams", "en.txt") + "#1"
	code, _, errb := runSverka(t, "", "align", "-o", dir, src, tgt)
	if code != exitBad || !strings.Contains(errb, "folder") {
		t.Errorf("-o folder: exit %d, stderr %q", code, errb)
	}
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	got := make(chan string)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- string(b)
	}()
	code, _, errb = runSverka(t, "", "align", "-o", fifo, src, tgt)
	if code != exitClean {
		t.Fatalf("-o pipe: exit %d, stderr %q", code, errb)
	}
	if out := <-got; !strings.Contains(out, "[0]:[0]") {
		t.Errorf("the pipe received %q", out)
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced (%v)", err)
	}
}

func TestEmptyDocumentID(t *testing.T) {
	en := filepath.Join("..", "..", "examples", "telegrams", "en.txt")
	code, _, errb := runSverka(t, "", "segment", en+"#")
	if code != exitBad || !strings.Contains(errb, "empty document id") {
		t.Fatalf("exit %d, stderr %q", code, errb)
	}
}

func TestShortMessage(t *testing.T) {
	long := "ошибка: " + strings.Repeat("ж", 5000)
	got := shortMessage(long)
	if len(got) > maxMessage+40 || !strings.Contains(got, "more bytes") || !strings.HasPrefix(got, "ошибка: ") {
		t.Fatalf("shortMessage gave %d bytes: %q…", len(got), got[:40])
	}
	for i, r := range got {
		if r == '\uFFFD' {
			t.Fatalf("cut inside a character at byte %d", i)
		}
	}
	if shortMessage("short") != "short" {
		t.Error("a short message was changed")
	}
}
