package review

import (
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"html/template"
	"io"
	"mime"
	"net"
	"net/http"
	"strconv"
	"strings"

	"github.com/sverka/sverka/edition"
)

//go:embed assets
var assets embed.FS

var pageTemplate = template.Must(template.ParseFS(assets, "assets/index.html"))

// cookiePrefix starts the name of the cookie the token is kept in after
// the first load. Browsers keep cookies by host, not by port: the port is
// in the name, so that two review servers on one machine do not log each
// other's pages out.
const cookiePrefix = "sverka_review_"

// CookieName is the cookie the server keeps the token in.
func (s *Server) CookieName() string { return cookieName(s.opts.Addr) }

func cookieName(addr string) string {
	_, port, _ := net.SplitHostPort(addr)
	return cookiePrefix + port
}

// TokenHeader is the header every change carries the token in: a form on
// another site can make the browser send the cookie, never a header.
const TokenHeader = "X-Sverka-Token"

// maxBody bounds a request body: the largest is a glossary entry.
const maxBody = 64 << 10

// Handler is the server's HTTP handler.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.page)
	mux.HandleFunc("GET /assets/{name}", s.asset)
	mux.HandleFunc("GET /api/state", s.getState)
	mux.HandleFunc("GET /api/rows", s.getRows)
	mux.HandleFunc("POST /api/links/{action}", s.post(s.linkAction))
	mux.HandleFunc("POST /api/findings/{action}", s.post(s.findingAction))
	return s.guard(mux)
}

// guard refuses a request with a Host header that does not name the
// server (DNS rebinding) or without the token, and sets the headers every
// answer has.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Cache-Control", "no-store")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
		refuse := fail
		if r.Method == http.MethodGet && r.URL.Path == "/" {
			refuse = failPage // a browser opening the page shows the reason, not JSON
		}
		if !s.hostAllowed(r.Host) {
			refuse(w, http.StatusForbidden, fmt.Sprintf("Host %q is not the address this server listens on", r.Host))
			return
		}
		got := ""
		if c, err := r.Cookie(s.CookieName()); err == nil {
			got = c.Value
		}
		if q := r.URL.Query().Get("token"); q != "" && r.Method == http.MethodGet && r.URL.Path == "/" {
			got = q
		}
		switch {
		case got == "":
			refuse(w, http.StatusUnauthorized, "no token: open the address sverka review printed, with its ?token=")
			return
		case !s.tokenIs(got):
			refuse(w, http.StatusForbidden, "wrong token: open the address sverka review printed, with its ?token=")
			return
		}
		http.SetCookie(w, &http.Cookie{Name: s.CookieName(), Value: s.token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		if r.URL.Query().Has("token") {
			// The cookie holds the token from now on: it leaves the
			// address bar and the browser's history.
			http.Redirect(w, r, "/", http.StatusSeeOther)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) tokenIs(got string) bool {
	return subtle.ConstantTimeCompare([]byte(got), []byte(s.token)) == 1
}

// hostAllowed reports a Host header naming the address the server listens
// on: its host and port, or localhost at its port for a loopback one.
func (s *Server) hostAllowed(host string) bool {
	if s.opts.Addr == "" {
		return false
	}
	want, wantPort, err := net.SplitHostPort(s.opts.Addr)
	if err != nil {
		return false
	}
	got, port, err := net.SplitHostPort(host)
	if err != nil || port != wantPort {
		return false
	}
	got = strings.Trim(got, "[]")
	if s.opts.AllowRemote || got == want {
		return true
	}
	ip := net.ParseIP(want)
	return got == "localhost" && ip != nil && ip.IsLoopback()
}

// fail answers with a message for the page to show.
func fail(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]any{"error": msg, "reload": code == http.StatusConflict})
}

// failPage answers a browser that opens the page with the reason as a
// page of its own, and what to do: the address with the token is the one
// the running sverka review printed (a new one each run).
func failPage(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>sverka review: %s</title></head>\n"+
		"<body>\n<h1>sverka review cannot show this page</h1>\n<p>%s.</p>\n"+
		"<p>Each run of <code>sverka review</code> prints the address to open, with a new token; after a restart, open the address it printed this time. <code>sverka review --no-open</code> prints it without opening a browser.</p>\n</body>\n</html>\n",
		html.EscapeString(http.StatusText(code)), html.EscapeString(msg))
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	title := s.ed.Title
	s.mu.Unlock()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	pageTemplate.Execute(w, map[string]string{"Title": title, "Token": s.token})
}

func (s *Server) asset(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if name == "edition.css" {
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		io.WriteString(w, edition.HTMLStyle())
		return
	}
	// Only the files embedded under assets/ are served: a name is looked
	// up there, never on disk.
	data, err := assets.ReadFile("assets/" + name)
	if err != nil || strings.Contains(name, "/") || name == "index.html" {
		fail(w, http.StatusNotFound, "no such asset")
		return
	}
	ct := mime.TypeByExtension(name[strings.LastIndexByte(name, '.'):])
	w.Header().Set("Content-Type", ct)
	w.Write(data)
}

func (s *Server) getState(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stale() {
		if err := s.open(); err != nil {
			fail(w, http.StatusInternalServerError, "the edition changed on disk and cannot be read again: "+err.Error())
			return
		}
		s.notice = "The edition changed on disk: read again (the undo history starts afresh)."
	}
	st := s.state()
	s.notice = ""
	writeJSON(w, http.StatusOK, st)
}

// getRows writes the HTML rows of one document: ?doc=N (from 0) and
// from, to positions in the list of its links, or with only= in the list
// of its flagged, low-confidence, finding or problem links.
func (s *Server) getRows(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := r.URL.Query()
	doc, err := strconv.Atoi(q.Get("doc"))
	if err != nil || doc < 0 || doc >= len(s.ed.Pairs) {
		fail(w, http.StatusBadRequest, fmt.Sprintf("doc=%q: want a document from 0 to %d", q.Get("doc"), len(s.ed.Pairs)-1))
		return
	}
	list, err := s.rowList(doc, q.Get("only"))
	if err != nil {
		fail(w, http.StatusBadRequest, err.Error())
		return
	}
	from, to := 0, len(list)
	if v := q.Get("from"); v != "" {
		if from, err = strconv.Atoi(v); err != nil || from < 0 {
			fail(w, http.StatusBadRequest, fmt.Sprintf("from=%q: want a position from 0", v))
			return
		}
	}
	if v := q.Get("to"); v != "" {
		if to, err = strconv.Atoi(v); err != nil || to < from {
			fail(w, http.StatusBadRequest, fmt.Sprintf("to=%q: want a position from %d", v, from))
			return
		}
	}
	from, to = min(from, len(list)), min(to, len(list))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := edition.WriteHTMLRows(w, s.ed, doc, list[from:to], edition.Options{BaseDir: s.ed.Dir}); err != nil {
		fail(w, http.StatusInternalServerError, err.Error())
	}
}

// request is the body of every change.
type request struct {
	Doc      int               `json:"doc"`
	Link     int               `json:"link"` // from 0
	Versions map[string]string `json:"versions"`
	// Split: the cut before the Russian and the English sentence at these
	// positions in the link.
	Source *int `json:"source,omitempty"`
	Target *int `json:"target,omitempty"`
	// Move: which side ("source", "target") and where ("prev", "next").
	Side string `json:"side,omitempty"`
	Dir  string `json:"dir,omitempty"`
	// Findings: the finding by fingerprint; a glossary entry's words.
	Finding string `json:"finding,omitempty"`
	Russian string `json:"russian,omitempty"`
	English string `json:"english,omitempty"`
	Kind    string `json:"kind,omitempty"`
}

// answer is the reply to a change.
type answer struct {
	Message string `json:"message"`
	Doc     int    `json:"doc"`
	// Changed are the numbers (from 1) of the links the change made or
	// moved, for the page to show.
	Changed []int `json:"changed"`
	State   state `json:"state"`
}

// post reads a change's body, refusing one without the token header or
// that is not JSON, and runs it.
func (s *Server) post(act func(action string, req *request) (answer, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if h := r.Header.Get(TokenHeader); h == "" || !s.tokenIs(h) {
			fail(w, http.StatusForbidden, "a change must carry the token in the "+TokenHeader+" header")
			return
		}
		if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
			fail(w, http.StatusUnsupportedMediaType, "a change is sent as application/json")
			return
		}
		var req request
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			fail(w, http.StatusBadRequest, "malformed request: "+err.Error())
			return
		}
		if dec.More() {
			fail(w, http.StatusBadRequest, "malformed request: more than one JSON value")
			return
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		var ans answer
		var err error
		if s.stale() {
			// A text, the glossary or sverka.yaml edited by hand: the
			// change was made on what the page showed, not on that.
			err = &conflictError{msg: "the edition's files changed on disk since the page was loaded: nothing saved; reload to see them"}
		} else {
			ans, err = act(r.PathValue("action"), &req)
		}
		var ce *conflictError
		var re *requestError
		switch {
		case errors.As(err, &ce):
			fail(w, http.StatusConflict, ce.msg)
		case errors.As(err, &re):
			fail(w, http.StatusBadRequest, re.msg)
		case err != nil:
			fail(w, http.StatusInternalServerError, err.Error())
		default:
			ans.State = s.state()
			writeJSON(w, http.StatusOK, ans)
		}
	}
}
