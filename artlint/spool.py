"""Findings past a threshold go to a temp file, so a check's memory is bounded by its chunks, not by how much it finds."""

from __future__ import annotations

import marshal
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from artlint.article import Source, Span
from artlint.findings import Finding, Severity
from artlint.fixes import Applicability, Edit, Fix

SPILL_AT = 20_000
"""Findings a run keeps in memory; past that they are written to the run's spool and read back as reporters ask."""


class Spool:
    """One temp file of encoded batches of findings, appended to and read back by offset. It is created on the
    first write and has no name (or is deleted when closed), so nothing is left behind, even by a crash."""

    def __init__(self) -> None:
        self._file: BinaryIO | None = None
        self._end = 0

    def write(self, findings: list[Finding]) -> tuple[int, int]:
        """Append a batch; returns its (offset, length)."""
        return self.write_encoded(encode(findings))

    def write_encoded(self, data: bytes) -> tuple[int, int]:
        """Append a batch already encoded (see `encode`); returns its (offset, length)."""
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="artlint-")  # noqa: SIM115 (open for the run)
        self._file.seek(self._end)
        self._file.write(data)
        offset, self._end = self._end, self._end + len(data)
        return offset, len(data)

    def read(self, offset: int, length: int) -> list[Finding]:
        return decode(self._bytes(offset, length))

    def read_outlines(self, offset: int, length: int) -> list[Outline]:
        return decode_outlines(self._bytes(offset, length))

    def _bytes(self, offset: int, length: int) -> bytes:
        assert self._file is not None
        self._file.seek(offset)
        return self._file.read(length)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
            self._end = 0

    def __del__(self) -> None:
        self.close()


def encode(findings: list[Finding]) -> bytes:
    """A batch as marshalled tuples (several times faster than pickling the dataclasses, which goes through
    Python code per object), an article's shared Source written once; pickled instead when anything is not
    exactly of artlint's own types (a plugin's own Finding class, a plain string for a severity)."""
    sources: dict[int, int] = {}
    places: list[tuple[str, int | None, int | None, bool]] = []
    rows = []
    for f in findings:
        span, fix, source = f.span, f.fix, f.source
        if (type(f) is not Finding or type(span) is not Span or type(f.severity) is not Severity
                or (source is not None and type(source) is not Source)):
            return b"P" + pickle.dumps(findings, pickle.HIGHEST_PROTOCOL)
        if fix is None:
            repair = None
        elif (type(fix) is Fix and type(fix.applicability) is Applicability and type(fix.edits) is tuple
              and all(type(e) is Edit and type(e.span) is Span for e in fix.edits)):
            repair = (fix.applicability.value, fix.message,
                      tuple((e.span.field, e.span.start, e.span.end, e.replacement) for e in fix.edits))
        else:
            return b"P" + pickle.dumps(findings, pickle.HIGHEST_PROTOCOL)
        if source is None:
            place = -1
        else:
            place = sources.get(id(source), -1)
            if place < 0:
                place = sources[id(source)] = len(places)
                places.append((source.path, source.record, source.line, source.field_positions))
        rows.append((f.code, f.name, f.severity.value, f.message, span.field, span.start, span.end, repair, place,
                     f.line, f.column, f.end_line, f.end_column, f.fingerprint))
    try:
        return b"M" + marshal.dumps((places, rows))
    except ValueError:  # a str subclass, say, from a plugin
        return b"P" + pickle.dumps(findings, pickle.HIGHEST_PROTOCOL)


def decode(data: bytes) -> list[Finding]:
    if data[:1] == b"P":
        findings: list[Finding] = pickle.loads(data[1:])
        return findings
    places, rows = marshal.loads(data[1:])
    sources = [Source(*place) for place in places]
    severities = {s.value: s for s in Severity}
    kinds = {a.value: a for a in Applicability}
    return [
        Finding(code, name, severities[severity], message, Span(field, start, end),
                None if repair is None else Fix(kinds[repair[0]], tuple(Edit(Span(*e[:3]), e[3]) for e in repair[2]), repair[1]),
                None if place < 0 else sources[place], line, column, end_line, end_column, fingerprint)
        for code, name, severity, message, field, start, end, repair, place, line, column, end_line, end_column, fingerprint
        in rows
    ]


Rows = tuple[list[tuple[str, int | None, int | None, bool]], list[tuple[Any, ...]]]
"""A marshalled batch: the places (Source fields) its rows refer to by index, and one row per finding."""
Outline = tuple[str, str, Severity, Applicability | None]
"""A finding's code, rule name, severity and fix applicability: all that a count of findings needs."""


def outline(finding: Finding) -> Outline:
    return finding.code, finding.name, finding.severity, finding.fix.applicability if finding.fix is not None else None


def decode_outlines(data: bytes) -> list[Outline]:
    """A batch's outlines, without building its findings (a fraction of the time of `decode`)."""
    if data[:1] == b"P":
        return [outline(finding) for finding in decode(data)]
    severities = {s.value: s for s in Severity}
    kinds = {a.value: a for a in Applicability}
    return [(row[0], row[1], severities[row[2]], None if row[7] is None else kinds[row[7][0]])
            for row in marshal.loads(data[1:])[1]]


class Spilled:
    """The findings of one file that were moved to a spool, in order, read back a batch at a time."""

    __slots__ = ("batches", "count", "spool")

    def __init__(self, spool: Spool) -> None:
        self.spool = spool
        self.batches: list[tuple[int, int]] = []
        self.count = 0

    def add(self, findings: list[Finding]) -> None:
        if findings:
            self.batches.append(self.spool.write(findings))
            self.count += len(findings)

    def add_packed(self, packed: Packed) -> None:
        self.batches.append(self.spool.write_encoded(packed.data))
        self.count += packed.count

    def __iter__(self) -> Iterator[Finding]:
        for offset, length in self.batches:
            yield from self.spool.read(offset, length)

    def parts(self) -> Iterator[list[Finding] | Rows]:
        """Each batch as it was stored: its places and rows (see `encode`), or its findings when it was pickled;
        for a reporter that writes rows as they are, without building a Finding for each (most of its time)."""
        for offset, length in self.batches:
            data = self.spool._bytes(offset, length)
            yield decode(data) if data[:1] == b"P" else marshal.loads(data[1:])

    def outlines(self) -> Iterator[Outline]:
        for offset, length in self.batches:
            yield from self.spool.read_outlines(offset, length)

    def __len__(self) -> int:
        return self.count


class Packed:
    """A batch of findings encoded for another process (a worker's, shipped to the main one): marshalled
    tuples travel faster than pickled dataclasses, and a run that spools them writes them as they are."""

    __slots__ = ("count", "data")

    def __init__(self, findings: list[Finding]) -> None:
        self.data = encode(findings)
        self.count = len(findings)

    def __reduce__(self) -> tuple[object, ...]:
        return _packed, (self.data, self.count)

    def unpack(self) -> list[Finding]:
        return decode(self.data)


def _packed(data: bytes, count: int) -> Packed:
    packed = Packed.__new__(Packed)
    packed.data, packed.count = data, count
    return packed


def spooled(findings: Iterable[Finding], spool: Spool) -> tuple[Spilled | None, list[Finding]]:
    """The findings as a part on disk (None when they are few) and a part in memory of at most SPILL_AT."""
    spilled: Spilled | None = None
    held: list[Finding] = []
    for finding in findings:
        held.append(finding)
        if len(held) >= SPILL_AT:
            spilled = spilled or Spilled(spool)
            spilled.add(held)
            held = []
    return spilled, held
