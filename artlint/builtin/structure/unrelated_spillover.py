"""unrelated-spillover: other articles' headlines appended after the article."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from artlint.article import BODY, Article, Line, Span
from artlint.builtin.metadata.datelines import DatelineFinder
from artlint.datedlist import DatedList, DatedListShape
from artlint.dates import DateFinder
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.layout import layout
from artlint.lexicons import Lexicons
from artlint.liveblog import stamp_dates
from artlint.phrases import PhraseMatcher
from artlint.rule import Rule
from artlint.textutil import opens_list, words

_BYLINE = re.compile(r"(?:by|von|par|por|di|door|от)\s+\w", re.IGNORECASE)
_END_OF_SENTENCE = ".;:,"
"""A headline in a marked block may end in ? or !, but never like a sentence or a clause."""
_CLOSING = ".;:,!?…\"”’)"
"""Without a marker, a line that ends like this reads as a sentence or a quote, not a headline."""
_LIST_ITEM = re.compile(r"(?:[-*•·–—+▪►✓✔]|\d+[.)]|\(\w\))\s")


class UnrelatedSpillover(Rule):
    """A block of other articles' headlines or teasers appended after the article.

    Why
    Pages end with "Explore", "More from ...", "Most read" or "You may also like" lists, or with a site's
    latest stories, each with its date; scrapers keep them, and the next reader takes them for the
    article's last paragraphs.

    Example
    before: ... the last paragraph. / Explore / Storm closes ferry routes / Council votes on budget
    after:  ... the last paragraph.

    Fix safety
    Unsafe: the block is cut from its first line (the marker, when there is one) to the end of the
    body. With a marker line at least `min_after_marker` headline-shaped lines must follow it; with
    none, at least `min_lines` headline-shaped lines must close the body and share few words with
    the article's title and lead, read like headlines (five words or more, not list items, not
    "Label: value" lines), and follow no line that ends with a colon (which opens a list). Headline-shaped: 2 to 25 words, no closing full stop, capitalised.
    A list of dated items is the other shape: at least `min_dated_items` lines that are a date alone or
    a dateline ("Wednesday November 20, 2019", "20.11.2019", "Nov 3, 2025 | 4 min read"), each at most
    `max_item_lines` lines below the one before (a headline, a teaser, a byline between them), that close
    the body: below the last date stand its item's lines, no more than between two dates, and then only
    lines that are no paragraph (a footer's links). Entries of a live blog that open with a date and a
    time, newest first, are no such list. Above the list stand at least `min_words_before` words of the
    article, and at least half as many as the list holds (a live blog's lead is short against its
    entries). With a marker line up to two lines above it, the block starts at the marker. Without one,
    no line ending in a colon introduces the list, its dates fall on two days or more and none is older
    than the one below it, as a site's latest stories are dated (a timeline runs oldest first, a day's
    programme stays on one day), and its items share at most `max_overlap` of their words with the title
    and lead (a live blog's or an update list's items are about the story). Where a date closes the
    body, each item's lines stand above its date, and the block starts at the first item's.

    Options
    min_after_marker: headline lines needed after a marker line (default 2).
    min_lines: headline lines needed when there is no marker (default 5).
    max_overlap: largest share of a block's words also in the title and lead, without a marker (default 0.25).
    max_self_overlap: without a marker, the block's lines must share less than this share of their
    words with each other (default 0.2): other articles' headlines are about different things, while
    a list that belongs to the article (tour dates, a checklist) repeats its words.
    min_dated_items: dated items a list of them needs (default 3).
    max_item_lines: most lines between one dated item's date and the next's (default 4).
    min_words_before: words of the article a list of dated items needs above it (default 100).
    """

    code = "ART403"
    name = "unrelated-spillover"
    fixable = "unsafe"
    defaults = {"min_after_marker": 2, "min_lines": 5, "max_overlap": 0.25, "max_self_overlap": 0.2,
                "min_dated_items": 3, "max_item_lines": 4, "min_words_before": 100}
    options_schema = {
        "min_after_marker": {"type": "integer", "minimum": 1},
        "min_lines": {"type": "integer", "minimum": 2},
        "max_overlap": {"type": "number", "minimum": 0, "maximum": 1},
        "max_self_overlap": {"type": "number", "minimum": 0, "maximum": 1},
        "min_dated_items": {"type": "integer", "minimum": 2},
        "max_item_lines": {"type": "integer", "minimum": 1},
        "min_words_before": {"type": "integer", "minimum": 0},
    }

    def setup(self, lexicons: Lexicons) -> None:
        markers = lexicons.entry("spillover-markers").merge(lexicons.entry("related-link"))
        self.markers = PhraseMatcher(markers, max_words=8)
        self.dates = DateFinder(lexicons.months)
        self.index = lexicons.index()
        datelines = DatelineFinder(self.dates, lexicons.dateline_words, lexicons.entry("byline").prefixes)
        self.dated = DatedList(self.dates, lambda text: datelines.match(text) is not None)

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        found = (self.headline_block(article, options), self.dated_block(article, options))
        blocks = [block for block in found if block]
        if not blocks:
            return
        start, message = min(blocks, key=lambda block: block[0].start)
        lines = article.body.lines
        last = next(line for line in reversed(lines) if not line.is_blank)
        yield self.finding(
            Span(BODY, start.start, last.end),
            message,
            Fix.delete(Span(BODY, start.start, len(article.body.value)), Applicability.UNSAFE,
                       "cut the appended block"),
        )

    def headline_block(self, article: Article, options: Mapping[str, Any]) -> tuple[Line, str] | None:
        """The first line of a trailing block of headlines, and the finding's message."""
        lines = article.body.lines
        start, headlines, marker = self.tail_block(lines)
        if start is None:
            return None
        if marker is not None:
            if headlines < options["min_after_marker"]:
                return None
            return lines[start], f"{headlines} headlines of other articles appended after the marker {marker!r}"
        block = lines[start:]
        if (
            headlines < options["min_lines"]
            or introduces_list(lines[:start])
            or not all(is_strict_headline(line.text.strip()) for line in block
                       if not line.is_blank and not _BYLINE.match(line.text.strip()))
            or self.overlap(article, block) > options["max_overlap"]
            or self_overlap(block) >= options["max_self_overlap"]
        ):
            return None
        why = "with no marker, sharing few words with the article"
        return lines[start], f"{headlines} headlines of other articles appended {why}"

    def dated_block(self, article: Article, options: Mapping[str, Any]) -> tuple[Line, str] | None:
        """The first line of a closing list of other articles under their dates, and the finding's message."""
        view = layout(article)
        shape = DatedListShape(options["min_dated_items"], options["max_item_lines"], options["min_words_before"],
                               options["max_overlap"])
        start = self.dated.start(view, shape, self.is_marker,
                                 lambda items: self.overlap(article, [view.lines[i] for i in items]),
                                 stamp_dates(self.dates, self.index.writes_day_first(article)))
        if start is None:
            return None
        text = view.texts[start][:60]
        return view.lines[start], f"a list of other articles under their dates appended from {text!r}"

    def tail_block(self, lines: Sequence[Line]) -> tuple[int | None, int, str | None]:
        """(first line index of the trailing block, headline lines in it, the marker text or None)."""
        start, headlines = None, 0
        for index in range(len(lines) - 1, -1, -1):
            text = lines[index].text.strip()
            if not text:
                continue
            if self.is_marker(text):
                return (index, headlines, text) if headlines else (None, 0, None)
            if _BYLINE.match(text) and len(words(text)) <= 5:
                pass  # a stray byline inside the block
            elif is_headline(text):
                headlines += 1
            else:
                break
            start = index
        return start, headlines, None

    def is_marker(self, text: str) -> bool:
        return self.markers.exact(text) or self.markers.prefixed(text)

    def overlap(self, article: Article, block: Sequence[Line]) -> float:
        """Share of the block's longer words that also stand in the title or in the first six lines above it."""
        lead = {w.casefold() for w in words(article.title)}
        for line in article.body.lines[: block[0].number - 1][:6] if block else ():
            lead.update(w.casefold() for w in words(line.text))
        block_words = [w.casefold() for line in block for w in words(line.text) if len(w) > 3]
        if not block_words:
            return 1.0
        return sum(1 for w in block_words if w in lead) / len(block_words)


def introduces_list(before: Sequence[Line]) -> bool:
    """The last line before the block ends with a colon: 'The lanes will run along:' opens a list of the article."""
    previous = next((line.text.strip() for line in reversed(before) if not line.is_blank), "")
    return opens_list(previous)


def self_overlap(block: Sequence[Line]) -> float:
    """Share of the block's longer words that also stand in another of its lines."""
    per_line = [{w.casefold() for w in words(line.text) if len(w) > 3} for line in block]
    counts = Counter(w for found in per_line for w in found)
    total = sum(len(found) for found in per_line)
    return sum(1 for found in per_line for w in found if counts[w] > 1) / total if total else 1.0


def is_strict_headline(text: str) -> bool:
    """Without a marker, only lines that read like headlines count: five words or more, no list
    bullet or number in front, no 'Label: value' shape."""
    if len(words(text)) < 5 or _LIST_ITEM.match(text) or text[-1] in _CLOSING:
        return False
    head, colon, _ = text.partition(":")
    return not colon or len(words(head)) > 3


def is_headline(text: str) -> bool:
    """2 to 25 words, capitalised (where the script has case) or led by a number ('12 best walks ...'), not
    closed like a sentence."""
    count = len(words(text))
    if not 2 <= count <= 25 or text[-1] in _END_OF_SENTENCE:
        return False
    if text[0].isdigit():
        return True
    first = next((c for c in text if c.isalpha()), "")
    return not first or not first.islower()
