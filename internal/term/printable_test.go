package term

import "testing"

func TestPrintable(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Телеграмма № 5", "Телеграмма № 5"},
		{"ru/nope\n::error file=README.md::x\n.txt", `ru/nope\n::error file=README.md::x\n.txt`},
		{"a\x1b]0;PWNED\x07\x1b[2Jb", `a\x1b]0;PWNED\x07\x1b[2Jb`},
		{"c\u009b31md", `c\u009b31md`},
		{"raw \x9b byte", `raw \x9b byte`},
		{"tab\tcr\r", `tab\tcr\r`},
		{"del\x7f", `del\x7f`},
		{"\uFFFD stays", "\uFFFD stays"},
	} {
		if got := Printable(tc.in); got != tc.want {
			t.Errorf("Printable(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzPrintable(f *testing.F) {
	f.Add("a\x1b[2J\n\u009b\xff")
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range Printable(s) {
			if IsTerminalControl(r) {
				t.Fatalf("Printable(%q) keeps %U", s, r)
			}
		}
	})
}
