"""Running over many files: the cache, worker processes, chunks of large JSON Lines files, and results
in the same order as a serial run."""

from __future__ import annotations

import gc
import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from artlint import chunks
from artlint.article import Source
from artlint.builtin.engine import UnreadableFile
from artlint.cache import Cache
from artlint.chunks import Assembly, Chunk, is_large_jsonl, read_chunks
from artlint.discovery import Found, walk
from artlint.formats import stdin_name
from artlint.formats.base import FileData, InputError
from artlint.jobs import AUTO, plan_jobs
from artlint.linter import FileResult, Linter
from artlint.locating import engine_finding
from artlint.spool import Packed, Spool
from artlint.workers import WorkerSetup, in_order, worker, worker_pool

BATCH = 64
"""Small files in flight at once in a parallel run."""
GC_THRESHOLD = 50_000
PARALLEL_CHUNK_BYTES = 256 * 1024
CHUNKS_PER_JOB = 16


@dataclass(slots=True)
class RunOptions:
    fix: bool = False
    unsafe: bool = False
    diff: bool = False
    stdin: bytes | None = None
    stdin_filename: str | None = None
    jobs: int = 1
    """Worker processes; artlint.jobs.AUTO: as many as pay off for the run's input."""
    force_exclude: bool = False
    cache: Cache | None = None
    progress: Callable[[FileResult], None] | None = None
    spool: Spool | None = None
    """Where large files' findings go past `spool.SPILL_AT` (the report's spool); one of the run's own when None."""


def run_files(linter: Linter, paths: Sequence[str], options: RunOptions | None = None,
              setup: WorkerSetup | None = None) -> Iterator[FileResult]:
    """Results of every file under `paths`, in the order of a serial run; with `options.jobs` > 1,
    `setup` says how worker processes build their own linter."""
    options = options or RunOptions()
    if options.spool is None:
        options.spool = Spool()
    found = walk(paths, linter.settings.exclude, linter.settings.root, options.force_exclude)
    if options.jobs == AUTO:
        found, jobs = plan_jobs(found, len(options.stdin or b""))
        options = replace(options, jobs=jobs)
    with _few_collections():
        if options.jobs <= 1 or setup is None:
            for item in found:
                yield from _report(options, _serial(linter, item, options))
            return
        yield from _parallel(linter, setup, found, options)


@contextmanager
def _few_collections() -> Iterator[None]:
    """A run makes millions of small objects (lines, findings) and almost no reference cycles: the
    default thresholds collect garbage every 700 of them, rescanning every live one. Collect rarely,
    and keep the objects that exist before the run (rules, lexicons, modules) out of the scans."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _special(item: Found) -> bool:
    """Answered by the main process: errors, stdin, missing paths."""
    return bool(item.error) or item.path == "-" or (item.named and not Path(item.path).exists())


def _serial(linter: Linter, item: Found, options: RunOptions) -> FileResult | None:
    if item.error:
        return FileResult(item.path, error=item.error)
    if item.path == "-":
        name = options.stdin_filename or "-"
        data = options.stdin or b""
        result = linter.process(options.stdin_filename or stdin_name(data), FileData(name, data),
                                options.fix, options.unsafe, display=name)
        if result is not None:
            result.stdin = True
        return result
    if item.named and not Path(item.path).exists():
        return FileResult(item.path, error=f"{item.path}: no such file or directory")
    cached, key = _lookup(options, item)
    if cached is not None:
        return cached
    if is_large_jsonl(item.path, chunks.CHUNK_BYTES):
        result = _streamed(item.path, options, lambda chunk: _lint_chunk(linter, item.path, chunk, options))
    else:
        result = _without_bytes(linter.process(item.path, FileData(item.path), options.fix, options.unsafe,
                                               named=item.named), options.fix)
    _store(options, key, result)
    return result


def _lint_chunk(linter: Linter, path: str, chunk: Chunk, options: RunOptions) -> FileResult | None:
    plain = path[:-3] if path.lower().endswith(".gz") else path
    data = FileData(plain, chunk.data, chunk.first_record, chunk.first_line)
    return linter.process(plain, data, options.fix, options.unsafe, display=path)


def _streamed(path: str, options: RunOptions, lint: Callable[[Chunk], FileResult | None]) -> FileResult:
    """A large JSON Lines file, a chunk at a time."""
    return _assemble(path, options, ((chunk, lint(chunk), None) for chunk in read_chunks(path, chunks.CHUNK_BYTES)))


def _assemble(path: str, options: RunOptions, parts: Iterator[tuple[Chunk, FileResult | None, Packed | None]]) -> FileResult:
    """One file's result from its chunks' results (and their findings, when a worker packed them), in
    order; an unreadable file is an ART901 finding."""
    assembly = Assembly(path, options.fix, options.diff, options.spool)
    try:
        for chunk, part, packed in parts:
            if part is not None:
                assembly.add(part, chunk, packed)
    except InputError as exc:
        assembly.abandon()
        return FileResult(path, [engine_finding(UnreadableFile, Source(path), str(exc))])
    except BaseException:
        assembly.abandon()
        raise
    return assembly.finish()


def _lookup(options: RunOptions, item: Found) -> tuple[FileResult | None, str | None]:
    """The cached result of a check, and the file's cache key (None when not caching)."""
    if options.cache is None or options.fix:
        return None, None
    key = options.cache.key_for_file(item.path, item.named)
    return (options.cache.get(key) if key else None), key


def _store(options: RunOptions, key: str | None, result: FileResult | None) -> None:
    """Cache a check's result; one whose findings were spilled is left out (a cache entry is read whole)."""
    if options.cache is not None and key and result is not None and result.error is None and result.spilled is None:
        options.cache.put(key, result)


def _report(options: RunOptions, result: FileResult | None) -> Iterator[FileResult]:
    if result is not None:
        if options.progress:
            options.progress(result)
        yield result


# -- worker processes ----------------------------------------------------------------------------

def _work_file(path: str, named: bool, fix: bool, unsafe: bool) -> FileResult | None:
    return _without_bytes(worker().process(path, FileData(path), fix, unsafe, named=named), fix)


def _without_bytes(result: FileResult | None, fix: bool) -> FileResult | None:
    """A check keeps no file bytes: a run over a corpus must not hold the corpus (nor ship it back
    from worker processes). A fix needs them to write or diff the file."""
    if result is not None and not fix:
        result.original = None
    return result


def _work_chunk(path: str, chunk: Chunk, options: RunOptions) -> tuple[FileResult | None, Packed | None]:
    """A chunk's result, shipped light: without the chunk's bytes (the main process has them) and with
    its findings packed (see spool.Packed)."""
    result = _lint_chunk(worker(), path, chunk, options)
    if result is None:
        return None, None
    result.original = None
    packed, result.findings = Packed(result.findings), []
    return result, packed


def _parallel(linter: Linter, setup: WorkerSetup, found: Iterator[Found], options: RunOptions) -> Iterator[FileResult]:
    """Batches of small files, and the chunks of each large JSON Lines file, spread over worker
    processes; results come back in the order of a serial run, with a bounded number in flight.
    Forked workers inherit this process's linter; spawned ones build their own from `setup`."""
    worker_options = RunOptions(fix=options.fix, unsafe=options.unsafe, diff=options.diff)
    with worker_pool(linter, setup, options.jobs) as pool:
        yield from _parallel_pool(linter, pool, found, options, 2 * options.jobs, worker_options)


def _parallel_pool(linter: Linter, pool: ProcessPoolExecutor, found: Iterator[Found], options: RunOptions,
                   window: int, worker_options: RunOptions) -> Iterator[FileResult]:
    for large, group in itertools.groupby(found, key=lambda i: not _special(i) and is_large_jsonl(i.path, chunks.CHUNK_BYTES)):
        items = list(group) if not large else group
        if large:
            for item in items:
                yield from _report(options, _parallel_streamed(pool, item, options, worker_options, window))
            continue
        yield from _parallel_files(linter, pool, iter(items), options)


def _parallel_files(linter: Linter, pool: ProcessPoolExecutor, items: Iterator[Found], options: RunOptions) -> Iterator[FileResult]:
    """Small files, up to BATCH in flight (workers.in_order)."""
    for item, (cached, key, future) in in_order(items, lambda item: _submit(pool, item, options), BATCH):
        if future is None:
            yield from _report(options, cached if cached is not None else _serial(linter, item, options))
            continue
        result = future.result()
        _store(options, key, result)
        yield from _report(options, result)


def _submit(pool: ProcessPoolExecutor, item: Found, options: RunOptions
            ) -> tuple[FileResult | None, str | None, Future[FileResult | None] | None]:
    """A file on its way: answered by the main process (special or cached), or by a worker."""
    if _special(item):
        return None, None, None
    cached, key = _lookup(options, item)
    future = None if cached else pool.submit(_work_file, item.path, item.named, options.fix, options.unsafe)
    return cached, key, future


def _parallel_streamed(pool: ProcessPoolExecutor, item: Found, options: RunOptions, worker_options: RunOptions,
                       window: int) -> FileResult | None:
    """A large JSON Lines file, its chunks linted by the workers, up to `window` in flight."""
    cached, key = _lookup(options, item)
    if cached is not None:
        return cached
    pieces = read_chunks(item.path, _parallel_chunk_bytes(item.path, options.jobs))
    submitted = in_order(pieces, lambda chunk: pool.submit(_work_chunk, item.path, chunk, worker_options), window)
    result = _assemble(item.path, options, ((chunk, *future.result()) for chunk, future in submitted))
    _store(options, key, result)
    return result


def _parallel_chunk_bytes(path: str, jobs: int) -> int:
    """Small enough that the workers finish together (the last chunk is a small share of the file), large
    enough that shipping a chunk costs little next to linting it."""
    try:
        size = os.path.getsize(path)
    except OSError:
        size = 0
    return min(chunks.CHUNK_BYTES, max(PARALLEL_CHUNK_BYTES, size // (CHUNKS_PER_JOB * jobs)))
