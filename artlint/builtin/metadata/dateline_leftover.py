"""dateline-leftover: a line of page metadata (date, time, byline, reading time) left in the body."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import AUTHOR, BODY, DATE, Article, Span
from artlint.builtin.metadata.bylines import BylineFinder, author_moved, can_take_author
from artlint.builtin.metadata.datelines import Dateline, DatelineFinder
from artlint.daterecord import DateRecord
from artlint.dates import DateFinder
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.layout import Layout, layout
from artlint.lexiconindex import Strength
from artlint.lexicons import Lexicons
from artlint.liveblog import live_blog_stamps, stamp_dates
from artlint.rule import Rule

_BARE_DATE_LONGEST = 40
"""A date alone is short ('Wednesday, 20 November 2019'); a longer line is some other kind."""


class DatelineLeftover(Rule):
    """A dateline ('Nov. 18, 2019 7:04 pm ET', 'Published: March 3, 2025 | Updated: March 4, 2025',
    'October 16, 2020 · 8 min read') left in the body.

    Why
    The page prints when the story was published or updated, by whom and how long it takes to read,
    above the story and above every teaser. In the article's text these lines are noise: they break
    the first sentence off from the headline, and a teaser's date is not the article's.

    Example
    before: {"date": "2025-03-03", "text": "Harbour reopens\\nMarch 3, 2025 · 4 min read\\nThe harbour reopened ..."}
    after:  {"date": "2025-03-03", "text": "Harbour reopens\\nThe harbour reopened ..."}

    Fix safety
    Unsafe: the line is deleted. A dateline is a line of at most 200 characters that holds a full date
    (day, month and year, in any lexicon language) and, beside it, only page metadata: times and time
    zones, the lexicons' `dateline_words` (Published, Updated, on, at, weekday names, comments, min
    read), a byline ('by Jane Doe') and separators. At least one of these must stand beside the date:
    a date alone, or two dates ('29 November 2018 | 20 January 2019'), is a timeline or a table row.
    Nor is a line with opening hours ('Saturday, 8 March 2025, 10:00 – 18:00'), two dates joined by
    'and' or a bare 'Date:' label a dateline: those are an event listing's.
    A line in parentheses ('(Published Monday, Nov. 18, 2019)') is an editor's note and is kept, and so
    are the dates and times that open a live blog's entries ('18 November 2025, 16:05' over a paragraph,
    three times or more below the first paragraph, newest first), unless a comment section's marker
    stands above them or a marker of other articles right above the first ('More from the Herald'):
    a thread's and a teaser list's stamps take the same shape.
    Before the first paragraph, a date alone is a dateline too when it is the day the date field gives ('Nov. 19,
    2019' under the byline, once missing-date has filled the field from it): the page printed the article's own date.
    In the opening lines, a dateline is kept while the date field is empty (it is then the only record
    of the date: missing-date fills the field from it, and the next round of `fix` deletes the line).
    A dateline with a byline there, while the author field is empty, is the only record of who wrote the
    article: in a record whose author field a fix can write (JSON, JSON Lines, front matter; not a list of
    names or an object), and when no other opening line names someone, its fix moves everyone the byline
    names into the field and deletes the line ('March 3, 2025 by Tom Reed · 4 min read' gives "author": "Tom
    Reed"); elsewhere, and for a credit of other work ('March 3, 2025 | Edited by Ana Ruiz'), it is kept.
    A line that opens with a byline ('By Jane Doe | March 3, 2025') is byline-leftover's, and one that a lexicon entry names
    whole ('Published 3 March 2025' is a navigation date stamp) is that entry's rule's.

    Options
    opening_lines: how many non-blank body lines count as the opening (default 10, as missing-date's).
    """

    code = "ART106"
    name = "dateline-leftover"
    fixable = "unsafe"
    defaults = {"opening_lines": 10}
    options_schema = {"opening_lines": {"type": "integer", "minimum": 1}}

    def setup(self, lexicons: Lexicons) -> None:
        self.dates = DateFinder(lexicons.months)
        self.datelines = DatelineFinder(self.dates, lexicons.dateline_words, lexicons.entry("byline").prefixes)
        self.bylines = BylineFinder(lexicons.entry("byline"), lexicons.months, lexicons.dateline_words)
        self.index = lexicons.index()
        self.date_record = DateRecord(lexicons, self.dates)

    def live_entries(self, article: Article) -> set[int]:
        """Layout indices of a live blog's dated entry stamps (liveblog.dated_entry_stamps), unless markers show them
        to be a thread's or a teaser list's (liveblog.marked_off)."""
        date_of = stamp_dates(self.dates, self.index.writes_day_first(article))
        return set(live_blog_stamps(layout(article), date_of, self.index.lines(article)))

    def is_article_day(self, text: str, article: Article) -> bool:
        """The line is a date alone (beside it only punctuation; no colon that opens a list after it) and the day
        the date field gives."""
        text = text.strip()
        if not text or len(text) > _BARE_DATE_LONGEST or text[-1] == ":" or (found := self.dates.alone(text)) is None:
            return False
        try:
            day = dt.date.fromisoformat(article.value(DATE).strip()[:10])
        except ValueError:
            return False
        return found.read(self.index.writes_day_first(article)) == day

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        body = article.body
        dated, authored = bool(article.value(DATE).strip()), bool(article.value(AUTHOR).strip())
        opening = options["opening_lines"]
        hits, live, alone = None, None, None
        record = self.date_record.kept_line(article) + 1
        view = layout(article)
        movable = can_take_author(article)
        for seen, line in enumerate(view.lines, 1):
            text = line.text
            found = self.datelines.match(text)
            if found is None and seen - 1 < view.first and self.is_article_day(text, article):
                found = Dateline(byline=False)
            if found is None or seen == record or self.datelines.opens_with_byline(text):
                continue
            live = self.live_entries(article) if live is None else live
            if seen - 1 in live:
                continue
            if seen <= opening and not dated:
                continue
            credit = seen <= opening and found.byline and not authored
            if credit and alone is None:
                alone = movable and self.bylines_in(view, opening) == 1
            named = self.named(text) if credit and alone else None
            if credit and named is None:
                continue
            hits = hits or self.index.lines(article)
            if Strength.EXACT in (hits[seen - 1] or {}).values():
                continue
            lines = body.lines_span(BODY, line.number, line.number)
            if named is None:
                yield self.finding(Span(BODY, line.start, line.end), f"dateline left in the body: {text.strip()!r}",
                                   Fix.delete(lines, Applicability.UNSAFE, "delete the dateline"))
            else:
                yield self.finding(Span(BODY, line.start, line.end),
                                   f"dateline with a byline left in the body: {text.strip()!r}", author_moved(named, lines))

    def bylines_in(self, view: Layout, opening: int) -> int:
        """How many of the opening lines name someone: a byline ('By Jane Doe') or a dateline with one."""
        return sum(1 for text in view.texts[:opening]
                   if self.bylines.name(text) is not None or (d := self.datelines.match(text)) is not None and d.byline)

    def named(self, text: str) -> str | None:
        """Everyone the dateline's writer's byline names ('Jane Doe' of 'March 3, 2025 by Jane Doe | 4 min read')."""
        byline = self.datelines.writers_byline(text)
        name = self.bylines.name(byline) if byline else None
        return self.bylines.credited(text[text.find(byline) :], name) if byline and name else None
