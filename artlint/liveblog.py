"""A live blog's layout: entries that open with a time of day alone on its line (or a date and a time), a short
heading, paragraphs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from artlint.dates import TIME_OF_DAY, TIME_ZONES, YEAR, DateFinder
from artlint.layout import Layout
from artlint.lexicons import COMMENT_SECTION, OTHER_ARTICLES
from artlint.linehits import LineHits

LIVE_ENTRIES = 3
"""The fewest entries that make a live blog: a video list's lengths fall into the same shape once or twice."""
ENTRY_HEADING = 2
"""The most lines between a live blog's entry time and the entry's first paragraph (a heading, a kicker)."""
ENTRY_HEADING_WORDS = 12
CLOCK_CHARS = 16
"""The longest time of day alone on a line ('10:45 p.m. EST')."""
DATED_STAMP_CHARS = 40
"""The longest date and time that open an entry ('Wednesday 18 November 2025, 16:05 GMT')."""
_TIME = re.compile(rf"(?<![\w.:])(?:{TIME_OF_DAY})", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_AFTERNOON = re.compile(r"p\.?\s?m|午後|下午|오후", re.IGNORECASE)
_MORNING = re.compile(r"a\.?\s?m|午前|上午|오전", re.IGNORECASE)
_CLOCK = re.compile(rf"(?:{TIME_OF_DAY})(?:\s*(?:{TIME_ZONES}|uhr)\b)?", re.IGNORECASE)
"""A time of day alone on its line, with its zone or 'Uhr' ('16:45', '23.58 AEST', '10:45 p.m. EST', '21:45 Uhr')."""


def live_entries(view: Layout, known: list[bool]) -> list[int]:
    """Layout indices of a live blog's entry times ('16:45', '9.30am', '16h45') and of the headings between each
    time and its entry's first paragraph ('Ferries cancelled until Saturday'), when LIVE_ENTRIES or more entries
    open so: a list of videos also puts a time (its length) on a line of its own, but a title follows it, not a
    paragraph. `known`: the lines a lexicon knows, which are no heading."""
    return [line for time, heading in _entries(view, known) for line in (time, *heading)]


def entry_times(view: Layout) -> list[int]:
    """Layout indices of the times that open a live blog's entries (live_entries)."""
    return [time for time, _ in _entries(view, [False] * len(view.texts))]


def _entries(view: Layout, known: list[bool]) -> list[tuple[int, range]]:
    entries = [(time, heading) for time in _times(view) if (heading := _entry_heading(view, known, time)) is not None]
    return entries if len(entries) >= LIVE_ENTRIES else []


def dated_entry_stamps(view: Layout, date_of: Callable[[str], dt.date | None]) -> list[int]:
    """Layout indices of the lines that open a live blog's entries with a date and a time ('18 November 2025,
    16:05', 'Nov. 18, 2025 4 p.m.'), when LIVE_ENTRIES or more entries below the first paragraph open so, newest
    first, as a live blog runs (the page's own 'Published' line above the lead is no entry). `date_of`: the date a
    line holds (stamp_dates), or None. A comment thread puts its dated stamps over its comments in the same shape,
    most often oldest first; a rule that may meet one newest first tells it by its marker."""
    texts = view.texts
    known = [False] * len(texts)
    stamps = [(i, (day, minute)) for i, text in enumerate(texts)
              if i > view.first and len(text) <= DATED_STAMP_CHARS and YEAR.search(text)
              and (minute := clock_minutes(text)) is not None and (day := date_of(text)) is not None
              and _entry_heading(view, known, i) is not None]
    if len(stamps) < LIVE_ENTRIES or any(a < b for (_, a), (_, b) in pairwise(stamps)):
        return []
    return [i for i, _ in stamps]


def marked_off(stamps: list[int], found: Sequence[LineHits | None]) -> bool:
    """The dated stamps (dated_entry_stamps) stand under a comment section's marker (a thread's stamps, newest first on
    some sites) or right below a marker of other articles ('More from the Herald': teasers with their dates and times),
    so they open no live blog's entries. `found`: each line's lexicon hits."""
    return bool(stamps) and (
        any(hits and COMMENT_SECTION in hits for hits in found[: stamps[0]])
        or any(hits and not OTHER_ARTICLES.isdisjoint(hits) for hits in found[max(0, stamps[0] - 2) : stamps[0]]))


def live_blog_stamps(view: Layout, date_of: Callable[[str], dt.date | None],
                     found: Sequence[LineHits | None]) -> list[int]:
    """dated_entry_stamps, unless markers show them to be a thread's or a teaser list's (marked_off)."""
    stamps = dated_entry_stamps(view, date_of)
    return [] if marked_off(stamps, found) else stamps


def stamp_dates(dates: DateFinder, day_first: bool) -> Callable[[str], dt.date | None]:
    """The date of a line's first date, read day first where the article's language writes dates so, or None."""

    def date_of(text: str) -> dt.date | None:
        found = dates.first_date(text)
        return found.read(day_first) if found else None

    return date_of


def clock_minutes(text: str) -> int | None:
    """The minute of the day of the first time of day in the text ('16:05', '4.05pm', '16h05', '4 p.m.'), or None."""
    found = _TIME.search(text)
    if found is None:
        return None
    numbers = _DIGITS.findall(found.group())
    hour, minute = int(numbers[0]), int(numbers[1]) if len(numbers) > 1 else 0
    if _AFTERNOON.search(found.group()) and hour < 12:
        hour += 12
    elif _MORNING.search(found.group()) and hour == 12:
        hour = 0
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def is_clock(text: str) -> bool:
    """The line is a time of day alone, perhaps with its zone ('16:45', '12.24 GMT', '21:45 Uhr')."""
    return len(text) <= CLOCK_CHARS and _CLOCK.fullmatch(text) is not None


def _times(view: Layout) -> list[int]:
    return [i for i, text in enumerate(view.texts) if is_clock(text)]


def _entry_heading(view: Layout, known: list[bool], time: int) -> range | None:
    """The lines between a live blog's entry time (layout index) and the entry's first paragraph, at most
    ENTRY_HEADING short lines that no lexicon knows; None when no paragraph follows so soon."""
    paragraph, words = view.paragraph, view.words
    first = next((j for j in range(time + 1, min(len(paragraph), time + 2 + ENTRY_HEADING)) if paragraph[j]), None)
    if first is None:
        return None
    heading = range(time + 1, first)
    return None if any(known[j] or words[j] > ENTRY_HEADING_WORDS for j in heading) else heading
