package check

import (
	"strings"
	"testing"

	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/texts"
)

// bracketEdition is one English text of a line of brackets.
func bracketEdition(tb testing.TB, line string) *edition.Edition {
	tb.Helper()
	c, err := texts.Read("d.txt", strings.NewReader(line+"\n"), texts.Options{Lang: texts.English})
	if err != nil {
		tb.Fatal(err)
	}
	var pairs []*edition.Pair
	for _, d := range c.Documents {
		pairs = append(pairs, &edition.Pair{Target: d, TargetText: c.Source})
	}
	return &edition.Edition{Pairs: pairs}
}

// TestBracketTooDeep: brackets nested past texts.MaxSpanDepth are one
// warning at the bracket past the bound, beside the errors of the rule.
func TestBracketTooDeep(t *testing.T) {
	ed := bracketEdition(t, strings.Repeat("[", 40)+"the crews - NO"+strings.Repeat("]", 40))
	var deep []Finding
	for _, f := range Run(ed, Options{}) {
		if strings.Contains(f.Message, "nested more than") {
			deep = append(deep, f)
		}
	}
	if len(deep) != 1 || deep[0].Severity != Warning || deep[0].Pos.Col != texts.MaxSpanDepth+1 || deep[0].Rule != "bracket-unbalanced" {
		t.Fatalf("findings %+v, want one warning at column %d", deep, texts.MaxSpanDepth+1)
	}
}

// BenchmarkBracketUnbalancedMixed: round brackets left open before square
// ones closing; each "]" searched the whole stack for its pair.
func BenchmarkBracketUnbalancedMixed(b *testing.B) {
	ed := bracketEdition(b, strings.Repeat("(", 20000)+"экипажи"+strings.Repeat("]", 20000))
	for b.Loop() {
		Run(ed, Options{Severity: map[string]Severity{}})
	}
}
