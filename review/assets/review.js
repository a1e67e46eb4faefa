// The review page: the edition's rows, a screenful at a time, with the
// actions on links and findings. Every change is a POST the server saves
// at once; the page then shows the state the server answers with. Text
// from the edition reaches the page only as the server's escaped rows or
// through textContent.
(function () {
  "use strict";
  var token = document.querySelector('meta[name="sverka-token"]').content;
  var CHUNK = 100;
  var st = null;
  var cur = {doc: 0, link: -1, filter: "all"};
  var changed = {};
  var table = document.getElementById("facing");
  var statusEl = document.getElementById("status");
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (e) { if (e.isIntersecting) fill(e.target.parentNode.parentNode); });
  }, {rootMargin: "600px 0px"});

  function $(id) { return document.getElementById(id); }

  // The panels stick below the bar, whose height changes with the status
  // line and the title's wrapping: --bar tells the stylesheet.
  new ResizeObserver(function () {
    document.documentElement.style.setProperty("--bar", document.querySelector("header.bar").offsetHeight + "px");
  }).observe(document.querySelector("header.bar"));

  function say(msg, isError) {
    statusEl.textContent = msg || "";
    statusEl.classList.toggle("error", !!isError);
  }

  function getJSON(path) {
    return fetch(path, {credentials: "same-origin"}).then(function (r) {
      return r.json().then(function (d) { if (!r.ok) throw new Error(d.error || r.statusText); return d; });
    });
  }

  function post(path, body) {
    body.versions = st.versions;
    return fetch(path, {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-Sverka-Token": token},
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (d) {
        if (r.ok) return d;
        if (r.status === 409) {
          say("Refused: " + d.error + " Reloading.", true);
          var keep = statusEl.textContent;
          return load().then(function () { say(keep, true); return null; });
        }
        say("Refused: " + (d.error || r.statusText), true);
        return null;
      });
    }, function (err) { say("The server did not answer: " + err.message + ". Is sverka review still running?", true); return null; });
  }

  function load() {
    return getJSON("/api/state").then(function (s) {
      st = s;
      renderDocList();
      renderFindings();
      renderUndo();
      showDoc(Math.min(cur.doc, st.docs.length - 1), cur.link);
      // What reading the edition warned of (a confirmed link whose
      // sentence was edited) is said with the notice.
      var said = [s.notice].concat(s.warnings || []).filter(Boolean);
      if (said.length) say(said.join(" "));
    }, function (err) { say(err.message, true); });
  }

  // rowList is the list of links (from 0) the current filter shows; null
  // for all.
  function rowList() {
    if (cur.filter === "all") return null;
    return st.docs[cur.doc][cur.filter] || [];
  }
  function listLength() { var l = rowList(); return l ? l.length : st.docs[cur.doc].links; }
  function positionOf(link) { var l = rowList(); return l ? l.indexOf(link) : link; }

  function renderDocList() {
    var ol = $("doc-list");
    ol.textContent = "";
    st.docs.forEach(function (d, i) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "#" + d.id;
      a.textContent = d.title;
      if (i === cur.doc) a.setAttribute("aria-current", "page");
      var c = document.createElement("span");
      c.className = "counts";
      var parts = [d.links + " links", d.confirmed + " confirmed"];
      c.textContent = parts.join(" · ") + " · ";
      var bad = document.createElement("span");
      bad.className = d.flagged.length + d.finding.length ? "bad" : "";
      bad.textContent = d.flagged.length + " flagged · " + countFindings(i) + " findings";
      c.appendChild(bad);
      a.appendChild(c);
      a.addEventListener("click", function (ev) { ev.preventDefault(); cur.link = -1; showDoc(i, -1); });
      li.appendChild(a);
      ol.appendChild(li);
    });
  }

  function countFindings(doc) {
    return st.findings.filter(function (f) { return f.doc === doc; }).length;
  }

  function renderUndo() {
    $("undo").disabled = !st.undo;
    $("undo").title = st.undo ? "Undo " + st.undo + " (u)" : "Nothing to undo";
    $("redo").disabled = !st.redo;
    $("redo").title = st.redo ? "Redo " + st.redo + " (r)" : "Nothing to redo";
  }

  // showDoc lays out the document's rows as placeholders, a chunk each,
  // filled as they come into view; focus is a link to show.
  function showDoc(i, focus) {
    if (i < 0) return;
    cur.doc = i;
    var d = st.docs[i];
    $("doc").dataset.doc = d.id;
    $("doc-title").textContent = d.title;
    $("doc-file").textContent = d.file + (d.named ? "" : " (saved there, and named in sverka.yaml, with the first change)");
    $("src-head").lang = d.srcLang || "ru";
    $("tgt-head").lang = d.tgtLang || "en";
    Array.prototype.forEach.call(table.querySelectorAll("tbody"), function (tb) { table.removeChild(tb); });
    observer.disconnect();
    var n = listLength();
    for (var k = 0; k * CHUNK < n; k++) {
      var tb = document.createElement("tbody");
      tb.dataset.chunk = k;
      var tr = document.createElement("tr");
      tr.className = "placeholder";
      var td = document.createElement("td");
      td.colSpan = 4;
      var rows = Math.min(CHUNK, n - k * CHUNK);
      td.style.height = (rows * 3) + "em";
      td.textContent = "rows " + (k * CHUNK + 1) + " to " + (k * CHUNK + rows) + "…";
      tr.appendChild(td);
      tb.appendChild(tr);
      table.appendChild(tb);
      observer.observe(td);
    }
    if (n === 0) {
      var tb0 = document.createElement("tbody"), tr0 = document.createElement("tr"), td0 = document.createElement("td");
      td0.colSpan = 4; td0.className = "ui"; td0.textContent = "No rows to show with this filter.";
      tr0.appendChild(td0); tb0.appendChild(tr0); table.appendChild(tb0);
    }
    Array.prototype.forEach.call(document.querySelectorAll("#doc-list a"), function (a, k) {
      if (k === i) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
    });
    if (focus >= 0) goTo(focus);
  }

  function fill(tb) {
    if (!tb || tb.dataset.state) return Promise.resolve();
    tb.dataset.state = "loading";
    var k = +tb.dataset.chunk;
    var url = "/api/rows?doc=" + cur.doc + "&only=" + encodeURIComponent(cur.filter) + "&from=" + (k * CHUNK) + "&to=" + ((k + 1) * CHUNK);
    var doc = cur.doc;
    tb.promise = fetch(url, {credentials: "same-origin"}).then(function (r) {
      if (!r.ok) throw new Error("rows: " + r.status);
      return r.text();
    }).then(function (html) {
      if (doc !== cur.doc || !tb.parentNode) return;
      tb.innerHTML = html;
      Array.prototype.forEach.call(tb.querySelectorAll("tr.row"), decorate);
      tb.dataset.state = "loaded";
    }, function (err) { tb.dataset.state = ""; say(err.message, true); });
    return tb.promise;
  }

  function linkOfRow(tr) { return parseInt(tr.id.slice(tr.id.lastIndexOf("-l") + 2), 10) - 1; }

  var buttons = [
    ["confirm", "Confirm", "Confirm", "c"],
    ["merge", "Merge with next", "Merge ↓", "m"],
    ["split", "Split", "Split", "s"],
    ["unpair", "Unpair", "Unpair", "x"],
    ["move-source-prev", "Move first Russian sentence to previous link", "ru ↑", ""],
    ["move-source-next", "Move last Russian sentence to next link", "ru ↓", ""],
    ["move-target-prev", "Move first English sentence to previous link", "en ↑", ""],
    ["move-target-next", "Move last English sentence to next link", "en ↓", ""]
  ];

  function decorate(tr) {
    var k = linkOfRow(tr);
    tr.tabIndex = -1;
    if (changed[k + 1]) tr.classList.add("changed");
    if (k === cur.link) tr.classList.add("current");
    var td = document.createElement("td");
    td.className = "act ui";
    // A screen reader says which link a Confirm is of: the row's buttons
    // are a group named for it.
    td.setAttribute("role", "group");
    td.setAttribute("aria-label", "Link " + (k + 1));
    // The edits and the moves of a boundary sentence are two groups, each
    // kept on one line where the buttons wrap; "Move" says what the
    // arrows do (each button's name says it whole).
    var group = null;
    buttons.forEach(function (b, i) {
      if (i % 4 === 0) {
        group = document.createElement("span");
        group.className = i ? "moves" : "edits";
        if (i) {
          var cap = document.createElement("span");
          cap.className = "cap";
          cap.setAttribute("aria-hidden", "true");
          cap.textContent = "Move";
          group.appendChild(cap);
        }
        td.appendChild(group);
      }
      var btn = document.createElement("button");
      btn.type = "button";
      btn.dataset.action = b[0];
      btn.setAttribute("aria-label", b[1]);
      btn.title = b[1] + (b[3] ? " (" + b[3] + ")" : "");
      if (b[3]) btn.setAttribute("aria-keyshortcuts", b[3]);
      if (b[0] === "confirm") {
        // Confirm is a toggle: pressed again, it takes the link back.
        var on = tr.classList.contains("confirmed");
        btn.setAttribute("aria-pressed", String(on));
        if (on) btn.title = "Confirmed: press to unconfirm, and realigning may change it again (c)";
      }
      btn.textContent = b[2];
      group.appendChild(btn);
    });
    tr.appendChild(td);
  }

  table.addEventListener("click", function (ev) {
    var tr = ev.target.closest("tr.row");
    if (!tr) return;
    setCurrent(tr);
    var btn = ev.target.closest("button[data-action]");
    if (btn) run(btn.dataset.action, linkOfRow(tr));
  });

  // A row's button reached with Tab makes its row the current one, so
  // that the keys act on the row the focus is in, not on one clicked before.
  table.addEventListener("focusin", function (ev) {
    var tr = ev.target.closest && ev.target.closest("tr.row");
    if (tr && !tr.classList.contains("current")) setCurrent(tr);
  });

  function setCurrent(tr) {
    var old = table.querySelector("tr.row.current");
    if (old) old.classList.remove("current");
    tr.classList.add("current");
    cur.link = linkOfRow(tr);
  }

  // goTo shows link k of the current document, loading its chunk.
  function goTo(k) {
    var pos = positionOf(k);
    if (pos < 0) { cur.filter = "all"; $("filter").value = "all"; showDoc(cur.doc, -1); pos = k; }
    var tb = table.querySelector('tbody[data-chunk="' + Math.floor(pos / CHUNK) + '"]');
    return fill(tb).then(function () { return tb && tb.promise; }).then(function () {
      var tr = $(st.docs[cur.doc].id + "-l" + (k + 1));
      if (!tr) return;
      setCurrent(tr);
      tr.scrollIntoView({block: "center"});
      tr.focus({preventScroll: true});
    });
  }

  function run(action, k) {
    if (action === "split") return openSplit(k);
    var tr = $(st.docs[cur.doc].id + "-l" + (k + 1));
    if (action === "confirm" && tr && tr.classList.contains("confirmed")) action = "unconfirm";
    var body = {doc: cur.doc, link: k};
    var m = /^move-(source|target)-(prev|next)$/.exec(action);
    if (m) { action = "move"; body.side = m[1]; body.dir = m[2]; }
    return send("/api/links/" + action, body, k);
  }

  function send(path, body, focus) {
    return post(path, body).then(function (d) {
      if (!d) return;
      st = d.state;
      changed = {};
      (d.changed || []).forEach(function (n) { changed[n] = true; });
      var msg = d.message;
      if (/realign/.test(path) && d.changed.length) {
        msg += " Changed links: " + d.changed.slice(0, 30).join(", ") + (d.changed.length > 30 ? ", …" : "") + " (marked in blue).";
      }
      say(msg);
      renderDocList();
      renderFindings();
      renderUndo();
      if (d.doc >= 0) cur.doc = d.doc;
      var to = focus;
      if (d.changed && d.changed.length && (focus === undefined || focus < 0)) to = d.changed[0] - 1;
      if (to === undefined) to = cur.link;
      showDoc(cur.doc, Math.min(to, st.docs[cur.doc].links - 1));
    });
  }

  // sentenceText is a sentence's own words: without the messages of the
  // findings marked in it and their numbers, which the row shows beside
  // them.
  function sentenceText(seg) {
    var c = seg.cloneNode(true);
    Array.prototype.forEach.call(c.querySelectorAll(".tip, sup.fref"), function (e) { e.remove(); });
    return c.textContent;
  }

  // The split dialog: where the second part starts on each side.
  function openSplit(k) {
    var tr = $(st.docs[cur.doc].id + "-l" + (k + 1));
    if (!tr) return;
    var dlg = $("split-dialog");
    var sides = [["split-src", tr.querySelectorAll("td.src .seg")], ["split-tgt", tr.querySelectorAll("td.tgt .seg")]];
    var cut = [];
    sides.forEach(function (side, si) {
      var fs = $(side[0]);
      while (fs.children.length > 1) fs.removeChild(fs.lastChild);
      var n = side[1].length;
      cut[si] = Math.ceil(n / 2);
      for (var p = 0; p <= n; p++) {
        var label = document.createElement("label");
        var input = document.createElement("input");
        input.type = "radio";
        input.name = side[0];
        input.value = p;
        label.appendChild(input);
        label.appendChild(document.createTextNode(" " + (p < n ? sentenceText(side[1][p]) : "(none: all in the first part)")));
        fs.appendChild(label);
      }
    });
    var ns = sides[0][1].length, nt = sides[1][1].length;
    if (cut[0] === ns && cut[1] === nt) cut[1] = Math.floor(nt / 2);
    if (cut[0] === ns && cut[1] === nt) cut[0] = Math.floor(ns / 2);
    sides.forEach(function (side, si) {
      var r = $(side[0]).querySelector('input[value="' + cut[si] + '"]');
      if (r) r.checked = true;
    });
    $("split-title").textContent = "Split link " + (k + 1);
    dlg.onclose = function () {
      if (dlg.returnValue !== "ok") return;
      var a = $("split-src").querySelector("input:checked"), b = $("split-tgt").querySelector("input:checked");
      send("/api/links/split", {doc: cur.doc, link: k, source: a ? +a.value : 0, target: b ? +b.value : 0}, k);
    };
    dlg.returnValue = "";
    dlg.showModal();
  }

  function renderFindings() {
    var ol = $("finding-list");
    ol.textContent = "";
    $("finding-count").textContent = "(" + st.findings.length + ")";
    st.findings.forEach(function (f, i) {
      var li = document.createElement("li");
      // The finding's buttons are described by what it says, for a screen
      // reader to tell one Accept into baseline from the next.
      var msg = document.createElement("span");
      msg.id = "finding-msg-" + i;
      var sev = document.createElement("span");
      sev.className = "sev sev-" + f.severity;
      sev.textContent = f.severity + " ";
      msg.appendChild(sev);
      var rule = document.createElement("strong");
      rule.textContent = f.rule;
      msg.appendChild(rule);
      msg.appendChild(document.createTextNode(": " + f.message));
      li.appendChild(msg);
      [["en", f.english], ["ru", f.russian]].forEach(function (t) {
        if (!t[1]) return;
        var s = document.createElement("span");
        s.className = "txt"; s.lang = t[0]; s.textContent = t[1];
        li.appendChild(s);
      });
      var place = document.createElement("span");
      place.className = "hint"; place.textContent = (f.where ? f.where + " · " : "") + f.place;
      li.appendChild(place);
      var p = document.createElement("div");
      function btn(label, fn) {
        var b = document.createElement("button");
        b.type = "button"; b.textContent = label; b.addEventListener("click", fn); p.appendChild(b);
        b.setAttribute("aria-describedby", msg.id);
      }
      if (f.doc >= 0) btn("Go to row", function () { if (f.doc !== cur.doc) showDoc(f.doc, -1); goTo(f.link); });
      btn("Accept into baseline", function () { send("/api/findings/baseline", {finding: f.fingerprint}); });
      if (f.entry) btn("Accept as exception", function () { send("/api/findings/exception", {finding: f.fingerprint}); });
      li.appendChild(p);
      ol.appendChild(li);
    });
  }

  $("recheck").addEventListener("click", function () { send("/api/findings/recheck", {}); });
  $("entry-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    send("/api/findings/entry", {russian: $("entry-ru").value, english: $("entry-en").value, kind: $("entry-kind").value}).then(function () {
      if (!statusEl.classList.contains("error")) { $("entry-ru").value = ""; $("entry-en").value = ""; }
    });
  });
  document.addEventListener("mouseup", function (ev) {
    var td = ev.target.closest && ev.target.closest("td.src, td.tgt");
    var sel = String(window.getSelection()).trim();
    if (!td || !sel) return;
    $(td.classList.contains("src") ? "entry-ru" : "entry-en").value = sel;
  });

  $("undo").addEventListener("click", function () { send("/api/links/undo", {}); });
  $("redo").addEventListener("click", function () { send("/api/links/redo", {}); });
  $("confirm-all").addEventListener("click", function () { send("/api/links/confirm-all", {doc: cur.doc}); });
  $("realign").addEventListener("click", function () { send("/api/links/realign", {doc: cur.doc}, -1); });
  $("filter").addEventListener("change", function () { cur.filter = this.value; showDoc(cur.doc, -1); });
  $("next-problem").addEventListener("click", function () { problem(1); });
  $("prev-problem").addEventListener("click", function () { problem(-1); });
  $("toggle-findings").addEventListener("click", function () {
    var layout = document.querySelector(".layout");
    if (matchMedia("(max-width:900px)").matches) {
      // On a phone the panel is below every row: show it and go there,
      // rather than hide what is out of sight.
      layout.classList.remove("no-findings");
      this.setAttribute("aria-expanded", "true");
      $("findings").scrollIntoView();
      return;
    }
    var hidden = layout.classList.toggle("no-findings");
    this.setAttribute("aria-expanded", String(!hidden));
  });

  // problem goes to the next (or previous) problem row: flagged or low
  // confidence and not confirmed, or with a finding; on to the next
  // document's after the last.
  function problem(dir) {
    for (var step = 0; step <= st.docs.length; step++) {
      var di = (cur.doc + dir * step + st.docs.length * 2) % st.docs.length;
      var ps = st.docs[di].problems;
      var next = -1;
      if (dir > 0) {
        for (var i = 0; i < ps.length; i++) if (step > 0 || ps[i] > cur.link) { next = ps[i]; break; }
      } else {
        for (var j = ps.length - 1; j >= 0; j--) if (step > 0 || ps[j] < cur.link) { next = ps[j]; break; }
      }
      if (next >= 0) {
        if (di !== cur.doc || positionOf(next) < 0) showDoc(di, -1);
        goTo(next);
        say("Problem: link " + (next + 1) + " of " + st.docs[di].title + ".");
        return;
      }
    }
    say("No problems left.");
  }

  function moveRow(dir) {
    var rows = table.querySelectorAll("tr.row");
    if (!rows.length) return;
    var c = table.querySelector("tr.row.current");
    var i = Array.prototype.indexOf.call(rows, c);
    var next = rows[Math.max(0, Math.min(rows.length - 1, i < 0 ? 0 : i + dir))];
    setCurrent(next);
    next.scrollIntoView({block: "nearest"});
    next.focus({preventScroll: true});
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || $("split-dialog").open) return;
    var t = ev.target;
    if (t.closest && t.closest("input, select, textarea")) return;
    var keys = {c: "confirm", m: "merge", s: "split", x: "unpair"};
    if (keys[ev.key] && cur.link >= 0) { ev.preventDefault(); run(keys[ev.key], cur.link); return; }
    switch (ev.key) {
    case "u": ev.preventDefault(); if (st.undo) send("/api/links/undo", {}); break;
    case "r": ev.preventDefault(); if (st.redo) send("/api/links/redo", {}); break;
    case "n": ev.preventDefault(); problem(1); break;
    case "p": ev.preventDefault(); problem(-1); break;
    case "j": ev.preventDefault(); moveRow(1); break;
    case "k": ev.preventDefault(); moveRow(-1); break;
    }
  });

  // Hovering a sentence lights its counterparts, as in the edition.
  var lit = [];
  document.addEventListener("mouseover", function (ev) {
    var seg = ev.target.closest ? ev.target.closest(".seg") : null;
    lit.forEach(function (e) { e.classList.remove("pair"); });
    lit = [];
    if (!seg) return;
    (seg.getAttribute("data-with") || "").split(" ").forEach(function (id) {
      var e = id && document.getElementById(id);
      if (e) { e.classList.add("pair"); lit.push(e); }
    });
  });

  // An address ending in #d1 or #d1-l12 (the edition's anchors) shows
  // that document or link, on load and when it changes.
  function fromHash() {
    var m = /^#(d[^-]+)(?:-l(\d+))?$/.exec(location.hash);
    if (!m || !st) return;
    var di = st.docs.findIndex(function (d) { return d.id === m[1]; });
    if (di < 0) return;
    if (di !== cur.doc) showDoc(di, -1);
    if (m[2]) goTo(+m[2] - 1);
  }
  window.addEventListener("hashchange", fromHash);
  load().then(fromHash);
})();
