package texts

import "testing"

func TestMatchKey(t *testing.T) {
	// Each group is one name as schemes, typists and web copies spell it.
	groups := [][]string{
		{"Лаврентьев", "ЛАВРЕНТЬЕВ", "Lavrentyev", "Lavrentiev", "Lavrent'ev", "Lavrent’yev", "LAVRENTYEV"},
		{"Василевский", "Vasilevskii", "Vasilevskiy", "Vasilevsky", "Vasilevski", "VASILEVSKY"},
		{"Pak Hon-Yong", "PAK HÓN-YÓNG", "Pak Hŏn-yŏng", "Pak Hon Yong", "Pak Honyong"},
		{"Берия", "Beriia", "Beriya", "Beria"},
		{"Майор", "Mayor", "Maior", "MAYOR"},
		{"Хабаровск", "Khabarovsk", "Habarovsk"},
		{"штормобоязнь", "shtormoboiazn'", "shtormoboyazn", "štormoboâznʹ"},
		{"Дальний", "Dal'nii", "DAL'NII", "Dalny", "Dalniy"},
		{"Дмитриевич", "Dmitriyevich", "Dmitrievich"},
		{"P'UNGGI", "P’unggi", "Punggi"},
	}
	for _, g := range groups {
		want := MatchKey(g[0])
		for _, s := range g[1:] {
			if got := MatchKey(s); got != want {
				t.Errorf("MatchKey(%q) = %q, MatchKey(%q) = %q: want equal", s, got, g[0], want)
			}
		}
	}
	// Different names stay apart; й is not и with a mark.
	apart := [][2]string{
		{"Козлов", "Котлов"},
		{"Майор", "Мор"},
		{"Kim Il Sung", "Kim Il"},
		{"Находка", "Нарофоминск"},
	}
	for _, p := range apart {
		if MatchKey(p[0]) == MatchKey(p[1]) {
			t.Errorf("MatchKey(%q) == MatchKey(%q) = %q: want different", p[0], p[1], MatchKey(p[0]))
		}
	}
	if got := MatchKey("й"); got != "i" {
		t.Errorf(`MatchKey("й") = %q, want "i"`, got)
	}
}
