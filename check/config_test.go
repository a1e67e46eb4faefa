package check

import (
	"strings"
	"testing"

	"github.com/sverka/sverka/edition"
)

func TestOptionsFrom(t *testing.T) {
	const base = "documents: {source: 'ru/doc{id}.txt', target: en.txt}\n"
	for _, tc := range []struct{ in, want string }{
		{"rules:\n  name-varient: error\n", `sverka.yaml:3:3: unknown key "name-varient" in rules`},
		{"rules:\n  name-variant: fatal\n", `sverka.yaml:3:17: name-variant: unknown severity "fatal"`},
		{"rules:\n  name-variant: ERROR\n  term-inconsistent: off\n", ""},
	} {
		cfg, err := edition.Load("sverka.yaml", strings.NewReader(base+tc.in))
		if err != nil {
			t.Fatal(err)
		}
		opts, err := OptionsFrom(cfg, "ed")
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q: %v", tc.in, err)
		case tc.want == "":
			if opts.Severity["name-variant"] != Error || opts.Severity["term-inconsistent"] != Off || opts.BaseDir != "ed" {
				t.Errorf("%q: options %+v", tc.in, opts)
			}
		case err == nil || !strings.HasPrefix(err.Error(), tc.want):
			t.Errorf("%q: error %v, want %s", tc.in, err, tc.want)
		}
	}
}
