package check

import (
	"strings"
	"testing"

	"github.com/sverka/sverka/glossary"
)

func TestValidateExceptions(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		want       string // empty: valid
	}{
		{"rule and rule:match", "entries:\n  - russian: Штыков\n    exceptions: [name-variant, 'term-forbidden:Shtykoff']\n", ""},
		{"unknown rule", "entries:\n  - russian: Штыков\n    exceptions: [name-variant, 'spelling:Shtykoff']\n",
			`g.yaml:3:32: exception "spelling:Shtykoff": want RULE or RULE:MATCH, where RULE is one of `},
		{"one exception, not a list", "entries:\n  - russian: Штыков\n    exceptions: namevariant\n",
			`g.yaml:3:17: exception "namevariant": want RULE or RULE:MATCH`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := glossary.Load("g.yaml", strings.NewReader(tc.yaml))
			if err != nil {
				t.Fatal(err)
			}
			err = ValidateExceptions(g)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tc.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.want)):
				t.Errorf("error %v, want it to begin %q", err, tc.want)
			}
		})
	}
}
