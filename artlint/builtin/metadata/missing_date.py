"""missing-date: the article has no publication date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, DATE, Article, Span
from artlint.builtin.metadata.datelines import DatelineFinder
from artlint.daterecord import DateRecord, is_dateline, published_dates
from artlint.dates import DateFinder, DateMatch
from artlint.findings import Finding
from artlint.fixes import Applicability, Edit, Fix
from artlint.layout import layout
from artlint.lexicons import Lexicons
from artlint.rule import Rule


class MissingDate(Rule):
    """The article has no publication date.

    Why
    Undated news cannot be ordered, deduplicated by time, or filtered by period. In JSON, JSON Lines
    and front matter the date field is absent, null or empty; in plain text no recognisable date
    (2025-09-05, September 5, 2025, 5 September 2025, 05.09.2025, 05-09-2025, in any lexicon language) stands in
    the article's opening lines (the first `opening_lines`, and every line up to the first paragraph:
    a menu or a share bar can stand above the dateline).

    Example
    before: {"title": "Harbour reopens", "text": "May 2, 2024\\nThe harbour reopened ..."}
    after:  {"title": "Harbour reopens", "text": "May 2, 2024\\nThe harbour reopened ...", "date": "2024-05-02"}

    Fix safety
    Unsafe, and only for structured records whose opening lines hold exactly one unambiguous date,
    in a dateline (the date and at most a few words, not a sentence that mentions a date; or the
    date and only dateline words, times and clock words: 'Actualizado el 10 de febrero de 2025 a las
    09:15 h'; or the writer's byline beside them, as dateline-leftover reads one: 'Posted by Jane Doe on
    November 19, 2019, 6:21 AM EST', not 'Edited by ...'), not in the future, and not 05/09/2025 unless the
    article's language writes the day first (`numeric_dates: day-first` in its lexicon: 5 September): the
    date field is filled in ISO 8601. A dateline is usually, but not always, the publication date. A date that an update word
    introduces ('Updated March 4, 2025', 'mis à jour le 13/11/2024') is the day the page changed: it
    fills nothing, and no rule deletes the line (on the dev corpus such a date was the gold publication
    date in 53 of 97 undated records).

    Options
    opening_lines: how many non-blank body lines count as the opening at least (default 10); every line
    up to the first paragraph counts too.
    """

    code = "ART102"
    name = "missing-date"
    fixable = "unsafe"
    defaults = {"opening_lines": 10}
    options_schema = {"opening_lines": {"type": "integer", "minimum": 1}}

    def setup(self, lexicons: Lexicons) -> None:
        self.dates = DateFinder(lexicons.months)
        self.date_record = DateRecord(lexicons, self.dates)
        self.datelines = DatelineFinder(self.dates, lexicons.dateline_words, lexicons.entry("byline").prefixes)
        self.index = lexicons.index()

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        if article.value(DATE).strip():
            return
        found = self.opening_dates(article, options["opening_lines"])
        if not article.structured:
            if not found:
                yield self.finding(
                    Span(BODY, 0, 0),
                    f"no publication date: none found in the first {options['opening_lines']} lines or before the first paragraph",
                )
            return
        fix = self.fill_from(found, article) if DATE not in article.shaped else None  # a fix cannot write it
        yield self.finding(Span(DATE, 0, 0), "no publication date: the date field is missing or empty", fix)

    def opening_dates(self, article: Article, count: int) -> list[tuple[DateMatch, str, int]]:
        """Dates in the opening lines (layout.Layout.opening), each with the line it stands in and its index."""
        lines = layout(article)
        return [(match, line.text, index) for index, line in enumerate(lines.lines[: lines.opening(count)])
                for match in self.dates.finditer(line.text)]

    def fill_from(self, found: list[tuple[DateMatch, str, int]], article: Article) -> Fix | None:
        """A fix when exactly one date stands in dateline-shaped lines (the date and a few words, not a
        sentence that mentions a date; a dateline with its writer's byline; or the article's date record:
        artlint.daterecord, whose line the other rules delete only with the fix that fills the field from it), and
        no other date disagrees with it."""
        found = published_dates(found)
        record = self.date_record.line(article)
        beside = self.date_record.beside
        datelines = [m for m, text, index in found if is_dateline(m, text, beside) or index == record
                     or self.datelines.writers_byline(text)]
        if not datelines:
            return None
        day_first = any(m.day_first for m, _, _ in found) and self.index.writes_day_first(article)
        dates = {m.read(day_first) for m, _, _ in found}
        if len(dates) != 1 or None in dates:
            return None
        date = dates.pop()
        assert date is not None
        if date > dt.date.today():
            return None
        current = len(article.value(DATE))
        return Fix(Applicability.UNSAFE, (Edit(Span(DATE, 0, current), date.isoformat()),), f"set date to {date}")
