package align

import (
	"fmt"
	"strings"
	"testing"
)

func TestReadWordPairs(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []WordPair
		wantErr string
	}{
		{name: "both forms, comments, blank lines, BOM",
			in:   "\ufeffцемент\tcement\nsteel @ сталь\n# a comment\n\n  уголь\tcoal  \n",
			want: []WordPair{{"цемент", "cement"}, {"сталь", "steel"}, {"уголь", "coal"}}},
		{name: "phrase on each side",
			in:   "Military Council @ Военный совет\n",
			want: []WordPair{{"Военный совет", "Military Council"}}},
		{name: "third column is an error", in: "цемент\tcement\tn.\n", wantErr: "d.txt:1: 3 tab-separated columns"},
		{name: "no separator", in: "# header\nтелеграмма\n", wantErr: "d.txt:2: want 'target @ source'"},
		{name: "at sign inside a word is no separator", in: "штаб@армии\n", wantErr: "d.txt:1: want"},
		{name: "BOM only on the first line", in: "сталь\tsteel\n\ufeffуголь\tcoal\n",
			want: []WordPair{{"сталь", "steel"}, {"\ufeffуголь", "coal"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadWordPairs("d.txt", strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// Any input gives pairs with both sides, or an error that names the file
// and line.
func FuzzReadWordPairs(f *testing.F) {
	f.Add("cement @ цемент\nсталь\tsteel\n# comment\n\n")
	f.Add("\ufeffуголь\tcoal\textra column\n")
	f.Add("no separator\n")
	f.Add(" @ \n\t\n@\n")
	f.Fuzz(func(t *testing.T, text string) {
		pairs, err := ReadWordPairs("fuzz.dict", strings.NewReader(text))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.dict:") {
				t.Fatalf("error without the file: %v", err)
			}
			return
		}
		for _, p := range pairs {
			if strings.TrimSpace(p.Source) == "" || strings.TrimSpace(p.Target) == "" {
				t.Fatalf("pair with an empty side: %q", p)
			}
		}
	})
}

func ExampleReadWordPairs() {
	dict := "# from the Pyongyang telegrams\nартиллерия\tartillery\nMilitary Council @ Военный совет\n"
	pairs, err := ReadWordPairs("telegrams.dict", strings.NewReader(dict))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range pairs {
		fmt.Printf("%s = %s\n", p.Source, p.Target)
	}
	// Output:
	// артиллерия = artillery
	// Военный совет = Military Council
}
