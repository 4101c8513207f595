"""The outcome of a run, as reporters see it: files, findings and a summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from artlint import spool as spooling
from artlint.findings import Finding, Severity
from artlint.fixes import Applicability
from artlint.linter import FileResult
from artlint.rule import Rule
from artlint.spool import Spool


@dataclass(slots=True)
class Tally:
    """Counts over every finding of a run, taken in one pass (reporters write them before or after the findings)."""

    findings: int = 0
    fixable: int = 0
    safe: int = 0
    unsafe: int = 0
    by_name: Counter[str] = field(default_factory=Counter)
    """Rule name -> findings, in the order the names first occur."""
    by_severity: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(code, name) -> findings."""
    first: dict[str, tuple[str, Severity]] = field(default_factory=dict)
    """Rule code -> the name and severity of its first finding."""
    codes: dict[str, str] = field(default_factory=dict)
    """Rule name -> code (the last finding's, should a name have two)."""
    levels: set[tuple[str, Severity]] = field(default_factory=set)
    """The (rule name, severity) pairs that occur."""
    worst: Severity | None = None


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
    spool: Spool = field(default_factory=Spool)
    """Where the run's findings go once it holds more than `spool.SPILL_AT` of them in memory."""
    _held: int = field(default=0, init=False, repr=False)
    _unspilled: int = field(default=0, init=False, repr=False)
    _settled: Tally | None = field(default=None, init=False, repr=False)

    def add(self, result: FileResult) -> None:
        """Keep a file's result; when the results held in memory pass SPILL_AT findings, they go to the spool."""
        self.results.append(result)
        self._settled = None
        self._held += len(result.findings)
        if self._held > spooling.SPILL_AT:
            for held in self.results[self._unspilled:]:
                held.spill(self.spool)
            self._unspilled, self._held = len(self.results), 0

    def iter_findings(self) -> Iterator[Finding]:
        """Every finding in order, read back from the spool where they were spilled."""
        for result in self.results:
            yield from result.all_findings()

    @property
    def finding_count(self) -> int:
        return sum(result.finding_count for result in self.results)

    @property
    def findings(self) -> list[Finding]:
        """Every finding in one list: for small runs and tests; reporters use `iter_findings`."""
        return list(self.iter_findings())

    def settle(self) -> None:
        """The results are final (the run is over, the baseline applied): count them once for the gates and
        every reporter (a large run's findings are read back from its spool for each count)."""
        self._settled = None
        self._settled = self.tally()

    def tally(self) -> Tally:
        if self._settled is not None:
            return self._settled
        tally = Tally()
        by_name, by_severity, by_rule, first, codes, levels = (
            tally.by_name, tally.by_severity, tally.by_rule, tally.first, tally.codes, tally.levels)
        worst = -1
        for result in self.results:
            for code, name, severity, applicability in result.outlines():
                tally.findings += 1
                if applicability is not None:
                    if applicability is Applicability.SAFE:
                        tally.safe += 1
                    elif applicability is Applicability.UNSAFE:
                        tally.unsafe += 1
                    if applicability is not Applicability.DISPLAY_ONLY:
                        tally.fixable += 1
                by_name[name] += 1
                by_severity[str(severity)] += 1
                by_rule[code, name] += 1
                if code not in first:
                    first[code] = (name, severity)
                codes[name] = code
                levels.add((name, severity))
                if severity.rank > worst:
                    worst, tally.worst = severity.rank, severity
        return tally

    def summary(self, tally: Tally | None = None) -> dict[str, Any]:
        tally = tally or self.tally()
        return {
            "files": sum(1 for r in self.results if r.error is None),
            "articles": sum(r.articles for r in self.results),
            "findings": tally.findings,
            "fixable": tally.fixable,
            "fixed": sum(r.fixes_applied for r in self.results),
            "by_rule": dict(sorted(tally.by_name.items())),
            "by_severity": dict(sorted(tally.by_severity.items())),
        }

    def errors(self) -> list[str]:
        """Why each path that could not be read was not (it does not exist, a folder cannot be listed)."""
        return [r.error for r in self.results if r.error]

    def worst(self) -> Severity | None:
        return self.tally().worst
