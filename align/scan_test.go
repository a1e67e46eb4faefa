package align

import (
	"io"
	"strings"
	"testing"
)

// repeatReader yields the byte b for ever, so that a test can feed a line
// longer than maxLineBytes without holding it in memory twice.
type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for k := range p {
		p[k] = byte(r)
	}
	return len(p), nil
}

func TestLongLines(t *testing.T) {
	long := strings.Repeat("ш", 5<<20) // 10 MB on one line
	t.Run("dictionary with a 10 MB line", func(t *testing.T) {
		in := "телеграмма\ttelegram\n" + long + "\t" + "x\n"
		pairs, err := ReadWordPairs("slovar.txt", strings.NewReader(in))
		if err != nil {
			t.Fatalf("ReadWordPairs: %v", err)
		}
		if len(pairs) != 2 || len(pairs[1].Source) != len(long) {
			t.Fatalf("got %d pairs", len(pairs))
		}
	})
	t.Run("links with a 10 MB comment", func(t *testing.T) {
		in := "[0]:[0]\n#" + long + "\n[1]:[1]\n"
		links, err := ReadLinks("gold.links", strings.NewReader(in))
		if err != nil || len(links) != 2 {
			t.Fatalf("ReadLinks: %d links, %v", len(links), err)
		}
	})
	tooLong := func() io.Reader {
		return io.MultiReader(strings.NewReader("# Москва, Кремль\n# июль 1950\n"),
			io.LimitReader(repeatReader('x'), maxLineBytes+10))
	}
	for _, tc := range []struct {
		name string
		read func(io.Reader) error
		want string
	}{
		{"dictionary", func(r io.Reader) error { _, err := ReadWordPairs("huge.txt", r); return err }, "huge.txt:3: line too long"},
		{"links", func(r io.Reader) error { _, err := ReadLinks("huge.links", r); return err }, "huge.links:3: line too long"},
		// An alignment is read whole, and its bound is that of data
		// files, which the line passes first.
		{"alignment", func(r io.Reader) error { _, err := ReadAlignment("huge.links", r); return err }, "huge.links: larger than 64 MiB"},
	} {
		t.Run(tc.name+" line over the limit", func(t *testing.T) {
			err := tc.read(tooLong())
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to start with %q", err, tc.want)
			}
		})
	}
}
