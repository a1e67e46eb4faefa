package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
)

const evalDir = "testdata/align/eval/"

// The figures are computed by hand in align/evaluate_test.go.
func TestEvalText(t *testing.T) {
	code, out, errs := runSverka(t, "", "eval", "--gold", evalDir+"gold1.links", "--test", evalDir+"test1.links")
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
	code, out, errs := runSverka(t, "", "eval", "--format", "json",
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

// sverka align writes several documents to one file ("# SRC TGT" lines);
// eval pairs them by id, whatever their order. Counted by hand: doc 1 has
// test links [0]:[0] (strict), [1]:[1] (lax), []:[2] (neither) and gold
// [0]:[0] (found), [1]:[1, 2] (lax); doc 2 matches exactly, [1]:[]
// included. So 3 of 5 strict, 4 of 5 lax; 2 of 3 gold strict, 3 lax.
func TestEvalMultiDocument(t *testing.T) {
	code, out, errs := runSverka(t, "", "eval", "--format", "json", "--gold", evalDir+"gold-two.links", "--test", evalDir+"test-two.links")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r evalReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	want := align.Counts{TestLinks: 5, StrictTP: 3, LaxTP: 4, GoldLinks: 3, StrictFound: 2, LaxFound: 3}
	if r.Counts != want {
		t.Errorf("counts %+v, want %+v", r.Counts, want)
	}
	code, _, errs = runSverka(t, "", "eval", "--gold", evalDir+"gold-two.links", "--test", evalDir+"test-other.links")
	if code != 2 || !strings.Contains(errs, "gold-two.links: document 2 2 has no counterpart in") {
		t.Errorf("exit %d, stderr %q; want the unpaired document named", code, errs)
	}
}

// Several files after one flag, as a shell glob gives them; mixed with
// repeated flags and commas; the help says so.
func TestEvalSeveralFilesAfterOneFlag(t *testing.T) {
	for _, args := range [][]string{
		{"--gold", evalDir + "gold1.links", evalDir + "gold2.links", "--test", evalDir + "test1.links", evalDir + "test2.links", "--format", "json"},
		{"--format=json", "--test", evalDir + "test1.links", "--gold=" + evalDir + "gold1.links," + evalDir + "gold2.links", "--test", evalDir + "test2.links"},
	} {
		code, out, errs := runSverka(t, "", append([]string{"eval"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		var r evalReport
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		if r.Files != 2 || r.Counts.TestLinks != 6 || r.Counts.StrictTP != 4 {
			t.Errorf("%v: %+v", args, r)
		}
	}
	code, out, _ := runSverka(t, "", "eval", "--help")
	if code != 0 || !strings.Contains(out, "--gold a b c --test x y z") || !strings.Contains(out, "Exit status") ||
		!strings.Contains(out, "--gold FILE") || !strings.Contains(out, "--format string") {
		t.Errorf("help:\n%s", out)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"eval", "stray.links", "--gold", evalDir + "gold1.links"}, "files go after --gold or --test"},
		{[]string{"eval", "--gold", evalDir + "gold1.links", "--test", evalDir + "test1.links", "--frmat", "json"}, "unknown flag: --frmat"},
		{[]string{"eval", "--gold", evalDir + "gold1.links", "--test", evalDir + "test1.links", "--format"}, "flag needs an argument: --format"},
	} {
		code, _, errs := runSverka(t, "", c.args...)
		if code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, errs, c.want)
		}
	}
}
