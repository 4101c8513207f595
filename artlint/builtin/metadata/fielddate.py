"""Reading a date field: ISO 8601 with or without time, Unix timestamps, and every form DateFinder knows."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from artlint.dates import DateFinder

_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T\d{2}:?\d{2}(?::?\d{2})?Z?)?")
_TIMESTAMP = re.compile(r"\d{9,10}(?:\d{3})?(?:\.\d+)?")
_LONGEST = 80


@dataclass(frozen=True, slots=True)
class FieldDate:
    """A date field read: the date, or why there is none ('unparseable', 'impossible', 'ambiguous')."""

    date: dt.date | None
    problem: str = ""


def read_field_date(value: str, finder: DateFinder) -> FieldDate:
    value = value.strip()
    match = _ISO.fullmatch(value) or _COMPACT.fullmatch(value)
    if match:
        return _checked(*match.groups())
    if _TIMESTAMP.fullmatch(value):
        seconds = float(value) / (1000 if len(value.split(".")[0]) == 13 else 1)
        return FieldDate(dt.datetime.fromtimestamp(seconds, dt.UTC).date())
    if len(value) > _LONGEST:
        return FieldDate(None, "unparseable")
    found = list(finder.finditer(value))
    dated = [m.date for m in found if m.date is not None]
    if dated:
        return FieldDate(dated[0])
    if found:
        return FieldDate(None, "ambiguous" if _ambiguous(value[found[0].start : found[0].end]) else "impossible")
    return FieldDate(None, "unparseable")


def _checked(year: str, month: str, day: str) -> FieldDate:
    try:
        return FieldDate(dt.date(int(year), int(month), int(day)))
    except ValueError:
        return FieldDate(None, "impossible")


def _ambiguous(text: str) -> bool:
    """05/09/2025: both leading numbers could be the month."""
    parts = re.findall(r"\d+", text)
    return len(parts) == 3 and all(1 <= int(p) <= 12 for p in parts[:2])


def yearless(month: int, day: int, near: dt.date) -> dt.date | None:
    """The day and month in the year (of near's, or one either side) that brings it closest to `near`."""
    candidates = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - near).days), default=None)
