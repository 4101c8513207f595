"""--format github: GitHub Actions annotations (workflow commands), the overflow in a Markdown step summary."""

from __future__ import annotations

import os
from collections import Counter
from typing import Any, TextIO

from artlint.findings import Finding, Severity
from artlint.report import Report, Tally
from artlint.reporters.common import file_path, file_region, noted_message
from artlint.reporters.location import location
from artlint.reporters.text import checked, passed, summary_line, unread

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
PER_LEVEL = 10
"""GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the rest."""
MAX_ANNOTATIONS = 50
"""GitHub's limit of annotations per job."""
SUMMARY_ROWS = 1000
"""Rows of unannotated findings in the step summary, which GitHub caps at 1 MiB."""
MESSAGE_CHARS = 300
_REGION_KEYS = (("startLine", "line"), ("startColumn", "col"), ("endLine", "endLine"), ("endColumn", "endColumn"))


def report_github(report: Report, stream: TextIO, options: dict[str, Any]) -> None:
    """Options: `max_annotations` (all levels together, default 50), `annotations_per_level` (default 10),
    `summary_rows` (default 1000). Findings past the caps go to the Markdown summary in $GITHUB_STEP_SUMMARY."""
    total = int(options.get("max_annotations", MAX_ANNOTATIONS))
    per_level = int(options.get("annotations_per_level", PER_LEVEL))
    max_rows = int(options.get("summary_rows", SUMMARY_ROWS))
    shown: Counter[str] = Counter()
    rest = Rest(max_rows)
    for error in report.errors():
        stream.write(f"::error title=artlint::{escape_data(error)}\n")
    for finding in report.iter_findings():
        command = COMMAND[finding.severity]
        if shown.total() < total and shown[command] < per_level:
            stream.write(annotation(finding) + "\n")
            shown[command] += 1
        else:
            rest.add(finding)
    tally = report.tally()
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    written = False
    if summary_file:
        try:
            with open(summary_file, "a", encoding="utf-8", errors="backslashreplace") as handle:
                handle.write(step_summary(report, rest, max_rows, tally))
            written = True
        except OSError as exc:
            problem = f"cannot append to the step summary {summary_file}: {exc.strerror or exc}"
            stream.write(f"::warning title=artlint::{escape_data(problem)}\n")
    stream.write(summary_line(report, tally) + "\n")
    if rest:
        where = "the job summary" if written else "the output of `artlint check`"
        stream.write(f"{len(rest)} more finding{'s' * (len(rest) != 1)} not annotated (at most {per_level} per level "
                     f"and {total} in all); see {where}.\n")


class Rest:
    """The findings left without an annotation: how many, and the first ones (as many as the summary lists)."""

    def __init__(self, rows: int) -> None:
        self.rows = rows
        self.first: list[Finding] = []
        self.count = 0

    def add(self, finding: Finding) -> None:
        self.count += 1
        if self.rows < 0 or len(self.first) < self.rows:
            self.first.append(finding)

    def __len__(self) -> int:
        return self.count


def annotation(finding: Finding) -> str:
    properties = {}
    path = file_path(finding)
    if path:
        properties["file"] = path
    region = file_region(finding)
    for key, name in _REGION_KEYS:
        if key in region:
            properties[name] = str(region[key])
    properties["title"] = f"{finding.code} {finding.name}"
    fields = ",".join(f"{name}={escape_property(value)}" for name, value in properties.items())
    return f"::{COMMAND[finding.severity]} {fields}::{escape_data(noted_message(finding))}"


def escape_data(text: str) -> str:
    """As @actions/core escapes a command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """As @actions/core escapes a command's property values."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def step_summary(report: Report, rest: Rest, max_rows: int, tally: Tally | None = None) -> str:
    tally = tally or report.tally()
    lines = ["## artlint", "", _cell(_totals(report, tally))]
    if tally.findings:
        by_rule = tally.by_rule
        lines += ["", "| Rule | Findings |", "| --- | ---: |"]
        lines += [f"| {_cell(f'{code} {name}')} | {count} |" for (code, name), count in sorted(by_rule.items())]
    if rest:
        lines += ["", f"### {len(rest)} finding{'s' * (len(rest) != 1)} not annotated", ""]
        lines += ["| Location | Level | Rule | Message |", "| --- | --- | --- | --- |"]
        for finding in rest.first[:max_rows]:
            message = finding.message if len(finding.message) <= MESSAGE_CHARS else finding.message[:MESSAGE_CHARS] + "…"
            cells = (location(finding), COMMAND[finding.severity], f"{finding.code} {finding.name}", message)
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        if len(rest) > max_rows:
            lines += ["", f"… and {len(rest) - max_rows} more, left out of this table; `artlint check` lists them all."]
    return "\n".join(lines) + "\n\n"


def _totals(report: Report, tally: Tally) -> str:
    if not tally.findings:
        return passed(report)
    levels = Counter({COMMAND[Severity(level)]: n for level, n in tally.by_severity.items()})
    counts = ", ".join(f"{levels[c]} {c}{'s' * (levels[c] != 1)}" for c in ("error", "warning", "notice") if levels[c])
    count = tally.findings
    return f"Found {count} finding{'s' * (count != 1)} in {checked(report)}: {counts}.{unread(report)}"


def _cell(text: str) -> str:
    """Plain text for a Markdown table cell: one line, Markdown and HTML characters escaped."""
    flat = " ".join(text.splitlines())
    return "".join("\\" + c if c in "\\`*_[]<>|&~#!" else c for c in flat)
