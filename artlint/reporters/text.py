"""The default output: one ruff-like line per finding, then a summary."""

from __future__ import annotations

from typing import Any, TextIO

from artlint.fixes import Applicability
from artlint.report import Report, Tally
from artlint.reporters.location import location
from artlint.statistics import affected_articles, by_site


def report_text(report: Report, stream: TextIO, options: dict[str, Any]) -> None:
    for finding in report.iter_findings():
        mark = " [*]" if finding.fix is not None and finding.fix.applicability is Applicability.SAFE else ""
        mark = mark or (" [-]" if finding.fix is not None and finding.fix.applicability is Applicability.UNSAFE else "")
        stream.write(f"{location(finding)}: {finding.code}{mark} {finding.name} {finding.message}\n")
        if options.get("show_fixes") and finding.fix is not None:
            stream.write(f"    fix ({finding.fix.applicability}): {finding.fix.message or 'delete the flagged text'}\n")
    tally = report.tally()
    if options.get("statistics"):
        write_statistics(report, stream, tally)
    stream.writelines(gate.describe() + "\n" for gate in report.gates)
    if report.baselined:
        stream.write(f"{report.baselined} known finding{'s' * (report.baselined != 1)} left out by the baseline.\n")
    stream.write(summary_line(report, tally) + "\n")


def write_statistics(report: Report, stream: TextIO, tally: Tally | None = None) -> None:
    """Findings and affected articles per rule, then per site the articles and the rules that hit them."""
    total = sum(r.articles for r in report.results)
    tally = tally or report.tally()
    counts, codes = tally.by_name, tally.codes
    affected = affected_articles(report)
    stream.write(f"\n{'code':<8}{'rule':<28}{'findings':>9}{'articles':>10}{'share':>8}\n")
    for name, count in counts.most_common():
        share = len(affected[name]) / total if total else 0.0
        stream.write(f"{codes[name]:<8}{name:<28}{count:>9}{len(affected[name]):>10}{share:>8.1%}\n")
    stream.write(f"\n{'site':<40}{'articles':>9}  rules (articles affected)\n")
    for site, stats in by_site(report).items():
        hits = ", ".join(f"{name} {n} ({n / stats.articles:.0%})" for name, n in stats.affected.most_common())
        stream.write(f"{site[:39]:<40}{stats.articles:>9}  {hits or '-'}\n")
    stream.write("\n")


def checked(report: Report) -> str:
    """'3 articles in 2 files': what the run read."""
    files = sum(1 for r in report.results if r.error is None)
    articles = sum(r.articles for r in report.results)
    return f"{articles} article{'s' * (articles != 1)} in {files} file{'s' * (files != 1)}"


def unread(report: Report) -> str:
    """' 1 path could not be read.' after a summary, or nothing."""
    errors = len(report.errors())
    return f" {errors} path{'s' * (errors != 1)} could not be read." if errors else ""


def passed(report: Report) -> str:
    """The summary of a run without findings: it passed only when it read every path."""
    missed = unread(report)
    return f"No findings in {checked(report)}.{missed}" if missed else f"All checks passed: {checked(report)}."


def summary_line(report: Report, tally: Tally | None = None) -> str:
    tally = tally or report.tally()
    count = tally.findings
    fixed = sum(r.fixes_applied for r in report.results)
    verb = "Would fix" if report.dry_run else "Fixed"
    prefix = f"{verb} {fixed} finding{'s' * (fixed != 1)}. " if report.fixing else ""
    if not count:
        return prefix + passed(report)
    safe, unsafe = tally.safe, tally.unsafe
    left = "remaining " if report.fixing else ""
    line = f"{prefix}Found {count} {left}finding{'s' * (count != 1)} in {checked(report)}."
    hints = []
    if safe:
        hints.append(f"{safe} fixable with `artlint fix` [*]")
    if unsafe:
        hints.append(f"{unsafe} more with `artlint fix --unsafe-fixes` [-]")
    return line + (f" {'; '.join(hints)}." if hints else "") + unread(report)
