package texts

import (
	"io"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// zeros is a reader that never ends, like /dev/zero.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestReadSourceEndlessBinary: a stream of NUL bytes that never ends is
// refused at its first block instead of being read until memory runs out.
func TestReadSourceEndlessBinary(t *testing.T) {
	_, err := ReadSource("/dev/zero", zeros{}, ReadOptions{})
	if err == nil || !strings.Contains(err.Error(), "binary") {
		t.Fatalf("err = %v, want a binary-file error", err)
	}
}

// TestReadSourceUTF16Stream: UTF-16 through a pipe (no size known) has
// NUL bytes, but no run of four, and is read.
func TestReadSourceUTF16Stream(t *testing.T) {
	enc := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()
	text, err := enc.String("Telegram No. 5. Телеграмма № 5.\n")
	if err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	go func() {
		io.WriteString(pw, text)
		pw.Close()
	}()
	src, err := ReadSource("pipe", pr, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(src.Text, "Телеграмма") {
		t.Errorf("text %q", src.Text)
	}
}
