"""How a finding's place is written: path:line:col in text files; for JSON, the record and the field."""

from __future__ import annotations

from artlint.findings import Finding


def location(finding: Finding) -> str:
    source = finding.source
    path = source.path if source else "?"
    field = finding.span.field
    if source is not None and source.record is not None:
        where = f" {field}:{finding.line}:{finding.column}" if field else ""
        return f"{path}:{source.line} [record {source.record}]{where}"
    if field and source is not None and source.field_positions:
        return f"{path} {field}:{finding.line}:{finding.column}"
    return f"{path}:{finding.line}:{finding.column}"
