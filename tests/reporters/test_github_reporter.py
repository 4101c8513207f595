"""GitHub annotations: escaping as @actions/core does, GitHub's caps, and the job summary for the rest."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from artlint.article import Source, Span
from artlint.findings import Finding, Severity
from artlint.linter import FileResult
from artlint.report import Report
from artlint.reporters.github import annotation, escape_data, escape_property, report_github


def render(report: Report, options: dict[str, Any] | None = None) -> list[str]:
    out = io.StringIO()
    report_github(report, out, options or {})
    return out.getvalue().splitlines()


def finding(message: str, severity: Severity = Severity.WARNING, path: str = "a.txt", line: int = 1) -> Finding:
    return Finding("ART201", "navigation-leftover", severity, message, Span("body", 0, 5), None, Source(path),
                   line, 1, line, 6, f"fp{line}")


def test_message_and_properties_are_escaped() -> None:
    crafted = finding("100% done: a, b\r\nnext line", path="dir,1/a:b%.txt")
    assert annotation(crafted) == (
        "::warning file=dir%2C1/a%3Ab%25.txt,line=1,col=1,endLine=1,endColumn=6,"
        "title=ART201 navigation-leftover::100%25 done: a, b%0D%0Anext line"
    )
    assert escape_data("50%\n") == "50%25%0A"
    assert escape_property("a:b,c%\r") == "a%3Ab%2Cc%25%0D"


def test_levels_map_to_error_warning_and_notice(sample_report: Report) -> None:
    commands = {line.split(" ", 1)[0] for line in render(sample_report) if line.startswith("::")}
    assert commands == {"::error", "::warning", "::notice"}


def test_json_findings_are_annotated_on_the_record_line(sample_report: Report) -> None:
    lines = render(sample_report)
    assert ("::warning file=corpus/overnight.jsonl,line=2,title=ART201 navigation-leftover::navigation text left in "
            "the body: 'Click here to read 100%25, now: free' [record 1, body 3:1]") in lines


def test_annotations_stop_at_ten_per_level_and_the_rest_go_to_the_step_summary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    findings = [finding(f"warning {n}", line=n) for n in range(1, 13)]
    findings += [finding(f"error {n}", Severity.ERROR, line=100 + n) for n in range(1, 4)]
    lines = render(Report([FileResult("a.txt", findings, articles=1)]))
    annotated = [line for line in lines if line.startswith("::")]
    assert len([a for a in annotated if a.startswith("::warning")]) == 10
    assert len([a for a in annotated if a.startswith("::error")]) == 3
    assert lines[-2] == "Found 15 findings in 1 article in 1 file."
    assert lines[-1] == "2 more findings not annotated (at most 10 per level and 50 in all); see the job summary."
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## artlint\n")  # appended, not overwritten
    assert "Found 15 findings in 1 article in 1 file: 3 errors, 12 warnings." in text
    assert "| ART201 navigation-leftover | 15 |" in text
    assert "### 2 findings not annotated" in text
    assert "| a.txt:11:1 | warning | ART201 navigation-leftover | warning 11 |" in text
    assert "| a.txt:12:1 | warning | ART201 navigation-leftover | warning 12 |" in text
    assert "warning 10 |" not in text


def test_the_total_cap_and_the_summary_row_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    findings = [finding(f"note {n}", Severity.INFO, line=n) for n in range(1, 8)]
    lines = render(Report([FileResult("a.txt", findings, articles=1)]), {"max_annotations": 2, "summary_rows": 3})
    assert len([line for line in lines if line.startswith("::notice")]) == 2
    text = summary.read_text(encoding="utf-8")
    assert "### 5 findings not annotated" in text
    assert text.count("| a.txt:") == 3
    assert "… and 2 more, left out of this table" in text


def test_summary_cells_escape_markdown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    render(Report([FileResult("a.txt", [finding("a | b <script> *x*\nmore")], articles=1)]), {"max_annotations": 0})
    assert "| a \\| b \\<script\\> \\*x\\* more |" in summary.read_text(encoding="utf-8")


def test_no_summary_file_without_the_variable(sample_report: Report, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    lines = render(sample_report, {"max_annotations": 1})
    assert list(tmp_path.iterdir()) == []
    assert lines[-1].endswith("see the output of `artlint check`.")


def test_an_unwritable_summary_is_a_warning_not_a_crash(sample_report: Report, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "no" / "such" / "dir.md"))
    lines = render(sample_report)
    assert any(line.startswith("::warning title=artlint::cannot append to the step summary") for line in lines)


def test_a_clean_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert render(Report([FileResult("a.txt", [], articles=1)])) == ["All checks passed: 1 article in 1 file."]
    assert summary.read_text(encoding="utf-8") == "## artlint\n\nAll checks passed: 1 article in 1 file.\n\n"
