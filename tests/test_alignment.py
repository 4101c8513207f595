"""The dev corpus's alignment rule (benchmarks/alignment.py) on tiny hand-made texts: which line is body, how much of
it the gold covers, and how much of the gold a text holds."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1] / "benchmarks"))

from alignment import agreement, gold_recall, label_lines, writes_cjk

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


def test_a_run_is_three_words() -> None:
    assert label_lines(["Menu", "ferry left at", "Login"], GOLD, "")[0] == ["leftover", "body", "leftover"]
    assert label_lines(["Menu", "ferry left", "Login"], GOLD, "")[0] == ["leftover", "leftover", "leftover"]


def test_four_fifths_of_a_line_make_it_body() -> None:
    labels, coverage = label_lines(["The harbour ferry left zebra", "Tags", "The harbour ferry quagga"], GOLD, "")
    assert labels == ["body", "leftover", "leftover"]
    assert coverage == [0.8, 0.0, 0.75]


def test_the_title_repeated_among_the_first_lines_is_leftover_even_in_the_gold() -> None:
    title = "The harbour ferry left at dawn on Friday"
    opening = [title, "It returned at noon with forty passengers aboard."]
    assert label_lines(opening, GOLD, title)[0] == ["leftover", "body"]
    shouted = ["a", "b", "c", "d", "THE HARBOUR FERRY, LEFT AT DAWN ON FRIDAY!"]
    assert label_lines(shouted, GOLD, title)[0][-1] == "leftover"
    late = ["a", "b", "c", "d", "e", title]
    assert label_lines(late, GOLD, title)[0][-1] == "body"


def test_a_line_without_words_is_leftover() -> None:
    assert label_lines(["* * *", "---"], GOLD, "") == (["leftover", "leftover"], [0.0, 0.0])


def test_words_are_read_after_compatibility_normalisation() -> None:
    assert label_lines(["Ｔｈｅ ｈａｒｂｏｕｒ ｆｅｒｒｙ"], GOLD, "")[0] == ["body"]


def test_chinese_and_japanese_characters_are_tokens_of_their_own() -> None:
    gold = "港口渡轮周五黎明出发。中午返回。"
    assert writes_cjk(gold)
    assert label_lines(["港口渡轮周五黎明出发。", "首页 新闻"], gold, "")[0] == ["body", "leftover"]
    latin = "Visitors to 東京 tower queued for hours on Sunday."
    assert not writes_cjk(latin)
    assert label_lines(["Visitors to 東京tower queued"], latin, "")[0] == ["body"]


def test_a_text_is_read_by_character_from_three_tenths_of_cjk() -> None:
    assert writes_cjk("abcd東京")
    assert not writes_cjk("abcde東京")
    assert not writes_cjk("")


def test_gold_recall_is_the_share_of_the_gold_the_text_holds() -> None:
    assert gold_recall(["The harbour ferry left at dawn on Friday."], GOLD) == 0.5
    assert gold_recall(["Menu", "ferry left at", "Login"], GOLD) == round(3 / 16, 4)
    assert gold_recall([], GOLD) == 0.0
    assert gold_recall(["anything"], "") == 0.0


def _corpus(folder: Path, labels: list[str]) -> Path:
    record = {"id": "p-1-x", "url": "https://harbour.example/ferry", "title": "Ferry", "date": None,
              "text": "Home\nThe harbour ferry left at dawn on Friday."}
    gold = {"id": "p-1-x", "extractor": "x", "gold_body": GOLD, "line_labels": labels, "line_cov": [0.0, 1.0],
            "gold_recall": 0.5}
    for name, row in (("corpus", record), ("gold", gold)):
        with gzip.open(folder / f"{name}.jsonl.gz", "wt", encoding="utf-8") as handle:
            handle.write(json.dumps(row) + "\n")
    return folder


def test_agreement_counts_the_records_and_lines_labelled_as_the_corpus_does(tmp_path: Path) -> None:
    [(extractor, same)] = agreement(_corpus(tmp_path, ["leftover", "body"]))
    assert extractor == "x"
    counts = (same["records"], same["same"], same["lines"], same["agree"], same["coverage"], same["recall"])
    assert counts == (1, 1, 2, 2, 1, 1)
    [(_, other)] = agreement(_corpus(tmp_path, ["body", "body"]))
    assert (other["same"], other["agree"]) == (0, 1)
