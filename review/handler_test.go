package review

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sverka/sverka/align"
	"github.com/sverka/sverka/edition"
)

const testAddr = "127.0.0.1:8750"

// copyDir copies the folder src (the example edition) to a temporary one.
func copyDir(t testing.TB, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.Walk(src, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if fi.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if strings.HasPrefix(fi.Name(), "edition.") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// testServer serves a copy of the example edition.
func testServer(t testing.TB) (*Server, string) {
	t.Helper()
	dir := copyDir(t, filepath.Join("..", "examples", "telegrams"))
	s, err := New(filepath.Join(dir, "sverka.yaml"), Options{Addr: testAddr, Token: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	return s, dir
}

// call makes a request to the handler as the page does: with the cookie
// and, for a POST, the token header and JSON.
func call(t testing.TB, h http.Handler, method, target, body string, edit func(*http.Request)) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	r.Host = testAddr
	r.AddCookie(&http.Cookie{Name: cookieName(testAddr), Value: "secret"})
	if method == http.MethodPost {
		r.Header.Set(TokenHeader, "secret")
		r.Header.Set("Content-Type", "application/json")
	}
	if edit != nil {
		edit(r)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func getState(t testing.TB, h http.Handler) state {
	t.Helper()
	w := call(t, h, "GET", "/api/state", "", nil)
	if w.Code != 200 {
		t.Fatalf("state: %d %s", w.Code, w.Body)
	}
	var st state
	if err := json.Unmarshal(w.Body.Bytes(), &st); err != nil {
		t.Fatal(err)
	}
	return st
}

// body is a change's JSON with the versions of st.
func body(t testing.TB, st state, fields map[string]any) string {
	t.Helper()
	m := map[string]any{"versions": st.Versions}
	for k, v := range fields {
		m[k] = v
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func readStored(t testing.TB, path string) []align.Bitext {
	t.Helper()
	b, err := edition.ReadAlignmentFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func snapshot(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			data, _ := os.ReadFile(p)
			out[p] = string(data)
		}
		return nil
	})
	return out
}

func TestPageNeedsToken(t *testing.T) {
	s, _ := testServer(t)
	h := s.Handler()
	for _, tt := range []struct {
		name string
		edit func(*http.Request)
		path string
		code int
		want string
	}{
		{"no token", func(r *http.Request) { r.Header.Del("Cookie") }, "/", 401, "no token"},
		{"wrong cookie", func(r *http.Request) {
			r.Header.Del("Cookie")
			r.AddCookie(&http.Cookie{Name: cookieName(testAddr), Value: "guess"})
		}, "/api/state", 403, "wrong token"},
		{"wrong query token", func(r *http.Request) { r.Header.Del("Cookie") }, "/?token=guess", 403, "wrong token"},
		{"wrong Host", func(r *http.Request) { r.Host = "evil.example:8750" }, "/api/state", 403, "Host"},
		{"wrong port", func(r *http.Request) { r.Host = "127.0.0.1:9999" }, "/api/state", 403, "Host"},
		{"rows without token", func(r *http.Request) { r.Header.Del("Cookie") }, "/api/rows?doc=0", 401, "no token"},
		{"asset without token", func(r *http.Request) { r.Header.Del("Cookie") }, "/assets/review.js", 401, "no token"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := call(t, h, "GET", tt.path, "", tt.edit)
			if w.Code != tt.code || !strings.Contains(w.Body.String(), tt.want) {
				t.Errorf("%s: %d %s, want %d with %q", tt.path, w.Code, w.Body, tt.code, tt.want)
			}
		})
	}
	// The printed address works once, then the cookie does.
	w := call(t, h, "GET", "/?token=secret", "", func(r *http.Request) { r.Header.Del("Cookie") })
	if w.Code != 303 || w.Header().Get("Location") != "/" || !strings.Contains(w.Header().Get("Set-Cookie"), cookieName(testAddr)+"=secret") || !strings.Contains(w.Header().Get("Set-Cookie"), "HttpOnly") {
		t.Errorf("first load: %d, Set-Cookie %q", w.Code, w.Header().Get("Set-Cookie"))
	}
	if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("no content security policy: %q", csp)
	}
	w = call(t, h, "GET", "/", "", func(r *http.Request) { r.Host = "localhost:8750" })
	if w.Code != 200 {
		t.Errorf("localhost at the port: %d", w.Code)
	}
}

func TestAssetsEmbedded(t *testing.T) {
	s, _ := testServer(t)
	h := s.Handler()
	for _, name := range []string{"review.js", "review.css", "edition.css"} {
		w := call(t, h, "GET", "/assets/"+name, "", nil)
		if w.Code != 200 || w.Body.Len() < 100 {
			t.Errorf("%s: %d, %d bytes", name, w.Code, w.Body.Len())
		}
	}
	for _, name := range []string{"index.html", "..%2fserver.go", "missing.js"} {
		if w := call(t, h, "GET", "/assets/"+name, "", nil); w.Code != 404 {
			t.Errorf("%s: %d, want 404", name, w.Code)
		}
	}
}

// TestLinkActions makes every change through the handler and checks the
// stored alignment on disk after each.
func TestLinkActions(t *testing.T) {
	s, dir := testServer(t)
	h := s.Handler()
	stored := filepath.Join(dir, "align", "doc1.json")
	before := s.ed.Pairs[0].Links
	n := len(before)
	for _, tt := range []struct {
		action string
		fields map[string]any
		check  func(t *testing.T, links []align.Link)
	}{
		{"confirm", map[string]any{"link": 2}, func(t *testing.T, l []align.Link) {
			if !l[2].Confirmed || len(l) != n {
				t.Errorf("link 3 not confirmed: %+v", l[2])
			}
		}},
		{"unconfirm", map[string]any{"link": 2}, func(t *testing.T, l []align.Link) {
			if l[2].Confirmed || len(l) != n {
				t.Errorf("link 3 still confirmed: %+v", l[2])
			}
		}},
		{"confirm", map[string]any{"link": 2}, func(t *testing.T, l []align.Link) {
			if !l[2].Confirmed {
				t.Errorf("link 3 not confirmed again: %+v", l[2])
			}
		}},
		{"merge", map[string]any{"link": 3}, func(t *testing.T, l []align.Link) {
			if len(l) != n-1 || len(l[3].Source) != len(before[3].Source)+len(before[4].Source) || !l[3].Confirmed {
				t.Errorf("links 4 and 5 not merged: %d links, link 4 %+v", len(l), l[3])
			}
		}},
		{"split", map[string]any{"link": 3, "source": 1, "target": 1}, func(t *testing.T, l []align.Link) {
			if len(l) != n || !l[3].Confirmed || !l[4].Confirmed {
				t.Errorf("link 4 not split: %d links", len(l))
			}
		}},
		{"move", map[string]any{"link": 5, "side": "target", "dir": "prev"}, func(t *testing.T, l []align.Link) {
			if len(l[4].Target) != len(before[4].Target)+1 {
				t.Errorf("link 6's first English sentence not moved to link 5: %+v %+v", l[4], l[5])
			}
		}},
		{"undo", nil, func(t *testing.T, l []align.Link) {
			if len(l[4].Target) != len(before[4].Target) {
				t.Errorf("move not undone: %+v", l[4])
			}
		}},
		{"redo", nil, func(t *testing.T, l []align.Link) {
			if len(l[4].Target) != len(before[4].Target)+1 {
				t.Errorf("move not redone: %+v", l[4])
			}
		}},
		{"unpair", map[string]any{"link": 0}, func(t *testing.T, l []align.Link) {
			if len(l[0].Target) != 0 || len(l[1].Source) != 0 || !l[0].Confirmed {
				t.Errorf("link 1 not unpaired: %+v %+v", l[0], l[1])
			}
		}},
		{"realign", nil, func(t *testing.T, l []align.Link) {
			if !l[0].Confirmed || len(l[0].Target) != 0 || !l[3].Confirmed {
				t.Errorf("realigning lost confirmed links: %+v %+v", l[0], l[3])
			}
		}},
		{"confirm-all", nil, func(t *testing.T, l []align.Link) {
			for k, x := range l {
				if !x.Confirmed {
					t.Errorf("link %d not confirmed", k+1)
				}
			}
		}},
	} {
		t.Run(tt.action, func(t *testing.T) {
			st := getState(t, h)
			f := map[string]any{"doc": 0}
			for k, v := range tt.fields {
				f[k] = v
			}
			w := call(t, h, "POST", "/api/links/"+tt.action, body(t, st, f), nil)
			if w.Code != 200 {
				t.Fatalf("%s: %d %s", tt.action, w.Code, w.Body)
			}
			bs := readStored(t, stored)
			if len(bs) != 1 {
				t.Fatalf("%s holds %d bitexts", stored, len(bs))
			}
			tt.check(t, bs[0].Links)
			if got := s.ed.Pairs[0].Links; len(got) != len(bs[0].Links) {
				t.Errorf("the server has %d links, the file %d", len(got), len(bs[0].Links))
			}
		})
	}
	// The documents rule now names the alignment, comments kept, and the
	// edition reads the saved links back.
	cfg, _ := os.ReadFile(filepath.Join(dir, "sverka.yaml"))
	if !strings.Contains(string(cfg), "  alignment: align/doc{id}.json\n") || !strings.Contains(string(cfg), "# Translator insertions are signed") {
		t.Errorf("sverka.yaml:\n%s", cfg)
	}
	if _, err := os.Stat(filepath.Join(dir, "align", "doc2.json")); err != nil {
		t.Errorf("the other document of the rule was not saved: %v", err)
	}
	ed, err := edition.Open(filepath.Join(dir, "sverka.yaml"), edition.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ed.Pairs[0].Stored || len(ed.Pairs[0].Links) != len(s.ed.Pairs[0].Links) {
		t.Errorf("the edition does not read the saved alignment: stored %v", ed.Pairs[0].Stored)
	}
}

// TestRefusals: every refused change is a 4xx with a message, and nothing
// is written.
func TestRefusals(t *testing.T) {
	s, dir := testServer(t)
	h := s.Handler()
	st := getState(t, h)
	good := body(t, st, map[string]any{"doc": 0, "link": 0})
	stale := map[string]string{}
	for k := range st.Versions {
		stale[k] = "old"
	}
	for _, tt := range []struct {
		name, path, body string
		edit             func(*http.Request)
		code             int
		want             string
	}{
		{"no token header", "/api/links/confirm", good, func(r *http.Request) { r.Header.Del(TokenHeader) }, 403, "header"},
		{"wrong token header", "/api/links/confirm", good, func(r *http.Request) { r.Header.Set(TokenHeader, "guess") }, 403, "header"},
		{"no cookie", "/api/links/confirm", good, func(r *http.Request) { r.Header.Del("Cookie") }, 401, "token"},
		{"wrong Host", "/api/links/confirm", good, func(r *http.Request) { r.Host = "rebound.example:8750" }, 403, "Host"},
		{"form post", "/api/links/confirm", good, func(r *http.Request) { r.Header.Set("Content-Type", "application/x-www-form-urlencoded") }, 415, "application/json"},
		{"malformed body", "/api/links/confirm", `{"doc": 0, "link":`, nil, 400, "malformed"},
		{"unknown field", "/api/links/confirm", `{"doc": 0, "link": 0, "path": "/etc/passwd"}`, nil, 400, "malformed"},
		{"two values", "/api/links/confirm", good + good, nil, 400, "malformed"},
		{"link out of range", "/api/links/confirm", body(t, st, map[string]any{"doc": 0, "link": 999}), nil, 400, "no link 1000"},
		{"negative link", "/api/links/merge", body(t, st, map[string]any{"doc": 0, "link": -1}), nil, 400, "no link 0"},
		{"doc out of range", "/api/links/confirm", body(t, st, map[string]any{"doc": 7, "link": 0}), nil, 400, "no document 7"},
		{"unconfirm what is not confirmed", "/api/links/unconfirm", body(t, st, map[string]any{"doc": 0, "link": 0}), nil, 400, "not confirmed"},
		{"merge the last", "/api/links/merge", body(t, st, map[string]any{"doc": 0, "link": st.Docs[0].Links - 1}), nil, 400, "the last"},
		{"split without cut", "/api/links/split", body(t, st, map[string]any{"doc": 0, "link": 0}), nil, 400, "where to cut"},
		{"split leaving a part empty", "/api/links/split", body(t, st, map[string]any{"doc": 0, "link": 0, "source": 0, "target": 0}), nil, 400, "empty"},
		{"split out of range", "/api/links/split", body(t, st, map[string]any{"doc": 0, "link": 0, "source": 5, "target": 0}), nil, 400, "cannot split"},
		{"move before the first", "/api/links/move", body(t, st, map[string]any{"doc": 0, "link": 0, "side": "source", "dir": "prev"}), nil, 400, "no previous"},
		{"move a bad side", "/api/links/move", body(t, st, map[string]any{"doc": 0, "link": 1, "side": "middle", "dir": "prev"}), nil, 400, "side"},
		{"unknown action", "/api/links/delete", good, nil, 400, "no action"},
		{"nothing to undo", "/api/links/undo", good, nil, 400, "nothing to undo"},
		{"nothing to redo", "/api/links/redo", good, nil, 400, "nothing to redo"},
		{"stale version", "/api/links/confirm", body(t, state{Versions: stale}, map[string]any{"doc": 0, "link": 0}), nil, 409, "another page"},
		{"no versions", "/api/links/confirm", `{"doc": 0, "link": 0}`, nil, 409, "another page"},
		{"unknown finding", "/api/findings/baseline", body(t, st, map[string]any{"finding": "0000"}), nil, 409, "no finding"},
		{"entry without words", "/api/findings/entry", body(t, st, map[string]any{"russian": "", "english": "x"}), nil, 400, "needs a Russian word"},
		{"entry of unknown kind", "/api/findings/entry", body(t, st, map[string]any{"russian": "причал", "english": "pier", "kind": "ship"}), nil, 400, "kind"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := snapshot(t, dir)
			w := call(t, h, "POST", tt.path, tt.body, tt.edit)
			if w.Code != tt.code || !strings.Contains(w.Body.String(), tt.want) {
				t.Errorf("%d %s, want %d with %q", w.Code, w.Body, tt.code, tt.want)
			}
			var msg struct{ Error string }
			if json.Unmarshal(w.Body.Bytes(), &msg); msg.Error == "" {
				t.Errorf("no message: %s", w.Body)
			}
			if after := snapshot(t, dir); len(after) != len(files) {
				t.Errorf("files written: %d before, %d after", len(files), len(after))
			} else {
				for p, c := range files {
					if after[p] != c {
						t.Errorf("%s was written", p)
					}
				}
			}
		})
	}
	for _, m := range []string{"GET", "PUT", "DELETE"} {
		if w := call(t, h, m, "/api/links/confirm", good, nil); w.Code != 405 {
			t.Errorf("%s: %d, want 405", m, w.Code)
		}
	}
	for _, q := range []string{"doc=9", "doc=x", "doc=0&from=-1", "doc=0&from=5&to=2", "doc=0&only=everything"} {
		if w := call(t, h, "GET", "/api/rows?"+q, "", nil); w.Code != 400 || !strings.Contains(w.Body.String(), "want") {
			t.Errorf("rows?%s: %d %s", q, w.Code, w.Body)
		}
	}
}

// TestChangedOnDisk: a file changed by hand since the page loaded refuses
// the change, and the next load reads the edition again.
func TestChangedOnDisk(t *testing.T) {
	s, dir := testServer(t)
	h := s.Handler()
	st := getState(t, h)
	if w := call(t, h, "POST", "/api/links/confirm", body(t, st, map[string]any{"doc": 0, "link": 0}), nil); w.Code != 200 {
		t.Fatalf("confirm: %d %s", w.Code, w.Body)
	}
	st = getState(t, h)
	stored := filepath.Join(dir, "align", "doc1.json")
	data, _ := os.ReadFile(stored)
	edited := strings.Replace(string(data), `"confirmed": true`, `"confirmed": false`, 1)
	os.WriteFile(stored, []byte(edited), 0o644)
	w := call(t, h, "POST", "/api/links/confirm", body(t, st, map[string]any{"doc": 0, "link": 1}), nil)
	if w.Code != 409 || !strings.Contains(w.Body.String(), "changed on disk") {
		t.Errorf("a change over a file edited on disk: %d %s", w.Code, w.Body)
	}
	if now, _ := os.ReadFile(stored); string(now) != edited {
		t.Error("the file edited on disk was overwritten")
	}
	st = getState(t, h)
	if st.Notice == "" || st.Docs[0].Confirmed != 0 {
		t.Errorf("the edition was not read again: notice %q, %d confirmed", st.Notice, st.Docs[0].Confirmed)
	}
}

// TestTwoPages: the second page to change a file it saw at an older
// version is refused.
func TestTwoPages(t *testing.T) {
	s, _ := testServer(t)
	h := s.Handler()
	first, second := getState(t, h), getState(t, h)
	if w := call(t, h, "POST", "/api/links/confirm", body(t, first, map[string]any{"doc": 0, "link": 0}), nil); w.Code != 200 {
		t.Fatalf("first page: %d %s", w.Code, w.Body)
	}
	w := call(t, h, "POST", "/api/links/merge", body(t, second, map[string]any{"doc": 0, "link": 0}), nil)
	if w.Code != 409 || !strings.Contains(w.Body.String(), `"reload":true`) {
		t.Errorf("second page: %d %s, want 409 and reload", w.Code, w.Body)
	}
	if len(s.ed.Pairs[0].Links[0].Source) != 1 {
		t.Error("the refused merge was made")
	}
}

func TestRows(t *testing.T) {
	s, _ := testServer(t)
	h := s.Handler()
	w := call(t, h, "GET", "/api/rows?doc=0&from=2&to=4", "", nil)
	got := w.Body.String()
	if w.Code != 200 || strings.Count(got, "<tr ") != 2 || !strings.Contains(got, `id="d1-l3"`) || !strings.Contains(got, `id="d1-l4"`) {
		t.Errorf("rows 3 and 4: %d\n%s", w.Code, got)
	}
	st := getState(t, h)
	w = call(t, h, "GET", "/api/rows?doc=1&only=finding", "", nil)
	if n := strings.Count(w.Body.String(), "<tr "); n != len(st.Docs[1].Finding) || n == 0 {
		t.Errorf("%d finding rows, want %d", n, len(st.Docs[1].Finding))
	}
	if !strings.Contains(w.Body.String(), "finding-error") {
		t.Error("the finding rows do not mark their findings")
	}
}

func TestMain(m *testing.M) {
	// The example edition is read from the repository; the tests copy it.
	if _, err := os.Stat(filepath.Join("..", "examples", "telegrams", "sverka.yaml")); err != nil {
		io.WriteString(os.Stderr, "review: examples/telegrams missing\n")
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// TestSavedAsAlignWrites: the stored alignment is byte for byte what
// align.WriteJSON writes for the same bitexts.
func TestSavedAsAlignWrites(t *testing.T) {
	s, dir := testServer(t)
	h := s.Handler()
	st := getState(t, h)
	if w := call(t, h, "POST", "/api/links/confirm", body(t, st, map[string]any{"doc": 1, "link": 2}), nil); w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	for _, name := range []string{"doc1.json", "doc2.json"} {
		path := filepath.Join(dir, "align", name)
		got, _ := os.ReadFile(path)
		bs := readStored(t, path)
		var want strings.Builder
		if err := align.WriteJSON(&want, bs); err != nil {
			t.Fatal(err)
		}
		if string(got) != want.String() {
			t.Errorf("%s is not as align.WriteJSON writes it:\n%.600s\nwant\n%.600s", name, got, want.String())
		}
		if !strings.Contains(string(got), `"file": "ru/`) {
			t.Errorf("%s does not name its files from the edition's folder", name)
		}
	}
}

// TestTextChangedOnDisk: a change made on a text edited by hand since is
// refused: its links were made on what the page showed.
func TestTextChangedOnDisk(t *testing.T) {
	s, dir := testServer(t)
	h := s.Handler()
	st := getState(t, h)
	en := filepath.Join(dir, "en.txt")
	data, _ := os.ReadFile(en)
	os.WriteFile(en, append(data, "\nOne more line.\n"...), 0o644)
	w := call(t, h, "POST", "/api/links/confirm", body(t, st, map[string]any{"doc": 0, "link": 0}), nil)
	if w.Code != 409 || !strings.Contains(w.Body.String(), "changed on disk") {
		t.Errorf("%d %s", w.Code, w.Body)
	}
	if _, err := os.Stat(filepath.Join(dir, "align")); err == nil {
		t.Error("an alignment was written")
	}
}

// TestRealignShowsChanges: realigning a document whose unconfirmed links
// are wrong reports the links it changed, and keeps the confirmed ones.
func TestRealignShowsChanges(t *testing.T) {
	s, _ := testServer(t)
	h := s.Handler()
	p := s.ed.Pairs[0]
	good := cloneLinks(p.Links)
	// Links 2 to 4 made one, as a bad alignment would; link 6 confirmed.
	bad := append(cloneLinks(good[:1]), align.Link{Source: append(append(good[1].Source, good[2].Source...), good[3].Source...),
		Target: append(append(good[1].Target, good[2].Target...), good[3].Target...), Confidence: 0.2})
	bad = append(bad, cloneLinks(good[4:])...)
	bad[3] = confirmed(bad[3])
	p.Links = bad
	s.relocate()
	st := getState(t, h)
	w := call(t, h, "POST", "/api/links/realign", body(t, st, map[string]any{"doc": 0}), nil)
	if w.Code != 200 {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	var ans answer
	json.Unmarshal(w.Body.Bytes(), &ans)
	if len(ans.Changed) == 0 || ans.Changed[0] != 2 || !strings.Contains(ans.Message, "keeping its 1 confirmed links") {
		t.Errorf("realign: %s, changed %v", ans.Message, ans.Changed)
	}
	if got := p.Links; len(got) != len(good) || !got[5].Confirmed || shape(got[5:6]) != shape([]align.Link{confirmed(good[5])}) {
		t.Errorf("after realigning: %s\nwant  %s", shape(got), shape(good))
	}
}

// TestAllowRemoteHost: a server listening beyond loopback (--allow-remote)
// takes any host at its port, still only with the token.
func TestAllowRemoteHost(t *testing.T) {
	dir := copyDir(t, filepath.Join("..", "examples", "telegrams"))
	s, err := New(filepath.Join(dir, "sverka.yaml"), Options{Addr: "0.0.0.0:8750", AllowRemote: true, Token: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	for _, tt := range []struct {
		host  string
		token bool
		code  int
	}{
		{"review.lan:8750", true, 200}, {"192.0.2.7:8750", true, 200}, {"review.lan:9999", true, 403}, {"review.lan:8750", false, 401},
	} {
		w := call(t, h, "GET", "/api/state", "", func(r *http.Request) {
			r.Host = tt.host
			if !tt.token {
				r.Header.Del("Cookie")
			}
		})
		if w.Code != tt.code {
			t.Errorf("Host %s, token %v: %d, want %d", tt.host, tt.token, w.Code, tt.code)
		}
	}
}

// TestOmissionOnItsRow: an omission is on the row of the Russian sentence
// the English leaves out (link 10 of the example), not on the next row,
// where its English would go and whose sentences are translated.
func TestOmissionOnItsRow(t *testing.T) {
	s, _ := testServer(t)
	h := s.Handler()
	f := findingOf(t, getState(t, h), "omission")
	if f.Row != "d1-l10" || f.Where != "Document 1, link 10" || f.Place != "ru/doc1.txt:12:85" || f.English != "" || f.Russian != "Работы ведутся в две смены." {
		t.Errorf("the omission is on row %s, %q at %s (English %q, Russian %q), want d1-l10, Document 1, link 10 at ru/doc1.txt:12:85, with no English", f.Row, f.Where, f.Place, f.English, f.Russian)
	}
	w := call(t, h, "GET", "/api/rows?doc=0&from=9&to=11", "", nil)
	rows := strings.SplitAfter(w.Body.String(), "</tr>")
	if len(rows) < 2 || !strings.Contains(rows[0], `id="d1-l10"`) || !strings.Contains(rows[0], "finding-warning") || strings.Contains(rows[1], "finding-warning") {
		t.Errorf("rows 10 and 11: the omission's mark should be on row 10 alone:\n%s", w.Body)
	}
}

// TestRefusedPageIsReadable: a browser opening the page without the token
// (a bookmark, a server started again with a new one) gets a page that
// says why and what to do, not JSON; the API answers JSON still.
func TestRefusedPageIsReadable(t *testing.T) {
	s, _ := testServer(t)
	h := s.Handler()
	noCookie := func(r *http.Request) { r.Header.Del("Cookie") }
	for _, tc := range []struct {
		name, path string
		edit       func(*http.Request)
		code       int
		kind, want string
	}{
		{"the page without a token", "/", noCookie, 401, "text/html", "<p>no token: open the address sverka review printed, with its ?token=.</p>"},
		{"the page with an old token", "/?token=old", noCookie, 403, "text/html", "<p>wrong token: open the address"},
		{"the page at another host", "/", func(r *http.Request) { r.Host = "<evil>.example:8750" }, 403, "text/html", "<p>Host &#34;&lt;evil&gt;.example:8750&#34; is not"},
		{"the state without a token", "/api/state", noCookie, 401, "application/json", `{"error":"no token`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := call(t, h, "GET", tc.path, "", tc.edit)
			if w.Code != tc.code || !strings.HasPrefix(w.Header().Get("Content-Type"), tc.kind) || !strings.Contains(w.Body.String(), tc.want) {
				t.Errorf("%s: %d %s\n%s\nwant %d %s with %q", tc.path, w.Code, w.Header().Get("Content-Type"), w.Body, tc.code, tc.kind, tc.want)
			}
		})
	}
}

// A link without counterpart is flagged until an editor confirms it: the
// list the flagged filter and the counts read from is the edition's
// (edition.Pair.FlaggedLinks), as the rows' marks are.
func TestConfirmedOmissionLeavesFlagged(t *testing.T) {
	s, _ := testServer(t)
	h := s.Handler()
	st := getState(t, h)
	doc, link := -1, -1
	for d, p := range s.ed.Pairs {
		for k, l := range p.Links {
			if len(l.Target) == 0 && !l.Confirmed && link < 0 {
				doc, link = d, k
			}
		}
	}
	if link < 0 {
		t.Fatal("the example has no omission")
	}
	if !slices.Contains(st.Docs[doc].Flagged, link) {
		t.Fatalf("omission (document %d, link %d) not flagged: %v", doc+1, link+1, st.Docs[doc].Flagged)
	}
	w := call(t, h, "POST", "/api/links/confirm", body(t, st, map[string]any{"doc": doc, "link": link}), nil)
	if w.Code != 200 {
		t.Fatalf("confirm: %d %s", w.Code, w.Body)
	}
	st = getState(t, h)
	// It stays a problem while the check's omission finding stands: that
	// one the editor acts on in the findings panel.
	if slices.Contains(st.Docs[doc].Flagged, link) {
		t.Errorf("the confirmed omission is still flagged: %v", st.Docs[doc].Flagged)
	}
}
