"""The line that holds the only record of when a plain-text article appeared, which no fix may delete."""

from __future__ import annotations

from artlint.article import DATE, Article
from artlint.dates import DateFinder, DateMatch
from artlint.layout import layout
from artlint.lexiconindex import LexiconIndex
from artlint.textutil import words

_DATELINE_WORDS = 6
_DATELINE_LEAD = 3


def is_dateline(match: DateMatch, text: str) -> bool:
    """The date is the line ('Published March 14, 2025 10:32') or opens it ('KORVIN, March 14, 2025 - ...')."""
    before, after = len(words(text[: match.start])), text[match.end :].lstrip()
    if before + len(words(after)) <= _DATELINE_WORDS:
        return True
    return before <= _DATELINE_LEAD and after[:1] in ("-", "\u2013", "\u2014", ":", "|", "(", "/")


OPENING_LINES = 10
"""The opening whose dates missing-date reads (its default `opening_lines`; layout.Layout.opening)."""


def date_record(article: Article, index: LexiconIndex, dates: DateFinder) -> int:
    """Layout index of the line that is the only record of when a plain-text article appeared, or -1: in an
    article with no date field to hold it, the opening's first dateline when every dateline of the opening is
    page chrome a lexicon knows ('Published May 3, 2024', 'Updated ...'): deleting them all would lose the
    date. Where a bare dateline stands below a dated widget, the widget goes and the dateline stays; a line
    that only mentions a date ('A post shared by X on May 3, 2024') is no dateline."""
    if article.structured or article.value(DATE).strip():
        return -1
    return article.body.memo((index, "date record"), lambda _: _date_record(article, index, dates))


def _date_record(article: Article, index: LexiconIndex, dates: DateFinder) -> int:
    view = layout(article)
    hits = index.lines(article)
    dated = [i for i in range(min(view.opening(OPENING_LINES), len(view.texts)))
             if (found := dates.first_date(view.texts[i])) is not None and is_dateline(found, view.texts[i])]
    return dated[0] if dated and all(hits[i] for i in dated) else -1
