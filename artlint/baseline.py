"""Baselines: record today's findings, then report only new ones; entries survive unrelated edits
because they are keyed by file, article identity, rule and a hash of the flagged text, not by line."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from artlint.errors import ConfigError
from artlint.findings import Finding
from artlint.report import Report
from artlint.schemas import validate
from artlint.spool import spooled
from artlint.version import __version__
from artlint.writer import write_atomic

Key = tuple[str, str, str]
"""(path relative to the baseline file, rule code, fingerprint)."""


def finding_key(finding: Finding, folder: Path) -> Key:
    path = finding.source.path if finding.source else ""
    relative = Path(os.path.relpath(os.path.abspath(path), folder)).as_posix() if path not in ("", "-") else path
    return relative, finding.code, finding.fingerprint


def write_baseline(path: Path, report: Report) -> int:
    """Write every finding of the report as a baseline entry; returns the number of entries."""
    keys = Counter(finding_key(f, path.resolve().parent) for f in report.iter_findings())
    _save(path, keys)
    return sum(keys.values())


def load_baseline(path: Path) -> Counter[Key]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the baseline: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}: the baseline is not JSON: {exc.msg} at line {exc.lineno}") from None
    problems = validate(document, "baseline")
    if problems:
        raise ConfigError(f"{path}: invalid baseline: {problems[0]}")
    return Counter({(e["path"], e["code"], e["fingerprint"]): e.get("count", 1) for e in document["entries"]})


def apply_baseline(report: Report, baseline: Counter[Key], folder: Path) -> int:
    """Drop the findings the baseline knows (as many of each as it recorded); returns how many were dropped."""
    left = Counter(baseline)
    dropped = 0

    def unknown(findings: Iterable[Finding]) -> Iterator[Finding]:
        nonlocal dropped
        for finding in findings:
            key = finding_key(finding, folder)
            if left[key] > 0:
                left[key] -= 1
                dropped += 1
            else:
                yield finding

    for result in report.results:
        if result.spilled is None:
            result.findings = list(unknown(result.findings))
        else:
            result.spilled, result.findings = spooled(unknown(result.all_findings()), report.spool)
    return dropped


def prune_baseline(path: Path, baseline: Counter[Key], report: Report) -> int:
    """Rewrite the baseline without the entries that no longer occur; returns how many were pruned."""
    folder = path.resolve().parent
    occurring = Counter(key for f in report.iter_findings() if (key := finding_key(f, folder)) in baseline)
    kept = Counter({key: min(count, occurring[key]) for key, count in baseline.items() if occurring[key]})
    _save(path, kept)
    return sum(baseline.values()) - sum(kept.values())


def _save(path: Path, keys: Counter[Key]) -> None:
    entries = [{"path": p, "code": c, "fingerprint": fp, "count": n} for (p, c, fp), n in sorted(keys.items())]
    document = {"version": 1, "tool": {"name": "artlint", "version": __version__}, "entries": entries}
    write_atomic(str(path), (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
