package align

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTruncKeepsRunesWhole(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"short", "[0]:[1]", "[0]:[1]"},
		{"ascii at limit", strings.Repeat("x", 30), strings.Repeat("x", 30)},
		// "Ш" is two bytes: "[" then 14 letters end at byte 29, the
		// fifteenth would straddle byte 30.
		{"cyrillic straddles the cut", "[" + strings.Repeat("Ш", 20), "[" + strings.Repeat("Ш", 14) + "..."},
		{"cyrillic ends at the cut", strings.Repeat("Ш", 20), strings.Repeat("Ш", 15) + "..."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := trunc(tt.in)
			if got != tt.want {
				t.Errorf("trunc(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("trunc(%q) = %q is not valid UTF-8", tt.in, got)
			}
		})
	}
}

func TestReadLinksCyrillicErrorIsValidUTF8(t *testing.T) {
	_, err := ReadLinks("связь.txt", strings.NewReader("[0]:Штыкову передана телеграмма из Москвы\n"))
	if err == nil {
		t.Fatal("want an error for a target that is not a list of ids")
	}
	if !utf8.ValidString(err.Error()) {
		t.Errorf("error %q is not valid UTF-8", err)
	}
	if !strings.Contains(err.Error(), "связь.txt:1") {
		t.Errorf("error %q does not name the file and line", err)
	}
}

func TestSortLinksReturnsTextOrder(t *testing.T) {
	in := []Link{
		{Source: []int{2}, Target: []int{3}},
		{Source: []int{}, Target: []int{1}},
		{Source: []int{0}, Target: []int{0}},
		{Source: []int{1}, Target: []int{2}},
		{Source: []int{}, Target: []int{4}},
	}
	got := SortLinks(in)
	want := "[0]:[0] []:[1] [1]:[2] [2]:[3] []:[4]"
	var parts []string
	for _, l := range got {
		parts = append(parts, FormatIDs(l.Source)+":"+FormatIDs(l.Target))
	}
	if s := strings.Join(parts, " "); s != want {
		t.Errorf("SortLinks = %s, want %s", s, want)
	}
	if in[0].Source[0] != 2 {
		t.Errorf("SortLinks changed its argument: first link now %v", in[0])
	}
}

// Both entry points to the links format go through one parser, and both
// accept a file that starts with a byte order mark.
func TestLinksFormatBOM(t *testing.T) {
	const text = "\ufeff# телеграмма-1 telegram-1\n[0]:[0]:0.900\n[1, 2]:[1]:confirmed\n"
	links, err := ReadLinks("связи.links", strings.NewReader(text))
	if err != nil {
		t.Fatalf("ReadLinks: %v", err)
	}
	if len(links) != 2 || !links[1].Confirmed || links[0].Confidence != 0.9 {
		t.Errorf("ReadLinks = %+v", links)
	}
	bs, err := ReadAlignment("связи.links", strings.NewReader(text))
	if err != nil {
		t.Fatalf("ReadAlignment: %v", err)
	}
	if len(bs) != 1 || bs[0].Source.Document != "телеграмма-1" || bs[0].Target.Document != "telegram-1" {
		t.Fatalf("ReadAlignment = %+v", bs)
	}
	if fmt.Sprint(bs[0].Lines) != "[2 3]" || len(bs[0].Links) != 2 {
		t.Errorf("ReadAlignment links %+v on lines %v, want two on lines [2 3]", bs[0].Links, bs[0].Lines)
	}
	// A BOM in the middle of the file is not a BOM: line 2 is an error in
	// both, named the same way.
	bad := "[0]:[0]\n\ufeff[1]:[1]\n"
	_, err1 := ReadLinks("связи.links", strings.NewReader(bad))
	_, err2 := ReadAlignment("связи.links", strings.NewReader(bad))
	if err1 == nil || err2 == nil || err1.Error() != err2.Error() || !strings.HasPrefix(err1.Error(), "связи.links:2:") {
		t.Errorf("errors %v and %v, want the same error on line 2", err1, err2)
	}
}

func TestReadLinksRefusesScoreOutsideUnitRange(t *testing.T) {
	for _, score := range []string{"NaN", "-0.1", "1.5", "+Inf"} {
		in := "# москва пхеньян\n[0]:[0]:" + score + "\n"
		if _, err := ReadLinks("связи.links", strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "связи.links:2") {
			t.Errorf("score %s: error %v, want one naming связи.links:2", score, err)
		}
	}
}

// SortLinks puts a link that goes round OCR debris before the debris,
// which stands alone right after it.
func ExampleSortLinks() {
	links := []Link{
		{Source: []int{}, Target: []int{2}},
		{Source: []int{2}, Target: []int{4}},
		{Source: []int{1}, Target: []int{1, 3}},
		{Source: []int{0}, Target: []int{0}},
	}
	for _, l := range SortLinks(links) {
		fmt.Println(FormatIDs(l.Source) + ":" + FormatIDs(l.Target))
	}
	// Output:
	// [0]:[0]
	// [1]:[1, 3]
	// []:[2]
	// [2]:[4]
}
