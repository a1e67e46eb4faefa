package edition

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sverka/sverka/internal/browsertest"
)

// probeScript runs in the page after the page's own script and writes what
// a reader would see into <pre id="probe"> as JSON.
const probeScript = `<script>
(function () {
  var out = {rows: 0, rowsBothSides: 0, badRows: [], insertions: [], hoverPair: false, hoverBackground: "",
             scripts: document.scripts.length, scriptText: false, termsOrSpansWithoutTitle: 0};
  document.querySelectorAll("tr.row").forEach(function (tr) {
    out.rows++;
    var ok = true;
    ["td.src", "td.tgt"].forEach(function (sel) {
      var td = tr.querySelector(sel);
      var r = td ? td.getBoundingClientRect() : null;
      if (!td || r.width < 50 || r.height < 5 || td.innerText.trim() === "") ok = false;
    });
    if (ok) out.rowsBothSides++; else out.badRows.push(tr.id);
  });
  document.querySelectorAll("main .sp-insertion").forEach(function (e) {
    var cs = getComputedStyle(e);
    out.insertions.push({text: e.innerText, title: e.title, background: cs.backgroundColor, border: cs.borderBottomStyle});
  });
  document.querySelectorAll("main .sp, main .term").forEach(function (e) { if (!e.title) out.termsOrSpansWithoutTitle++; });
  var s = document.getElementById("d1-s-4"), t = document.getElementById("d1-t-4");
  if (s && t) {
    s.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
    out.hoverPair = t.classList.contains("pair");
    out.hoverBackground = getComputedStyle(t).backgroundColor;
  }
  out.scriptText = document.body.innerText.indexOf('<script>alert("x")<\/script>') >= 0;
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>`

type probe struct {
	Rows, RowsBothSides int
	BadRows             []string
	Insertions          []struct{ Text, Title, Background, Border string }
	HoverPair           bool
	HoverBackground     string
	Scripts             int
	ScriptText          bool
	TermsOrSpansWithout int `json:"termsOrSpansWithoutTitle"`
}

// TestHTMLInChromium renders the export in headless Chromium and checks
// what a reader sees: both columns of every row, insertions marked and
// carrying their tooltip, hovering a sentence lighting its counterpart, and
// a <script> in a document shown as text rather than run.
func TestHTMLInChromium(t *testing.T) {
	bin := browsertest.Chromium(t)
	ed := validationEditions()["two"]
	var buf bytes.Buffer
	if err := WriteHTML(&buf, ed, Options{}); err != nil {
		t.Fatal(err)
	}
	page := strings.Replace(buf.String(), "</body>", probeScript+"\n</body>", 1)
	dir := t.TempDir()
	if d := os.Getenv("SVERKA_KEEP_HTML"); d != "" {
		dir = d
	}
	path := filepath.Join(dir, "edition.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--window-size=1400,2000", "--dump-dom", "file://"+path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	dom, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	_, rest, ok := strings.Cut(string(dom), `<pre id="probe">`)
	if !ok {
		t.Fatalf("the probe did not run; DOM:\n%.2000s", dom)
	}
	raw, _, _ := strings.Cut(rest, "</pre>")
	var p probe
	if err := json.Unmarshal([]byte(html.UnescapeString(raw)), &p); err != nil {
		t.Fatalf("probe output %q: %v", raw, err)
	}
	t.Logf("chromium saw: %+v", p)
	wantRows := 0
	for _, b := range ed.Pairs {
		wantRows += len(b.Links)
	}
	if p.Rows != wantRows || p.RowsBothSides != wantRows {
		t.Errorf("rendered %d rows, %d with both columns visible and filled, want %d; bad rows: %v", p.Rows, p.RowsBothSides, wantRows, p.BadRows)
	}
	if len(p.Insertions) == 0 {
		t.Fatal("no insertion rendered")
	}
	for _, in := range p.Insertions {
		if !strings.Contains(in.Title, "translator's insertion") || !strings.Contains(in.Title, "signed NO") {
			t.Errorf("insertion %q has tooltip %q, want its class and signer", in.Text, in.Title)
		}
		if in.Background == "rgba(0, 0, 0, 0)" || in.Border != "solid" {
			t.Errorf("insertion %q is not visibly marked: background %s, border %s", in.Text, in.Background, in.Border)
		}
	}
	if p.TermsOrSpansWithout != 0 {
		t.Errorf("%d marks without a tooltip", p.TermsOrSpansWithout)
	}
	if !p.HoverPair || p.HoverBackground == "rgba(0, 0, 0, 0)" {
		t.Errorf("hovering d1-s-4 did not light d1-t-4: pair=%v background %s", p.HoverPair, p.HoverBackground)
	}
	if p.Scripts != 2 {
		t.Errorf("the page has %d scripts, want its own and the probe: text from a document ran as script", p.Scripts)
	}
	if !p.ScriptText {
		t.Error("the <script> written in a document is not shown as text")
	}
}
