package revision

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/sverka/sverka/internal/browsertest"
)

// TestDiffPageOnPhoneInChromium looks at the HTML diff as a phone shows it
// (390 px, a mobile viewport): the page is laid out at the phone's width,
// not zoomed out from a desktop's, with no sideways scrolling, and each
// sentence takes the width of the screen, its change and lines above it.
func TestDiffPageOnPhoneInChromium(t *testing.T) {
	bin := browsertest.Chromium(t)
	r, err := Compare(docOf("old.txt", oldTranslation...), docOf("new.txt", revisedTranslation()...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var page bytes.Buffer
	if err := WriteHTML(&page, r, PrintOptions{}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "diff.html")
	if err := os.WriteFile(file, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(filepath.Join(t.TempDir(), "profile")))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		t.Skipf("chromium does not start here: %v", err)
	}
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(390, 800, chromedp.EmulateMobile), chromedp.Navigate("file://"+file)); err != nil {
		t.Fatal(err)
	}
	type layout struct{ Inner, Scroll, Sentence float64 }
	l, err := chromedp.Run(tctx, chromedp.Evaluate[layout](`({Inner: innerWidth, Scroll: document.documentElement.scrollWidth,
		Sentence: document.querySelector("tr.changed td:last-child").getBoundingClientRect().width})`))
	if err != nil {
		t.Fatal(err)
	}
	if l.Inner != 390 || l.Scroll > l.Inner || l.Sentence < 0.8*l.Inner {
		t.Errorf("on a 390 px phone: laid out %v px wide, scrolls to %v px, a sentence %v px wide", l.Inner, l.Scroll, l.Sentence)
	}
	// Every text legible: WCAG AA contrast (the lines were #777, 4.48:1).
	low, err := chromedp.Run(tctx, chromedp.Evaluate[[]string](browsertest.LowContrastJS))
	if err != nil {
		t.Fatal(err)
	}
	if len(low) > 0 {
		t.Errorf("texts under AA contrast:\n%s", strings.Join(low, "\n"))
	}
}
