"""A list of other articles, each under its date, that runs to the end of the body."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from artlint.builtin.metadata.datelines import DatelineFinder
from artlint.dates import DateFinder
from artlint.layout import Layout

_STAMP_CHARS = 80
_RESIDUE = " |•·,;:-–—()[]"


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
    """Finds where a list of dated items starts that runs to the end of the body: 'More from the Herald' /
    'Wednesday November 20, 2019' / a teaser / 'Tuesday November 19, 2019' / a teaser / ... A stamp is a line
    that is a date alone or a dateline (datelines.DatelineFinder)."""

    def __init__(self, dates: DateFinder, datelines: DatelineFinder) -> None:
        self.dates = dates
        self.datelines = datelines

    def is_stamp(self, text: str) -> bool:
        if len(text) > _STAMP_CHARS:
            return False
        if self.datelines.match(text) is not None:
            return True
        found = list(self.dates.finditer(text))
        if len(found) != 1:
            return False
        residue = (text[: found[0].start] + text[found[0].end :]).strip(_RESIDUE)
        return not any(c.isalnum() for c in residue)

    def start(self, view: Layout, shape: DatedListShape, is_marker: Callable[[str], bool],
              overlap: Callable[[Sequence[int]], float]) -> int | None:
        """Layout index of the list's first line (its marker's, when a marker heads it), or None.

        The stamps stand at most `max_item_lines` lines apart and the last one at most that far from the end,
        or past it only lines that are no paragraph (a footer's links). A list without a marker right above
        it must be dated newest first, as a site's latest stories are: a timeline runs oldest first. Its
        items must share few words with the title and lead (`overlap`, over layout indices): a live blog's
        entries are about the story. And the article above must hold at least half as many words as the
        list: a live blog's lead is short against its entries."""
        texts = view.texts
        stamps = self._last_run(view, shape)
        if stamps is None:
            return None
        gaps = [b - a - 1 for a, b in pairwise(stamps)]
        tail = min(len(texts) - 1 - stamps[-1], max(gaps))
        head = max(gaps) - tail
        first = stamps[0]
        while head and first > 0 and not view.paragraph[first - 1] and not view.closes[first - 1]:
            first, head = first - 1, head - 1
        marker = next((i for i in range(first - 1, max(-1, first - 3), -1) if is_marker(texts[i])), None)
        above = sum(view.words[: marker if marker is not None else first])
        listed = sum(view.words[first:])
        if above < shape.min_words_before or above * 2 < listed:
            return None
        if marker is not None:
            return marker
        stamped = set(stamps)
        items = [i for i in range(first, len(texts)) if i not in stamped]
        dated = [found.date for i in stamps if (found := self.dates.first_date(texts[i])) and found.date]
        if len(dated) < shape.min_items or any(a < b for a, b in pairwise(dated)):
            return None
        return first if overlap(items) <= shape.max_overlap else None

    def _last_run(self, view: Layout, shape: DatedListShape) -> list[int] | None:
        """The stamps of the last run of at least `min_items`, which must reach the end of the body."""
        texts, limit = view.texts, shape.max_item_lines + 1
        stamps = [i for i, text in enumerate(texts) if self.is_stamp(text)]
        if len(stamps) < shape.min_items:
            return None
        run = [stamps[-1]]
        for index in reversed(stamps[:-1]):
            if run[0] - index > limit:
                break
            run.insert(0, index)
        after = range(run[-1] + 1, len(texts))
        if len(run) < shape.min_items or any(view.paragraph[i] for i in after[shape.max_item_lines :]):
            return None
        return run
