"""Whether a run fails: severities at or above the failing level, and per-corpus rate gates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from artlint.findings import Severity
from artlint.report import Report
from artlint.statistics import share_by_rule


@dataclass(frozen=True, slots=True)
class GateResult:
    """One rate gate: the rule, its allowed share of articles, the share found, and whether it held."""

    rule: str
    limit: float
    share: float

    @property
    def passed(self) -> bool:
        return self.share <= self.limit

    def describe(self) -> str:
        verdict = "passed" if self.passed else "FAILED"
        return f"rate gate {self.rule}: {self.share:.2%} of articles (limit {self.limit:.2%}) {verdict}"


@dataclass(slots=True)
class Verdict:
    failed: bool
    gates: list[GateResult] = field(default_factory=list)


def judge(report: Report, fail_level: Severity, max_rates: Mapping[str, float]) -> Verdict:
    """A finding of a rule with a rate gate fails the run only through its gate; any other finding
    fails it when its severity is at or above `fail_level`."""
    gated = {_rule_name(report, token) for token in max_rates}
    shares = share_by_rule(report) if max_rates else {}
    gates = [GateResult(name, limit, shares.get(name, 0.0)) for name, limit in
             ((_rule_name(report, token), limit) for token, limit in max_rates.items())]
    failing = any(severity.rank >= fail_level.rank and name not in gated for name, severity in report.tally().levels)
    return Verdict(failing or not all(g.passed for g in gates), gates)


def _rule_name(report: Report, token: str) -> str:
    for rule in report.rules.values():
        if token in (rule.code, rule.name):
            return rule.name
    return token
