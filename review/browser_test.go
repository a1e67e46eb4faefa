package review

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/sverka/sverka/internal/browsertest"
)

// liveServer serves a copy of the example edition on a loopback port.
func liveServer(t *testing.T) (*Server, string, string) {
	t.Helper()
	dir := copyDir(t, filepath.Join("..", "examples", "telegrams"))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(filepath.Join(dir, "sverka.yaml"), Options{Addr: ln.Addr().String()})
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: s.Handler()}
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	return s, dir, "http://" + ln.Addr().String()
}

// browser starts headless Chromium for the test.
func browser(t *testing.T) context.Context {
	t.Helper()
	bin := browsertest.Chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.WindowSize(1400, 1000),
		chromedp.UserDataDir(filepath.Join(t.TempDir(), "profile")))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	// The first action starts the browser; a timeout on it would stop the
	// browser with it.
	if err := chromedp.Do(ctx); err != nil {
		t.Skipf("chromium does not start here: %v", err)
	}
	return ctx
}

// waitStatus waits until the status line contains want.
func waitStatus(want string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.getElementById("status").textContent.indexOf(%q) >= 0`, want),
		chromedp.WithPollingTimeout(20*time.Second))
}

func click(sel string) chromedp.Action[chromedp.Void] { return chromedp.Click(chromedp.CSS(sel)) }

func visible(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(sel))
}

// eval runs a script in the page and returns its value.
func eval[T any](t *testing.T, ctx context.Context, script string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](script, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", script, err)
	}
	return v
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, steps...); err != nil {
		status, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("status") ? document.getElementById("status").textContent : ""`))
		t.Fatalf("%v (status line: %q)", err, status)
	}
}

const srcCount = `document.querySelectorAll("#d1-l4 td.src .seg").length`

// TestReviewInChromium is the editor's session: confirm a link, merge
// two, split one, undo, realign the rest, reload and find every change
// kept, in the page and in the stored alignment.
func TestReviewInChromium(t *testing.T) {
	ctx := browser(t)
	s, dir, base := liveServer(t)
	n := len(s.ed.Pairs[0].Links)
	do(t, ctx,
		chromedp.Navigate(base+"/?token="+s.Token()),
		visible(`#d1-l3 button[aria-label="Confirm"]`),
		click(`#d1-l3 button[aria-label="Confirm"]`),
		waitStatus("Saved: confirm link 3"),
		visible(`#d1-l3.confirmed`))
	// Merge 4 with 5 by key, on the current row.
	do(t, ctx,
		click(`#d1-l4 td.tgt`),
		chromedp.KeyEvent("m"),
		waitStatus("Saved: merge link 4"),
		visible(`#d1-l4 button[aria-label="Split"]`))
	if got := eval[int](t, ctx, srcCount); got != 2 {
		t.Errorf("merged row 4 has %d Russian sentences, want 2", got)
	}
	// Split row 4 where the dialog proposes, then undo the split.
	do(t, ctx,
		click(`#d1-l4 button[aria-label="Split"]`),
		visible(`#split-ok`),
		click(`#split-ok`),
		waitStatus("Saved: split link 4"),
		visible(`#d1-l5`),
		click(`#undo`),
		waitStatus("Undone: split link 4"),
		visible(`#d1-l4 .seg`))
	if got := eval[int](t, ctx, srcCount); got != 2 {
		t.Errorf("after undoing the split row 4 has %d Russian sentences, want 2 (merged)", got)
	}
	// Realign the rest: the confirmed links stay.
	do(t, ctx, click(`#realign`), waitStatus("Realigned d1 keeping its 2 confirmed links"))
	t.Logf("realign: %s", eval[string](t, ctx, `document.getElementById("status").textContent`))
	if dir := os.Getenv("SVERKA_SCREENSHOTS"); dir != "" {
		screenshots(t, ctx, dir)
	}
	// Reload: everything kept.
	do(t, ctx, chromedp.Navigate(base+"/"), visible(`#d1-l4 .seg`), visible(`#d1-l3.confirmed`))
	if got := eval[int](t, ctx, srcCount); got != 2 {
		t.Errorf("after reload row 4 has %d Russian sentences, want 2", got)
	}
	// And on disk.
	bs := readStored(t, filepath.Join(dir, "align", "doc1.json"))
	links := bs[0].Links
	if len(links) != n-1 || !links[2].Confirmed || !links[3].Confirmed || len(links[3].Source) != 2 {
		t.Errorf("align/doc1.json: %d links (want %d), link 3 %+v, link 4 %+v", len(links), n-1, links[2], links[3])
	}
	cfg, _ := os.ReadFile(filepath.Join(dir, "sverka.yaml"))
	if !strings.Contains(string(cfg), "alignment: align/doc{id}.json") {
		t.Errorf("sverka.yaml does not name the alignment:\n%s", cfg)
	}
}

// TestTwoTabsInChromium: two tabs on the same document; the second one's
// change, made without seeing the first one's, is refused and it reloads.
func TestTwoTabsInChromium(t *testing.T) {
	ctx := browser(t)
	s, dir, base := liveServer(t)
	url := base + "/?token=" + s.Token()
	second, cancel := chromedp.NewContext(ctx)
	defer cancel()
	if err := chromedp.Do(second); err != nil { // opens the tab, without a timeout
		t.Fatal(err)
	}
	ready := visible(`#d1-l2 button[aria-label="Merge with next"]`)
	do(t, ctx, chromedp.Navigate(url), ready)
	do(t, second, chromedp.Navigate(url), ready)
	do(t, ctx, click(`#d1-l1 button[aria-label="Confirm"]`), waitStatus("Saved"))
	before, _ := os.ReadFile(filepath.Join(dir, "align", "doc1.json"))
	do(t, second, click(`#d1-l2 button[aria-label="Merge with next"]`), waitStatus("Refused"))
	if status := eval[string](t, second, `document.getElementById("status").textContent`); !strings.Contains(status, "another page") {
		t.Errorf("second tab: %q", status)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "align", "doc1.json"))
	if string(before) != string(after) {
		t.Error("the refused change was written")
	}
	// Reloaded, the second tab sees the first one's change and can make
	// its own.
	do(t, second,
		visible(`#d1-l1.confirmed`),
		click(`#d1-l2 button[aria-label="Merge with next"]`),
		waitStatus("Saved: merge link 2"))
}

// TestNoTokenInChromium: without the token the browser gets nothing; a
// change without the token header (as a form on another site would send
// it) is refused.
func TestNoTokenInChromium(t *testing.T) {
	ctx := browser(t)
	s, _, base := liveServer(t)
	resp, err := chromedp.RunResponse(ctx, chromedp.Navigate(base+"/"))
	if err != nil {
		t.Fatal(err)
	}
	if body := eval[string](t, ctx, `document.body.innerText`); resp.Status != 401 || !strings.Contains(body, "no token") {
		t.Errorf("without the token: %d %q", resp.Status, body)
	}
	do(t, ctx, chromedp.Navigate(base+"/?token="+s.Token()), visible(`#d1-l1 button`))
	got := eval[string](t, ctx, `fetch("/api/links/confirm", {method: "POST", headers: {"Content-Type": "application/json"}, body: "{}"}).then(r => r.status + " " + r.statusText)`)
	if !strings.HasPrefix(got, "403") {
		t.Errorf("a POST without the token header: %s", got)
	}
}

// screenshots saves the page at 1400 and 400 pixels wide into dir.
func screenshots(t *testing.T, ctx context.Context, dir string) {
	for _, w := range []int64{1400, 400, 1200} {
		h := int64(900)
		if w == 1200 {
			h = 620 // the one in docs/review.md: small
		}
		do(t, ctx, chromedp.EmulateViewport(w, h), chromedp.Sleep(300*time.Millisecond))
		eval[chromedp.Void](t, ctx, `window.scrollTo(0, 0)`)
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, fmt.Sprintf("review-%d.png", w))
		if err := os.WriteFile(name, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", name)
	}
	do(t, ctx, chromedp.EmulateViewport(1400, 1000))
}

// TestLongEditionInChromium: a document of 10,000 links shows its first
// rows without rendering the rest, and a link deep in it is reached from
// the address.
func TestLongEditionInChromium(t *testing.T) {
	ctx := browser(t)
	dir := bigEdition(t, 10000)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(filepath.Join(dir, "sverka.yaml"), Options{Addr: ln.Addr().String()})
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: s.Handler()}
	go hs.Serve(ln)
	defer hs.Close()
	base := "http://" + ln.Addr().String()
	start := time.Now()
	do(t, ctx, chromedp.Navigate(base+"/?token="+s.Token()), visible(`#d1-l1 button[aria-label="Confirm"]`))
	t.Logf("first rows of 10,000 shown after %v", time.Since(start))
	if n := eval[int](t, ctx, `document.querySelectorAll("tr.row").length`); n == 0 || n > 400 {
		t.Errorf("%d rows rendered at first, want the first screenfuls only", n)
	}
	do(t, ctx, chromedp.Navigate(base+"/#d1-l9000"), visible(`#d1-l9000.current`))
	if n := eval[int](t, ctx, `document.querySelectorAll("tr.row").length`); n > 600 {
		t.Errorf("%d rows rendered to show link 9000", n)
	}
	// Confirm it by key and find it saved.
	do(t, ctx, chromedp.KeyEvent("c"), waitStatus("Saved: confirm link 9000"), visible(`#d1-l9000.confirmed`))
	if !s.ed.Pairs[0].Links[8999].Confirmed {
		t.Error("link 9000 not confirmed on the server")
	}
}

// TestFiltersInChromium: the filter shows only the flagged rows, and
// "next problem" goes to one.
func TestFiltersInChromium(t *testing.T) {
	ctx := browser(t)
	s, _, base := liveServer(t)
	flagged := len(s.state().Docs[0].Flagged)
	do(t, ctx, chromedp.Navigate(base+"/?token="+s.Token()), visible(`#d1-l1 button`),
		chromedp.SetValue(chromedp.CSS(`#filter`), "flagged"),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.Evaluate[chromedp.Void](`document.getElementById("filter").dispatchEvent(new Event("change"))`)(ctx, t)
			return err
		}),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll("tr.row").length > 0 && !document.querySelector("tr.placeholder")`, chromedp.WithPollingTimeout(10*time.Second)))
	if n := eval[int](t, ctx, `document.querySelectorAll("tr.row").length`); n != flagged {
		t.Errorf("the flagged filter shows %d rows, want %d", n, flagged)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("tr.row:not(.flagged)").length`); n != 0 {
		t.Errorf("%d rows not flagged shown", n)
	}
	do(t, ctx, chromedp.Navigate(base+"/"), visible(`#d1-l1 button`), chromedp.KeyEvent("n"), waitStatus("Problem: link"),
		visible(`tr.row.current`))
	id := eval[string](t, ctx, `document.querySelector("tr.row.current").id`)
	k := 0
	fmt.Sscanf(id, "d1-l%d", &k)
	problems := s.state().Docs[0].Problems
	if len(problems) == 0 || k != problems[0]+1 {
		t.Errorf("next problem went to %s, want link %v", id, problems)
	}
}

// TestPanelsBelowBarInChromium: scrolled down, the documents and findings
// panels stick below the bar, their headings in sight, however tall the
// status line makes the bar; on a phone, where the bar scrolls away, what
// a change says (an error of the glossary form at the page's end) is in
// sight, and the Findings button goes to the panel below the rows.
func TestPanelsBelowBarInChromium(t *testing.T) {
	ctx := browser(t)
	dir := copyDir(t, filepath.Join("..", "examples", "telegrams"))
	cfg := filepath.Join(dir, "sverka.yaml")
	yaml, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	// A title as long as a collection's makes the title and the tools two lines.
	long := strings.Replace(string(yaml), "title: \"Harbour Works in the Soviet Far East, March 1951: Two Documents\"",
		"title: \"Harbour Works in the Soviet Far East, March 1951: Two Documents from the Archive of the Port of Nakhodka\"", 1)
	if long == string(yaml) {
		t.Fatal("no title to lengthen in sverka.yaml")
	}
	if err := os.WriteFile(cfg, []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(cfg, Options{Addr: ln.Addr().String()})
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: s.Handler()}
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	base := "http://" + ln.Addr().String()
	do(t, ctx,
		chromedp.EmulateViewport(1280, 700),
		chromedp.Navigate(base+"/?token="+s.Token()),
		visible(`#d1-l3 button[aria-label="Confirm"]`),
		click(`#d1-l3 button[aria-label="Confirm"]`),
		waitStatus("Saved: confirm link 3"),
		chromedp.Sleep(200*time.Millisecond))
	defer do(t, ctx, chromedp.EmulateViewport(1400, 1000))
	eval[chromedp.Void](t, ctx, `window.scrollTo(0, document.documentElement.scrollHeight)`)
	do(t, ctx, chromedp.Sleep(300*time.Millisecond))
	type overlap struct{ Bar, Docs, Findings float64 }
	o := eval[overlap](t, ctx, `({Bar: document.querySelector("header.bar").getBoundingClientRect().bottom,
		Docs: document.querySelector("nav.docs h2").getBoundingClientRect().top,
		Findings: document.querySelector(".findings h2").getBoundingClientRect().top})`)
	if o.Docs < o.Bar || o.Findings < o.Bar {
		t.Errorf("scrolled down, the bar ends at %.0f px but the Documents heading starts at %.0f, the Findings heading at %.0f", o.Bar, o.Docs, o.Findings)
	}

	do(t, ctx, chromedp.EmulateViewport(390, 800), chromedp.Sleep(300*time.Millisecond))
	eval[chromedp.Void](t, ctx, `document.getElementById("entry-add").scrollIntoView()`)
	do(t, ctx, click(`#entry-add`), waitStatus("needs a Russian word"))
	type box struct{ Top, Bottom, Height float64 }
	b := eval[box](t, ctx, `(function(){const r = document.getElementById("status").getBoundingClientRect(); return {Top: r.top, Bottom: r.bottom, Height: innerHeight}})()`)
	if b.Top < 0 || b.Bottom > b.Height || b.Bottom <= b.Top {
		t.Errorf("on a phone, the status line is at %.0f-%.0f px of a %.0f px window, out of sight", b.Top, b.Bottom, b.Height)
	}
	// Undo stays at hand there, scrolled down, and undoes.
	eval[chromedp.Void](t, ctx, `document.querySelector("#d1-l3").scrollIntoView()`)
	b = eval[box](t, ctx, `(function(){const r = document.getElementById("undo").getBoundingClientRect(); return {Top: r.top, Bottom: r.bottom, Height: innerHeight}})()`)
	if b.Top < 0 || b.Bottom > b.Height || b.Bottom <= b.Top {
		t.Errorf("on a phone, scrolled down, Undo is at %.0f-%.0f px of a %.0f px window, out of sight", b.Top, b.Bottom, b.Height)
	}
	do(t, ctx, click(`#undo`), waitStatus("Undone"),
		// The rows drawn again after the undo: until then placeholders of
		// another height stand in for them, and the panel would move.
		chromedp.Poll[chromedp.Void](`document.querySelector("tr.row") && !document.querySelector("tr.placeholder")`, chromedp.WithPollingTimeout(10*time.Second)))
	// There the Findings button goes to the panel, below every row.
	eval[chromedp.Void](t, ctx, `window.scrollTo(0, 0)`)
	do(t, ctx, click(`#toggle-findings`), chromedp.Sleep(300*time.Millisecond))
	b = eval[box](t, ctx, `(function(){const r = document.querySelector(".findings h2").getBoundingClientRect(); return {Top: r.top, Bottom: r.bottom, Height: innerHeight}})()`)
	if b.Top < 0 || b.Bottom > b.Height || b.Bottom <= b.Top {
		t.Errorf("on a phone, after Findings the panel's heading is at %.0f-%.0f px of a %.0f px window, out of sight", b.Top, b.Bottom, b.Height)
	}
}

// TestWarningsShownInChromium: what reading the edition again warns of (a
// confirmed link whose sentence was edited on disk) is said on the page.
func TestWarningsShownInChromium(t *testing.T) {
	ctx := browser(t)
	s, dir, base := liveServer(t)
	do(t, ctx,
		chromedp.Navigate(base+"/?token="+s.Token()),
		visible(`#d1-l3 button[aria-label="Confirm"]`),
		click(`#d1-l3 button[aria-label="Confirm"]`),
		waitStatus("Saved: confirm link 3"))
	en := filepath.Join(dir, "en.txt")
	text, err := os.ReadFile(en)
	if err != nil {
		t.Fatal(err)
	}
	p := s.ed.Pairs[0]
	sentence := p.Target.Segments[p.Links[2].Target[0]].Text
	edited := strings.Replace(string(text), sentence, strings.Replace(sentence, " ", "  ", 1)+" (edited)", 1)
	if edited == string(text) {
		t.Fatalf("sentence %q not in en.txt", sentence)
	}
	if err := os.WriteFile(en, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Reload(), waitStatus("has a sentence edited since it was confirmed"))
}

// TestPrintInChromium: printed, the review page leaves out its controls
// and says that it holds only the rows loaded, pointing to the review
// edition for the whole.
func TestPrintInChromium(t *testing.T) {
	ctx := browser(t)
	s, _, base := liveServer(t)
	do(t, ctx, chromedp.Navigate(base+"/?token="+s.Token()), visible(`#d1-l3 button[aria-label="Confirm"]`),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
			return err
		}))
	type printed struct{ Buttons, Note bool }
	got := eval[printed](t, ctx, `({Buttons: [...document.querySelectorAll("button")].some(b => b.offsetParent !== null),
		Note: document.querySelector(".print-note").offsetParent !== null})`)
	if got.Buttons || !got.Note {
		t.Errorf("printed: buttons shown %v, note on the rows shown %v", got.Buttons, got.Note)
	}
}

// TestMiddleWidthInChromium: at 1000 px (a small laptop, a tablet held
// sideways, half a screen) the facing texts keep room to be read, more
// than a few words a line, with nothing to scroll sideways.
func TestMiddleWidthInChromium(t *testing.T) {
	ctx := browser(t)
	s, _, base := liveServer(t)
	do(t, ctx, chromedp.EmulateViewport(1000, 700), chromedp.Navigate(base+"/?token="+s.Token()), visible(`#d1-l3 td.src`))
	defer do(t, ctx, chromedp.EmulateViewport(1400, 1000))
	type widths struct{ Src, Tgt, Page, Window float64 }
	w := eval[widths](t, ctx, `({Src: document.querySelector("#d1-l3 td.src").getBoundingClientRect().width,
		Tgt: document.querySelector("#d1-l3 td.tgt").getBoundingClientRect().width,
		Page: document.documentElement.scrollWidth, Window: innerWidth})`)
	if w.Src < 200 || w.Tgt < 200 || w.Page > w.Window {
		t.Errorf("at 1000 px: the Russian %.0f px wide, the English %.0f px, the page %.0f px in a %.0f px window", w.Src, w.Tgt, w.Page, w.Window)
	}
	// The row's buttons stay in their column, not under the findings.
	for _, width := range []int64{1400, 1000, 400} {
		do(t, ctx, chromedp.EmulateViewport(width, 700), chromedp.Sleep(200*time.Millisecond))
		out := eval[[]string](t, ctx, `(function(){const td = document.querySelector("#d1-l3 td.act").getBoundingClientRect();
			return [...document.querySelectorAll("#d1-l3 td.act button")].filter(b => {const r = b.getBoundingClientRect(); return r.right > td.right + 0.5 || r.left < td.left - 0.5}).map(b => b.textContent)})()`)
		if len(out) > 0 {
			t.Errorf("at %d px, buttons of row 3 stick out of its actions column: %q", width, out)
		}
	}
}

// TestUndoFindingInChromium: a finding accepted into the baseline from the
// panel by mistake is back after Undo, and the baseline file the
// acceptance made is gone; Redo accepts it again.
func TestUndoFindingInChromium(t *testing.T) {
	ctx := browser(t)
	s, dir, base := liveServer(t)
	n := len(s.state().Findings)
	count := func() string { return eval[string](t, ctx, `document.getElementById("finding-count").textContent`) }
	do(t, ctx, chromedp.Navigate(base+"/?token="+s.Token()), visible(`#finding-list li button`))
	eval[chromedp.Void](t, ctx, `[...document.querySelectorAll("#finding-list button")].find(b => b.textContent === "Accept into baseline").click()`)
	do(t, ctx, waitStatus("Accepted into .sverka-baseline.json"))
	if got, want := count(), fmt.Sprintf("(%d)", n-1); got != want {
		t.Errorf("after accepting one finding the panel counts %s, want %s", got, want)
	}
	baseline := filepath.Join(dir, DefaultBaseline)
	if _, err := os.Stat(baseline); err != nil {
		t.Fatalf("no baseline written: %v", err)
	}
	do(t, ctx, click(`#undo`), waitStatus("Undone: accept"))
	if got, want := count(), fmt.Sprintf("(%d)", n); got != want {
		t.Errorf("after Undo the panel counts %s, want %s", got, want)
	}
	if _, err := os.Stat(baseline); !os.IsNotExist(err) {
		t.Errorf("the baseline the acceptance made is still there after Undo (%v)", err)
	}
	do(t, ctx, click(`#redo`), waitStatus("Redone: accept"))
	if got, want := count(), fmt.Sprintf("(%d)", n-1); got != want {
		t.Errorf("after Redo the panel counts %s, want %s", got, want)
	}
}

// TestKeysFollowFocusInChromium: the keys act on the row the focus is in:
// after clicking a row, Tab on into the next rows (its number, its
// buttons) and c confirms the row Tab reached, not the one clicked.
func TestKeysFollowFocusInChromium(t *testing.T) {
	ctx := browser(t)
	s, _, base := liveServer(t)
	do(t, ctx, chromedp.Navigate(base+"/?token="+s.Token()), visible(`#d1-l6 button[aria-label="Confirm"]`),
		click(`#d1-l2 td.tgt`))
	eval[chromedp.Void](t, ctx, `document.querySelector('#d1-l5 button[data-action="move-target-next"]').focus()`)
	do(t, ctx, chromedp.KeyEvent("\t"))
	if got := eval[string](t, ctx, `document.activeElement.closest("tr.row").id`); got != "d1-l6" {
		t.Fatalf("Tab from row 5's last button went to %q, want row 6", got)
	}
	do(t, ctx, chromedp.KeyEvent("c"), waitStatus("Saved: confirm link"))
	if got := eval[string](t, ctx, `document.getElementById("status").textContent`); got != "Saved: confirm link 6." {
		t.Errorf("c with the focus in row 6: %q", got)
	}
	// The rows drawn again after the save, the focus is back on row 6,
	// and Tab goes on from there.
	do(t, ctx, chromedp.Poll[chromedp.Void](`document.activeElement.id === "d1-l6"`, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.KeyEvent("\t"), chromedp.KeyEvent("\t"))
	if got := eval[string](t, ctx, `(document.activeElement.closest("tr.row") || {}).id + " " + document.activeElement.getAttribute("aria-label")`); got != "d1-l6 Confirm" {
		t.Errorf("Tab twice from row 6 went to %q, want its Confirm", got)
	}
}

// TestPhoneTargetsInChromium: at 400 px wide, a phone, every control is
// at least 24 px each way (WCAG 2.5.8: the row's buttons were 19 px high,
// the link numbers 7 px wide), a row's edits stay on one line and its
// moves on another, and nothing scrolls sideways.
func TestPhoneTargetsInChromium(t *testing.T) {
	ctx := browser(t)
	s, _, base := liveServer(t)
	do(t, ctx, chromedp.EmulateViewport(400, 800), chromedp.Navigate(base+"/?token="+s.Token()), visible(`#d1-l3 td.act button`), chromedp.Sleep(300*time.Millisecond))
	defer do(t, ctx, chromedp.EmulateViewport(1400, 1000))
	small := eval[[]string](t, ctx, `[...document.querySelectorAll("button, select, input, td.n a")].filter(e => e.offsetParent).
		map(e => [e, e.getBoundingClientRect()]).filter(([e, r]) => r.width < 24 || r.height < 24).
		map(([e, r]) => (e.id || e.closest("tr.row")?.id + " " + e.textContent) + ": " + Math.round(r.width) + "×" + Math.round(r.height))`)
	if len(small) > 0 {
		t.Errorf("controls under 24×24 px at 400 px wide: %v", small)
	}
	lines := eval[[]int](t, ctx, `["edits", "moves"].map(g => new Set([...document.querySelectorAll("#d1-l3 td.act ." + g + " button")].map(b => Math.round(b.getBoundingClientRect().top))).size)`)
	if len(lines) != 2 || lines[0] != 1 || lines[1] != 1 {
		t.Errorf("row 3's edits are on %v lines and its moves on %v, want one each", lines[0], lines[1])
	}
	if w := eval[[]float64](t, ctx, `[document.documentElement.scrollWidth, innerWidth]`); w[0] > w[1] {
		t.Errorf("the page is %.0f px wide in a %.0f px window", w[0], w[1])
	}
}

// TestContrastInChromium: every text of the review page, wide and on a
// phone, with a row current, one confirmed and a change said in the
// status line, is legible: WCAG AA contrast on its background.
func TestContrastInChromium(t *testing.T) {
	ctx := browser(t)
	s, _, base := liveServer(t)
	do(t, ctx, chromedp.Navigate(base+"/?token="+s.Token()), visible(`#d1-l3 button[aria-label="Confirm"]`),
		click(`#d1-l3 button[aria-label="Confirm"]`), waitStatus("Saved: confirm link 3"), visible(`#d1-l3.confirmed`))
	defer do(t, ctx, chromedp.EmulateViewport(1400, 1000))
	for _, w := range []int64{1400, 400} {
		do(t, ctx, chromedp.EmulateViewport(w, 900), chromedp.Sleep(300*time.Millisecond))
		if low := eval[[]string](t, ctx, browsertest.LowContrastJS); len(low) > 0 {
			t.Errorf("at %d px, texts under AA contrast:\n%s", w, strings.Join(low, "\n"))
		}
	}
}

// TestSplitDialogTextsInChromium: the split dialog names each sentence by
// its words alone, not with the message and number of a finding marked
// in it ("…19:30 p.m.warning time-format: … p.m.2").
func TestSplitDialogTextsInChromium(t *testing.T) {
	ctx := browser(t)
	s, _, base := liveServer(t)
	do(t, ctx, chromedp.Navigate(base+"/?token="+s.Token()), visible(`#d1-l4 button[aria-label="Merge with next"]`),
		click(`#d1-l4 button[aria-label="Merge with next"]`), waitStatus("Saved: merge link 4"),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll("#d1-l4 td.tgt .seg").length === 2`, chromedp.WithPollingTimeout(10*time.Second)),
		click(`#d1-l4 button[aria-label="Split"]`), visible(`#split-ok`))
	p := s.ed.Pairs[0]
	var want []string
	for _, side := range [][]int{p.Links[3].Source, p.Links[3].Target} {
		for _, k := range side {
			doc := p.Source
			if len(want) >= len(p.Links[3].Source) {
				doc = p.Target
			}
			want = append(want, doc.Segments[k].Text)
		}
	}
	got := eval[[]string](t, ctx, `[...document.querySelectorAll("#split-dialog label")].map(l => l.textContent.trim()).filter(t => !t.startsWith("(none"))`)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the split dialog offers\n%s\nwant the sentences\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	do(t, ctx, chromedp.KeyEvent("\x1b"))
}

// TestButtonsNamedForScreenReadersInChromium: a row's buttons are a group
// named for its link, so that one Confirm is told from the next; a
// finding's buttons are described by the finding; the arrows of the moves
// are captioned.
func TestButtonsNamedForScreenReadersInChromium(t *testing.T) {
	ctx := browser(t)
	s, _, base := liveServer(t)
	do(t, ctx, chromedp.Navigate(base+"/?token="+s.Token()), visible(`#d1-l5 button[aria-label="Confirm"]`), visible(`#finding-list button`))
	type names struct {
		Group, Caption string
		Described      []string
	}
	got := eval[names](t, ctx, `(function(){
		const g = document.querySelector('#d1-l5 button[aria-label="Confirm"]').closest('[role="group"]');
		const b = [...document.querySelectorAll("#finding-list li:first-child button")];
		return {Group: g ? g.getAttribute("aria-label") : "",
			Caption: document.querySelector("#d1-l5 .moves").textContent.split("ru")[0],
			Described: b.map(x => (document.getElementById(x.getAttribute("aria-describedby") || "") || {}).textContent || "")};
	})()`)
	f := s.state().Findings[0]
	if got.Group != "Link 5" || got.Caption != "Move" {
		t.Errorf("row 5's buttons: group %q, caption of the moves %q; want Link 5, Move", got.Group, got.Caption)
	}
	if len(got.Described) == 0 {
		t.Fatal("no buttons for the first finding")
	}
	for _, d := range got.Described {
		if !strings.Contains(d, f.Rule) || !strings.Contains(d, f.Message) {
			t.Errorf("a button of the first finding is described by %q, want its rule %s and message", d, f.Rule)
		}
	}
	// Its row is named as a reader names it, not by its anchor (d1-l3).
	if hint, want := eval[string](t, ctx, `document.querySelector("#finding-list li .hint").textContent`), "Document 1, link 3 · "+f.Place; hint != want {
		t.Errorf("the first finding's place reads %q, want %q", hint, want)
	}
}

// TestUnconfirmInChromium: Confirm is a toggle: pressed on a confirmed
// link it takes the link back (saved, so that realigning may change it
// again), and c on the row confirms it again.
func TestUnconfirmInChromium(t *testing.T) {
	ctx := browser(t)
	s, dir, base := liveServer(t)
	confirm := `#d1-l3 button[aria-label="Confirm"]`
	pressed := func() string {
		return eval[string](t, ctx, `document.querySelector('`+confirm+`').getAttribute("aria-pressed")`)
	}
	do(t, ctx, chromedp.Navigate(base+"/?token="+s.Token()), visible(confirm), click(confirm), waitStatus("Saved: confirm link 3"), visible(`#d1-l3.confirmed`))
	if p := pressed(); p != "true" {
		t.Errorf("a confirmed link's Confirm has aria-pressed %q", p)
	}
	do(t, ctx, click(confirm), waitStatus("Saved: unconfirm link 3"),
		chromedp.Poll[chromedp.Void](`document.querySelector("#d1-l3") && !document.querySelector("#d1-l3.confirmed")`, chromedp.WithPollingTimeout(10*time.Second)))
	if p := pressed(); p != "false" {
		t.Errorf("an unconfirmed link's Confirm has aria-pressed %q", p)
	}
	if l := readStored(t, filepath.Join(dir, "align", "doc1.json"))[0].Links[2]; l.Confirmed {
		t.Errorf("link 3 is still confirmed in align/doc1.json: %+v", l)
	}
	do(t, ctx, click(`#d1-l3 td.tgt`), chromedp.KeyEvent("c"), waitStatus("Saved: confirm link 3"), visible(`#d1-l3.confirmed`))
	if l := readStored(t, filepath.Join(dir, "align", "doc1.json"))[0].Links[2]; !l.Confirmed {
		t.Errorf("link 3 is not confirmed again in align/doc1.json: %+v", l)
	}
}
