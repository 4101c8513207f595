"""JSON Lines: one valid JSON object per finding per line, the json format's records, nothing else."""

from __future__ import annotations

import io
import json

from artlint.article import Source, Span
from artlint.findings import Finding, Severity
from artlint.linter import FileResult
from artlint.report import Report
from artlint.reporters.json import finding_record
from artlint.reporters.jsonl import report_jsonl


class Recorder(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


def test_one_record_per_line_and_nothing_else(sample_report: Report) -> None:
    out = Recorder()
    report_jsonl(sample_report, out, {})
    text = out.getvalue()
    assert text.endswith("\n")
    lines = text.split("\n")[:-1]
    assert len(lines) == len(sample_report.findings) == 11
    assert [json.loads(line) for line in lines] == [finding_record(f) for f in sample_report.findings]
    assert out.writes >= len(lines)  # written finding by finding, not as one string


def test_line_separators_inside_messages_do_not_split_records() -> None:
    message = "para\u2028graph\u2029end\x85next \ud83d lone"
    finding = Finding("ART201", "navigation-leftover", Severity.WARNING, message, Span("body", 0, 1), source=Source("a.txt"))
    out = io.StringIO()
    report_jsonl(Report([FileResult("a.txt", [finding])]), out, {})
    text = out.getvalue()
    assert text.splitlines() == [text.rstrip("\n")]
    text.encode("utf-8")  # no lone surrogate left to break the encoder
    assert json.loads(text)["message"] == message


def test_no_findings_no_output() -> None:
    out = io.StringIO()
    report_jsonl(Report([FileResult("a.txt", [], articles=1)]), out, {})
    assert out.getvalue() == ""
