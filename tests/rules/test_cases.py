"""Every rule's case files: the findings they must get and the fixed text they must become."""

from __future__ import annotations

from pathlib import Path

import pytest

from artlint.testing import Case, check_case, load_cases

CASES = load_cases(Path(__file__).parent / "cases")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case(case: Case) -> None:
    check_case(case)
