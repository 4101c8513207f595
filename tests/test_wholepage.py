"""The whole-page corpus builder (benchmarks/wholepage.py) on tiny hand-made pages: the block splitting of a page's
text, the two extractors, and a build that leaves out the pages it cannot read."""

from __future__ import annotations

import gzip
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parents[1] / "benchmarks"))

from wholepage import block_lines, build, markdown, page_path, page_records, whole_page

PAGE = ("<html><head><title>Ferry returns</title><style>p {}</style></head><body>"
        "<nav><ul><li>Home</li><li>News</li></ul></nav><article><h1>Ferry returns</h1>"
        "<p>The harbour ferry left at dawn on <em>Friday</em>.</p><script>track();</script>"
        "<p>It returned at noon with forty passengers aboard.</p></article><footer>© Harbour Herald</footer>"
        "</body></html>")
GOLD = "The harbour ferry left at dawn on Friday. It returned at noon with forty passengers aboard."


def test_block_lines_gives_a_line_per_block_and_joins_inline_text() -> None:
    page = ET.fromstring(
        "<body><nav><ul><li>Home</li><li>News</li></ul></nav>"
        "<article><h1>Ferry  returns</h1><p>The ferry <b>left</b> at\n dawn.<br/>It came back.</p>"
        "<script>var x = 1;</script><p>Forty aboard.</p></article></body>"
    )
    assert block_lines(page) == ["Home", "News", "Ferry returns", "The ferry left at dawn.", "It came back.",
                                 "Forty aboard."]


def test_block_lines_drops_hidden_elements_but_keeps_the_text_after_them() -> None:
    page = ET.fromstring("<div>Before<style>p {}</style> after<img src='a.png'/> the image</div>")
    assert block_lines(page) == ["Before after the image"]
    commented = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    commented.feed("<div>Kept<!-- a note --> on</div>")
    assert block_lines(commented.close()) == ["Kept on"]


def test_the_whole_page_is_its_body_block_by_block() -> None:
    assert whole_page(PAGE) == ["Home", "News", "Ferry returns", "The harbour ferry left at dawn on Friday.",
                                "It returned at noon with forty passengers aboard.", "© Harbour Herald"]
    declared = '<?xml version="1.0" encoding="utf-8"?><html><body><p>Fähre zurück</p></body></html>'
    assert whole_page(declared) == ["Fähre zurück"]


def test_markdown_keeps_the_whole_page_without_links_or_images() -> None:
    lines = markdown(PAGE.replace("<li>Home</li>", "<li><a href='/'>Home</a> <img src='logo.png' alt='Logo'></li>"))
    assert "The harbour ferry left at dawn on _Friday_." in lines
    assert "# Ferry returns" in lines
    assert not any("logo.png" in line or "](" in line for line in lines)
    assert all(line == line.strip() and line for line in lines)


def test_pages_are_found_as_their_sources_publish_them(tmp_path: Path) -> None:
    asb = tmp_path / "article-extraction-benchmark" / "html"
    asb.mkdir(parents=True)
    (asb / "0123456789abcdef.html.gz").write_bytes(b"")
    assert page_path(tmp_path, "asb", "0123456789ab") == asb / "0123456789abcdef.html.gz"
    assert page_path(tmp_path, "wcxb", "dev-0042") == tmp_path / "wcxb" / "dev" / "html" / "0042.html.gz"
    with pytest.raises(FileNotFoundError, match="no page ffffffffffff"):
        page_path(tmp_path, "asb", "ffffffffffff")


def _pages(folder: Path, pages: dict[str, bytes]) -> Path:
    html = folder / "wcxb" / "dev" / "html"
    html.mkdir(parents=True)
    for number, page in pages.items():
        (html / f"{number}.html.gz").write_bytes(gzip.compress(page))
    return folder


def _corpus(folder: Path, numbers: list[str]) -> Path:
    folder.mkdir()
    with (gzip.open(folder / "corpus.jsonl.gz", "wt", encoding="utf-8") as records,
          gzip.open(folder / "gold.jsonl.gz", "wt", encoding="utf-8") as truths):
        for number in numbers:
            for extractor in ("naive_article", "readability"):
                identity = f"wcxb-dev-{number}-{extractor}"
                records.write(json.dumps({"id": identity, "url": f"https://harbour.example/{number}",
                                          "title": "Ferry returns", "date": "2026-03-06", "text": "x"}) + "\n")
                truths.write(json.dumps({"id": identity, "extractor": extractor, "source": "wcxb",
                                         "page_id": f"dev-{number}", "gold_body": GOLD, "gold_author": None,
                                         "line_labels": ["leftover"], "line_cov": [0.0], "gold_recall": 0.0}) + "\n")
    return folder


def test_a_page_gives_two_labelled_records(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "pages", {"0001": PAGE.encode()})
    record = {"url": "https://harbour.example/0001", "title": "Ferry returns", "date": "2026-03-06"}
    gold = {"id": "wcxb-dev-0001-naive_article", "extractor": "naive_article", "source": "wcxb",
            "page_id": "dev-0001", "gold_body": GOLD, "gold_author": "Ann Lee"}
    [(page, page_gold), (text, text_gold)] = page_records((pages, record, gold))
    assert page["id"] == page_gold["id"] == "wcxb-dev-0001-whole_page"
    assert text_gold["id"] == "wcxb-dev-0001-html2text"
    assert page["text"].split("\n")[3] == "The harbour ferry left at dawn on Friday."
    assert page_gold["line_labels"] == ["leftover", "leftover", "leftover", "body", "body", "leftover"]
    assert "_Friday_" in text["text"] and "body" in text_gold["line_labels"]
    assert page_gold["gold_recall"] == 1.0 and page_gold["gold_author"] == "Ann Lee"


def test_a_build_leaves_out_the_pages_it_cannot_read_and_replaces_an_earlier_one(
    tmp_path: Path, capfd: pytest.CaptureFixture[str],
) -> None:
    pages = _pages(tmp_path / "pages", {"0001": PAGE.encode(), "0002": b"", "0003": b"<!-- nothing -->"})
    corpus = _corpus(tmp_path / "corpus", ["0001", "0002", "0003", "0004"])
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.txt").write_text("from an earlier build")
    stats = build(pages, corpus, out, jobs=1)
    assert stats["whole_page"]["records"] == 1 and stats["html2text"]["records"] == 1
    assert sorted(p.name for p in out.iterdir()) == ["corpus.jsonl.gz", "gold.jsonl.gz", "stats.json"]
    ids = [json.loads(line)["id"] for line in gzip.decompress((out / "corpus.jsonl.gz").read_bytes()).splitlines()]
    assert ids == ["wcxb-dev-0001-whole_page", "wcxb-dev-0001-html2text"]
    errors = capfd.readouterr().err
    assert "wcxb-dev-0004:" in errors and "left out" in errors
    assert "wcxb-dev-0002-whole_page" in errors and "wcxb-dev-0003-whole_page" in errors
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out-")]


def test_html2text_emphasis_marks_do_not_hide_a_line_from_the_gold(tmp_path: Path) -> None:
    page = b"<html><body><p><em>The harbour ferry left at dawn on Friday.</em></p></body></html>"
    pages = _pages(tmp_path / "pages", {"0001": page})
    gold = {"id": "wcxb-dev-0001-naive_article", "source": "wcxb", "page_id": "dev-0001", "gold_body": GOLD}
    [_, (text, text_gold)] = page_records((pages, {"url": None, "title": "", "date": None}, gold))
    assert text["text"] == "_The harbour ferry left at dawn on Friday._"
    assert text_gold["line_labels"] == ["body"]
