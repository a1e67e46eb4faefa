package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/sverka/sverka/review"
)

// cmdReviewConfirm is the scripts' "reviewconfirm DOC LINK": what an editor
// does in sverka review on the edition of sverka.yaml in the script's
// folder: confirm link LINK of document DOC (both from 0), which the
// server saves at once. It talks to the server's handler as the page does,
// with no browser and no port.
func cmdReviewConfirm(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: reviewconfirm DOC LINK")
	}
	doc, err := strconv.Atoi(args[0])
	ts.Check(err)
	link, err := strconv.Atoi(args[1])
	ts.Check(err)
	const addr, token = "127.0.0.1:8750", "script"
	s, err := review.New(ts.MkAbs("sverka.yaml"), review.Options{Addr: addr, Token: token})
	ts.Check(err)
	h := s.Handler()
	do := func(method, target, body string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(method, target, strings.NewReader(body))
		r.Host = addr
		r.AddCookie(&http.Cookie{Name: s.CookieName(), Value: token})
		r.Header.Set(review.TokenHeader, token)
		r.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			ts.Fatalf("%s %s: %d %s", method, target, w.Code, w.Body)
		}
		return w
	}
	var st struct {
		Versions map[string]string `json:"versions"`
	}
	ts.Check(json.Unmarshal(do("GET", "/api/state", "").Body.Bytes(), &st))
	body, err := json.Marshal(map[string]any{"doc": doc, "link": link, "versions": st.Versions})
	ts.Check(err)
	do("POST", "/api/links/confirm", string(body))
}
