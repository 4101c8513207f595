"""Finding dates in text: ISO, month-name forms in every lexicon language, numeric forms (with the year, month and
day marks of Chinese, Japanese and Korean: 2025年3月4日, 2025년 3월 4일)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from artlint.literals import by_initial

_ORDINAL = r"(?:st|nd|rd|th|er|º|\.)?"
YEAR = re.compile(r"\d\d\d\d")
"""Every form holds a four-digit year: a line without one is not searched. Four classes rather than one
repeated: a pattern that opens with a character class lets the regex engine skip to the digits instead of
trying a match at every character (a third less time on prose)."""
TIME_OF_DAY = (
    r"\d{1,2}(?:(?:[:h]\s?\d\d){1,2}|\.\d\d(?=\s*[^\W\d_]))(?:\s*[ap]\.?\s?m\b\.?)?"
    r"|\d{1,2}\s*[ap]\.?\s?m\b\.?"
    r"|t\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?"
    r"|(?:午前|午後|上午|下午|오전|오후)?\s?\d{1,2}\s?[時时시点點]\s?(?:\d{1,2}\s?[分분](?:\s?\d{1,2}\s?[秒초])?)?"
)
"""A time of day, as a pattern to build on: '16:45', '18h05', '9.30am' (a dot only before a letter: '3.50' is a
number), '7 p.m.', an ISO time, '12時30分', '午前10時', '8시 12분'."""
TIME_ZONES = r"(?:utc|gmt)(?:[+-]\d{1,2}(?::?\d\d)?)?|[ecmp][sd]?t|bst|cest|cet|eest|eet|ist|hst|akst|aest|aedt|jst|kst|msk"
"""Time zones, which count only right after a time of day: 'et', 'est', 'ist' are also French and German words."""


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    date: dt.date | None
    """None when the text is a date but an ambiguous or impossible one."""
    day_first: dt.date | None = None
    """A numeric date whose day and month could be either (05.09.2025), read day first: what it means in the
    languages that write dates so (Lexicons.day_first)."""

    def read(self, day_first: bool) -> dt.date | None:
        """The date, or for one whose day and month could be either, its day-first reading where the article's
        language writes dates so (LexiconIndex.writes_day_first), else None."""
        return self.date if self.date is not None or not day_first else self.day_first


class DateFinder:
    """Finds dates; month names come from the lexicons, so a new language is data only."""

    def __init__(self, months: Mapping[str, int]) -> None:
        self.months = {name.casefold(): number for name, number in months.items()}
        key = tuple(sorted(self.months.items()))
        if key not in _SHARED:
            _SHARED[key] = (_compile(self.months), {})
        self.pattern, self._found = _SHARED[key]

    def finditer(self, text: str) -> Iterator[DateMatch]:
        if not YEAR.search(text):
            return iter(())
        found = self._found.get(text)
        if found is None:
            found = tuple(DateMatch(match.start(), match.end(), *self._dates(match)) for match in self.pattern.finditer(text))
            if len(text) <= MEMO_LENGTH:
                if len(self._found) >= MEMO_LINES:
                    self._found.clear()
                self._found[text] = found
        return iter(found)

    def first_date(self, text: str) -> DateMatch | None:
        return next(self.finditer(text), None)

    def alone(self, text: str) -> DateMatch | None:
        """The line's one date when only punctuation stands beside it ('20.11.2019', 'Nov. 19, 2019 |'), else None."""
        found = list(self.finditer(text))
        if len(found) != 1 or any(c.isalnum() for c in text[: found[0].start] + text[found[0].end :]):
            return None
        return found[0]

    def _dates(self, m: re.Match[str]) -> tuple[dt.date | None, dt.date | None]:
        """The date, and a numeric one read day first when day and month could be either."""
        g = m.group
        if g("iso"):
            return _make(g("iy"), g("im"), g("id")), None
        if g("ymd"):
            return _make(g("sy"), g("sm"), g("sd")), None
        if g("cjk"):
            return _make(g("cy"), g("cm"), g("cd")), None
        if g("mdy"):
            return _make(g("y1"), self.months.get(g("month").casefold()), g("d1")), None
        if g("dmy"):
            return _make(g("y2"), self.months.get(g("month2").casefold()), g("d2")), None
        a, b = int(g("na")), int(g("nb"))
        if a == b or (a > 12) != (b > 12):
            day, month = (a, b) if a > 12 or a == b else (b, a)
            return _make(g("ny"), month, day), None
        return None, _make(g("ny"), b, a)  # 05/09/2025: US or day-first order, which only the language tells


MEMO_LINES = 4096
MEMO_LENGTH = 1000
"""Lines with a year (up to MEMO_LENGTH characters) whose dates are remembered: missing-date, date-mismatch,
page-debris and the dated-label shape read the same opening lines of an article."""
_SHARED: dict[tuple[tuple[str, int], ...], tuple[re.Pattern[str], dict[str, tuple[DateMatch, ...]]]] = {}
"""The compiled pattern and the dates found, per set of month names: shared by the finders of every rule."""


def _compile(months: Mapping[str, int]) -> re.Pattern[str]:
    # A month written with digits ('3月', '3월') stands in no form of a month name: the year, month and day marks read
    # it (2025年3月4日), and as a name it would be tried at every digit of every line with a year.
    worded = [name for name in months if name and not name[0].isdigit()]
    names = month_alternation(worded)
    month = rf"(?P<month>{names})\.?"
    month2 = rf"(?P<month2>{names})\.?"
    initials = "".join(sorted({re.escape(name[0]) for name in worded}))
    return re.compile(
        rf"(?=[\d{initials}])(?:"  # every form opens with a digit or a month name: most places fail at once
        rf"(?P<iso>(?<!\d)(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})(?!\d))"
        rf"|(?P<ymd>(?<!\d)(?P<sy>\d{{4}})[/.](?P<sm>\d{{1,2}})[/.](?P<sd>\d{{1,2}})(?!\d))"
        rf"|(?P<cjk>(?<!\d)(?P<cy>\d{{4}})\s?[年년]\s?(?P<cm>\d{{1,2}})\s?[月월]\s?(?P<cd>\d{{1,2}})\s?[日일])"
        rf"|(?P<mdy>(?<!\w){month}\s+(?P<d1>\d{{1,2}}){_ORDINAL},?\s+(?P<y1>\d{{4}})(?!\d))"
        rf"|(?P<dmy>(?<![\w.])(?P<d2>\d{{1,2}}){_ORDINAL}\s+(?:de\s+)?"
        rf"{month2},?\s+(?:de\s+|del\s+)?(?P<y2>\d{{4}})(?!\d))"
        rf"|(?P<num>(?<![\d.-])(?P<na>\d{{1,2}})(?P<sep>[/.-])(?P<nb>\d{{1,2}})(?P=sep)(?P<ny>(?:19|20)\d\d)(?!\d)))",
        re.IGNORECASE,
    )


def month_alternation(names: Iterable[str]) -> str:
    """The names as one case-insensitive alternation, longest first, grouped by initial ('j(?:une|uly|an)'):
    only the group of the letter at hand is tried, not every name of every language (literals.by_initial)."""
    escaped = sorted((re.escape(n) for n in names if n), key=len, reverse=True)
    return by_initial(escaped) or "(?!)"


def _make(year: str | int | None, month: str | int | None, day: str | int | None) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
