package align

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

func mustLinks(t *testing.T, s string) []Link {
	t.Helper()
	ls, err := ReadLinks("test", strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return ls
}

// Scores computed by hand from the definitions in ../shared/eval/README.md.
func TestCountsHandComputed(t *testing.T) {
	var c Counts
	c.Compare(mustLinks(t, "[0]:[0]\n[1]:[1, 2]\n[2]:[]\n[3]:[3]\n"), mustLinks(t, "[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[]\n[3]:[3]\n"))
	// Precision: 5 output links; exact: [0]:[0], [2]:[], [3]:[3]; lax adds
	// [1]:[1] (gold links 1 to 1). Recall: 3 gold links with both sides;
	// exact [0]:[0], [3]:[3]; lax adds [1]:[1, 2].
	want := Counts{TestLinks: 5, StrictTP: 3, LaxTP: 4, GoldLinks: 3, StrictFound: 2, LaxFound: 3}
	if c != want {
		t.Fatalf("counts %+v, want %+v", c, want)
	}
	s := c.Scores()
	near := func(name string, got, want float64) {
		if math.Abs(got-want) > 1e-6 {
			t.Errorf("%s = %.6f, want %.6f", name, got, want)
		}
	}
	near("strict P", s.StrictP, 0.6)
	near("strict R", s.StrictR, 2.0/3)
	near("strict F1", s.StrictF1, 0.631579)
	near("lax P", s.LaxP, 0.8)
	near("lax R", s.LaxR, 1)
	near("lax F1", s.LaxF1, 0.888889)
	// A second document: counts are summed, then scored (micro-average).
	c.Compare(mustLinks(t, "[0]:[0]\n"), mustLinks(t, "[0]:[0]:0.97\n"))
	s = c.Scores()
	near("micro strict F1", s.StrictF1, 0.705882)
	near("micro lax F1", s.LaxF1, 0.909091)
}

func TestCountsEdgeCases(t *testing.T) {
	var c Counts
	// Links empty on both sides are dropped; order inside a side does not
	// matter.
	c.Compare([]Link{{Source: []int{1, 0}, Target: []int{0}}, {}}, []Link{{Source: []int{0, 1}, Target: []int{0}}, {}})
	if s := c.Scores(); s.StrictF1 != 1 || c.TestLinks != 1 {
		t.Errorf("got %+v %+v", c, s)
	}
	var empty Counts
	if s := empty.Scores(); s.StrictF1 != 0 || math.IsNaN(s.LaxF1) {
		t.Errorf("empty: %+v", s)
	}
}

func TestReadLinks(t *testing.T) {
	ls := mustLinks(t, "# comment\n[0, 1]:[2]\n\n[]:[7]\n[4]:[]:0.25\n[5]:[8]:confirmed\n[6]:[9]:0.5:confirmed\n")
	var b strings.Builder
	if err := WriteLinks(&b, ls, true); err != nil {
		t.Fatal(err)
	}
	want := "[0, 1]:[2]:1.000\n[]:[7]:1.000\n[4]:[]:0.250\n[5]:[8]:1.000:confirmed\n[6]:[9]:0.500:confirmed\n"
	if b.String() != want {
		t.Errorf("round trip:\n%s\nwant\n%s", b.String(), want)
	}
	bad := []struct{ in, want string }{
		{"[0]:[1\n", "test:1: missing ']'"},
		{"[0]\n", "want ':'"},
		{"[0]:[x]\n", "bad sentence id"},
		{"[0]:[1]:2\n", "bad field"},
		{"\n[0]:[1]:yes\n", "test:2:"},
		{"[-1]:[1]\n", "bad sentence id"},
	}
	for _, c := range bad {
		_, err := ReadLinks("test", strings.NewReader(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.in, err, c.want)
		}
	}
}

func FuzzReadAlignment(f *testing.F) {
	f.Add("[0, 1]:[2]\n[]:[7]:0.5:confirmed\n")
	f.Add("# 1 2\n[0]:[0]\n# 3 3\n[1]:[]\n")
	f.Add(`{"format":"sverka-alignment","version":1,"bitexts":[{"source":{"file":"ru.txt","sentences":[]},"target":{"file":"en.txt","sentences":[]},"links":[{"source":[0],"target":[0],"confidence":1}]}]}`)
	// cesAlign counted from s0, a link going round debris.
	f.Add(`<cesAlign version="1.0"><linkGrp targType="s" fromDoc="de.txt" toDoc="fr.txt"><link xtargets="s0;s0"/><link xtargets="s1;s1 s3"/><link xtargets=";s2"/><link xtargets="s2;s4"/></linkGrp></cesAlign>`)
	f.Fuzz(func(t *testing.T, s string) {
		bs, err := ReadAlignment("fuzz", strings.NewReader(s))
		if err != nil {
			return
		}
		for _, b := range bs {
			var w strings.Builder
			if err := WriteLinks(&w, b.Links, true); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func ExampleCounts() {
	gold, _ := ReadLinks("gold", strings.NewReader("[0]:[0]\n[1]:[1, 2]\n"))
	test, _ := ReadLinks("test", strings.NewReader("[0]:[0]\n[1]:[1]\n[]:[2]\n"))
	var c Counts
	c.Compare(gold, test)
	s := c.Scores()
	fmt.Printf("strict F1 %.2f, lax F1 %.2f\n", s.StrictF1, s.LaxF1)
	// Output:
	// strict F1 0.40, lax F1 0.80
}
