package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEncodingAdvice: a file sverka cannot decode is named at its line and
// column with exit status 2; the advice fits the command: --encoding
// where the command takes it, converting the file where it does not.
func TestEncodingAdvice(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	latin1 := write("en.txt", []byte("The pier is repaired.\nThe caf\xe9 is closed.\n"))
	utf16 := write("utf16.txt", []byte("T\x00h\x00e\x00 \x00p\x00i\x00e\x00r\x00.\x00\n\x00"))
	page := write("page.html", []byte("<html><body><p>The caf\xe9 is closed.</p></body></html>\n"))
	write("ru.txt", []byte("Причал отремонтирован.\nКафе закрыто.\n"))
	config := write("sverka.yaml", []byte("pairs:\n  - {source: ru.txt, target: en.txt}\n"))
	tests := []struct {
		args       []string
		want, lack string
	}{
		{[]string{"segment", latin1}, "en.txt:2:8: invalid UTF-8 (byte 0xE9); if the file is in a legacy encoding, name it with --encoding", "iconv"},
		{[]string{"check", "--config", config}, "en.txt:2:8: invalid UTF-8 (byte 0xE9); if the file is in a legacy encoding, convert it to UTF-8 (iconv -f ITS-ENCODING -t UTF-8), since sverka check takes no --encoding", "name it with"},
		{[]string{"export", "--config", config}, "convert it to UTF-8 (iconv -f ITS-ENCODING -t UTF-8), since sverka export takes no --encoding", "name it with"},
		{[]string{"check", utf16}, "it looks like UTF-16 without a byte order mark: convert it to UTF-8 (iconv -f UTF-16LE -t UTF-8), since sverka check takes no --encoding", "name it with"},
		{[]string{"segment", utf16}, "name it with --encoding utf-16le", "iconv"},
		{[]string{"check", page}, "in a page that names no charset; if the page is in a legacy encoding, convert it to UTF-8 (iconv -f ITS-ENCODING -t UTF-8), since sverka check takes no --encoding", "name it with"},
		{[]string{"segment", page}, "if the page is in a legacy encoding, name it with --encoding", "iconv"},
	}
	for _, tt := range tests {
		code, _, stderr := runSverka(t, "", tt.args...)
		if code != exitBad || !strings.Contains(stderr, tt.want) || strings.Contains(stderr, tt.lack) {
			t.Errorf("sverka %s: exit %d, stderr %q; want 2 and %q", strings.Join(tt.args, " "), code, stderr, tt.want)
		}
	}
}
