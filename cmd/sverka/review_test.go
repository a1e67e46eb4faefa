package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestReviewPrintsAddress runs sverka review on a copy of the example
// edition: one line with the address and token on standard output, the
// page served there, the server stopped with its context.
func TestReviewPrintsAddress(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"sverka.yaml", "glossary.yaml", "en.txt", "ru/doc1.txt", "ru/doc2.txt"} {
		data, err := os.ReadFile(filepath.Join(repoRoot, "examples", "telegrams", name))
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	pr, pw := io.Pipe()
	var errb strings.Builder
	sio := &IO{In: strings.NewReader(""), Out: pw, Err: &errb}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		root := newRootCommand(sio)
		root.SetArgs([]string{"review", "--no-open", "--config", filepath.Join(dir, "sverka.yaml")})
		_, err := root.ExecuteContextC(ctx)
		pw.Close()
		done <- exitStatus(err)
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("no line: %v; stderr %s", err, errb.String())
	}
	m := regexp.MustCompile(`^sverka: reviewing 2 documents at (http://127\.0\.0\.1:\d+/\?token=[0-9a-f]{48})\n$`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("printed %q", line)
	}
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar}
	resp, err := client.Get(m[1])
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("the printed address: %d", resp.StatusCode)
	}
	bare, _ := http.Get(strings.Split(m[1], "?")[0])
	if bare != nil {
		bare.Body.Close()
		if bare.StatusCode != 401 {
			t.Errorf("without the token: %d", bare.StatusCode)
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d: %s", code, errb.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("review did not stop")
	}
}
