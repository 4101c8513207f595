"""header-label (ART215): which lines above the headline are the page's labels, its options, and how it shares
lines with the rules that know them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from artlint.config import Settings
from artlint.testing import fix_text, lint_text

TITLE = "Harbour reopens after three weeks of storms"
LEAD = "The harbour at Kellmouth reopened on Monday after three weeks of storms, the port authority said."


def record(*lines: str, **fields: Any) -> str:
    return json.dumps({"title": TITLE, "text": "\n".join(lines), **fields}) + "\n"


def labels(content: str, filename: str = "posts.jsonl", select: tuple[str, ...] = ("header-label",),
           **options: Any) -> list[str]:
    settings = Settings(rule_options={"header-label": options}) if options else None
    found = lint_text(content, filename, list(select), settings=settings)
    return [f.message for f in found if f.code == "ART215"]


def test_each_short_label_above_the_headline_is_reported_and_the_headline_is_not() -> None:
    found = labels(record("World", "News › Europe", TITLE, LEAD))
    assert found == ["page header label above the headline: 'World'",
                     "page header label above the headline: 'News › Europe'"]


@pytest.mark.parametrize("line", [
    "What the storm left behind, in pictures and numbers",  # five words or more: a dek, not a label
    "Storm damage?",  # closes like a sentence
    "Read this first.",  # a sentence: a full stop is a label's mark only inside it ('St. Ives')
    "Storm warning:",  # a lead-in
    "3 March 2025",  # a date: maybe the only record of when the article appeared
    "![The inner basin](basin.jpg)",  # markup, the author's
    "Search",  # a navigation word: navigation-leftover's finding
    "By Ana Ruiz",  # a byline: byline-leftover's
    "WORLD",  # a caps label: navigation-leftover's
    "10:45 GMT",  # a time
    "Monday 3 March",  # a date without its year
    "记者从港务局获悉当地渔船将于周二返回内港",  # a sentence of a script written without spaces
])
def test_a_line_that_is_no_label_or_one_a_lexicon_knows_stays(line: str) -> None:
    assert labels(record(line, TITLE, LEAD)) == []


def test_verse_above_a_refrain_that_repeats_the_title_is_no_header() -> None:
    poem = record("Grey on the slipway", "salt in the rope", "the boats sit low", TITLE, "and the gulls go home.")
    assert labels(poem) == []
    assert labels(record("Quiet now,", "Harbour lights", TITLE, LEAD)) == []


def test_a_markdown_heading_that_repeats_the_title_anchors_the_labels_above_it() -> None:
    page = f"---\ntitle: {TITLE}\n---\nOpinion\n\n# {TITLE}\n\n{LEAD}\n"
    assert labels(page, "article.md") == ["page header label above the headline: 'Opinion'"]


def test_a_plain_text_whose_headline_the_title_picker_passed_over_keeps_it() -> None:
    assert labels(f"Winter\n{LEAD}\nThe second paragraph goes on about the ferries and the quay.\n", "article.txt") == []


def test_a_headline_copy_below_a_paragraph_is_a_line_of_the_article_and_nothing_above_it_is_a_label() -> None:
    assert labels(record(LEAD, "Timeline", TITLE, "Boats return on Tuesday.")) == []


def test_without_a_copy_of_the_title_in_the_opening_nothing_is_reported() -> None:
    assert labels(record("World", LEAD, "Another paragraph follows here, as the story goes on.")) == []
    assert labels(record("World", *[f"Menu item {n}" for n in range(8)], TITLE, LEAD)) == []


def test_the_options_widen_and_narrow_what_counts() -> None:
    content = record("Coasts and harbours of the north", "World", TITLE, LEAD)
    assert labels(content) == ["page header label above the headline: 'World'"]
    assert len(labels(content, max_words=6)) == 2
    assert labels(record("World", "Weather", TITLE, LEAD), opening_lines=2) == []


def test_a_plain_text_title_under_its_labels_anchors_them() -> None:
    assert labels(f"Climate\n{TITLE}\n{LEAD}\n", "article.txt") == ["page header label above the headline: 'Climate'"]


def test_the_label_is_reported_once_by_header_label_not_also_by_the_line_scorer() -> None:
    content = record("Climate", "Coasts", "Weather", TITLE, LEAD)
    scored = lint_text(content, "posts.jsonl", ["page-debris"])
    assert [f.line for f in scored if f.line <= 3] == [1, 2]
    found = lint_text(content, "posts.jsonl", ["header-label", "page-debris"])
    assert [(f.code, f.line) for f in found if f.line <= 3] == [("ART215", 1), ("ART215", 2), ("ART215", 3)]


def test_the_fix_deletes_the_labels_and_keeps_the_other_fields() -> None:
    fixed = json.loads(fix_text(record("Opinion", TITLE, LEAD, shop={"id": 7}), "posts.jsonl", ["header-label"],
                                unsafe=True))
    assert fixed["text"] == f"{TITLE}\n{LEAD}"
    assert fixed["shop"] == {"id": 7}
