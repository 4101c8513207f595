"""The HTML report: its structure (syrupy snapshot of the outline and the overview's text), escaping, highlighted
spans, the before/after of fixes, search attributes, the choice of articles, size, and texts read again from disk."""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from reporter_corpus import ARTICLES, HARBOUR, build_report

from artlint.article import Source, Span
from artlint.config import Settings
from artlint.findings import Finding, Severity
from artlint.fixes import Applicability
from artlint.formats.base import FileData
from artlint.linter import FileResult
from artlint.report import Report
from artlint.reporters.html import report_html
from artlint.reporters.html_articles import Entry, choose
from artlint.testing import fix_text, session
from artlint.version import __version__

# -- a small DOM, enough to query the page ----------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass(eq=False)
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def iter(self):  # type: ignore[no-untyped-def]
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def one(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Node:
        found = self.all(tag, cls, **attrs)
        assert len(found) == 1, f"{len(found)} <{tag} class={cls} {attrs}>"
        return found[0]

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def visible(self) -> str:
        """The text a reader sees, element boundaries as spaces (no tooltips, style or script)."""
        if self.tag in ("title", "style", "script"):
            return ""
        return " ".join(" ".join((c if isinstance(c, str) else c.visible()).split()) for c in self.children).strip()


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    builder = _Builder()
    builder.feed(page)
    builder.close()
    return builder.root


def render(report: Report, **options: Any) -> str:
    out = io.StringIO()
    report_html(report, out, options)
    return out.getvalue()


def flat(text: str) -> str:
    return " ".join(text.split())


STRUCTURAL = {"html", "section", "h1", "h2", "h3", "h4", "nav", "dl", "table", "thead", "tbody", "tfoot", "th", "figure",
              "svg", "article", "details", "ol", "pre", "input", "footer", "script", "style", "dt"}


def outline(root: Node) -> list[str]:
    """The page's skeleton: structural elements as tag#id.class, with a heading's or table header's text."""
    lines = []
    for node in root.iter():
        if node.tag not in STRUCTURAL:
            continue
        label = node.tag + (f"#{node.attrs['id']}" if "id" in node.attrs else "")
        label += "".join(f".{c}" for c in node.classes)
        if node.tag in ("h1", "h2", "h3", "h4", "th", "dt"):
            label += f" {flat(node.text())!r}"
        lines.append(label)
    return lines


@pytest.fixture(scope="module")
def page(sample_report: Report) -> str:
    return render(sample_report)


@pytest.fixture(scope="module")
def dom(page: str) -> Node:
    return parse(page)


# -- structure -------------------------------------------------------------------------------------


def test_structure_snapshot(dom: Node, snapshot) -> None:  # type: ignore[no-untyped-def]
    assert outline(dom) == snapshot(name="outline")
    overview = flat(dom.one("section", id="overview").visible()).replace(__version__, "<version>")
    assert overview == snapshot(name="overview text")


def test_page_is_self_contained(page: str, dom: Node) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert not dom.all("link") and not dom.all("img") and not dom.all("iframe")
    assert all(not n.attrs.get("src") for n in dom.iter())
    assert all(n.attrs["href"].startswith("#") for n in dom.all("a"))
    csp = next(n for n in dom.all("meta") if n.attrs.get("http-equiv") == "Content-Security-Policy")
    assert csp.attrs["content"].startswith("default-src 'none'")
    assert len(dom.all("script")) == 1 and len(dom.all("style")) == 1


def test_overview_counts_chart_and_sites(sample_report: Report, dom: Node) -> None:
    stats = {flat(d.one("dt").text()): flat(d.one("dd", cls="big").text()) for d in dom.all("div", cls="stat")}
    summary = sample_report.summary()
    assert stats["Articles checked"] == str(summary["articles"])
    assert stats["Findings"] == str(summary["findings"])
    with_findings = {(f.source.path, f.source.record) for f in sample_report.findings if f.code != "ART902"}
    assert stats["Articles with findings"] == str(len(with_findings))
    chart = dom.one("svg", id="rule-chart")
    bars = {a.attrs["data-rule"]: a for a in chart.all("a", cls="bar")}
    assert set(bars) == set(summary["by_rule"])
    assert all(a.attrs["href"] == f"#q={name}" and a.all("rect") for name, a in bars.items())
    sites = dom.one("table", id="sites-table")
    assert {flat(r.all("td")[0].text()): flat(r.all("td")[1].text()) for r in sites.one("tbody").all("tr")} == {
        "coastpost.example": "3", "valleypost.example": "1", "corpus": "2"}


def test_rate_gates_are_listed(sample_report: Report) -> None:
    from artlint.gates import judge

    report = replace(sample_report)
    report.gates = judge(report, Severity.INFO, {"navigation-leftover": 0.9, "ART403": 0.1}).gates
    rows = parse(render(report)).one("table", id="gates-table").one("tbody").all("tr")
    assert [(flat(r.all("td")[0].text()), r.attrs["class"], flat(r.all("td")[3].text())) for r in rows] == [
        ("navigation-leftover", "good", "✓ passed"), ("unrelated-spillover", "bad", "✗ FAILED")]


# -- articles --------------------------------------------------------------------------------------


def articles_of(dom: Node) -> Node:
    return dom.one("section", id="articles")


def cards(dom: Node) -> dict[str, Node]:
    return {flat(c.one("p", cls="where").one("code").text()): c for c in dom.all("article", cls="card")}


def test_worst_articles_first_with_search_attributes(dom: Node) -> None:
    shown = cards(dom)
    counts = [len(c.one("ol", cls="flist").all("li")) for c in shown.values()]
    assert counts == sorted(counts, reverse=True)
    assert next(iter(shown)) == "corpus/harbour news.txt"
    harbour = shown["corpus/harbour news.txt"]
    assert harbour.attrs["data-site"] == "corpus"
    assert harbour.attrs["data-rules"] == "duplicate-headline missing-date reading-time share-prompt"
    words = harbour.attrs["data-search"].split()
    assert {"art202", "reading-time", "art203", "share-prompt", "art401", "boilerplate", "structure",
            "corpus"} <= set(words)
    overnight = shown["corpus/overnight.jsonl · record 1"]
    assert "coastpost.example" in overnight.attrs["data-search"].split()
    box = dom.one("input", id="q")
    assert box.attrs["type"] == "search"
    assert dom.one("section", id="articles").attrs["data-visible"] == str(len(shown))


def test_every_span_is_highlighted_with_its_rule(sample_report: Report, dom: Node) -> None:
    from artlint.reporters.html_source import load_articles

    marks = {m.attrs["id"]: m for m in articles_of(dom).all("mark", cls="hl") if "id" in m.attrs}
    spans = [f for f in sample_report.findings if f.span.start < f.span.end]
    assert len(marks) == len(spans) > 0
    keys = {(f.source.path, f.source.record) for f in spans}
    articles = load_articles(sample_report.results, {p: {r for q, r in keys if q == p} for p, _ in keys},
                             {"title": ("title",), "date": ("date",), "body": ("text",), "url": ("url",),
                              "author": ("author",)})
    for finding in spans:
        card = next(c for c in dom.all("article", cls="card")
                    if c.attrs["data-rules"].find(finding.name) >= 0
                    and flat(c.one("p", cls="where").one("code").text()).startswith(finding.source.path)
                    and (finding.source.record is None or f"record {finding.source.record}" in c.one("p", cls="where").text()))
        mark = next(m for m in card.all("mark", cls="hl") if m.attrs.get("data-code") == finding.code
                    and finding.name in m.attrs["data-rule"]
                    and m.text() in articles[(finding.source.path, finding.source.record)].value("body")[
                        finding.span.start:finding.span.end])
        family = sample_report.rules[finding.code].family
        assert f"fam-{family}" in mark.classes
        assert mark.attrs["title"].startswith(f"{finding.code} {finding.name}: ")
        assert finding.message in mark.attrs["title"]
    assert flat(next(m for m in marks.values() if m.attrs["data-code"] == "ART202").text()) == "3 min read"


def test_findings_are_listed_beside_the_text_and_link_to_their_span(dom: Node) -> None:
    harbour = cards(dom)["corpus/harbour news.txt"]
    items = harbour.one("ol", cls="flist").all("li")
    assert [flat(i.one("b").text()) for i in items] == ["missing-date", "reading-time", "duplicate-headline",
                                                           "share-prompt"]
    ids = {n.attrs["id"] for n in harbour.iter() if "id" in n.attrs}
    assert all(a.attrs["href"][1:] in ids for i in items for a in i.all("a", cls="code"))
    assert [flat(f.text()) for f in harbour.all(cls="fx")] == ["safe fix", "safe fix", "unsafe fix"]


def lines_of(view: Node, kind: str) -> list[str]:
    return [s.text() for s in view.all("span", cls=kind)]


def test_before_after_removes_exactly_the_fixed_lines(dom: Node) -> None:
    harbour = cards(dom)["corpus/harbour news.txt"]
    safe = harbour.one("div", cls="fv", data_mode="safe")
    unsafe = harbour.one("div", cls="fv", data_mode="unsafe")
    removed = lines_of(safe, "del")
    assert removed == ["3 min read", "Kellmouth harbour reopens after storm repairs"]
    assert lines_of(safe, "ins") == [] and safe.attrs["data-removed"] == "2"
    assert lines_of(unsafe, "del") == [*removed, "Sign up for 100% of the news, now: free"]
    # the fixer, run for real, removes exactly these lines and nothing else
    kept = HARBOUR.splitlines()
    for line in removed:
        kept.remove(line)
    assert fix_text(HARBOUR, "harbour news.txt").splitlines() == kept
    numbers = [s.attrs["data-n"] for s in safe.all("span", cls="del")]
    assert numbers == ["1", "3"]  # file lines of a text file


def test_unsafe_only_fixes_in_json_lines(dom: Node) -> None:
    record = cards(dom)["corpus/overnight.jsonl · record 1"]
    assert flat(record.one("div", cls="fv", data_mode="safe").one("h4").text()) == "artlint fix: no change"
    unsafe = record.one("div", cls="fv", data_mode="unsafe")
    assert lines_of(unsafe, "del") == ["Click here to read 100%, now: free"]
    assert [s.attrs["data-n"] for s in unsafe.all("span", cls="del")] == ["3"]  # the line inside the field


def test_a_fix_that_fills_a_field_shows_the_insertion() -> None:
    record = json.dumps({"title": "Harbour reopens", "text": "May 2, 2024\nThe harbour reopened on Monday."})
    dom = parse(render(build_report({"dated.jsonl": record + "\n"})))
    unsafe = dom.one("div", cls="fv", data_mode="unsafe")
    date = unsafe.one("div", cls="diff", data_field="date")
    assert lines_of(date, "ins") == ["2024-05-02"] and lines_of(date, "del") == []
    assert unsafe.attrs["data-added"] == "1" and flat(unsafe.one("h4").text()).endswith("−0 lines, +1")


def test_article_without_fix_and_missing_fields(dom: Node) -> None:
    empty = cards(dom)["corpus/overnight.jsonl · record 3"]
    assert "No fix applies" in empty.one("p", cls="nofix").text()
    point = empty.one("span", cls="pt")
    assert point.attrs["data-code"] == "ART405" and "fam-structure" in point.classes


def test_a_long_article_keeps_its_flagged_lines_and_their_context() -> None:
    lines = [f"Paragraph {i} of the council's long report on the harbour wall, read out in full on Tuesday."
             for i in range(300)]
    lines[150] = "Advertisement"
    record = json.dumps({"title": "Long report", "url": "https://x.example/1", "text": "\n".join(lines)})
    body = articles_of(parse(render(build_report({"long.jsonl": record + "\n"})))).one("pre", cls="body")
    numbers = [int(s.attrs["data-n"]) for s in body.all("span", cls="l") if "skip" not in s.classes]
    assert numbers == [1, 2, 3, *range(148, 155)]
    assert [flat(s.text()) for s in body.all("span", cls="skip")] == [
        "⋯ 144 lines left out (lines 4–147: no findings)", "⋯ 146 lines left out (lines 155–300: no findings)"]
    assert flat(body.one("mark").text()) == "Advertisement"


def test_hostile_text_is_escaped() -> None:
    hostile = ('<script>alert(1)</script> Harbour "news" & \'views\'\n'
               '<script>alert(1)</script> Harbour "news" & \'views\'\n'
               'The harbour <img src=x onerror=alert(2)> reopened on Monday.\n\nAdvertisement\n\n'
               'Boats came back </pre></article><script>alert(3)</script> at dawn.\n')
    report = build_report({'corpus/<i>"x"</i>.txt': hostile}, ignore=("html-remnant",))  # markup as payload, not finding
    message = '</textarea><script>alert(4)</script>" onmouseover="alert(5)'
    report.results.append(FileResult("evil.jsonl", [Finding(
        "ART902", "malformed-record", Severity.ERROR, message, Span("", 0, 0), None, Source("evil.jsonl", 0, 1))]))
    report.results[0].findings.append(Finding(
        "XYZ001", "odd-rule", Severity.INFO, message, Span("body", 0, 5), None,
        report.results[0].findings[0].source, 1, 1, 1, 6))
    page = render(report)
    dom = parse(page)
    assert len(dom.all("script")) == 1 and not dom.all("img") and not dom.all("i")
    assert "alert(1)" not in dom.one("script").text()
    assert all(not k.startswith("on") for n in dom.iter() for k in n.attrs)
    body = dom.one("pre", cls="body")
    assert "<script>alert(1)</script>" in body.text() and "<img src=x onerror=alert(2)>" in body.text()
    assert "</pre></article><script>alert(3)</script>" in body.text()
    assert "".join(m.text() for m in body.all("mark")[:2]) == '<script>alert(1)</script> Harbour "news" & \'views\''
    assert body.all("mark")[0].attrs["data-code"] == "ART401 XYZ001"  # both findings that start there are labelled
    assert message in dom.one("ul", cls="problems").text()
    assert any(message in m.attrs.get("title", "") for m in dom.all("mark"))
    assert dom.one("article", cls="card").attrs["data-search"].count('<i>"x"</i>') == 1
    assert "fam-plugin" in body.all("mark")[0].classes


# -- choice, size, texts read again ----------------------------------------------------------------


def entry(path: str, *names: str) -> Entry:
    made = Entry((path, None), "site")
    for name in names:
        made.add(Finding("ART201" if name == "nav" else "ART403", name, Severity.WARNING, "m", Span("body", 0, 1)))
    return made


def test_choose_keeps_the_worst_and_examples_of_every_rule() -> None:
    ranked = sorted([entry(f"n{i}", "nav", "nav", "nav") for i in range(10)] + [entry("s1", "spill"), entry("s2", "spill")]
                    + [entry("s3", "spill")], key=lambda e: e.rank)
    assert [e.key[0] for e in choose(ranked, 4)] == ["n0", "n1", "n2", "s1"]
    assert [e.key[0] for e in choose(ranked, 1)] == ["n0"]
    assert len(choose(ranked, 100)) == len(ranked)


def test_top_option_and_big_runs_stay_small(tmp_path: Path) -> None:
    lines = []
    for index in range(1500):
        text = f"Story {index}\\nAdvertisement\\nThe council met on Tuesday to agree the budget for {index}."
        lines.append(f'{{"title": "Story {index}", "url": "https://site{index % 400}.example/{index}", "text": "{text}"}}')
    report = build_report({"big.jsonl": "\n".join(lines) + "\n"})
    page = render(report, top=7, sites=20)
    dom = parse(page)
    assert len(dom.all("article", cls="card")) == 7
    assert dom.one("section", id="articles").attrs["data-total"] == "1500"
    assert len(dom.one("table", id="sites-table").one("tbody").all("tr")) == 20
    assert "380 more sites" in dom.one("table", id="sites-table").one("tfoot").text()
    assert len(render(report).encode()) < 400_000  # default top 50 of 1,500 articles


def test_texts_are_read_again_from_disk_when_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      sample_report: Report) -> None:
    """Cached and streamed results keep no bytes: the report reads the files again, gzip and all; a file
    changed since the run is not highlighted wrongly."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    for path, content in ARTICLES.items():
        Path(path).write_text(content, encoding="utf-8")
    with gzip.open("corpus/again.jsonl.gz", "wb") as handle:
        handle.write(ARTICLES["corpus/overnight.jsonl"].encode())
    run = session(settings=Settings(severity={"missing-date": Severity.INFO}))
    report = Report(rules=dict(run.registry.rules))
    for path in [*ARTICLES, "corpus/again.jsonl.gz"]:
        result = run.linter.process(path, FileData(path))
        assert result is not None
        result.original = None  # as a cached or streamed result
        report.results.append(result)
    dom = parse(render(report))
    shown = cards(dom)
    assert not dom.all("p", cls="gone")
    assert len(shown["corpus/again.jsonl.gz · record 1"].all("mark", cls="hl")) == 1
    spans = [f for f in report.findings if f.span.start < f.span.end]
    marked = [m for m in articles_of(dom).all("mark", cls="hl") if "id" in m.attrs]
    assert len(marked) == len(spans) == 9  # the .jsonl.gz copy's two spans too
    Path("corpus/harbour news.txt").write_text("Other title\nAnother text altogether, longer than before.\n")
    changed = cards(parse(render(report)))["corpus/harbour news.txt"]
    assert "could not be placed" in changed.one("p", cls="gone").text()
    assert not changed.all("mark", cls="hl")


def test_cli_writes_the_report(run_cli, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"title": "T", "url": "https://x.example/1",
                                                  "text": "Advertisement\nThe council met on Tuesday."}) + "\n")
    result = run_cli("check", "--format", "html", "-o", "report.html", "--output-format", "html=again.html", "a.jsonl")
    assert result.exit_code == 1
    for name in ("report.html", "again.html"):
        dom = parse((tmp_path / name).read_text(encoding="utf-8"))
        assert articles_of(dom).one("mark", cls="hl").attrs["data-code"] == "ART204"


def test_fix_applicability_labels_cover_every_kind() -> None:
    from artlint.reporters.html_articles import FIX_LABEL

    assert set(FIX_LABEL) == set(Applicability)
