package revision

import (
	"bytes"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/internal/golden"
	"github.com/sverka/sverka/texts"
)

// docOf builds a document of one sentence a line, as a segmenter would.
func docOf(file string, lines ...string) *texts.Document {
	d := &texts.Document{ID: "1", Lang: texts.English}
	off := 0
	for i, l := range lines {
		d.Segments = append(d.Segments, texts.Segment{
			ID: strconv.Itoa(i + 1), Kind: texts.Sentence, Text: l, Start: off, End: off + len(l), Para: 1,
			Pos: texts.Pos{File: file, Line: i + 1, Col: 1, Offset: off},
		})
		off += len(l) + 1
	}
	return d
}

// oldTranslation is an invented translation of a 1951 report, one
// sentence a line.
var oldTranslation = []string{
	"From Vladivostok.", // 0
	"I report on the progress of the repair of pier No. 4 in the port of Nakhodka.", // 1
	"The work began on 2.3.51 with the forces of a construction battalion of 310 men.",
	"The work is carried out in two shifts.",
	"The concrete work is 60 percent complete.",
	"Because of the severe frost, the laying of concrete at night has been stopped.",                        // 5
	"To finish the work we need an additional 40 tons of cement and 12 tons of reinforcing steel.",          // 6
	"The request was sent to the Main Directorate, to Comrade Kozlov, but there has been no answer so far.", // 7
	"Among the workers one notices storm-fright [shtormoboiazn'].",                                          // 8
	"After the loss of the cutter \"Smelyi\" the crews refuse to go out to the roadstead in windy weather.",
	"I request Your instruction on the urgent shipment of cement from Khabarovsk.", // 10
	"LAVRENTYEV",
	"[Source: АВП РФ. Ф. 07. Оп. 25. П. 14. Д. 3. Л. 12–13]",
}

// revised edits three sentences (2, 4, 8), splits one (7) and drops one
// (5).
func revisedTranslation() []string {
	return []string{
		"From Vladivostok.",
		"I report on the progress of the repair of pier No. 4 in the port of Nakhodka.",
		"The work began on 2 March 1951 with the forces of an engineering battalion of 310 men.",
		"The work is carried out in two shifts.",
		"The concrete work is now 65 percent complete.",
		"To finish the work we need an additional 40 tons of cement and 12 tons of reinforcing steel.",
		"The request was sent to the Main Directorate, to Comrade Kozlov.",
		"There has been no answer so far.",
		"Among the workers one notices storm-fear [shtormoboiazn'].",
		"After the loss of the cutter \"Smelyi\" the crews refuse to go out to the roadstead in windy weather.",
		"I request Your instruction on the urgent shipment of cement from Khabarovsk.",
		"LAVRENTYEV",
		"[Source: АВП РФ. Ф. 07. Оп. 25. П. 14. Д. 3. Л. 12–13]",
	}
}

func TestDiffReportsExactlyTheEdits(t *testing.T) {
	r, err := Compare(docOf("old.txt", oldTranslation...), docOf("new.txt", revisedTranslation()...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := Summary{Changed: 4, Split: 1, Removed: 1, Unchanged: 8}
	if got := r.Summary(); got != want {
		t.Errorf("summary %+v, want %+v", got, want)
	}
	var got []string
	for _, c := range r.Changes {
		if c.Kind != Unchanged {
			got = append(got, changeLabel(c)+" "+indexString(c.Old)+">"+indexString(c.New))
		}
	}
	wantChanges := []string{"changed 2>2", "changed 4>4", "removed 5>", "split 7>6,7", "changed 8>8"}
	if !reflect.DeepEqual(got, wantChanges) {
		t.Errorf("changes %q, want %q", got, wantChanges)
	}
}

func indexString(idx []int) string {
	s := make([]string, len(idx))
	for i, n := range idx {
		s[i] = strconv.Itoa(n)
	}
	if len(idx) > 0 && idx[0] == 0 {
		s[0] = "0"
	}
	return strings.Join(s, ",")
}

func TestDiffMovedAndAdded(t *testing.T) {
	revised := append([]string(nil), oldTranslation...)
	// move sentence 3 to the end, touching one word; add a sentence
	moved := revised[3]
	revised = append(revised[:3], revised[4:]...)
	revised = append(revised, strings.Replace(moved, "two", "2", 1), "[Signature illegible - NO]")
	r, err := Compare(docOf("old.txt", oldTranslation...), docOf("new.txt", revised...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := Summary{Moved: 1, Added: 1, Unchanged: 12}
	if got := r.Summary(); got != want {
		t.Errorf("summary %+v, want %+v\n%+v", got, want, r.Changes)
	}
	for _, c := range r.Changes {
		if c.Kind == Moved && (len(c.Old) != 1 || c.Old[0] != 3 || len(c.Words) == 0) {
			t.Errorf("moved change %+v, want old sentence 3 with its word changes", c)
		}
	}
}

func TestDiffIdentical(t *testing.T) {
	r, err := Compare(docOf("a", oldTranslation...), docOf("b", oldTranslation...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := r.Summary(); s.Differs() || s.Unchanged != len(oldTranslation) {
		t.Errorf("identical texts: %+v", s)
	}
}

// TestDiffThroughSource pairs the revisions through the original: the
// aligner is a stand-in that reads fixed links, so the test checks the
// pairing, not the aligner.
func TestDiffThroughSource(t *testing.T) {
	source := docOf("ru.txt", "Из Владивостока.", "Работы ведутся в две смены.", "Бетонные работы выполнены на 60 процентов.")
	source.Lang = texts.Russian
	old := docOf("old.txt", "From Vladivostok.", "The work goes on in two shifts and the concrete work is 60 percent complete.")
	new := docOf("new.txt", "From Vladivostok.", "Work is done in two shifts.", "Concrete: 60 percent done.")
	alignFn := func(src, tgt []align.Sentence, _ align.Options) ([]align.Link, error) {
		if len(tgt) == 2 {
			return []align.Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1, 2}, Target: []int{1}}}, nil
		}
		return []align.Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1}, Target: []int{1}}, {Source: []int{2}, Target: []int{2}}}, nil
	}
	r, err := Compare(old, new, Options{Source: source, Align: alignFn})
	if err != nil {
		t.Fatal(err)
	}
	if s := r.Summary(); s != (Summary{Changed: 1, Split: 1, Unchanged: 1}) {
		t.Errorf("summary %+v", s)
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"storm-fright [shtormoboiazn'] is", []string{"storm-fright", " ", "[", "shtormoboiazn'", "]", " ", "is"}},
		{"Отправлено 14.3.51 г.", []string{"Отправлено", " ", "14.3.51", " ", "г", "."}},
		{"no.  end", []string{"no", ".", "  ", "end"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := tokens(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func plainWords(ds []WordDiff) string {
	var b bytes.Buffer
	for _, d := range ds {
		switch d.Op {
		case WordDelete:
			b.WriteString("[-" + d.Text + "-]")
		case WordInsert:
			b.WriteString("{+" + d.Text + "+}")
		default:
			b.WriteString(d.Text)
		}
	}
	return b.String()
}

func TestWordDiffs(t *testing.T) {
	tests := []struct{ old, new, want string }{
		{"The concrete work is 60 percent complete.", "The concrete work is now 65 percent complete.",
			"The concrete work is [-60-]{+now 65+} percent complete."},
		{"one notices storm-fright [shtormoboiazn'].", "one notices storm-fear [shtormoboiazn'].",
			"one notices [-storm-fright-]{+storm-fear+} [shtormoboiazn']."},
		{"Бетонные работы выполнены на 60 процентов.", "Бетонные работы закончены на 65 процентов.",
			"Бетонные работы [-выполнены-]{+закончены+} на [-60-]{+65+} процентов."},
		{"same", "same", "same"},
	}
	for _, tt := range tests {
		if got := plainWords(WordDiffs(tt.old, tt.new)); got != tt.want {
			t.Errorf("WordDiffs(%q, %q)\n got %s\nwant %s", tt.old, tt.new, got, tt.want)
		}
	}
}

func FuzzWordDiffs(f *testing.F) {
	f.Add("The concrete work is 60 percent complete.", "The concrete work is now 65 percent done.")
	f.Add("Бетонные работы", "Бетонные\xffработы")
	f.Fuzz(func(t *testing.T, old, new string) {
		var a, b strings.Builder
		for _, d := range WordDiffs(old, new) {
			if d.Op != WordInsert {
				a.WriteString(d.Text)
			}
			if d.Op != WordDelete {
				b.WriteString(d.Text)
			}
		}
		if a.String() != old || b.String() != new {
			t.Fatalf("diff does not rebuild the texts: %q / %q", a.String(), b.String())
		}
	})
}

func TestDiffGolden(t *testing.T) {
	r, err := Compare(docOf("old.txt", oldTranslation...), docOf("new.txt", revisedTranslation()...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"diff.txt", func(b *bytes.Buffer) error { return WriteText(b, r, PrintOptions{}) }},
		{"diff-color.txt", func(b *bytes.Buffer) error { return WriteText(b, r, PrintOptions{Color: true}) }},
		{"diff.html", func(b *bytes.Buffer) error { return WriteHTML(b, r, PrintOptions{}) }},
	} {
		var buf bytes.Buffer
		if err := tt.write(&buf); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", tt.name), buf.Bytes())
	}
}

// TestDiffThroughSourceUnpairedSentences: a translator's note with no
// counterpart in the original, the same in both revisions, is unchanged,
// not removed and added (nor moved).
func TestDiffThroughSourceUnpairedSentences(t *testing.T) {
	source := docOf("ru.txt", "Из Владивостока.", "Работы ведутся в две смены.")
	source.Lang = texts.Russian
	old := docOf("old.txt", "From Vladivostok.", "[The next line is torn - NO]", "The work goes on in two shifts.")
	new := docOf("new.txt", "From Vladivostok.", "[The next line is torn - NO]", "Work is done in two shifts.")
	alignFn := func(src, tgt []align.Sentence, _ align.Options) ([]align.Link, error) {
		return []align.Link{{Source: []int{0}, Target: []int{0}}, {Target: []int{1}}, {Source: []int{1}, Target: []int{2}}}, nil
	}
	r, err := Compare(old, new, Options{Source: source, Align: alignFn})
	if err != nil {
		t.Fatal(err)
	}
	if s := r.Summary(); s != (Summary{Changed: 1, Unchanged: 2}) {
		t.Errorf("summary %+v, want 1 changed, 2 unchanged: %+v", s, r.Changes)
	}
}

// FuzzDiffCoverage: whatever the two revisions, every old and every new
// sentence is in exactly one change, in order of the new revision.
func FuzzDiffCoverage(f *testing.F) {
	f.Add(strings.Join(oldTranslation, "\n"), strings.Join(revisedTranslation(), "\n"))
	f.Add("a b c\nd e f\na b c", "d e f\na b c\nx")
	f.Add("", "Из Владивостока.")
	f.Fuzz(func(t *testing.T, a, b string) {
		old, new := docOf("old", strings.Split(a, "\n")...), docOf("new", strings.Split(b, "\n")...)
		r, err := Compare(old, new, Options{})
		if err != nil {
			t.Fatal(err)
		}
		seenOld := make([]int, len(old.Segments))
		seenNew := make([]int, len(new.Segments))
		lastNew := -1
		for _, c := range r.Changes {
			for _, i := range c.Old {
				seenOld[i]++
			}
			for _, j := range c.New {
				seenNew[j]++
				if j < lastNew {
					t.Fatalf("changes out of the new revision's order: %+v", r.Changes)
				}
				lastNew = j
			}
			if c.Kind == Unchanged && c.OldText != c.NewText {
				t.Fatalf("unchanged pair differs: %+v", c)
			}
		}
		for i, n := range seenOld {
			if n != 1 {
				t.Fatalf("old sentence %d in %d changes", i, n)
			}
		}
		for j, n := range seenNew {
			if n != 1 {
				t.Fatalf("new sentence %d in %d changes", j, n)
			}
		}
	})
}

// TestSymbolsSkipSurrogates: symbol runes survive a string round trip
// past the surrogate range, where diff-match-patch would turn them into
// U+FFFD.
func TestSymbolsSkipSurrogates(t *testing.T) {
	for _, k := range []int{0, 1, 0xD7FE, 0xD7FF, 0xD800, 0xD801, 0x20000} {
		r := symbolRune(k)
		if back := []rune(string(r)); len(back) != 1 || back[0] != r || symbolIndex(r) != k {
			t.Errorf("symbol %d: rune %U does not survive (back %U, index %d)", k, r, back, symbolIndex(r))
		}
	}
}

func TestDiffTotal(t *testing.T) {
	changed, err := Compare(docOf("old.txt", oldTranslation...), docOf("new.txt", revisedTranslation()...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	same, err := Compare(docOf("a", "Из Владивостока.", "LAVRENTYEV"), docOf("b", "Из Владивостока.", "LAVRENTYEV"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "In all, 2 documents, 1 with differences: 4 sentences changed (1 split), 1 removed; 10 unchanged"
	if got := Total([]*Revision{changed, same}); got != want {
		t.Errorf("Total = %q, want %q", got, want)
	}
	if got := (Summary{Changed: 1, Split: 1}).Add(Summary{Changed: 2, Merged: 1, Moved: 3}); got != (Summary{Changed: 3, Split: 1, Merged: 1, Moved: 3}) {
		t.Errorf("Add = %+v", got)
	}
}
