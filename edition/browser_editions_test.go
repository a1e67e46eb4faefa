package edition_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/sverka/sverka/check"
	"github.com/sverka/sverka/edition"
	"github.com/sverka/sverka/internal/browsertest"
	"github.com/sverka/sverka/internal/sharedtest"
)

// browser starts headless Chromium under chromedp for the test, or skips
// it where Chromium is missing.
func browser(t *testing.T) context.Context {
	t.Helper()
	bin := browsertest.Chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.UserDataDir(t.TempDir()), chromedp.Flag("disable-quic", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // starts the browser, without a timeout (see chromedp.Run)
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// view is how the page is looked at: a viewport width, and print media.
type view struct {
	name  string
	width int64
	print bool
}

var views = []view{{"wide", 1400, false}, {"narrow", 400, false}, {"print", 720, true}}

// layout is what the probe measures of a page.
type layout struct {
	ScrollWidth, Viewport int
	Text                  string   // the page's text as a reader sees it
	Broken                []string // words broken across lines
	Overflow              []string // elements sticking out of their table cell
	Stacked, SideBySide   int      // rows with both texts, one above the other / side by side
	BothSides             int
	LegendShown           bool
	FindingsShown         bool
	Findings              int // entries of the findings section
	Marks                 int // check marks in the text
	ReviewElements        int // elements of the reviewer's apparatus (flags, terms, marks, link numbers)
}

const probeJS = `(() => {
  const out = {ScrollWidth: document.documentElement.scrollWidth, Viewport: window.innerWidth,
    Text: document.body.innerText, Broken: [], Overflow: [], Stacked: 0, SideBySide: 0, BothSides: 0,
    LegendShown: false, FindingsShown: false,
    Findings: document.querySelectorAll("#findings li").length,
    Marks: document.querySelectorAll("mark.finding").length,
    ReviewElements: document.querySelectorAll(".flag, .term, mark, td.n, .gap, .legend, #findings").length};
  const shown = (e) => { if (!e) return false; const r = e.getBoundingClientRect(); return getComputedStyle(e).display !== "none" && r.height > 0; };
  out.LegendShown = shown(document.querySelector(".legend"));
  out.FindingsShown = shown(document.getElementById("findings"));
  document.querySelectorAll("table.facing tr.row").forEach((tr) => {
    const s = tr.querySelector("td.src"), t = tr.querySelector("td.tgt");
    if (!s || !t || !s.innerText.trim() || !t.innerText.trim()) return;
    out.BothSides++;
    const a = s.getBoundingClientRect(), b = t.getBoundingClientRect();
    if (b.top >= a.bottom - 1) out.Stacked++;
    if (b.left >= a.right - 1 && Math.abs(a.top - b.top) < 2) out.SideBySide++;
  });
  document.querySelectorAll("table.facing td").forEach((td) => {
    const r = td.getBoundingClientRect();
    td.querySelectorAll("*").forEach((e) => {
      const q = e.getBoundingClientRect();
      if (q.width === 0 || getComputedStyle(e).position === "absolute") return;
      if (q.right > r.right + 1 || q.left < r.left - 1) out.Overflow.push((td.parentElement.id || "?") + " " + e.className + ": " + e.textContent.slice(0, 40));
    });
  });
  const walk = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
  let checked = 0;
  for (let n = walk.nextNode(); n && checked < 20000; n = walk.nextNode()) {
    const re = /[^\s\u002d\u2010\u2013\u2014]+/g; // a break after a hyphen or dash is no broken word
    let m;
    while ((m = re.exec(n.data)) && checked < 20000) {
      checked++;
      const rg = document.createRange();
      rg.setStart(n, m.index);
      rg.setEnd(n, m.index + m[0].length);
      const tops = new Set();
      for (const q of rg.getClientRects()) if (q.width > 0) tops.add(Math.round(q.top));
      if (tops.size > 1) out.Broken.push(m[0]);
    }
  }
  return out;
})()`

// look opens the page in a new tab as v says, measures it, and, when
// SVERKA_SHOTS names a folder, saves a screenshot (and in print, a PDF)
// there to look at.
func look(t *testing.T, ctx context.Context, page string, v view) layout {
	t.Helper()
	tab, cancel := chromedp.NewContext(ctx)
	defer cancel()
	tab, cancelT := context.WithTimeout(tab, 60*time.Second)
	defer cancelT()
	media := func(m string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m})
			return err
		})
	}
	steps := []chromedp.Action[chromedp.Void]{chromedp.EmulateViewport(v.width, 900), chromedp.Navigate("file://" + page)}
	if v.print {
		steps = append(steps, media("print"))
	}
	if err := chromedp.Do(tab, steps...); err != nil {
		t.Fatalf("%s: %v", v.name, err)
	}
	l, err := chromedp.Run(tab, chromedp.Evaluate[layout](probeJS))
	if err != nil {
		t.Fatalf("%s: probe: %v", v.name, err)
	}
	if dir := os.Getenv("SVERKA_SHOTS"); dir != "" {
		base := filepath.Join(dir, strings.TrimSuffix(filepath.Base(page), ".html")+"-"+v.name)
		if v.print {
			if pdf, err := chromedp.Run(tab, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4))); err == nil {
				os.WriteFile(base+".pdf", pdf, 0o644)
			}
		} else if png, err := chromedp.Run(tab, chromedp.FullScreenshot(100)); err == nil {
			os.WriteFile(base+".png", png, 0o644)
		}
	}
	return l
}

// exampleEditions writes the example edition's two editions, the review
// edition with the check's findings, and returns their files and the
// findings.
func exampleEditions(t *testing.T) (reader, review string, findings []check.Finding) {
	return writeEditions(t, filepath.Join("..", "examples", "telegrams", "sverka.yaml"), "")
}

// writeEditions opens the edition of config, checks it, and writes its
// reader's and review editions as NAMEreader.html and NAMEreview.html
// (into SVERKA_SHOTS when set, to look at).
func writeEditions(t *testing.T, config, name string) (reader, review string, findings []check.Finding) {
	t.Helper()
	ed, err := edition.Open(config, edition.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	copts, err := check.OptionsFrom(ed.Config, ed.Dir)
	if err != nil {
		t.Fatal(err)
	}
	findings = check.Run(ed, copts)
	ed.Marks = check.Marks(findings)
	dir := t.TempDir()
	if d := os.Getenv("SVERKA_SHOTS"); d != "" {
		dir = d
	}
	write := func(file string, w func(*os.File) error) string {
		p := filepath.Join(dir, file)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := w(f); err != nil {
			t.Fatal(err)
		}
		return p
	}
	opts := edition.Options{BaseDir: ed.Dir}
	reader = write(name+"reader.html", func(f *os.File) error { return edition.WriteReaderHTML(f, ed, opts) })
	review = write(name+"review.html", func(f *os.File) error { return edition.WriteHTML(f, ed, opts) })
	return reader, review, findings
}

// TestEditionsInChromium looks at both editions of the example as a
// reader would, wide (1400 px), narrow (400 px) and printed: the texts
// face each other when wide and stack link by link when narrow, nothing
// scrolls sideways, no word is broken, nothing sticks out of its cell;
// the reader's edition shows none of the reviewer's apparatus; the review
// edition lists every finding the check reports and prints its legend.
func TestEditionsInChromium(t *testing.T) {
	ctx := browser(t)
	reader, review, findings := exampleEditions(t)
	if len(findings) == 0 {
		t.Fatal("the example edition has no findings: the test would prove nothing")
	}
	lookAtEditions(t, ctx, reader, review, findings)
}

// TestRealEditionInChromium does the same on the real edition of the
// shared material: the six Russian documents of korea-1950 and the seed's
// English as copied from the web page.
func TestRealEditionInChromium(t *testing.T) {
	shared := sharedtest.Dir(t)
	ctx := browser(t)
	dir := t.TempDir()
	copyFile := func(from, to string) {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Skipf("shared material: %v", err)
		}
		os.MkdirAll(filepath.Dir(to), 0o755)
		if err := os.WriteFile(to, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i := 1; i <= 6; i++ {
		n := strconv.Itoa(i)
		copyFile(filepath.Join(shared, "corpus", "korea-1950", "ru", "doc"+n+".txt"), filepath.Join(dir, "ru", "doc"+n+".txt"))
	}
	copyFile(filepath.Join(shared, "seeds", "000_cd92320a92b46101.txt"), filepath.Join(dir, "en.txt"))
	config := filepath.Join(dir, "sverka.yaml")
	if err := os.WriteFile(config, []byte("documents: {source: 'ru/doc{id}.txt', target: en.txt}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	reader, review, findings := writeEditions(t, config, "real-")
	lookAtEditions(t, ctx, reader, review, findings)
}

// lookAtEditions looks at both editions wide (1400 px), narrow (400 px)
// and printed: the texts face each other when wide and stack link by link
// when narrow, nothing scrolls sideways, no word is broken, nothing sticks
// out of its cell; the reader's edition shows none of the reviewer's
// apparatus; the review edition lists every finding the check reports and
// prints its legend.
func lookAtEditions(t *testing.T, ctx context.Context, reader, review string, findings []check.Finding) {
	for _, page := range []string{reader, review} {
		isReader := page == reader
		for _, v := range views {
			t.Run(filepath.Base(page)+"/"+v.name, func(t *testing.T) {
				l := look(t, ctx, page, v)
				if l.BothSides == 0 {
					t.Fatal("no row with both texts")
				}
				switch v.width {
				case 400:
					if l.ScrollWidth > l.Viewport {
						t.Errorf("scrollWidth %d > viewport %d: the page scrolls sideways", l.ScrollWidth, l.Viewport)
					}
					if l.Stacked != l.BothSides {
						t.Errorf("%d of %d rows stacked", l.Stacked, l.BothSides)
					}
				default:
					if l.SideBySide != l.BothSides {
						t.Errorf("%d of %d rows side by side", l.SideBySide, l.BothSides)
					}
				}
				if len(l.Broken) > 0 {
					t.Errorf("words broken across lines: %q", l.Broken)
				}
				if len(l.Overflow) > 0 {
					t.Errorf("sticking out of their cells: %q", l.Overflow)
				}
				if isReader {
					if l.ReviewElements != 0 {
						t.Errorf("%d elements of the reviewer's apparatus in the reader's edition", l.ReviewElements)
					}
					for _, w := range reviewWords(findings) {
						if strings.Contains(l.Text, w) {
							t.Errorf("the reader's edition shows %q", w)
						}
					}
					return
				}
				if l.Findings != len(findings) {
					t.Errorf("%d entries in the findings section, the check reports %d", l.Findings, len(findings))
				}
				if len(findings) > 0 && l.Marks == 0 {
					t.Error("no finding marked in the text")
				}
				if v.print && (!l.LegendShown || len(findings) > 0 && !l.FindingsShown) {
					t.Errorf("in print: legend shown %v, findings shown %v", l.LegendShown, l.FindingsShown)
				}
			})
		}
	}
}

// reviewWords are words only the reviewer's apparatus writes: the
// legend's, the flags', and the findings' rules and messages.
func reviewWords(findings []check.Finding) []string {
	words := []string{"low confidence", "no counterpart", "flagged", "check finding", "glossary term", "confidence", "omission"}
	for _, f := range findings {
		words = append(words, f.Rule, f.Message)
	}
	return words
}

// TestFindingMessageOnFocusAndTap: a finding's message shows when its mark
// has the focus, from the keyboard or from a tap, with the pointer away:
// not on hover alone.
func TestFindingMessageOnFocusAndTap(t *testing.T) {
	ctx := browser(t)
	_, review, _ := exampleEditions(t)
	for _, width := range []int64{1400, 400} {
		tab, cancel := chromedp.NewContext(ctx)
		tipShown := `(() => { const t = document.querySelector("main mark.finding .tip"); const r = t.getBoundingClientRect();
		  return getComputedStyle(t).display !== "none" && r.width > 0 && t.innerText.length > 0; })()`
		err := chromedp.Do(tab, chromedp.EmulateViewport(width, 900), chromedp.Navigate("file://"+review))
		if err != nil {
			t.Fatal(err)
		}
		if shown, err := chromedp.Run(tab, chromedp.Evaluate[bool](tipShown)); err != nil || shown {
			t.Errorf("%d px: message shown before any focus (%v)", width, err)
		}
		// A tap: press and release on the mark, then move the pointer away.
		type point struct{ X, Y float64 }
		p, err := chromedp.Run(tab, chromedp.Evaluate[point](`(() => { const m = document.querySelector("main mark.finding");
		  m.scrollIntoView({block: "center"}); const r = m.getClientRects()[0]; return {X: r.left + 3, Y: r.top + r.height / 2}; })()`))
		if err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(tab, chromedp.MouseClickXY(p.X, p.Y), chromedp.MouseEvent("mouseMoved", 1, 1)); err != nil {
			t.Fatal(err)
		}
		if shown, err := chromedp.Run(tab, chromedp.Evaluate[bool](tipShown)); err != nil || !shown {
			t.Errorf("%d px: message not shown after a tap (%v)", width, err)
		}
		// The keyboard: blur, then focus.
		if shown, err := chromedp.Run(tab, chromedp.Evaluate[bool](`document.activeElement.blur(), document.querySelector("main mark.finding").focus(), `+tipShown)); err != nil || !shown {
			t.Errorf("%d px: message not shown on focus (%v)", width, err)
		}
		cancel()
	}
}

// TestEditionContrastInChromium: every text of both editions, the review
// edition's link numbers and footer included, is legible: WCAG AA
// contrast on its background (the link numbers, by which an editor names
// a link, were grey #999 on white, 2.85:1).
func TestEditionContrastInChromium(t *testing.T) {
	ctx := browser(t)
	reader, review, _ := exampleEditions(t)
	for _, page := range []string{reader, review} {
		tab, cancel := chromedp.NewContext(ctx)
		err := chromedp.Do(tab, chromedp.Navigate("file://"+page))
		low, err2 := chromedp.Run(tab, chromedp.Evaluate[[]string](browsertest.LowContrastJS))
		cancel()
		if err != nil || err2 != nil {
			t.Fatal(err, err2)
		}
		if len(low) > 0 {
			t.Errorf("%s: texts under AA contrast:\n%s", filepath.Base(page), strings.Join(low, "\n"))
		}
	}
}
