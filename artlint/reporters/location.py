"""How a finding's place is written: path:line:col for text files, path with record and field for JSON."""

from __future__ import annotations

from artlint.findings import Finding


def location(finding: Finding) -> str:
    source = finding.source
    path = source.path if source else "?"
    if source is not None and source.record is not None:
        return f"{path}:{source.line} [record {source.record}] {finding.span.field}:{finding.line}:{finding.column}"
    if path.lower().endswith(".json") and not finding.code.startswith("ART9"):
        return f"{path} {finding.span.field}:{finding.line}:{finding.column}"
    return f"{path}:{finding.line}:{finding.column}"
