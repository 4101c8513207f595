"""A list of other articles, each under its date, that closes the body: a site's latest stories below the article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from artlint.dates import YEAR, DateFinder
from artlint.layout import Layout
from artlint.liveblog import dated_entry_stamps
from artlint.textutil import opens_list

_STAMP_CHARS = 80
_MARKER_ABOVE = 2
"""How far above the list's first date its marker may stand ('More from the Herald' / a byline / the date)."""


@dataclass(frozen=True, slots=True)
class DatedListShape:
    min_items: int
    """Dated items the list needs."""
    max_item_lines: int
    """Lines between one item's date and the next's, at most: a headline, a blurb, a byline."""
    min_words_before: int
    """Words of the body above the list, at least."""
    max_overlap: float
    """Largest share of the list's words also in the title and lead, without a marker above the list."""


class DatedList:
    """Finds where a list of dated items starts that closes the body: 'More from the Herald' / 'Wednesday November 20,
    2019' / a teaser / 'Tuesday November 19, 2019' / a teaser / ..."""

    def __init__(self, dates: DateFinder, is_dateline: Callable[[str], bool]) -> None:
        self.dates = dates
        self.is_dateline = is_dateline

    def is_stamp(self, text: str) -> bool:
        """The line is a date alone ('20.11.2019') or a dateline ('Nov 3, 2025 | 4 min read': `is_dateline`)."""
        if len(text) > _STAMP_CHARS or not YEAR.search(text):
            return False  # most lines: no call into the date finders
        return self.is_dateline(text) or self.dates.alone(text) is not None

    def start(self, view: Layout, shape: DatedListShape, is_marker: Callable[[str], bool],
              overlap: Callable[[Sequence[int]], float], date_of: Callable[[str], dt.date | None]) -> int | None:
        """Layout index of the list's first line (its marker's, when a marker stands up to two lines above its first
        item; an item's lines stand above its date when a date closes the body: _headed), or None.

        The list closes the body (_closing_run: `overlap` tells the article's last paragraphs) and, without a marker,
        is no live blog's entries (liveblog.dated_entry_stamps). Above it stand at least `min_words_before` words of
        the article, and at least half as many as the list holds: a live blog's lead is short against its entries.
        Without a marker, no line ending in a colon introduces it (the article's own list: 'The deadliest raids this
        year:'), its dates (`date_of`) fall on two days or more and none is older than the one below it, as a site's
        latest stories are dated (a timeline runs oldest first, a day's programme stays on one day), and its items
        share at most `max_overlap` of their words with the title and lead (`overlap`, over layout indices): a live
        blog's entries are about its story."""
        texts = view.texts
        stamps = self._closing_run(view, shape, overlap)
        if stamps is None:
            return None
        first = stamps[0]
        if stamps[-1] == len(texts) - 1:
            first = _headed(view, stamps)
        marker = next((i for i in range(first - 1, max(-1, first - 1 - _MARKER_ABOVE), -1) if is_marker(texts[i])),
                      None)
        if marker is None and dated_entry_stamps(view, date_of):
            return None
        begin = first if marker is None else marker
        above = sum(view.words[:begin])
        if above < shape.min_words_before or above * 2 < sum(view.words[begin:]):
            return None
        if marker is not None:
            return marker
        if first and opens_list(texts[first - 1]):
            return None
        dated = [date_of(texts[i]) for i in stamps]
        days = [day for day in dated if day is not None]
        if len(days) < len(dated) or len(set(days)) < 2 or any(a < b for a, b in pairwise(days)):
            return None
        stamped = set(stamps)
        items = [i for i in range(first, len(texts)) if i not in stamped]
        return first if overlap(items) <= shape.max_overlap else None

    def _closing_run(self, view: Layout, shape: DatedListShape,
                     overlap: Callable[[Sequence[int]], float]) -> list[int] | None:
        """The dates of the body's last run of at least `min_items` of them, each at most `max_item_lines` lines below
        the one before, when the run closes the body: past its last date stand the last item's lines (no more than
        between two dates), and past those, lines that are no paragraph (a footer's links) or paragraphs that share at
        most `max_overlap` of their words with the title and lead (a disclaimer, a sign-up box's blurb), not the
        article's own last paragraphs."""
        texts, limit = view.texts, shape.max_item_lines + 1
        stamps = [i for i, text in enumerate(texts) if self.is_stamp(text)]
        if len(stamps) < shape.min_items:
            return None
        run = [stamps[-1]]
        for index in reversed(stamps[:-1]):
            if run[0] - index > limit:
                break
            run.insert(0, index)
        if len(run) < shape.min_items:
            return None
        item = max(b - a - 1 for a, b in pairwise(run))
        after = [i for i in range(run[-1] + 1 + item, len(texts)) if view.paragraph[i]]
        if after and overlap(after) > shape.max_overlap:
            return None
        return run


def _headed(view: Layout, stamps: list[int]) -> int:
    """Where the first item starts when a date closes the body, so that each item's date stands under its lines
    ('Council approves school budget' / '20.11.2019'): as many lines above the first date as stand between any two,
    while they are no paragraph."""
    first = stamps[0]
    for _ in range(min(b - a - 1 for a, b in pairwise(stamps))):
        if first == 0 or view.paragraph[first - 1] or view.closes[first - 1]:
            break
        first -= 1
    return first
