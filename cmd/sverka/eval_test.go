package main

import (
	"encoding/json"
	"strings"
	"testing"
)

const evalDir = "testdata/align/eval/"

// The figures are computed by hand in align/evaluate_test.go.
func TestEvalText(t *testing.T) {
	code, out, errs := sverka(t, "eval", "--gold", evalDir+"gold1.links", "--test", evalDir+"test1.links")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := `files: 1, test links: 5, gold links with both sides: 3
         precision  recall     F1
strict   0.6000     0.6667     0.6316
lax      0.8000     1.0000     0.8889
`
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

func TestEvalMicroAverageJSON(t *testing.T) {
	code, out, errs := sverka(t, "eval", "--format", "json",
		"--gold", evalDir+"gold1.links", "--gold", evalDir+"gold2.links",
		"--test", evalDir+"test1.links,"+evalDir+"test2.links")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r evalReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Files != 2 || r.Counts.TestLinks != 6 || r.Counts.StrictTP != 4 || r.Counts.GoldLinks != 4 || r.Counts.StrictFound != 3 {
		t.Errorf("counts %+v", r.Counts)
	}
	if d := r.Scores.StrictF1 - 0.705882; d > 1e-5 || d < -1e-5 {
		t.Errorf("strict F1 %.6f, want 0.705882 (4/6 precision, 3/4 recall)", r.Scores.StrictF1)
	}
	if d := r.Scores.LaxF1 - 0.909091; d > 1e-5 || d < -1e-5 {
		t.Errorf("lax F1 %.6f, want 0.909091", r.Scores.LaxF1)
	}
}

func TestEvalErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"eval", "--gold", evalDir + "gold1.links"}, "want --gold and --test"},
		{[]string{"eval", "--gold", evalDir + "gold1.links", "--test", evalDir + "test1.links", "--test", evalDir + "test2.links"}, "in pairs"},
		{[]string{"eval", "--gold", evalDir + "broken.links", "--test", evalDir + "test1.links"}, "broken.links:2:"},
		{[]string{"eval", "--gold", evalDir + "missing.links", "--test", evalDir + "test1.links"}, "missing.links"},
		{[]string{"eval", "--format", "xml", "--gold", evalDir + "gold1.links", "--test", evalDir + "test1.links"}, "--format"},
	} {
		code, _, errs := sverka(t, c.args...)
		if code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, errs, c.want)
		}
	}
}
