"""A hard-wrapped body (lines broken at a fixed width, as html2text, lynx and mail clients write them) keeps every
line of its paragraphs under unsafe fixes: the lines of one paragraph read as that paragraph, not as a column of
short lines. Articles written for this test."""

from __future__ import annotations

import textwrap

import pytest

from artlint.article import Article
from artlint.hardwrap import paragraph_starts
from artlint.layout import layout
from artlint.testing import fix_text
from artlint.unwrapped import unwrapped

TITLE = "Harbour authority approves new ferry terminal"
PARAGRAPHS = [
    ("The Kellmouth harbour authority on Tuesday approved plans for a new ferry terminal on the east quay, ending a "
     "two-year review that drew more than 400 public comments and two legal challenges from fishing cooperatives."),
    ("The terminal, which will cost an estimated 48 million pounds, is expected to handle up to 1.2 million "
     "passengers a year once it opens in 2028. Construction will begin next spring and will be carried out in three "
     "phases so that the existing berths can stay open."),
    ('"This is the most important decision the board has taken in a generation," said the chair, Margaret Okafor, '
     "after the vote. The design was changed twice to meet the concerns of residents living near the quay."),
    ("Fishing cooperatives had argued that the ferry traffic would disrupt the early morning landings. The authority "
     "has agreed to restrict ferry movements between 4 a.m. and 7 a.m. for the first five years of operation."),
    ("The plans now go to the regional transport ministry, which has 90 days to raise objections. A spokesperson for "
     "the ministry said it would study the documents carefully but did not expect to delay the project."),
]
MENU = ["Home", "News", "Sport", "Weather"]
TAIL = [
    "Sign up for our weekly newsletter to get the best of the harbour news in your inbox every Friday morning",
    "Share this article",
    "Related stories",
    "Council delays vote on bus lanes until after the summer holidays",
    "New library opens in the old post office building on Quay Street",
]


def wrapped(lines: list[str], width: int) -> list[str]:
    return [part for line in lines for part in textwrap.wrap(line, width)]


def starts(text: str) -> list[int]:
    lines = text.split("\n")
    return paragraph_starts(lines, list(range(1, len(lines) + 1)), [line.endswith(".") for line in lines])


@pytest.mark.parametrize("width", [40, 50, 60, 72, 78])
def test_a_wrapped_article_keeps_every_line_and_loses_its_page_furniture(width: int) -> None:
    body = wrapped(PARAGRAPHS, width)
    text = "\n".join([TITLE, *MENU, *body, *wrapped(TAIL, width)]) + "\n"
    assert fix_text(text, unsafe=True) == "\n".join([TITLE, *body]) + "\n"


@pytest.mark.parametrize("width", [50, 72])
def test_with_blank_lines_between_its_paragraphs_too(width: int) -> None:
    body = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in PARAGRAPHS)
    fixed = fix_text(f"{TITLE}\n{body}\nShare this article\nFacebook\n", unsafe=True)
    assert fixed.rstrip("\n") == f"{TITLE}\n{body}"


LINES = [
    "Weather",                                         # a heading: room for the next word
    "The harbour reopened on Monday after the storm",  # runs on
    "had closed it for three days, the port said.",    # closes: the paragraph ends
    "Ferries will run to the summer timetable while",  # runs on
    "repairs to the north pier go on until the end",   # runs on
    "of May at the earliest, engineers said today.",   # closes
    "Timetable",                                       # a short line that stands alone
    "Boats leave every hour from the east quay from",  # runs on
    "seven in the morning",                            # leaves room: the paragraph ends here
    "Tickets are sold on board and at the office.",
]


def test_the_lines_of_a_wrapped_paragraph_run_on_until_one_closes_or_leaves_room() -> None:
    assert starts("\n".join(LINES)) == [0, 1, 1, 3, 3, 3, 6, 7, 7, 9]


def test_a_blank_line_ends_a_wrapped_paragraph() -> None:
    numbers = [1, 2, 4, *range(5, 12)]  # a blank line between the harbour's two lines
    closes = [line.endswith(".") for line in LINES]
    assert paragraph_starts(LINES, numbers, closes) == [0, 1, 2, 3, 3, 3, 6, 7, 7, 9]


def test_a_body_with_a_long_line_is_not_hard_wrapped() -> None:
    assert starts("\n".join([*LINES, PARAGRAPHS[0]])) == list(range(len(LINES) + 1))


def test_one_line_paragraphs_of_about_the_same_width_are_not_wrapped_text() -> None:
    lines = ["The harbour reopened on Monday after the storm had closed it.",
             "Ferries will run to the summer timetable from the east quay.",
             "Repairs to the north pier will go on until the end of May.",
             "Tickets are sold on board and at the harbour office as usual.",
             "The port expects a busy season with two new routes to Norway."]
    assert starts("\n".join(lines)) == [0, 1, 2, 3, 4]


def test_a_wrapped_paragraph_reads_as_a_paragraph_in_the_layout() -> None:
    sentence = ("Fishing cooperatives had argued that the ferry traffic would disrupt the early morning landings in the "
                "inner harbour, when most of the catch is brought ashore.")
    first, second = wrapped(PARAGRAPHS[:1], 50), wrapped([sentence], 50)
    view = layout(Article.from_values({"title": TITLE, "body": "\n".join(["Home", *first, *second, "Share"])}))
    share = 1 + len(first) + len(second)
    assert view.wrapped_from == [0, *[1] * len(first), *[1 + len(first)] * len(second), share]
    assert view.paragraph == [False, *[True] * (share - 1), False]
    assert (view.first, view.last) == (1, share - 1)


def test_page_debris_reads_a_wrapped_paragraph_on_one_line_and_maps_it_back() -> None:
    paragraph = wrapped(PARAGRAPHS[:1], 50)
    body = "\n".join(["Home", *paragraph, "", "Share"]) + "\n"
    plain = unwrapped(Article.from_values({"title": TITLE, "body": body}))
    last = 1 + len(paragraph)
    assert plain.article.body.value == f"Home\n{PARAGRAPHS[0]}\n\nShare\n"
    assert [plain.original(number) for number in (1, 2, 3, 4)] == [(1, 1), (2, last), (last + 1,) * 2, (last + 2,) * 2]
    alone = Article.from_values({"title": TITLE, "body": body.replace("\n", "\n\n")})
    assert unwrapped(alone).article is alone
