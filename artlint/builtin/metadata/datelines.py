"""Telling a line of page metadata ('Nov. 18, 2019 7:04 pm ET · 4 min read') from prose that holds a date."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from artlint.builtin.metadata.bylines import NOT_THE_WRITER
from artlint.dates import TIME_OF_DAY, TIME_ZONES, YEAR, DateFinder
from artlint.textutil import without_vowel_marks

_LONGEST = 200
_SEPARATORS = r"[\s|•·,;:()\[\]/\\—–\-_~*>»›@+：（）｜，、【】]++"
_RANGE = re.compile(
    r"(?<![\w:.])\d{1,2}(?:[:.h]\d\d)*\s*(?:[ap]\.?m\b\.?|h\b)?\s*(?:[-–—~]|\s(?:to|à|a|às|bis|tot)\s)\s*\d{1,2}(?![\d/])",
    re.IGNORECASE,
)
"""Opening hours ('10:00 – 18:00', 'de 10h à 18h'): an event's, where a dateline gives one time per date."""
_DASHES = frozenset("-–—~")
"""Two dates joined by a dash alone are a span ('3 March 2025 – 9 March 2025'): an event's or a period's."""
_NAME = r"(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*)(?:\s+(?:(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*)|de|da|van|von|der|di|du|del|la|le|bin|al|and|&)){0,4}"
_OPENERS = "([{\"“‘«"
"""'(Published Monday, Nov. 18, 2019)' is an editor's note in the story."""


@dataclass(frozen=True, slots=True)
class Dateline:
    byline: bool
    """The line names someone ('by Jane Doe'), so it may be the only record of the author."""


class DatelineFinder:
    """A dateline is a line that holds a full date (day, month, year) and nothing but page metadata beside
    it: times and time zones, labels such as 'Published' or 'Updated', weekday names, a byline, a reading
    time or a comment count, and separators. A date alone, or two dates, is not enough: a timeline or a
    table of dates is article text, and so are an event's opening hours."""

    def __init__(self, dates: DateFinder, words: Iterable[str], byline_prefixes: Iterable[str]) -> None:
        self.dates = dates
        vocabulary = _alternation(words)
        prefixes = _alternation(byline_prefixes)
        token = rf"(?:{TIME_OF_DAY})(?:\s*(?:{TIME_ZONES})\b)?|\d+\s*(?:{vocabulary})\b|(?:{vocabulary})\b"
        self.byline = re.compile(rf"(?:{prefixes})\s+{_NAME}", re.IGNORECASE) if prefixes != "(?!)" else None
        byline = self.byline.pattern if self.byline else "(?!)"
        self.rest = re.compile(rf"(?:{_SEPARATORS})?(?:(?>{token}|{byline})(?:{_SEPARATORS}|$))++", re.IGNORECASE)
        """Atomic tokens: a name that may end before a particle ('Di' is also a dateline word) is not retried
        both ways for every name of a long line."""

    def match(self, text: str) -> Dateline | None:
        if len(text) > _LONGEST or not YEAR.search(text):
            return None  # most lines: no call into the date finder
        text = text.strip()
        if text[0] in _OPENERS:
            return None
        found = list(self.dates.finditer(text))
        if not found:
            return None
        rest, end = [], 0
        for date in found:
            rest.append(text[end : date.start])
            end = date.end
        rest.append(text[end:])
        if any(between.strip() in _DASHES for between in rest[1:-1]):
            return None
        residue = " | ".join(part for part in (p.strip() for p in rest) if part)
        if not residue or not any(c.isalnum() for c in residue) or _RANGE.search(residue):
            return None
        if not self.rest.fullmatch(without_vowel_marks(residue)):
            return None
        return Dateline(byline=bool(self.byline and self.byline.search(residue)))

    def writers_byline(self, text: str) -> str | None:
        """The byline of a dateline that credits its writer ('by Jane Doe' of 'March 3, 2025 by Jane Doe | 4 min
        read'); None for a line that is no dateline with a byline, or for a credit of other work ('Edited by')."""
        found = self.match(text)
        byline = self.byline.search(text) if found is not None and found.byline and self.byline else None
        return byline.group(0) if byline is not None and not NOT_THE_WRITER.match(byline.group(0)) else None

    def opens_with_byline(self, text: str) -> bool:
        return bool(self.byline and self.byline.match(text.strip()))


def _alternation(words: Iterable[str]) -> str:
    """Words and phrases as one alternation, longest first, their spaces matching any white space."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered) or "(?!)"
