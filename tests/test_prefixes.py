"""Prefixes grouped by their first letter: the same matches as one flat alternation, in the same order."""

from __future__ import annotations

import re

import pytest

from artlint.literals import by_initial
from artlint.phrases import _NOT_QUOTE_LEAD, compile_openers, compile_prefixes

PREFIXES = ["more in", "read more", "more from", "sign up for", "sponsored by the", "ſponsored by", "sponsored",
            "keep reading", "Kelvin notes", "keep",
            "i agree to", "ırmak haber", "share on", "S'abonner", "Ça va", "ça suffit", "most read"]
LINES = [
    "More in Harbour news", "MORE FROM the coast", "sponsored by the harbour", "KEEP", "read   more", "Read more: the ferry", "Sponsored by Coast Co",
    "ſign up for our letter", "\u212aEEP READING", "Keep reading", "kelvin notes", "İ agree to the terms",
    "I AGREE TO", "Irmak haber", "ırmak haber", "S\u2019abonner à la lettre", "ÇA VA", "ça suffit !",
    "- Most read", "» share on X", "\"More in\" is a phrase", "moreover", "more intense", "The harbour reopened.", "",
]


def _flat(prefixes: list[str], lead: str) -> re.Pattern[str]:
    parts = [r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in p.split())
             for p in sorted(set(prefixes), key=len, reverse=True)]
    return re.compile(lead + "(?P<words>" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def _found(pattern: re.Pattern[str] | None, line: str) -> tuple[tuple[int, int], str] | None:
    match = pattern.match(line) if pattern else None
    return (match.span(), match["words"]) if match else None


@pytest.mark.parametrize("line", LINES)
def test_grouped_prefixes_match_as_the_flat_alternation_does(line: str) -> None:
    assert _found(compile_prefixes(PREFIXES), line) == _found(_flat(PREFIXES, r"[^\w]*"), line)
    assert _found(compile_openers(PREFIXES), line) == _found(_flat(PREFIXES, _NOT_QUOTE_LEAD), line)


def test_the_flat_alternation_would_find_these_lines() -> None:
    found = [line for line in LINES if _found(_flat(PREFIXES, r"[^\w]*"), line)]
    assert len(found) >= 15 and "moreover" not in found and "more intense" not in found


def test_letters_that_match_each_other_share_a_group_and_other_openings_stay_flat() -> None:
    assert by_initial(["more in", "read more", "more from"]) == "m(?:ore in|ore from)|r(?:ead more)"
    assert by_initial(["sign", "ſponsored", "Share"]) == "(?:sign|ſponsored|Share)"
    assert by_initial(["keep", "\u212aelvin"]) == "(?:keep|\u212aelvin)"
    assert by_initial(["more", r"\#tag"]) == r"more|\#tag"
