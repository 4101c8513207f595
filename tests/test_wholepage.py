"""The whole-page corpus builder on tiny hand-made pages: the alignment rule that labels its lines, and the block
splitting of a page's text."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parents[1] / "benchmarks"))

from alignment import gold_recall, label_lines
from wholepage import block_lines, page_path

GOLD = "The harbour ferry left at dawn on Friday. It returned at noon with forty passengers aboard."


def test_a_line_is_body_when_most_of_its_words_run_with_the_gold() -> None:
    lines = ["Home News Sport", "The harbour ferry left at dawn on Friday.", "Share this story now",
             "It returned at noon with forty passengers aboard."]
    labels, coverage = label_lines(lines, GOLD, "")
    assert labels == ["leftover", "body", "leftover", "body"]
    assert coverage == [0.0, 1.0, 0.0, 1.0]


def test_runs_cross_line_breaks_as_the_text_reads_on() -> None:
    labels, coverage = label_lines(["The harbour ferry left", "at dawn", "on Friday."], GOLD, "")
    assert labels == ["body", "body", "body"]
    assert coverage == [1.0, 1.0, 1.0]


def test_a_line_below_four_fifths_coverage_is_leftover() -> None:
    labels, coverage = label_lines(["The harbour ferry left at dawn, see the gallery of photos"], GOLD, "")
    assert labels == ["leftover"]
    assert coverage == [round(6 / 11, 3)]


def test_the_title_repeated_among_the_first_lines_is_leftover_even_in_the_gold() -> None:
    title = "The harbour ferry left at dawn on Friday"
    lines = [title, "It returned at noon with forty passengers aboard."]
    assert label_lines(lines, GOLD, title)[0] == ["leftover", "body"]
    late = ["x"] * 5 + [title]
    assert label_lines(late, GOLD, title)[0][-1] == "body"


def test_a_line_without_words_is_leftover() -> None:
    assert label_lines(["* * *", "---"], GOLD, "") == (["leftover", "leftover"], [0.0, 0.0])


def test_text_in_chinese_characters_is_read_by_character() -> None:
    gold = "港口渡轮周五黎明出发。中午返回。"
    labels, _ = label_lines(["港口渡轮周五黎明出发。", "首页 新闻"], gold, "")
    assert labels == ["body", "leftover"]


def test_gold_recall_is_the_share_of_the_gold_the_text_holds() -> None:
    assert gold_recall(["The harbour ferry left at dawn on Friday."], GOLD) == round(8 / 16, 4)
    assert gold_recall([], GOLD) == 0.0
    assert gold_recall(["anything"], "") == 0.0


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


def test_pages_are_found_as_their_sources_publish_them(tmp_path: Path) -> None:
    asb = tmp_path / "article-extraction-benchmark" / "html"
    asb.mkdir(parents=True)
    (asb / "0123456789abcdef.html.gz").write_bytes(b"")
    assert page_path(tmp_path, "asb", "0123456789ab") == asb / "0123456789abcdef.html.gz"
    assert page_path(tmp_path, "wcxb", "dev-0042") == tmp_path / "wcxb" / "dev" / "html" / "0042.html.gz"
    with pytest.raises(FileNotFoundError, match="no page ffffffffffff"):
        page_path(tmp_path, "asb", "ffffffffffff")
