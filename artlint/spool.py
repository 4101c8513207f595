"""Findings past a threshold go to a temp file, so a check's memory is bounded by its chunks, not by how much it finds."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from artlint.findings import Finding

SPILL_AT = 20_000
"""Findings a run keeps in memory; past that they are written to the run's spool and read back as reporters ask."""


class Spool:
    """One temp file of pickled batches of findings, appended to and read back by offset. It is created on the
    first write and has no name (or is deleted when closed), so nothing is left behind, even by a crash."""

    def __init__(self) -> None:
        self._file: BinaryIO | None = None
        self._end = 0

    def write(self, findings: list[Finding]) -> tuple[int, int]:
        """Append a batch; returns its (offset, length)."""
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix="artlint-")  # noqa: SIM115 (open for the run)
        data = pickle.dumps(findings, pickle.HIGHEST_PROTOCOL)
        self._file.seek(self._end)
        self._file.write(data)
        offset, self._end = self._end, self._end + len(data)
        return offset, len(data)

    def read(self, offset: int, length: int) -> list[Finding]:
        assert self._file is not None
        self._file.seek(offset)
        findings: list[Finding] = pickle.loads(self._file.read(length))
        return findings

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
            self._end = 0

    def __del__(self) -> None:
        self.close()


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

    def __iter__(self) -> Iterator[Finding]:
        for offset, length in self.batches:
            yield from self.spool.read(offset, length)

    def __len__(self) -> int:
        return self.count


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
