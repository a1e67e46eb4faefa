package review

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/glossary"
)

// findingOf returns the first finding of the rule in the state.
func findingOf(t *testing.T, st state, rule string) findingState {
	t.Helper()
	for _, f := range st.Findings {
		if f.Rule == rule {
			return f
		}
	}
	t.Fatalf("no %s finding among %d", rule, len(st.Findings))
	return findingState{}
}

// inOrder reports whether every line of old is in new, in order: an edit
// that only adds lines.
func inOrder(old, new string) bool {
	nl := strings.Split(new, "\n")
	k := 0
	for _, l := range strings.Split(old, "\n") {
		for k < len(nl) && nl[k] != l {
			k++
		}
		if k == len(nl) {
			return false
		}
		k++
	}
	return true
}

func TestAcceptIntoBaseline(t *testing.T) {
	s, dir := testServer(t)
	h := s.Handler()
	st := getState(t, h)
	f := findingOf(t, st, "gloss-mismatch")
	w := call(t, h, "POST", "/api/findings/baseline", body(t, st, map[string]any{"finding": f.Fingerprint}), nil)
	if w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	data, err := os.ReadFile(filepath.Join(dir, DefaultBaseline))
	if err != nil {
		t.Fatal(err)
	}
	b, err := check.ReadBaseline("baseline", bytes.NewReader(data))
	if err != nil || len(b.Findings) != 1 || b.Findings[0].Fingerprint != f.Fingerprint {
		t.Fatalf("baseline %v: %s", err, data)
	}
	after := getState(t, h)
	if len(after.Findings) != len(st.Findings)-1 {
		t.Errorf("%d findings after accepting one of %d", len(after.Findings), len(st.Findings))
	}
	// A second one is added to the same file.
	g := findingOf(t, after, "term-forbidden")
	if w := call(t, h, "POST", "/api/findings/baseline", body(t, after, map[string]any{"finding": g.Fingerprint}), nil); w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	data, _ = os.ReadFile(filepath.Join(dir, DefaultBaseline))
	if b, err := check.ReadBaseline("baseline", bytes.NewReader(data)); err != nil || len(b.Findings) != 2 {
		t.Errorf("baseline after two: %v %s", err, data)
	}
	// The page that saw the first version cannot write over the second.
	if w := call(t, h, "POST", "/api/findings/baseline", body(t, st, map[string]any{"finding": f.Fingerprint}), nil); w.Code != 409 {
		t.Errorf("stale baseline write: %d %s", w.Code, w.Body)
	}
}

func TestAcceptAsException(t *testing.T) {
	s, dir := testServer(t)
	h := s.Handler()
	path := filepath.Join(dir, "glossary.yaml")
	old, _ := os.ReadFile(path)
	st := getState(t, h)
	f := findingOf(t, st, "term-forbidden")
	w := call(t, h, "POST", "/api/findings/exception", body(t, st, map[string]any{"finding": f.Fingerprint}), nil)
	if w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	now, _ := os.ReadFile(path)
	if !inOrder(string(old), string(now)) || strings.Count(string(now), "\n") != strings.Count(string(old), "\n")+1 {
		t.Errorf("the glossary was rewritten, not one line added:\n%s", now)
	}
	if !strings.Contains(string(now), `    exceptions: ["term-forbidden:Lavrentiev"]`) {
		t.Errorf("no exception line:\n%s", now)
	}
	g, err := glossary.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if e := g.Entry("lavrentev"); e == nil || len(e.Exceptions) != 1 {
		t.Errorf("entry lavrentev: %+v", e)
	}
	if after := getState(t, h); len(after.Findings) != len(st.Findings)-1 {
		t.Errorf("%d findings after accepting one of %d", len(after.Findings), len(st.Findings))
	}
	// A finding that names no English words (a term not rendered) is
	// accepted by its rule alone, and the message says for how much.
	if err := os.WriteFile(path, append(now, "  - id: batalon\n    russian: [батальон]\n    renderings: [detachment]\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	st = getState(t, h)
	f = findingOf(t, st, "term-missing")
	w = call(t, h, "POST", "/api/findings/exception", body(t, st, map[string]any{"finding": f.Fingerprint}), nil)
	if w.Code != 200 || !strings.Contains(w.Body.String(), "term-missing, which accepts every term-missing finding about batalon") {
		t.Errorf("exception for a term not rendered: %d %s", w.Code, w.Body)
	}
	// A finding about no entry cannot be one of its exceptions.
	st = getState(t, h)
	for _, f := range st.Findings {
		if f.Entry == "" {
			w := call(t, h, "POST", "/api/findings/exception", body(t, st, map[string]any{"finding": f.Fingerprint}), nil)
			if w.Code != 400 || !strings.Contains(w.Body.String(), "no glossary entry") {
				t.Errorf("exception on no entry: %d %s", w.Code, w.Body)
			}
			break
		}
	}
}

func TestAddGlossaryEntry(t *testing.T) {
	s, dir := testServer(t)
	h := s.Handler()
	path := filepath.Join(dir, "glossary.yaml")
	old, _ := os.ReadFile(path)
	st := getState(t, h)
	w := call(t, h, "POST", "/api/findings/entry", body(t, st, map[string]any{"russian": "маяк", "english": "lighthouse: No. 4", "kind": "place"}), nil)
	if w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	now, _ := os.ReadFile(path)
	if !inOrder(string(old), string(now)) {
		t.Errorf("the glossary's lines were not kept:\n%s", now)
	}
	g, err := glossary.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	e := g.Entry("maiak")
	if e == nil || e.Kind != glossary.Place || e.Russian[0] != "маяк" || e.Renderings[0].Text != "lighthouse: No. 4" {
		t.Fatalf("new entry: %+v\n%s", e, now)
	}
	// The same word again, in another form, with another rendering: the
	// entry it has takes the rendering, admitted (a second entry of the
	// word would make its every match ambiguous).
	st = getState(t, h)
	if w := call(t, h, "POST", "/api/findings/entry", body(t, st, map[string]any{"russian": "маяка", "english": "beacon"}), nil); w.Code != 200 || !strings.Contains(w.Body.String(), "Added the rendering beacon to maiak") {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	g, err = glossary.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if e := g.Entry("maiak"); g.Entry("maiak-2") != nil || len(e.Renderings) != 2 || e.Renderings[1].Text != "beacon" || e.Renderings[1].Status != glossary.Admitted || e.Renderings[0].Status != glossary.Preferred {
		t.Errorf("маяк → beacon again: %+v, a second entry %v", e.Renderings, g.Entry("maiak-2") != nil)
	}
	// A rendering it has already changes nothing.
	now, _ = os.ReadFile(path)
	st = getState(t, h)
	if w := call(t, h, "POST", "/api/findings/entry", body(t, st, map[string]any{"russian": "маяк", "english": "Beacon"}), nil); w.Code != 200 || !strings.Contains(w.Body.String(), "nothing added") {
		t.Errorf("%d %s", w.Code, w.Body)
	}
	if again, _ := os.ReadFile(path); string(again) != string(now) {
		t.Errorf("the glossary changed:\n%s", again)
	}
	// The id is the glossary's own id of the word, as suggest makes it:
	// the soft sign left out, not made an underscore.
	st = getState(t, h)
	if w := call(t, h, "POST", "/api/findings/entry", body(t, st, map[string]any{"russian": "Яньцзи", "english": "Yanji", "kind": "place"}), nil); w.Code != 200 || !strings.Contains(w.Body.String(), "Added iantszi ") {
		t.Errorf("%d %s, want entry iantszi", w.Code, w.Body)
	}
	// Re-running the check uses it.
	st = getState(t, h)
	if w := call(t, h, "POST", "/api/findings/recheck", body(t, st, nil), nil); w.Code != 200 || !strings.Contains(w.Body.String(), "Checked again") {
		t.Errorf("recheck: %d %s", w.Code, w.Body)
	}
}

// TestPairsGetAlignment: pairs named one by one, in block and flow style,
// get their alignment line when first saved.
func TestPairsGetAlignment(t *testing.T) {
	for _, tt := range []struct{ name, pairs, want string }{
		{"block", "pairs:\n  # the telegram\n  - source: ru/doc1.txt\n    target: en.txt#1\n", "    target: en.txt#1\n    alignment: \"align/doc1.json\"\n"},
		{"flow", "pairs:\n  - {source: ru/doc1.txt, target: 'en.txt#1'}  # the telegram\n", "  - {source: ru/doc1.txt, target: 'en.txt#1', alignment: \"align/doc1.json\"}  # the telegram\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyDir(t, filepath.Join("..", "examples", "telegrams"))
			cfg := "# one pair\nlanguages: {source: ru, target: en}\nglossary: glossary.yaml\n" + tt.pairs
			os.WriteFile(filepath.Join(dir, "sverka.yaml"), []byte(cfg), 0o644)
			s, err := New(filepath.Join(dir, "sverka.yaml"), Options{Addr: testAddr, Token: "secret"})
			if err != nil {
				t.Fatal(err)
			}
			h := s.Handler()
			st := getState(t, h)
			if w := call(t, h, "POST", "/api/links/confirm", body(t, st, map[string]any{"doc": 0, "link": 0}), nil); w.Code != 200 {
				t.Fatalf("%d %s", w.Code, w.Body)
			}
			now, _ := os.ReadFile(filepath.Join(dir, "sverka.yaml"))
			if !strings.Contains(string(now), tt.want) || !strings.HasPrefix(string(now), "# one pair\n") {
				t.Errorf("sverka.yaml:\n%s", now)
			}
			if bs := readStored(t, filepath.Join(dir, "align", "doc1.json")); !bs[0].Links[0].Confirmed {
				t.Error("not saved")
			}
		})
	}
}

// TestExistingFileNotOverwritten: a file where the alignment would go,
// that sverka.yaml does not name, is not written over.
func TestExistingFileNotOverwritten(t *testing.T) {
	s, dir := testServer(t)
	os.MkdirAll(filepath.Join(dir, "align"), 0o755)
	os.WriteFile(filepath.Join(dir, "align", "doc2.json"), []byte("mine"), 0o644)
	s2, err := New(filepath.Join(dir, "sverka.yaml"), Options{Addr: testAddr, Token: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	_ = s
	h := s2.Handler()
	st := getState(t, h)
	w := call(t, h, "POST", "/api/links/confirm", body(t, st, map[string]any{"doc": 0, "link": 0}), func(r *http.Request) {})
	// Named at the declaration, with the line to add, as sverka align says it.
	if w.Code != 409 || !strings.Contains(w.Body.String(), `sverka.yaml:11:3: align/doc2.json exists, but the documents rule names no alignment: add \"alignment: align/doc{id}.json\" to it`) {
		t.Errorf("%d %s", w.Code, w.Body)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "align", "doc2.json")); string(data) != "mine" {
		t.Error("overwritten")
	}
}

func TestAlignmentOutsideEditionRefused(t *testing.T) {
	dir := copyDir(t, filepath.Join("..", "examples", "telegrams"))
	outside := t.TempDir()
	os.Symlink(outside, filepath.Join(dir, "align"))
	cfg, _ := os.ReadFile(filepath.Join(dir, "sverka.yaml"))
	os.WriteFile(filepath.Join(outside, "doc1.json"), []byte("{}"), 0o644)
	cfg = bytes.Replace(cfg, []byte("  target: en.txt\n"), []byte("  target: en.txt\n  alignment: align/doc{id}.json\n"), 1)
	os.WriteFile(filepath.Join(dir, "sverka.yaml"), cfg, 0o644)
	_, err := New(filepath.Join(dir, "sverka.yaml"), Options{Addr: testAddr})
	if err == nil || !strings.Contains(err.Error(), "outside the edition") {
		t.Errorf("an alignment through a link out of the edition: %v", err)
	}
}

// TestSingleFilePairsSaveApart: pairs of files of one document (as init
// writes for doc1.ru.txt and doc1.en.txt) are documents 1 and 2, and a
// correction of the second is saved to its own align/doc2.json, not over
// the first's.
func TestSingleFilePairsSaveApart(t *testing.T) {
	dir, h := serveFiles(t, map[string]string{
		"doc1.ru.txt": "Из Мурманска\n\nДокладываю о погрузке угля.\n",
		"doc1.en.txt": "From Murmansk\n\nI report on the loading of coal.\n",
		"doc2.ru.txt": "Из Архангельска\n\nЛесовоз вышел из порта.\n",
		"doc2.en.txt": "From Arkhangelsk\n\nThe timber carrier left the port.\n",
		"sverka.yaml": "pairs:\n  - source: doc1.ru.txt\n    target: doc1.en.txt\n  - source: doc2.ru.txt\n    target: doc2.en.txt\n",
	})
	st := getState(t, h)
	if len(st.Docs) != 2 || st.Docs[0].ID == st.Docs[1].ID || st.Docs[0].Title == st.Docs[1].Title {
		t.Fatalf("documents %+v, want two of their own ids and titles", st.Docs)
	}
	if w := call(t, h, "POST", "/api/links/confirm", body(t, st, map[string]any{"doc": 1, "link": 0}), nil); w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	st = getState(t, h)
	if w := call(t, h, "POST", "/api/links/confirm", body(t, st, map[string]any{"doc": 0, "link": 1}), nil); w.Code != 200 {
		t.Fatalf("confirming in the first document after the second: %d %s", w.Code, w.Body)
	}
	if bs := readStored(t, filepath.Join(dir, "align", "doc2.json")); !bs[0].Links[0].Confirmed || bs[0].Target.File != "doc2.en.txt" {
		t.Errorf("align/doc2.json: %+v", bs[0])
	}
	if bs := readStored(t, filepath.Join(dir, "align", "doc1.json")); !bs[0].Links[1].Confirmed || bs[0].Target.File != "doc1.en.txt" {
		t.Errorf("align/doc1.json: %+v", bs[0])
	}
}

// TestRuleAndPairSaveApart: a pair of files of one document beside a
// documents rule whose document 1 names d1 is d2, and a correction of each
// is saved to its own file, the pair's to align/doc2.json, not refused as
// one more alignment of align/doc1.json.
func TestRuleAndPairSaveApart(t *testing.T) {
	dir, h := serveFiles(t, map[string]string{
		"ru/doc1.txt": "Из Мурманска\n\nДокладываю о погрузке угля.\n",
		"en.txt":      "Document 1: From Murmansk\n\nFrom Murmansk\n\nI report on the loading of coal.\n",
		"x.ru.txt":    "Из Владивостока\n\nПароход прибыл в порт.\n",
		"x.en.txt":    "From Vladivostok\n\nThe steamer has arrived in port.\n",
		"sverka.yaml": "documents:\n  source: ru/doc{id}.txt\n  target: en.txt\npairs:\n  - source: x.ru.txt\n    target: x.en.txt\n",
	})
	st := getState(t, h)
	if len(st.Docs) != 2 || st.Docs[0].ID == st.Docs[1].ID {
		t.Fatalf("documents %+v, want two of their own ids", st.Docs)
	}
	for doc := range st.Docs {
		st = getState(t, h)
		if w := call(t, h, "POST", "/api/links/confirm", body(t, st, map[string]any{"doc": doc, "link": 1}), nil); w.Code != 200 {
			t.Fatalf("confirming in document %d: %d %s", doc+1, w.Code, w.Body)
		}
	}
	for file, source := range map[string]string{"doc1.json": "ru/doc1.txt", "doc2.json": "x.ru.txt"} {
		if bs := readStored(t, filepath.Join(dir, "align", file)); bs[0].Source.File != source || !bs[0].Links[1].Confirmed {
			t.Errorf("align/%s: %+v, want the confirmed link of %s", file, bs[0], source)
		}
	}
}

// serveFiles writes an edition's files into a folder of the test's and
// serves its sverka.yaml.
func serveFiles(t *testing.T, files map[string]string) (string, http.Handler) {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := New(filepath.Join(dir, "sverka.yaml"), Options{Addr: testAddr, Token: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	return dir, s.Handler()
}

// TestDefaultFileNotNamedElsewhere: a pair whose alignment sverka.yaml
// does not name is not saved to a file that it names for another pair
// (align/doc1.json, the first pair's default), which would replace that
// pair's alignment and leave the edition unreadable.
func TestDefaultFileNotNamedElsewhere(t *testing.T) {
	dir, h := serveFiles(t, map[string]string{
		"x.ru.txt":    "Из Владивостока\n\nПароход прибыл в порт.\n",
		"x.en.txt":    "From Vladivostok\n\nThe steamer has arrived in port.\n",
		"y.ru.txt":    "Из Мурманска\n\nДокладываю о погрузке угля.\n",
		"y.en.txt":    "From Murmansk\n\nI report on the loading of coal.\n",
		"sverka.yaml": "pairs:\n  - source: x.ru.txt\n    target: x.en.txt\n  - source: y.ru.txt\n    target: y.en.txt\n    alignment: align/doc1.json\n",
	})
	for _, doc := range []int{0, 1} {
		st := getState(t, h)
		if w := call(t, h, "POST", "/api/links/confirm", body(t, st, map[string]any{"doc": doc, "link": 1}), nil); w.Code != 200 {
			t.Fatalf("confirming in document %d: %d %s", doc+1, w.Code, w.Body)
		}
	}
	for file, source := range map[string]string{"doc1.json": "y.ru.txt", "doc1-2.json": "x.ru.txt"} {
		if bs := readStored(t, filepath.Join(dir, "align", file)); len(bs) != 1 || bs[0].Source.File != source || !bs[0].Links[1].Confirmed {
			t.Errorf("align/%s: %+v, want the confirmed link of %s alone", file, bs, source)
		}
	}
}
