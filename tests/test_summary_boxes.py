"""An article's summary box (a label such as 'Key points:' or 'TL;DR' and its items) is the article's text:
`fix --unsafe-fixes` keeps it with every rule on, while the chrome around it goes. A match page's tabs, a product's
box and a label over nothing but the headline are no summary box."""

from __future__ import annotations

import json

from artlint.article import Article
from artlint.articleparts import _summary_boxes
from artlint.layout import layout
from artlint.lexicons import builtin_lexicons
from artlint.testing import fix_text

TITLE = "Roads cut as the valley braces for a second flood peak"
PARAGRAPHS = [("Residents of low-lying parts of the valley have been told to prepare to leave as a second flood peak "
               "moves down the river on Friday."),
              ("The weather bureau said the town could see a moderate flood of 7.4 metres on Saturday morning, about a "
               "metre below the record.")]
ITEMS = ["The river is expected to peak on Saturday", "Twenty-three schools are closed",
         ("Evacuation centres are open in two towns beside the river, and buses will take residents there from the "
          "schools")]
HEADER = ["Coast Radio Listen live", "Latest", "News", "Sport", "Weather", "Local", "Business", "North Coast", TITLE, "Listen to this article 2m", "Share", "Facebook", "WhatsApp", "Email", "Watch",
          "Floodwater covers the main street", "Duration: 42 seconds Play video"]


def fixed_lines(lines: list[str]) -> list[str]:
    record = json.dumps({"title": TITLE, "text": "\n".join(lines)})
    return json.loads(fix_text(record + "\n", "articles.jsonl", unsafe=True))["text"].split("\n")


def boxes(lines: list[str]) -> list[int]:
    article = Article.from_values({"title": TITLE, "body": "\n".join(lines)})
    return _summary_boxes(layout(article), builtin_lexicons().index().lines(article), TITLE)


def test_a_key_points_box_under_the_header_chrome_is_kept() -> None:
    after = fixed_lines([*HEADER, "Key points:", *ITEMS, *PARAGRAPHS, "Topics: Floods Weather", "Most read",
                         "Bus strike: which lines run", "New cycle lane opens", "Market hall reopens"])
    assert after[after.index("Key points:") :] == ["Key points:", *ITEMS, *PARAGRAPHS]
    assert not {"Share", "Listen to this article 2m", "Facebook"} & set(after)


def test_a_label_in_capitals_is_no_navigation_label() -> None:
    after = fixed_lines(["TL;DR", *ITEMS, *PARAGRAPHS])
    assert after[: 1 + len(ITEMS)] == ["TL;DR", *ITEMS]


def test_a_box_of_items_or_a_label_right_above_a_paragraph() -> None:
    assert boxes(["At a glance", *ITEMS, *PARAGRAPHS]) == [0, 1, 2, 3]
    assert boxes(["Key takeaways", *PARAGRAPHS]) == [0]


def test_no_box_of_tabs_of_a_product_or_of_one_item() -> None:
    assert boxes(["Summary", "Commentary", "Line-ups", "Match stats", *PARAGRAPHS]) == []
    assert boxes(["At a glance", "Family-owned since 1982", "Crates for art and electronics", "Free quotes",
                  "(844) 950-2963", *PARAGRAPHS]) == []
    assert boxes(["Key points", ITEMS[0], *PARAGRAPHS]) == []
    assert boxes(["Summary", TITLE, ITEMS[0], *PARAGRAPHS]) == []


def test_short_items_among_longer_ones_and_headlines_of_other_stories() -> None:
    short = ["Key points", ITEMS[0], "Schools closed", ITEMS[2], *PARAGRAPHS]
    assert boxes(short) == [0, 1, 2, 3]
    others = ["Highlights", "Bus strike: which lines run on Monday", "New cycle lane opens on the harbour road",
              "Market hall reopens after two years", *PARAGRAPHS]
    assert boxes(others) == []
    tabs = ["Summary", "Live text commentary", "Player ratings and stats", "Match report and reaction", *PARAGRAPHS]
    assert boxes(tabs) == []
