"""The text and JSON reports of each rule on its failing example article, pinned by syrupy."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from artlint.report import Report
from artlint.reporters.json import report_json
from artlint.reporters.text import report_text
from artlint.schemas import validate
from artlint.testing import load_cases, run_text
from artlint.version import __version__

FAILING = [c for c in load_cases(Path(__file__).parent / "cases") if c.path.stem == "fail"]


def _report(case) -> Report:  # type: ignore[no-untyped-def]
    return Report([run_text(case.input, case.filename, case.select or [case.rule], corpus=case.corpus)])


@pytest.mark.parametrize("case", FAILING, ids=lambda c: c.rule)
def test_text_report(case, snapshot) -> None:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    report_text(_report(case), out, {"show_fixes": True})
    assert out.getvalue() == snapshot


@pytest.mark.parametrize("case", FAILING, ids=lambda c: c.rule)
def test_json_report(case, snapshot) -> None:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    report_json(_report(case), out, {})
    assert validate(json.loads(out.getvalue()), "report") == []
    assert out.getvalue().replace(f'"version": "{__version__}"', '"version": "<version>"') == snapshot
