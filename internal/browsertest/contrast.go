package browsertest

// LowContrastJS is a script for a page that returns its visible texts
// whose colour on their background is under WCAG 2's AA contrast (4.5:1,
// 3:1 for large text), each as "tag.class "text" colour on background
// ratio". Texts drawn faded on purpose (a disabled button's opacity) are
// left out, as WCAG leaves out inactive controls.
const LowContrastJS = `(function () {
  function rgb(s) { var m = s.match(/[\d.]+/g); return m ? m.map(Number) : [0, 0, 0, 0]; }
  function lum(c) {
    var a = c.slice(0, 3).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2];
  }
  function background(e) {
    for (; e; e = e.parentElement) {
      var c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] > 0.5) return c;
    }
    return [255, 255, 255];
  }
  function opacity(e) { var o = 1; for (; e; e = e.parentElement) o *= +getComputedStyle(e).opacity; return o; }
  var out = [], seen = {};
  var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), n;
  while ((n = walk.nextNode())) {
    var text = n.textContent.trim(), e = n.parentElement;
    if (!text || !e.getClientRects().length) continue;
    var cs = getComputedStyle(e);
    if (cs.visibility === "hidden" || opacity(e) < 0.99) continue;
    var f = lum(rgb(cs.color)), b = lum(background(e));
    var ratio = (Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05);
    var size = parseFloat(cs.fontSize), large = size >= 24 || size >= 18.66 && +cs.fontWeight >= 700;
    if (ratio >= (large ? 3 : 4.5)) continue;
    var line = e.tagName.toLowerCase() + (e.className ? "." + String(e.className).split(" ")[0] : "") + " " + JSON.stringify(text.slice(0, 30)) +
      " " + cs.color + " on rgb(" + background(e).slice(0, 3).join(", ") + ") " + ratio.toFixed(2);
    if (!seen[line]) { seen[line] = true; out.push(line); }
  }
  return out;
})()`
