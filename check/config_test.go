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

func TestUserRuleErrors(t *testing.T) {
	const base = "documents: {source: 'ru/doc{id}.txt', target: en.txt}\n"
	for _, tc := range []struct{ in, want string }{
		{"rules:\n  - {id: cmrd, pattern: 'Cmrd(', message: x}\n", `sverka.yaml:3:25: cmrd: bad pattern: missing closing )`},
		{"rules:\n  - {id: cmrd, pattern: 'x*'}\n", `sverka.yaml:3:25: cmrd: the pattern "x*" matches the empty string`},
		{"rules:\n  - id: cmrd\n    pattern: Cmrd\n    severity: fatal\n", `sverka.yaml:5:15: cmrd: unknown severity "fatal"`},
		{"rules:\n  - {id: cmrd, pattern: Cmrd, on: french}\n", `sverka.yaml:3:35: cmrd: on: "french" is not english, russian or both`},
		{"rules:\n  - {id: name-variant, pattern: Cmrd}\n", `sverka.yaml:3:10: rule "name-variant" is already a rule`},
		{"rules:\n  - {id: no-such-rule, severity: error}\n", `sverka.yaml:3:10: unknown key "no-such-rule" in rules`},
		{"rules:\n  - {swap: {'Comrade(': Cmrd.}}\n", `sverka.yaml:3:13: swap: bad pattern`},
		{"rules:\n  - {id: cmrd, pattern: Cmrd, colour: red}\n", `sverka.yaml:3:31: unknown key "colour" in a rule`},
	} {
		cfg, err := edition.Load("sverka.yaml", strings.NewReader(base+tc.in))
		if err == nil {
			_, err = OptionsFrom(cfg, "ed")
		}
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %s", tc.in, err, tc.want)
		}
	}
}
