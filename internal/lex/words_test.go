package lex

import (
	"reflect"
	"testing"
)

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in     string
		hyphen bool
		want   []string
	}{
		{"Dal'nii and Lavrentyev's men", false, []string{"Dal'nii", "and", "Lavrentyev's", "men"}},
		{"Хон-Ен пишет: «да»", false, []string{"Хон", "Ен", "пишет", "да"}},
		{"Хон-Ен, storm-fright", true, []string{"Хон-Ен", "storm-fright"}},
		{"aviaboiazn' [x]", false, []string{"aviaboiazn", "x"}},
		{"8:10 a.m.", false, []string{"8", "10", "a", "m"}},
		{"", false, nil},
	} {
		var got []string
		for _, w := range Words(tc.in, tc.hyphen) {
			if tc.in[w.Start:w.End] != w.Text {
				t.Errorf("%q: offsets %d:%d do not give %q", tc.in, w.Start, w.End, w.Text)
			}
			got = append(got, w.Text)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Words(%q, %v) = %q, want %q", tc.in, tc.hyphen, got, tc.want)
		}
	}
}

func TestLower(t *testing.T) {
	for in, want := range map[string]string{
		"STALIN": "stalin", "Ёлкин": "ёлкин", "ПХЕНЬЯН": "пхеньян", "déjà": "déjà", "ÉCOLE": "école", "Kim": "kim",
	} {
		if got := Lower(in); got != want {
			t.Errorf("Lower(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCase(t *testing.T) {
	if !IsAllCaps("ШТЫКОВ'S") || IsAllCaps("Shtykov") || IsAllCaps("1950") {
		t.Error("IsAllCaps")
	}
	if !FirstUpper("Москва") || FirstUpper("москва") || FirstUpper("") {
		t.Error("FirstUpper")
	}
	if !HasCyrillic("Stаlin") || HasCyrillic("Stalin") {
		t.Error("HasCyrillic") // the first has a Cyrillic а
	}
}

func TestCountScripts(t *testing.T) {
	if lat, cyr := CountScripts("Stаlin, Сталин 1950"); lat != 5 || cyr != 7 {
		t.Errorf("CountScripts = %d Latin, %d Cyrillic; want 5, 7", lat, cyr)
	}
}
