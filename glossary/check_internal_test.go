package glossary

import "testing"

func TestJoinExpansions(t *testing.T) {
	for in, want := range map[string]string{
		"the M[inistry of the] M[aritime] F[leet] must": "the Ministry of the Maritime Fleet must",
		"C[entral] C[ommittee] [Source: APRF]":          "Central Committee [Source: APRF]",
		"storm-fright [shtormoboiazn'] and Ц[К]":        "storm-fright [shtormoboiazn'] and ЦК",
		"unclosed M[inistry":                            "unclosed M[inistry",
		"[a] b[c":                                       "[a] b[c",
		"":                                              "",
	} {
		if got := joinExpansions(in); got != want {
			t.Errorf("joinExpansions(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestContainsWord(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want bool
	}{
		{"the route andong-pyongyang.", "pyongyang", true},
		{"pyongyangese troops", "pyongyang", false},
		{"in пхеньян and", "пхеньян", true},
		{"x", "", false},
	} {
		if got := containsWord(tc.s, tc.w); got != tc.want {
			t.Errorf("containsWord(%q, %q) = %v", tc.s, tc.w, got)
		}
	}
}

func TestVariantKey(t *testing.T) {
	same := [][]string{
		{"Lavrentyev", "Lavrentiev", "LAVRENTYEV", "Лаврентьев"},
		{"Vasilevsky", "Vasilevskii", "VASILEVSKIY"},
		{"Beriya", "Beria", "Берия"},
		{"Inch'on", "Inch'ón", "Inchon", "Inch’ŏn"},
		{"Hon-Yong", "HÓN-YÓNG", "Honyong"},
	}
	for _, group := range same {
		k := variantKey(group[0])
		for _, w := range group[1:] {
			if variantKey(w) != k {
				t.Errorf("variantKey(%q) = %q, variantKey(%q) = %q: want equal", group[0], k, w, variantKey(w))
			}
		}
	}
	for _, pair := range [][2]string{{"Korea", "Korean"}, {"Shtykov", "Shtykova"}, {"Kim", "Kym Il"}} {
		if variantKey(pair[0]) == variantKey(pair[1]) {
			t.Errorf("%q and %q share a key", pair[0], pair[1])
		}
	}
}
