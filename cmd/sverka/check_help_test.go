package main

import (
	"strings"
	"testing"

	"github.com/sverka/sverka/check"
)

// TestCheckHelpNamesEveryRule: check's help names every rule it runs on an
// edition, and among those it runs on FILEs alone none that needs the
// original (the list, written out by hand, had gone stale at 10 of 20).
func TestCheckHelpNamesEveryRule(t *testing.T) {
	code, out, _ := runSverka(t, "", "check", "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	out = strings.Join(strings.Fields(out), " ") // as one line, whatever the wrapping
	edition, files, ok := strings.Cut(out, "With FILE arguments")
	if !ok {
		t.Fatalf("no paragraph on FILE arguments:\n%s", out)
	}
	files, _, _ = strings.Cut(files, "--baseline")
	for _, r := range check.Rules() {
		if !strings.Contains(edition, r.ID) {
			t.Errorf("the help on an edition does not name %s", r.ID)
		}
		if named := strings.Contains(files, r.ID+",") || strings.Contains(files, r.ID+" ") || strings.Contains(files, r.ID+"."); named == r.Original {
			t.Errorf("the help on FILEs names %s: %v, but it needs the original: %v", r.ID, named, r.Original)
		}
	}
}
