"""The outcome of a run, as reporters see it: files, findings and a summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from artlint.findings import Finding, Severity
from artlint.fixes import Applicability
from artlint.linter import FileResult
from artlint.rule import Rule


@dataclass(slots=True)
class Report:
    results: list[FileResult] = field(default_factory=list)
    fixing: bool = False
    unsafe_fixes: bool = False
    dry_run: bool = False
    """Fixes were computed for a diff and not written."""
    rules: dict[str, Rule] = field(default_factory=dict)
    """Every registered rule by code, for reporters that describe the rules (SARIF, JUnit, ...)."""
    gates: list[Any] = field(default_factory=list)
    """The rate gates of the run (artlint.gates.GateResult), once judged."""
    baselined: int = 0
    """Findings left out because the baseline knows them."""
    fields: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """The run's field names (config `fields:`), for reporters that read articles again (html)."""

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.results for f in result.findings]

    def summary(self) -> dict[str, Any]:
        findings = self.findings
        return {
            "files": sum(1 for r in self.results if r.error is None),
            "articles": sum(r.articles for r in self.results),
            "findings": len(findings),
            "fixable": sum(1 for f in findings if f.fix is not None and f.fix.applicability is not Applicability.DISPLAY_ONLY),
            "fixed": sum(r.fixes_applied for r in self.results),
            "by_rule": dict(sorted(Counter(f.name for f in findings).items())),
            "by_severity": dict(sorted(Counter(str(f.severity) for f in findings).items())),
        }

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)
