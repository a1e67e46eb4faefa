package yamlfile

import (
	"errors"
	"strings"
	"testing"

	"github.com/sverka/sverka/texts"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a: 1\nb: {c: [1, 2\n", "f.yaml:2:1: did not find expected ',' or ']'"},
		{"list: &L [1, 2]\nagain: *L\n", "f.yaml:2:8: alias *L: aliases are not read"},
		{"base: &M {a: 1}\nmerge:\n  <<: *M\n", "f.yaml:3:7: alias *M"},
		{"a: \"unterminated\n", "f.yaml:2:1: found unexpected end of stream"},
	} {
		_, err := Parse("f.yaml", []byte(tc.in))
		var list texts.ErrorList
		if !errors.As(err, &list) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: err = %v, want %s...", tc.in, err, tc.want)
		}
	}
	root, err := Parse("f.yaml", []byte("# only a comment\n"))
	if root != nil || err != nil {
		t.Errorf("comments only: %v, %v", root, err)
	}
	// Windows-1251 is decoded as the texts are, lines kept.
	root, err = Parse("f.yaml", []byte("a: \xf2\xe5\xeb\xe5\xe3\xf0\xe0\xec\xec\xe0\n"))
	if err != nil || root.Content[1].Value != "телеграмма" || root.Content[1].Line != 1 {
		t.Errorf("windows-1251: %v, %v", root, err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("entries:\n  - russian: Ставка\n    renderings: [Stavka]\n")
	f.Add("a: &x [1]\nb: *x\n")
	f.Fuzz(func(t *testing.T, in string) {
		_, err := Parse("f.yaml", []byte(in))
		if err != nil && !strings.HasPrefix(err.Error(), "f.yaml") {
			t.Errorf("error without the file name: %v", err)
		}
	})
}

func TestByteCol(t *testing.T) {
	for _, tc := range []struct {
		line string
		col  int
		want int
	}{
		{"a: [x]", 4, 3},
		{"ру: [x]", 5, 6},
		{"слово", 6, 10},
		{"слово", 99, 10},
		{"", 1, 0},
	} {
		if got := ByteCol(tc.line, tc.col); got != tc.want {
			t.Errorf("ByteCol(%q, %d) = %d, want %d", tc.line, tc.col, got, tc.want)
		}
	}
}
