"""Running over many files: the cache, worker processes, chunks of large JSON Lines files, and results
in the same order as a serial run."""

from __future__ import annotations

import gzip
import multiprocessing
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from artlint.cache import Cache
from artlint.config import Settings
from artlint.discovery import Found, walk
from artlint.formats.base import FileData
from artlint.linter import FileResult, Linter

CHUNK_BYTES = 4 * 1024 * 1024
"""JSON Lines files larger than this are split into chunks of about this size for worker processes."""
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")


@dataclass(slots=True)
class RunOptions:
    fix: bool = False
    unsafe: bool = False
    stdin: bytes | None = None
    stdin_filename: str | None = None
    jobs: int = 1
    force_exclude: bool = False
    cache: Cache | None = None
    progress: Callable[[FileResult], None] | None = None


@dataclass(frozen=True, slots=True)
class Task:
    """One unit of work: a whole file, or one chunk of a JSON Lines file."""

    path: str
    named: bool
    data: bytes | None = None
    first_record: int = 0
    first_line: int = 1
    chunk_of: str | None = None


@dataclass(slots=True)
class WorkerSetup:
    settings: Settings
    select: list[str] | None
    ignore: list[str]
    disabled_plugins: list[str] = field(default_factory=list)


def run_files(linter: Linter, paths: Sequence[str], options: RunOptions | None = None,
              setup: WorkerSetup | None = None) -> Iterator[FileResult]:
    """Results of every file under `paths`, in the order of a serial run; with `options.jobs` > 1,
    `setup` says how worker processes build their own linter."""
    options = options or RunOptions()
    found = list(walk(paths, linter.settings.exclude, linter.settings.root, options.force_exclude))
    if options.jobs <= 1 or setup is None:
        for item in found:
            yield from _report(options, _serial(linter, item, options))
        return
    yield from _parallel(linter, setup, found, options)


def _serial(linter: Linter, item: Found, options: RunOptions) -> FileResult | None:
    if item.error:
        return FileResult(item.path, error=item.error)
    if item.path == "-":
        name = options.stdin_filename or "-"
        result = linter.process(options.stdin_filename or "stdin.txt", FileData(name, options.stdin or b""),
                                options.fix, options.unsafe, display=name)
        if result is not None:
            result.stdin = True
        return result
    if item.named and not Path(item.path).exists():
        return FileResult(item.path, error=f"{item.path}: no such file or directory")
    return _cached(linter, Task(item.path, item.named), options)


def _cached(linter: Linter, task: Task, options: RunOptions) -> FileResult | None:
    """The cached result of a check, or a fresh one (then stored)."""
    data = FileData(task.path)
    if options.cache is None or options.fix:
        return linter.process(task.path, data, options.fix, options.unsafe, named=task.named)
    try:
        content = data.read()
    except Exception:  # unreadable: let the linter report it
        return linter.process(task.path, data, named=task.named)
    key = options.cache.key(task.path, content)
    cached = options.cache.get(key)
    if cached is not None:
        return cached
    result = linter.process(task.path, data, named=task.named)
    if result is not None and result.error is None:
        options.cache.put(key, result)
    return result


def _report(options: RunOptions, result: FileResult | None) -> Iterator[FileResult]:
    if result is not None:
        if options.progress:
            options.progress(result)
        yield result


# -- worker processes ----------------------------------------------------------------------------

_WORKER: Linter | None = None


def _init_worker(setup: WorkerSetup) -> None:
    global _WORKER
    from artlint.session import open_session

    _WORKER = open_session(settings=setup.settings, select=setup.select, ignore=setup.ignore,
                           disabled_plugins=setup.disabled_plugins).linter


def _work(task: Task, fix: bool, unsafe: bool) -> FileResult | None:
    assert _WORKER is not None
    if task.chunk_of is None:
        return _WORKER.process(task.path, FileData(task.path), fix, unsafe, named=task.named)
    data = FileData(task.path, task.data, task.first_record, task.first_line)
    return _WORKER.process(task.path, data, fix, unsafe, display=task.chunk_of)


def _parallel(linter: Linter, setup: WorkerSetup, found: list[Found], options: RunOptions) -> Iterator[FileResult]:
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(options.jobs, mp_context=context, initializer=_init_worker, initargs=(setup,)) as pool:
        pending: list[tuple[Found, FileResult | None, list[Future[FileResult | None]]]] = []
        for item in found:
            if item.error or item.path == "-" or (item.named and not Path(item.path).exists()):
                pending.append((item, None, []))  # answered here, in order
                continue
            cached = _lookup(options, item)
            futures = [] if cached else [pool.submit(_work, t, options.fix, options.unsafe) for t in _tasks(item)]
            pending.append((item, cached, futures))
        for item, cached, futures in pending:
            if cached is not None:
                yield from _report(options, cached)
            elif not futures:
                yield from _report(options, _serial(linter, item, options))
            else:
                merged = _merge(item.path, [r for r in (f.result() for f in futures) if r is not None])
                if merged is not None:
                    _store(options, item, merged)
                yield from _report(options, merged)


def _lookup(options: RunOptions, item: Found) -> FileResult | None:
    if options.cache is None or options.fix:
        return None
    try:
        content = Path(item.path).read_bytes()
    except OSError:
        return None
    return options.cache.get(options.cache.key(item.path, content))


def _store(options: RunOptions, item: Found, result: FileResult) -> None:
    if options.cache is None or options.fix or result.error is not None:
        return
    try:
        content = Path(item.path).read_bytes()
    except OSError:
        return
    options.cache.put(options.cache.key(item.path, content), result)


def _tasks(item: Found) -> list[Task]:
    """A whole-file task, or chunk tasks for a large JSON Lines file (decompressed here when gzipped)."""
    path = item.path
    if not path.lower().endswith(JSONL_SUFFIXES):
        return [Task(path, item.named)]
    try:
        if Path(path).stat().st_size <= CHUNK_BYTES:
            return [Task(path, item.named)]
        data = Path(path).read_bytes()
        if path.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except (OSError, EOFError, zlib.error):
        return [Task(path, item.named)]  # the worker reports what is wrong with it
    plain = path[:-3] if path.lower().endswith(".gz") else path
    tasks, start, record, line = [], 0, 0, 1
    while start < len(data):
        end = data.find(b"\n", start + CHUNK_BYTES)
        end = len(data) if end == -1 else end + 1
        chunk = data[start:end]
        tasks.append(Task(plain, item.named, chunk, record, line, chunk_of=path))
        lines = chunk.splitlines()
        record += sum(1 for raw in lines if raw.strip())
        line += len(lines)
        start = end
    return tasks


def _merge(path: str, parts: list[FileResult]) -> FileResult | None:
    """One file's result from the results of its chunks (or its single result)."""
    if len(parts) <= 1:
        return parts[0] if parts else None
    merged = FileResult(path, original=b"".join(p.original or b"" for p in parts))
    for part in parts:
        merged.findings.extend(part.findings)
        merged.articles += part.articles
        merged.fixes_applied += part.fixes_applied
        merged.sites.update(part.sites)
    if any(p.output is not None for p in parts):
        output = b"".join(p.output if p.output is not None else p.original or b"" for p in parts)
        merged.output = gzip.compress(output, mtime=0) if path.lower().endswith(".gz") else output
    if path.lower().endswith(".gz"):
        merged.original = Path(path).read_bytes()
    return merged
