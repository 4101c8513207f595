"""Large JSON Lines files in chunks: read them a chunk at a time, and put the chunks' results (and,
when fixing, their bytes) back together, so that memory is bounded by the chunk size, not the file's."""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, cast

from artlint import spool as spooling
from artlint.fielddiff import line_diff
from artlint.formats.base import InputError
from artlint.linter import FileResult
from artlint.spool import Packed, Spool
from artlint.writer import create_temp, remove

CHUNK_BYTES = 4 * 1024 * 1024
"""JSON Lines files larger than this are read and linted in chunks of about this size."""
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")


@dataclass(frozen=True, slots=True)
class Chunk:
    """Whole lines of a JSON Lines file: where they start (record index, file line) and their bytes."""

    data: bytes
    first_record: int
    first_line: int


def is_large_jsonl(path: str, chunk_bytes: int) -> bool:
    try:
        return path.lower().endswith(JSONL_SUFFIXES) and os.path.getsize(path) > chunk_bytes
    except OSError:
        return False


def read_chunks(path: str, chunk_bytes: int) -> Iterator[Chunk]:
    """The file's chunks in order, decompressed on the fly for .gz; InputError when it cannot be read."""
    record, line = 0, 1
    try:
        with _open(path) as handle:
            while True:
                data = handle.read(chunk_bytes)
                if not data:
                    return
                if not data.endswith(b"\n"):
                    data += handle.readline()
                yield Chunk(data, record, line)
                lines = data.split(b"\n")
                if lines[-1] == b"":
                    lines.pop()
                record += sum(1 for raw in lines if raw.strip())
                line += len(lines)
    except (OSError, EOFError) as exc:
        raise InputError(f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None


def _open(path: str) -> BinaryIO:
    if path.lower().endswith(".gz"):
        return cast(BinaryIO, gzip.open(path, "rb"))
    return open(path, "rb")


class Assembly:
    """One file's result built from its chunks' results, in order. When fixing, the fixed bytes go to
    a temp file beside the original (renamed over it by `delivery`), or into a diff of changed lines.
    Findings past `spool.SPILL_AT` go to the run's spool, so a file with millions of them stays small."""

    def __init__(self, path: str, fix: bool, diff: bool, spool: Spool | None = None) -> None:
        self.result = FileResult(path)
        self.spool = spool if spool is not None else Spool()
        self.diff_hunks: list[str] | None = [] if fix and diff else None
        self.temp: str | None = None
        self.sink: BinaryIO | None = None
        if fix and not diff:
            handle, self.temp = create_temp(os.path.dirname(os.path.abspath(path)))
            raw = os.fdopen(handle, "wb")
            self.sink = cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0)) if path.lower().endswith(".gz") else raw
            self._raw = raw

    def add(self, part: FileResult, chunk: Chunk, packed: Packed | None = None) -> None:
        """A chunk's result; a worker's findings come `packed`, and go to the spool without being decoded
        when they would be spilled anyway."""
        result = self.result
        if packed is not None and len(result.findings) + packed.count >= spooling.SPILL_AT:
            result.spill_packed(self.spool, packed)
        else:
            result.findings.extend(packed.unpack() if packed is not None else part.findings)
            if len(result.findings) >= spooling.SPILL_AT:
                result.spill(self.spool)
        result.articles += part.articles
        result.fixes_applied += part.fixes_applied
        result.site_articles.update(part.site_articles)
        result.sites.update(part.sites)
        fixed = part.output if part.output is not None else chunk.data
        if self.sink is not None:
            self.sink.write(fixed)
        if self.diff_hunks is not None and part.output is not None:
            self.diff_hunks.extend(_changed_lines(result.path, chunk, part.output))

    def finish(self) -> FileResult:
        result = self.result
        if self.sink is not None:
            self.sink.close()
            if self.sink is not self._raw:
                self._raw.close()
            assert self.temp is not None
            if result.fixes_applied:
                result.output_path = self.temp
            else:
                remove(self.temp)
        if self.diff_hunks:
            result.diff = "".join(self.diff_hunks)
        return result

    def abandon(self) -> None:
        if self.sink is not None:
            self.sink.close()
            if self.temp:
                remove(self.temp)


def _changed_lines(path: str, chunk: Chunk, output: bytes) -> Iterator[str]:
    """The diff of each record a fix changed (a JSON Lines fix rewrites records in place; fielddiff.line_diff)."""
    before, after = chunk.data.splitlines(keepends=True), output.splitlines(keepends=True)
    for offset, (old, new) in enumerate(zip(before, after, strict=False)):
        if old != new:
            yield line_diff(path, chunk.first_line + offset, old, new)
