"""date-mismatch: the date field and the dateline in the article's opening lines disagree."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, DATE, Article, Span
from artlint.builtin.metadata.fielddate import read_field_date, yearless
from artlint.daterecord import UPDATED, beside_words, is_dateline
from artlint.dates import DateFinder, month_alternation
from artlint.findings import Finding
from artlint.lexicons import Lexicons
from artlint.rule import Rule

_DIGIT = re.compile(r"\d")
_WINDOW = 100
"""A dateline's date stands within the line's first few words (see is_dateline): only that much is searched."""
_LIST_MARKS = frozenset("-*\u2022\u00b7")
_RANGE = re.compile(r"\d\s*[-\u2013\u2014]\s*\Z")
"""'23-26 March 2026': the date closes a range of days (an event), not a dateline."""


class DateMismatch(Rule):
    """The date field and the dateline in the article's opening lines name different days.

    Why
    One of them is wrong: the scraper took the date of the page's sidebar, of a related article, the
    day it crawled, or a date shifted by a bad time zone. Sorting or filtering by date then misplaces
    the article.

    Example
    before: {"date": "2025-09-12", "text": "Published 5 September 2025\\nThe council ..."}
    after:  (unchanged: check which of the two is the publication date)

    Fix safety
    No fix: which date is right is not known. Only datelines are compared (a line that is the date
    and a few words, or opens with it: "LONDON, Sept 5 (Reuters) -", the place in capitals), only
    in the first `header_lines` lines. A date whose day and month could be either (05/09/2025) is
    read day first in an article of a language that writes dates so (its lexicon says
    `numeric_dates: day-first`: German, French, ...) and never compared otherwise (in English, or
    where the article's language is not clear); a year-less
    agency dateline takes the field's year. Lines that give an update ("Updated ...",
    "Last modified ..."), list items and ranges of days ("23-26 March 2026") are not datelines.
    Nothing is reported when any dateline agrees (a page that shows "Published" and "Updated"), or
    when the opening names two different dates that both disagree.

    Options
    header_lines: how many non-blank body lines are searched for a dateline (default 6).
    tolerance_days: days the two may lie apart before they disagree (default 1: time zones).
    """

    code = "ART104"
    name = "date-mismatch"
    defaults = {"header_lines": 6, "tolerance_days": 1}
    options_schema = {
        "header_lines": {"type": "integer", "minimum": 1},
        "tolerance_days": {"type": "integer", "minimum": 0},
    }

    def setup(self, lexicons: Lexicons) -> None:
        self.dates = DateFinder(lexicons.months)
        self.beside = beside_words(lexicons)
        self.index = lexicons.index()
        names = month_alternation(self.dates.months)
        self.agency = re.compile(
            rf"(?P<city>[^\W\d_][^,\n]{{0,40}}),\s+(?P<month>{names})\.?\s+(?P<day>\d{{1,2}})(?!\d)\s*(?:\(|-|\u2013|\u2014)",
            re.IGNORECASE,
        )

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        value = article.value(DATE)
        if not value.strip():
            return
        field = read_field_date(value, self.dates).date
        if field is None:
            return  # invalid-date's business
        tolerance = options["tolerance_days"]
        disagreeing: dict[dt.date, Span] = {}
        for start, end, date in self.datelines(article, options["header_lines"], field):
            if abs((date - field).days) <= tolerance:
                return
            disagreeing.setdefault(date, Span(BODY, start, end))
        if len(disagreeing) == 1:
            (date, span), = disagreeing.items()
            days = abs((date - field).days)
            yield self.finding(span, f"the dateline says {date}, the date field {field} ({days} days apart)")

    def datelines(self, article: Article, count: int, field: dt.date) -> Iterator[tuple[int, int, dt.date]]:
        """(start, end, date) of each unambiguous dateline date in the opening lines; a numeric one whose day
        and month could be either is read day first in an article of a day-first language (DateMatch.read)."""
        seen = 0
        for line in article.body.lines:
            if line.is_blank:
                continue
            seen += 1
            if seen > count:
                return
            text = line.text
            window = text[:_WINDOW]
            if not _DIGIT.search(window) or text.lstrip()[:1] in _LIST_MARKS or UPDATED.search(window):
                continue
            for match in self.dates.finditer(window):
                date = match.read(match.day_first is not None and self.index.writes_day_first(article))
                if date is not None and is_dateline(match, text, self.beside) and not _RANGE.search(text, 0, match.start):
                    yield line.start + match.start, line.start + match.end, date
            agency = self.agency.match(window)
            if agency and agency["city"].isupper():
                date = yearless(self.dates.months[agency["month"].casefold()], int(agency["day"]), field)
                if date is not None:
                    yield line.start + agency.start("month"), line.start + agency.end("day"), date

