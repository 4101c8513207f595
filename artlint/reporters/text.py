"""The default output: one ruff-like line per finding, then a summary."""

from __future__ import annotations

from typing import Any, TextIO

from artlint.fixes import Applicability
from artlint.report import Report
from artlint.reporters.location import location


def report_text(report: Report, stream: TextIO, options: dict[str, Any]) -> None:
    for finding in report.findings:
        mark = " [*]" if finding.fix is not None and finding.fix.applicability is Applicability.SAFE else ""
        mark = mark or (" [-]" if finding.fix is not None and finding.fix.applicability is Applicability.UNSAFE else "")
        stream.write(f"{location(finding)}: {finding.code}{mark} {finding.name} {finding.message}\n")
        if options.get("show_fixes") and finding.fix is not None:
            stream.write(f"    fix ({finding.fix.applicability}): {finding.fix.message or 'delete the flagged text'}\n")
    stream.write(summary_line(report) + "\n")


def summary_line(report: Report) -> str:
    findings = report.findings
    files = sum(1 for r in report.results if r.error is None)
    articles = sum(r.articles for r in report.results)
    checked = f"{articles} article{'s' * (articles != 1)} in {files} file{'s' * (files != 1)}"
    fixed = sum(r.fixes_applied for r in report.results)
    verb = "Would fix" if report.dry_run else "Fixed"
    prefix = f"{verb} {fixed} finding{'s' * (fixed != 1)}. " if report.fixing else ""
    if not findings:
        return f"{prefix}All checks passed: {checked}."
    safe = sum(1 for f in findings if f.fix is not None and f.fix.applicability is Applicability.SAFE)
    unsafe = sum(1 for f in findings if f.fix is not None and f.fix.applicability is Applicability.UNSAFE)
    left = "remaining " if report.fixing else ""
    line = f"{prefix}Found {len(findings)} {left}finding{'s' * (len(findings) != 1)} in {checked}."
    hints = []
    if safe:
        hints.append(f"{safe} fixable with `artlint fix` [*]")
    if unsafe:
        hints.append(f"{unsafe} more with `artlint fix --unsafe-fixes` [-]")
    return line + (f" {'; '.join(hints)}." if hints else "")
