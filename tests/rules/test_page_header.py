"""page-header (ART217): the block above the headline's copy, its option, and how it shares lines with the rules that
know some of them."""

from __future__ import annotations

import json
from typing import Any

from artlint.config import Settings
from artlint.testing import fix_text, lint_text

TITLE = "Harbour reopens after three weeks of storms"
ARTICLE = [
    "The harbour at Kellmouth reopened on Monday after three weeks of storms, the port authority said.",
    "Fishing boats were the first to leave, an hour before dawn, and the ferries followed at nine.",
    "The port authority said the timetable will be back to normal by Friday, once the buoys are back.",
    "Repairs to the northern pier will go on until the summer, and the car park stays closed.",
]
MENU = ["Skip to content", "News", "Sport", "Open a savings account in minutes with the Coast Bank app.", "Weather",
        "Tides"]


def record(*lines: str, **fields: Any) -> str:
    return json.dumps({"title": TITLE, "date": "2025-03-04", "text": "\n".join(lines), **fields}) + "\n"


def codes_by_line(content: str, select: list[str] | None = None, **options: Any) -> dict[int, list[str]]:
    settings = Settings(rule_options={"page-header": options}) if options else None
    found: dict[int, list[str]] = {}
    for finding in lint_text(content, "posts.jsonl", select, settings=settings):
        if finding.line is not None:
            found.setdefault(finding.line, []).append(finding.code)
    return found


def test_the_menu_is_one_block_and_the_general_rules_stay_quiet_inside_it() -> None:
    found = codes_by_line(record(*MENU, TITLE, *ARTICLE))
    assert found[1] == ["ART201", "ART217"]  # a safe fix of a known phrase stays beside the block's unsafe cut
    assert all("ART211" not in found.get(line, []) for line in range(1, 7))  # page-debris yields to the block
    assert found[7] == ["ART401"]


def test_the_fix_keeps_every_line_of_the_article() -> None:
    fixed = json.loads(fix_text(record(*MENU, TITLE, *ARTICLE), "posts.jsonl", ["page-header"], unsafe=True))
    assert fixed["text"].split("\n") == [TITLE, *ARTICLE]
    safe_only = json.loads(fix_text(record(*MENU, TITLE, *ARTICLE), "posts.jsonl", ["page-header"]))
    assert safe_only["text"].split("\n") == [*MENU, TITLE, *ARTICLE]


def test_max_share_bounds_the_text_above_the_headline() -> None:
    content = record(*MENU, TITLE, *ARTICLE)  # 18 of 93 words above the headline's copy
    assert 1 in codes_by_line(content, ["page-header"])
    assert codes_by_line(content, ["page-header"], max_share=0.15) == {}


def test_the_copy_without_the_sites_name_is_the_headline() -> None:
    content = record(*MENU, TITLE, *ARTICLE, title=f"{TITLE} | Kellmouth Courier")
    assert codes_by_line(content, ["page-header"]) == {1: ["ART217"]}
    assert codes_by_line(record(*MENU, "Harbour reopens", *ARTICLE, title="Harbour reopens | Kellmouth Courier"),
                         ["page-header"]) == {}  # a head of four words is no headline of its own


def test_a_headline_copied_under_the_article_cuts_nothing() -> None:
    teasers = ["Council approves the new sea wall after a decade of argument over who pays for it.",
               "Ferry fares to rise by a fifth from April, the operator says, blaming the price of fuel."]
    under_subheadings = [ARTICLE[0], "First boats out", ARTICLE[1], "Back to normal", ARTICLE[2]]
    # the article's paragraphs under their subheadings, then a share bar and the title in a list of teasers
    content = record(*under_subheadings, "Share this story", "Facebook", TITLE, "Most read", *teasers * 4)
    assert codes_by_line(content, ["page-header"]) == {}
    # one paragraph, and the title over a thread of comments: its paragraph words are more than a quarter of those below
    comments = ["Ana: I took the first ferry across on Monday and the crew were in great spirits, well done.",
                "Tom: It took far too long, and the council should have had the buoys ready before the storms."]
    assert codes_by_line(record(ARTICLE[0], "Share this", "Facebook", TITLE, "Comments", *comments),
                         ["page-header"]) == {}


def test_a_copy_over_a_related_or_comments_marker_is_the_articles_entry_in_a_list_under_it() -> None:
    teasers = ["Council approves the new sea wall after a decade of argument over who pays for it.",
               "Ferry fares to rise by a fifth from April, the operator says, blaming the price of fuel."]
    # however long the list below: the marker under the copy tells it
    assert codes_by_line(record(ARTICLE[0], "Share this", TITLE, "Most read", *teasers * 20), ["page-header"]) == {}
    assert codes_by_line(record(ARTICLE[0], "Share this", TITLE, "Comments", *teasers * 20), ["page-header"]) == {}
    assert codes_by_line(record(*MENU, TITLE, *ARTICLE, "Most read", *teasers), ["page-header"]) == {1: ["ART217"]}


def test_a_short_or_sentence_title_is_no_headline() -> None:
    assert codes_by_line(record("Council", "Schools", "Sport", *ARTICLE, title="Sport"), ["page-header"]) == {}
    sentence = "The harbour reopened on Monday."
    assert codes_by_line(record(*MENU, sentence, *ARTICLE, title=sentence), ["page-header"]) == {}
    trailing = "Harbour reopens after storm, and then..."
    assert codes_by_line(record(*MENU, trailing, *ARTICLE, title=trailing), ["page-header"]) == {1: ["ART217"]}


def test_a_lead_in_of_six_words_keeps_the_lines_and_a_shorter_label_does_not() -> None:
    lead_in = "The harbour's timetable changes on three days:"
    assert codes_by_line(record("Coast", lead_in, "Monday", "Friday", TITLE, *ARTICLE), ["page-header"]) == {}
    labelled = record("Coast", "Sections:", "News", "Sport", TITLE, *ARTICLE)
    assert codes_by_line(labelled, ["page-header"]) == {1: ["ART217"]}


def test_a_paragraph_two_lines_above_the_copy_makes_it_a_heading_in_the_article() -> None:
    lead = "Three weeks of storms closed the harbour at Kellmouth, the longest closure since the pier was rebuilt."
    assert codes_by_line(record("Coast", lead, "Timeline", TITLE, *ARTICLE), ["page-header"]) == {}
    assert codes_by_line(record(lead, "Coast", "Timeline", TITLE, *ARTICLE), ["page-header"]) == {1: ["ART217"]}


def test_the_copy_without_a_site_name_that_the_url_holds_is_the_headline() -> None:
    content = record(*MENU, TITLE, *ARTICLE, title=f"{TITLE} - Courier", url="https://www.courier.example/harbour")
    assert codes_by_line(content, ["page-header"]) == {1: ["ART217"]}
    short = "Harbour reopens"  # a head of two words: only the site name in the URL's host makes it the headline
    content = record(*MENU, short, *ARTICLE, title=f"{short} - Courier", url="https://www.courier.example/harbour")
    assert codes_by_line(content, ["page-header"]) == {}


def test_a_dateline_and_a_byline_beside_the_headline_stay_out_of_the_block_under_a_long_menu() -> None:
    promotions = ["Switch your current account to us and get fifty pounds in your first month.",
                  "Book a table at the harbour restaurant and your dessert is on the house."]
    menu = [f"Section {n}" for n in range(12)] + promotions[:1] + [f"Topic {n}" for n in range(6)] + promotions[1:]
    lines = [*menu, "By Ana Ruiz", "4 March 2025", TITLE, *ARTICLE * 3]
    content = json.dumps({"title": TITLE, "text": "\n".join(lines)}) + "\n"
    fixed = json.loads(fix_text(content, "posts.jsonl", ["page-header"], unsafe=True))
    assert fixed["text"].split("\n") == ["By Ana Ruiz", "4 March 2025", TITLE, *ARTICLE * 3]


def test_an_undated_records_dateline_and_an_unnamed_authors_byline_stay_out_of_the_block() -> None:
    lines = ["Menu", "Coast", "By Ana Ruiz", "4 March 2025", "Weather", TITLE, *ARTICLE]
    content = json.dumps({"title": TITLE, "text": "\n".join(lines)}) + "\n"
    fixed = json.loads(fix_text(content, "posts.jsonl", ["page-header"], unsafe=True))
    assert fixed["text"].split("\n") == ["By Ana Ruiz", "4 March 2025", TITLE, *ARTICLE]
    everything = json.loads(fix_text(content, "posts.jsonl", None, unsafe=True))
    assert everything["author"] == "Ana Ruiz" and everything["date"] == "2025-03-04"
    assert everything["text"].split("\n") == ARTICLE
    named = json.dumps({"title": TITLE, "date": "2025-03-04", "author": "Ana Ruiz", "text": "\n".join(lines)}) + "\n"
    fixed = json.loads(fix_text(named, "posts.jsonl", ["page-header"], unsafe=True))
    assert fixed["text"].split("\n") == [TITLE, *ARTICLE]
