package review_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"

	"github.com/sverka/sverka/review"
)

// A review server is one http.Handler: the caller listens, tells it the
// address, and hands out the URL with the token.
func ExampleNew() {
	const addr = "127.0.0.1:8750"
	srv, err := review.New(filepath.Join("..", "examples", "telegrams", "sverka.yaml"), review.Options{Addr: addr})
	if err != nil {
		fmt.Println(err)
		return
	}
	h := srv.Handler()
	fmt.Printf("reviewing %d documents\n", srv.Documents())

	// Without the token: refused.
	r := httptest.NewRequest("GET", "/", nil)
	r.Host = addr
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	fmt.Println(w.Code)

	// With it, as the printed address gives it: a cookie, and on to the
	// page without the token in the address.
	r = httptest.NewRequest("GET", "/?token="+srv.Token(), nil)
	r.Host = addr
	w = httptest.NewRecorder()
	h.ServeHTTP(w, r)
	fmt.Println(w.Code, strings.HasPrefix(w.Header().Get("Set-Cookie"), srv.CookieName()+"="))
	_ = http.StatusOK
	// Output:
	// reviewing 2 documents
	// 401
	// 303 true
}
