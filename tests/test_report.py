"""A settled report counts its findings once; a result added after that is counted again."""

from __future__ import annotations

from artlint.article import Span
from artlint.findings import Finding, Severity
from artlint.linter import FileResult
from artlint.report import Report


def _result(path: str, *severities: Severity) -> FileResult:
    findings = [Finding("ART211", "page-debris", s, "page debris", Span("body", 0, 4)) for s in severities]
    return FileResult(path, findings, articles=1)


def test_a_settled_report_counts_once_and_counts_again_after_a_new_result() -> None:
    report = Report()
    report.add(_result("a.jsonl", Severity.WARNING, Severity.INFO))
    report.settle()
    settled = report.tally()
    assert report.tally() is settled and settled.findings == 2 and settled.worst is Severity.WARNING
    report.add(_result("b.jsonl", Severity.ERROR))
    again = report.tally()
    assert again is not settled and again.findings == 3 and again.worst is Severity.ERROR
    assert report.summary()["findings"] == 3 and report.tally() is not again  # unsettled: counted on each call
