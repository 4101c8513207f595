"""The HTML report's inline style sheet and script, and the colours of the rule families (Okabe–Ito)."""

from __future__ import annotations

FAMILIES = {
    # name: (colour, underline style, label ink, codes, what it covers); Okabe & Ito's colour-blind-safe palette,
    # and a second cue beside the colour: the underline's style and the code label before each span.
    "metadata": ("#0072B2", "solid", "#fff", "ART1xx", "title, date, byline"),
    "boilerplate": ("#E69F00", "dashed", "#000", "ART2xx", "page chrome left in the text"),
    "hygiene": ("#009E73", "dotted", "#000", "ART3xx", "encoding, entities, markup"),
    "structure": ("#CC79A7", "double", "#000", "ART4xx", "duplication, spillover, truncation"),
    "engine": ("#D55E00", "wavy", "#000", "ART9xx", "unreadable input, rejected fixes"),
    "plugin": ("#56B4E9", "solid", "#000", "other", "rules of plugins"),
}


def _family_css() -> str:
    return "".join(
        f".fam-{name}{{--c:{colour};--u:{style};--ink:{ink}}}" for name, (colour, style, ink, _, _) in FAMILIES.items()
    )


CSS = """
:root{color-scheme:light;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--del:#D55E00;--ins:#0072B2}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--soft)}
header.top{background:#1b1f24;color:#fff;padding:18px 32px}
header.top h1{margin:0;font-size:22px}
header.top p{margin:4px 0 0;color:#d0d7de}header.top code{color:#fff}
header.top nav a{color:#fff;margin-right:16px}
main{max-width:1240px;margin:0 auto;padding:8px 24px 48px}
h2{font-size:20px;margin:28px 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:22px 0 8px}
a{color:#0550ae}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin:0}
.stat{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:10px 14px}
.stat dt{color:var(--muted);font-size:13px}.stat dd{margin:0}.stat dd.big{font-size:26px;font-weight:650}
.stat dd:last-child{color:var(--muted);font-size:13px}
.good{color:#0a6b4e}.bad{color:#b32c00;font-weight:650}
.panel{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:6px 16px 14px;margin-top:14px}
.split{display:flex;flex-wrap:wrap;gap:8px 36px;align-items:flex-start}
.legend{border-left:1px solid var(--line);padding-left:20px;flex:1 1 300px}.chart{flex:0 1 730px}.legend h4{margin:0 0 6px;font-size:14px}
.legend ul{list-style:none;padding:0;margin:0;display:grid;gap:5px;font-size:14px}
details.rules{margin-top:8px}details.rules>summary{cursor:pointer;color:var(--muted);font-size:13px}
details.rules table{margin-top:6px}
.chart{margin:0}.chart svg{max-width:100%;height:auto}
.chart text{font:13px system-ui,sans-serif;fill:var(--fg)}.chart .code{font-family:ui-monospace,monospace;font-weight:600}
.chart .count{fill:var(--muted)}.chart a:hover text{text-decoration:underline}
figcaption{color:var(--muted);font-size:13px}.key{margin-right:14px;white-space:nowrap}.key svg{vertical-align:-1px}
table{border-collapse:collapse;background:var(--bg);font-size:13px}
th,td{border:1px solid var(--line);padding:3px 8px;text-align:right}
th:first-child,td:first-child{text-align:left}
th button{font:inherit;font-weight:650;background:none;border:0;padding:0;cursor:pointer;color:inherit;text-align:inherit}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td[style]{background:color-mix(in srgb,#0072B2 calc(var(--r) * 55%),transparent)}
td.z{color:#aab}
.scroll{max-height:560px;overflow:auto;border:1px solid var(--line)}.scroll table{border:0}
.scroll thead th{position:sticky;top:0;background:var(--soft)}
.swatch{display:inline-block;width:10px;height:10px;margin-right:6px;background:var(--c);border-radius:2px}
.note,.empty{color:var(--muted)}
.search{position:sticky;top:0;z-index:2;background:var(--soft);padding:10px 0;display:flex;gap:10px;align-items:center}
.search input{flex:1;max-width:480px;font:inherit;padding:6px 10px;border:1px solid #8c959f;border-radius:6px}
#shown{color:var(--muted)}
.card{background:var(--bg);border:1px solid var(--line);border-radius:8px;margin:14px 0;padding:12px 16px;
 content-visibility:auto;contain-intrinsic-size:auto 1200px}
.card h3{margin:0 0 2px}.rank{color:var(--muted);font-weight:400}
.where{margin:0;color:var(--muted);font-size:13px}
.chips{margin:6px 0}
.chip{display:inline-block;font-size:12px;border:1px solid var(--c);border-left:6px solid var(--c);border-radius:4px;
 padding:0 6px;margin:0 6px 4px 0;color:var(--fg);text-decoration:none}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 330px;gap:16px}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
.fields{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0 0 6px;font-size:13px}
.fields dt{color:var(--muted)}.fields dd{margin:0;overflow-wrap:anywhere}
.fields .l::before{display:none}.fields .l{padding:0}
pre.body{white-space:pre-wrap;overflow-wrap:anywhere;margin:0;background:var(--soft);border:1px solid var(--line);
 border-radius:6px;padding:8px 10px 8px 0;max-height:720px;overflow:auto;font-size:13px;line-height:1.55}
.l{display:block;position:relative;padding-left:4.2em;min-height:1.55em}
.l::before{content:attr(data-n);position:absolute;left:0;width:3.4em;text-align:right;color:#8c959f;user-select:none}
.l.skip{color:var(--muted);font-style:italic}.l.skip::before{content:"⋯"}
mark.hl{background:color-mix(in srgb,var(--c) 24%,transparent);color:inherit;text-decoration:underline var(--u) var(--c);
 text-decoration-thickness:2px;text-underline-offset:3px;border-radius:2px}
mark.hl[data-code]::before,.pt::before{content:attr(data-code);font:600 10px/1 ui-monospace,monospace;background:var(--c);color:var(--ink);
 padding:1px 3px;border-radius:3px;margin-right:4px;vertical-align:1px;user-select:none}
.pt{font-size:12px;border:1px dashed var(--c);border-radius:4px;padding:0 4px;margin-right:6px;color:var(--muted)}
.none{color:var(--muted)}
:target{outline:3px solid #1b1f24;outline-offset:1px}
.flist{list-style:none;margin:0;padding:0;font-size:13px;max-height:720px;overflow:auto}
.fi{border-left:6px solid var(--c);padding:3px 8px;margin-bottom:6px;background:var(--soft);border-radius:0 4px 4px 0}
.fi .code{font-family:ui-monospace,monospace;font-weight:600}.fi .msg{color:var(--fg);overflow-wrap:anywhere}
.sev,.fx{white-space:nowrap;font-size:11px;border-radius:8px;padding:0 6px;border:1px solid #8c959f;color:var(--muted)}
.sev-error{border-color:#b32c00;color:#b32c00}.fx-safe{border-color:#0a6b4e;color:#0a6b4e}
.loc{color:var(--muted)}
.gone{color:#b32c00}.nofix{color:var(--muted);font-size:13px;margin:8px 0 0}
details.fixes{margin-top:10px}details.fixes>summary{cursor:pointer;font-weight:600;font-size:14px}
.fvs{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin-top:6px}
@media (max-width:900px){.fvs{grid-template-columns:1fr}}
.fv h4{margin:4px 0;font-size:13px}.dfield{color:var(--muted);font-size:12px}
.diff pre{margin:0 0 6px;border:1px solid var(--line);border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;
 max-height:360px;overflow:auto;font-size:12px}
.d{display:block;position:relative;padding-left:5.4em;min-height:1.5em}
.d::before{content:attr(data-n);position:absolute;left:0;width:3em;text-align:right;color:#8c959f;user-select:none}
.d::after{content:attr(data-s);position:absolute;left:3.6em;font-weight:700;user-select:none}
.d.del{background:color-mix(in srgb,var(--del) 13%,transparent);text-decoration:line-through;text-decoration-color:var(--del)}
.d.del::after{color:var(--del)}
.d.ins{background:color-mix(in srgb,var(--ins) 13%,transparent)}.d.ins::after{color:var(--ins)}
.d.ctx{color:var(--muted)}.d.gap{color:var(--muted)}
.problems{font-size:13px}
footer{color:var(--muted);font-size:13px;margin-top:30px}
""" + _family_css()

JS = r"""
(function () {
  "use strict";
  var root = document.documentElement;
  window.addEventListener("error", function (e) { root.setAttribute("data-js-error", String(e.message)); });
  var box = document.getElementById("q");
  var list = document.getElementById("articles");
  var shown = document.getElementById("shown");
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));

  function filter(query) {
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    var visible = 0;
    cards.forEach(function (card) {
      var words = card.getAttribute("data-search");
      var match = terms.every(function (t) { return words.indexOf(t) !== -1; });
      card.hidden = !match;
      if (match) { visible += 1; }
    });
    list.setAttribute("data-visible", String(visible));
    shown.textContent = visible + " of " + cards.length + " articles shown";
  }

  function fromHash(scroll) {
    var hash = location.hash;
    if (hash.indexOf("#q=") !== 0) { return; }
    box.value = decodeURIComponent(hash.slice(3).replace(/\+/g, " "));
    filter(box.value);
    if (scroll) { list.scrollIntoView(); }
  }

  box.addEventListener("input", function () {
    filter(box.value);
    try {
      history.replaceState(null, "", box.value ? "#q=" + encodeURIComponent(box.value) : location.pathname);
    } catch (e) { /* some viewers refuse history changes on file: pages; the filter still works */ }
  });
  window.addEventListener("hashchange", function () { fromHash(true); });

  function sortBy(table, column, button) {
    var header = button.parentNode;
    var descending = header.getAttribute("aria-sort") !== "descending";
    Array.prototype.forEach.call(table.querySelectorAll("th"), function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    function key(row) {
      var cell = row.cells[column];
      var raw = cell.hasAttribute("data-v") ? cell.getAttribute("data-v") : cell.textContent;
      var number = parseFloat(raw);
      return isNaN(number) ? raw.toLowerCase() : number;
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      var order = (typeof x === typeof y) ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      var button = th.querySelector("button");
      button.addEventListener("click", function () { sortBy(table, column, button); });
    });
  });

  filter("");
  fromHash(false);
  root.setAttribute("data-js", "ready");
})();
"""
