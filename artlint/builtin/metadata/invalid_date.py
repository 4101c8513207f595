"""invalid-date: the date field cannot be read, names no real day, or lies in the future or the distant past."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import DATE, Article, Span
from artlint.builtin.metadata.fielddate import read_field_date
from artlint.dates import DateFinder
from artlint.findings import Finding
from artlint.lexicons import Lexicons
from artlint.rule import Rule

_PROBLEMS = {
    "unparseable": "is not a date artlint can read",
    "impossible": "names a day that does not exist",
    "ambiguous": "is ambiguous: day and month cannot be told apart",
}


class InvalidDate(Rule):
    """The date field holds no usable publication date.

    Why
    A date that cannot be parsed ("yesterday", "n/a"), names no real day (2025-02-30, month 13),
    lies in the future or before any plausible publication (a default 1970-01-01 or 0001-01-01) sorts
    and filters the article wrongly, and does so silently.

    Example
    before: {"title": "Harbour reopens", "date": "2025-02-30", "text": "..."}
    after:  (unchanged: the article has to be scraped or dated again)

    Fix safety
    No fix: the right date is not known. ISO 8601 with or without a time, compact 20250905, Unix
    timestamps and every form missing-date finds in text (September 5, 2025, 5 sept. 2025,
    05.09.2025) are read; 05/09/2025 is reported as ambiguous.

    Options
    future_days: days past today (UTC) a date may lie before it is in the future (default 1: time zones).
    min_year: the earliest plausible year (default 1900).
    """

    code = "ART103"
    name = "invalid-date"
    defaults = {"future_days": 1, "min_year": 1900}
    options_schema = {
        "future_days": {"type": "integer", "minimum": 0},
        "min_year": {"type": "integer", "minimum": 1},
    }

    def setup(self, lexicons: Lexicons) -> None:
        self.dates = DateFinder(lexicons.months)

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        value = article.value(DATE)
        if not value.strip():
            return  # missing-date's business
        span = Span(DATE, 0, len(value))
        read = read_field_date(value, self.dates)
        if read.date is None:
            yield self.finding(span, f"the date {value.strip()!r} {_PROBLEMS[read.problem]}")
            return
        latest = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=options["future_days"])
        if read.date > latest:
            yield self.finding(span, f"the date {read.date} is in the future")
        elif read.date.year < options["min_year"]:
            yield self.finding(span, f"the date {read.date} is before {options['min_year']}: a placeholder?")
