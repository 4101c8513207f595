"""Fixtures of the reporter tests: one fixed run, and no real GitHub job summary."""

from __future__ import annotations

import pytest
from reporter_corpus import ARTICLES, MISSING, build_report

from artlint.linter import FileResult
from artlint.report import Report


@pytest.fixture(scope="session")
def sample_report() -> Report:
    """Four files (text, JSON, JSON Lines with a malformed record, a clean one) and a path that does not exist."""
    report = build_report(ARTICLES)
    report.results.append(FileResult(MISSING, error=f"{MISSING}: no such file or directory"))
    return report


@pytest.fixture(autouse=True)
def no_step_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run in GitHub Actions too: never append to the real job summary."""
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
