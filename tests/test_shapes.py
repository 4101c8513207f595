"""The header shapes of a line-match pack: a label in capitals is a short line of capitals that opens with no figure."""

from __future__ import annotations

import pytest

from artlint.kinds.shapes import caps_label


@pytest.mark.parametrize("line", ["WORLD", "BREAKING NEWS", "COVID-19", "EURO 2024", "TOP 10"])
def test_labels_in_capitals(line: str) -> None:
    assert caps_label(line, None)  # type: ignore[arg-type]


@pytest.mark.parametrize("line", ["12.24 GMT", "10:45 P.M. EST", "1. PEX", "Breaking news", "THE END.", "A LONG LINE OF CAPITALS"])
def test_no_labels(line: str) -> None:
    assert not caps_label(line, None)  # type: ignore[arg-type]
