"""Checks on a Dask cluster: per-article rules as a dask.bag over partitions (ranges of JSON Lines
files, other files whole), corpus rules as a reduction; results in the order of a local run."""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
from distributed import Client, LocalCluster

from artlint import chunks
from artlint.chunks import JSONL_SUFFIXES, Assembly, Chunk
from artlint.corpus.passes import Signatures, arm, collect_data, corpus_codes, file_inputs, reduce_signatures
from artlint.discovery import Found, walk
from artlint.formats.base import FileData
from artlint.linter import FileResult, Linter
from artlint.report import Report
from artlint.run import RunOptions, _lint_chunk, _serial, _streamed, _without_bytes
from artlint.session import Session, open_session
from artlint.workers import WorkerSetup, worker_linter


@dataclass(frozen=True, slots=True)
class Part:
    """One item of the bag: a whole file, or a byte range of whole lines of a plain JSON Lines file."""

    path: str
    named: bool = False
    offset: int = -1
    size: int = 0
    first_record: int = 0
    first_line: int = 1
    local: bool = False
    """Answered by the client: an error, stdin or a missing path."""
    error: str | None = None


def partitions(paths: Sequence[str], session: Session, force_exclude: bool = False,
               partition_bytes: int = chunks.CHUNK_BYTES) -> Iterator[Part]:
    settings = session.settings
    for item in walk(paths, settings.exclude, settings.root, force_exclude):
        if item.error or item.path == "-" or not Path(item.path).exists():
            yield Part(item.path, item.named, local=True, error=item.error)
        elif item.path.lower().endswith(JSONL_SUFFIXES[:2]) and os.path.getsize(item.path) > partition_bytes:
            yield from _ranges(item.path, item.named, partition_bytes)
        else:
            yield Part(item.path, item.named)


def _ranges(path: str, named: bool, size: int) -> Iterator[Part]:
    """Byte ranges of about `size` that end at a line end, with the record and line each starts at;
    the file is scanned once here, and each worker reads only its range."""
    offset, record, line = 0, 0, 1
    with open(path, "rb") as handle:
        while data := handle.read(size):
            if not data.endswith(b"\n"):
                data += handle.readline()
            yield Part(path, named, offset, len(data), record, line)
            lines = data.split(b"\n")
            if lines[-1] == b"":
                lines.pop()
            record += sum(1 for raw in lines if raw.strip())
            line += len(lines)
            offset += len(data)


_LINTERS: dict[str, Linter] = {}


def _linter(setup: WorkerSetup, token: str) -> Linter:
    """One linter per run in each worker process (threads of a worker share it: rules are stateless)."""
    linter = _LINTERS.get(token)
    if linter is None:
        _LINTERS.clear()
        linter = _LINTERS[token] = worker_linter(setup)
    return linter


def _read(part: Part) -> Chunk:
    with open(part.path, "rb") as handle:
        handle.seek(part.offset)
        return Chunk(handle.read(part.size), part.first_record, part.first_line)


def _lint(part: Part, setup: WorkerSetup, token: str) -> FileResult | None:
    linter = _linter(setup, token)
    if part.offset >= 0:
        return _lint_chunk(linter, part.path, _read(part), RunOptions())
    if chunks.is_large_jsonl(part.path, chunks.CHUNK_BYTES):  # compressed: streamed by one worker
        return _streamed(part.path, RunOptions(), lambda chunk: _lint_chunk(linter, part.path, chunk, RunOptions()))
    return _without_bytes(linter.process(part.path, FileData(part.path), named=part.named), False)


def _collect(part: Part, setup: WorkerSetup, token: str) -> Signatures:
    linter = _linter(setup, token)
    if part.offset >= 0:
        chunk = _read(part)
        return collect_data(linter, part.path, FileData(part.path, chunk.data, chunk.first_record, chunk.first_line))
    return [signature for path, data, shown in file_inputs(part.path) for signature in collect_data(linter, path, data, shown)]


def dask_results(session: Session, paths: Sequence[str], setup: WorkerSetup, corpus: bool = False,
                 scheduler: str | None = None, force_exclude: bool = False,
                 partition_bytes: int = chunks.CHUNK_BYTES) -> Iterator[FileResult]:
    """The results of a check of `paths` on the cluster at `scheduler` (a LocalCluster when None),
    in the order of a local run; with `corpus`, the corpus rules learn from every article first."""
    parts = list(partitions(paths, session, force_exclude, partition_bytes))
    remote = [p for p in parts if not p.local]
    with _client(scheduler):
        if corpus and corpus_codes(session.linter) and remote:
            first = db.from_sequence(remote, npartitions=len(remote)).map(_collect, dask.delayed(setup), uuid.uuid4().hex)
            setup.knowledge = reduce_signatures(session.linter, first.compute())
            arm(session, setup.knowledge)
        token = uuid.uuid4().hex
        done = db.from_sequence(remote, npartitions=len(remote)).map(_lint, dask.delayed(setup), token).compute() if remote else []
    answers = iter(done)
    for path, group in itertools.groupby(parts, key=lambda p: (p.path, p.local)):
        members = list(group)
        if members[0].local:
            for part in members:
                result = _serial(session.linter, Found(part.path, part.named, part.error), RunOptions())
                if result is not None:
                    yield result
        elif members[0].offset < 0:
            results = [next(answers) for _ in members]
            yield from (r for r in results if r is not None)
        else:
            assembly = Assembly(path[0], fix=False, diff=False)
            for part in members:
                piece = next(answers)
                if piece is not None:
                    assembly.add(piece, Chunk(b"", part.first_record, part.first_line))
            yield assembly.finish()


def dask_check(paths: Sequence[str], scheduler: str | None = None, corpus: bool = False,
               config: Path | None = None, select: Sequence[str] | None = None, ignore: Sequence[str] = (),
               partition_bytes: int = chunks.CHUNK_BYTES) -> Report:
    """The Python API: check `paths` on Dask and return the Report (what `artlint check --engine dask` reports)."""
    session = open_session(config=config, select=select, ignore=ignore)
    setup = WorkerSetup(session.settings, session.linter.select, session.linter.ignore)
    report = Report(fields=session.settings.fields, rules=dict(session.registry.rules))
    report.results.extend(dask_results(session, paths, setup, corpus=corpus, scheduler=scheduler,
                                       partition_bytes=partition_bytes))
    return report


class _client:
    """A client of the scheduler at `address`, or of a LocalCluster started (and stopped) for the run."""

    def __init__(self, address: str | None) -> None:
        self.address = address
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> Any:
        if self.address is None:
            self.cluster = LocalCluster(threads_per_worker=1, dashboard_address=None)
        self.client = Client(self.address or self.cluster)
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
