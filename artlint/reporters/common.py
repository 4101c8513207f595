"""What the machine formats share: a finding's file region, its place inside a JSON field, stable keys, safe JSON."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from artlint.findings import Finding


def file_path(finding: Finding) -> str:
    """The path as given, with forward slashes."""
    return posix_path(finding.source.path if finding.source else "")


@lru_cache(maxsize=4096)  # pathlib is slow and a file has many findings
def posix_path(path: str) -> str:
    """A path as given, with forward slashes ('./a.txt' is 'a.txt')."""
    return PurePath(path).as_posix() if path else ""


@lru_cache(maxsize=4096)
def path_uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative (percent-escaped), absolute ones become file: URIs."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(posix_path(path), safe="/")


def file_region(finding: Finding) -> dict[str, int]:
    """Where the finding stands in its file, with SARIF's key names (end column exclusive).

    In JSON and JSON Lines the positions are inside a field's text, not in the file, so the region is the
    record's line (line 1 for a .json file) and `field_note` says where in the field. A finding about a
    whole file, record or missing field (an empty span) is a whole line."""
    source = finding.source
    if source is not None and source.field_positions:
        return {"startLine": source.line or 1}
    if not finding.span.field or finding.span.start == finding.span.end:
        return {"startLine": finding.line}
    return {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }


def field_note(finding: Finding) -> str:
    """The record, and the position inside the field for JSON formats ("record 3, body 6:1"); empty for text files."""
    source = finding.source
    parts = []
    if source is not None and source.record is not None:
        parts.append(f"record {source.record}")
    if source is not None and source.field_positions and finding.span.field:
        empty = finding.span.start == finding.span.end  # a missing or empty field: no place inside it
        parts.append(finding.span.field if empty else f"{finding.span.field} {finding.line}:{finding.column}")
    return ", ".join(parts)


def noted_message(finding: Finding) -> str:
    note = field_note(finding)
    return f"{finding.message} [{note}]" if note else finding.message


def field_region(finding: Finding) -> dict[str, int] | None:
    """The finding's place inside its field's text, for JSON formats; None where positions are file positions."""
    source = finding.source
    if source is None or not source.field_positions or not finding.span.field or finding.span.start == finding.span.end:
        return None
    return {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }


def stable_keys(findings: Iterable[Finding]) -> list[str]:
    """One key per finding, unique in the run and stable across unrelated edits: a hash of the path and the
    finding's fingerprint (engine findings, which have none: code and message), then `:n` for the n-th finding
    with that hash, as when one file holds the same debris line twice."""
    held = list(findings)
    return list(streamed_keys(lambda: held, len(held)))


def streamed_keys(findings: Callable[[], Iterable[Finding]], count: int) -> Iterator[str]:
    """`stable_keys` of the findings that `findings()` yields afresh each time it is called, `count` of them,
    without holding a key per finding: a first pass marks the hashes seen in a Bloom filter (10 bits a finding)
    and keeps the few it may have seen before; the second counts only those, every other hash occurs once."""
    bits = max(64, 10 * count)
    bloom = bytearray(bits // 8 + 1)
    repeated: set[str] = set()
    for finding in findings():
        base = _key_base(finding)
        number = int(base, 16)
        low, high = number & 0xFFFFFFFFFF, number >> 40
        positions = [(low + i * high) % bits for i in range(4)]
        if all(bloom[p >> 3] & (1 << (p & 7)) for p in positions):
            repeated.add(base)
        for p in positions:
            bloom[p >> 3] |= 1 << (p & 7)
    del bloom
    seen: Counter[str] = Counter()
    for finding in findings():
        base = _key_base(finding)
        if base in repeated:
            seen[base] += 1
            yield f"{base}:{seen[base]}"
        else:
            yield f"{base}:1"


def _key_base(finding: Finding) -> str:
    material = finding.fingerprint or f"{finding.code}\0{finding.message}"
    return hashlib.sha256(f"{file_path(finding)}\0{material}".encode("utf-8", "surrogatepass")).hexdigest()[:20]


# Valid inside JSON strings, but they break naive line splitting (str.splitlines) or UTF-8 encoding (lone surrogates).
_UNSAFE = re.compile("[\x85\u2028\u2029\ud800-\udfff]")


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def json_text(value: Any) -> str:
    """JSON on one line (the C encoder), with the characters above escaped."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", _ENCODE(value))
