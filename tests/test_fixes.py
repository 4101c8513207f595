"""Fixes as data: applying edits, shifting offsets, choosing non-overlapping fixes."""

from __future__ import annotations

from artlint import Applicability, Edit, Fix, Span
from artlint.fixes import apply_edits, select_fixes, shift_offset


def test_apply_edits_in_any_order() -> None:
    edits = [Edit(Span("body", 6, 11), "there"), Edit(Span("body", 0, 6))]
    assert apply_edits("hello world!", edits) == "there!"


def test_insertion_at_empty_span() -> None:
    assert apply_edits("", [Edit(Span("date", 0, 0), "2025-01-02")]) == "2025-01-02"


def test_shift_offset_follows_deletions_before_it() -> None:
    edits = [Edit(Span("body", 0, 4)), Edit(Span("body", 10, 12))]
    assert shift_offset(6, edits) == 2
    assert shift_offset(2, edits) == 0
    assert shift_offset(20, edits) == 14


def test_larger_fix_wins_over_overlapping_smaller_one() -> None:
    line = Fix.delete(Span("body", 10, 20), Applicability.SAFE)
    block = Fix.delete(Span("body", 10, 80), Applicability.UNSAFE)
    other = Fix.delete(Span("body", 0, 5), Applicability.SAFE)
    assert select_fixes([line, block, other]) == [block, other]


def test_fix_applies_by_applicability() -> None:
    span = Span("body", 0, 1)
    assert Fix.delete(span, Applicability.SAFE).applies(unsafe=False)
    assert not Fix.delete(span, Applicability.UNSAFE).applies(unsafe=False)
    assert Fix.delete(span, Applicability.UNSAFE).applies(unsafe=True)
    assert not Fix.delete(span, Applicability.DISPLAY_ONLY).applies(unsafe=True)
