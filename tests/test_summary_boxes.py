"""An article's summary box (a label such as 'Key points:' or 'TL;DR' and its short items) is the article's text:
`fix --unsafe-fixes` keeps it with every rule on, while the chrome around it goes. Below a label that heads a
product's box no paragraph follows, and the box is not set aside."""

from __future__ import annotations

import json

from artlint.article import Article
from artlint.articleparts import _summary_boxes
from artlint.layout import layout
from artlint.lexicons import builtin_lexicons
from artlint.testing import fix_text

PARAGRAPHS = [("Residents of low-lying parts of the valley have been told to prepare to leave as a second flood peak moves "
              "down the river on Friday."),
              ("The weather bureau said the town could see a moderate flood of 7.4 metres on Saturday morning, about a metre "
              "below the record.")]
ITEMS = ["The river is expected to peak on Saturday", "Twenty-three schools are closed",
         ("Evacuation centres are open in two towns beside the river, and buses will take residents there from the "
         "schools")]


def fixed_lines(lines: list[str]) -> list[str]:
    record = json.dumps({"title": "Roads cut as the valley braces for a second flood peak", "text": "\n".join(lines)})
    return json.loads(fix_text(record + "\n", "articles.jsonl", unsafe=True))["text"].split("\n")


def test_a_key_points_box_under_the_header_chrome_is_kept() -> None:
    lines = ["North Coast", "Roads cut as the valley braces for a second flood peak", "Listen to this article 2m",
             "Share", "Key points:", *ITEMS, *PARAGRAPHS, "Topics: Floods Weather", "Most read", "Bus strike: which lines run",
             "New cycle lane opens", "Market hall reopens"]
    after = fixed_lines(lines)
    assert after[: 2 + len(ITEMS)] == ["Key points:", *ITEMS, PARAGRAPHS[0]][: 2 + len(ITEMS)]
    assert "Share" not in after and "Most read" not in after


def test_a_label_in_capitals_is_no_navigation_label() -> None:
    after = fixed_lines(["TL;DR", *ITEMS, *PARAGRAPHS])
    assert after[: 1 + len(ITEMS)] == ["TL;DR", *ITEMS]


def test_no_box_where_no_paragraph_follows_the_items() -> None:
    lines = ["At a glance", "Family-owned since 1982", "Crates for art and electronics", "(844) 950-2963", *PARAGRAPHS]
    article = Article.from_values({"title": "Movers", "body": "\n".join(lines)})
    found = builtin_lexicons().index().lines(article)
    assert _summary_boxes(layout(article), found) == []
    boxed = Article.from_values({"title": "Movers", "body": "\n".join(["At a glance", *ITEMS, *PARAGRAPHS])})
    assert _summary_boxes(layout(boxed), builtin_lexicons().index().lines(boxed)) == [0, 1, 2, 3]
