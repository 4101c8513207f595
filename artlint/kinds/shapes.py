"""Named line shapes a YAML rule may ask for: language-independent signals of page chrome."""

from __future__ import annotations

import re
from collections.abc import Callable

from artlint.dates import DateFinder
from artlint.textutil import words

Shape = Callable[[str, DateFinder], bool]
_BYLINE = re.compile(r"\s*(?:by|von|par|por|di|door|от)\s", re.IGNORECASE)


def dated_label(text: str, dates: DateFinder) -> bool:
    """A date stamp together with a section label or widget word: ' date 2025-09-05 WORLD'."""
    if _BYLINE.match(text):
        return False
    match = dates.first_date(text)
    if match is None:
        return False
    rest = words(text[: match.start] + " " + text[match.end :])
    return 0 < len(rest) <= 3 and any(w.isupper() and len(w) > 1 for w in rest)


def caps_label(text: str, dates: DateFinder) -> bool:
    """A short label in capitals only: 'WORLD', 'BREAKING NEWS'. A script without case (Arabic, Hebrew, Chinese)
    writes no capitals, so none of its lines is one (str.isupper needs a cased letter). Nor is a line that opens with
    a figure: a live blog's entry time ('12.24 GMT') or a numbered item ('1. PEX'); 'COVID-19' and 'EURO 2024' are."""
    if text.upper() != text:  # the cheapest test first: most lines hold a lower-case letter
        return False
    text = text.strip()
    return 0 < len(words(text)) <= 3 and text.isupper() and text[-1:] not in ".!?" and not text[:1].isdigit()


SHAPES: dict[str, Shape] = {"dated-label": dated_label, "caps-label": caps_label}
