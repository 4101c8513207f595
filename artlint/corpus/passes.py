"""The corpus pass: collect every article's signatures, fold them into knowledge, arm the corpus rules."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from artlint import chunks
from artlint.article import Article
from artlint.chunks import is_large_jsonl, read_chunks
from artlint.corpus.rule import ArticleRef, CorpusRule
from artlint.discovery import walk
from artlint.formats import read_document, stdin_name
from artlint.formats.base import FileData, InputError
from artlint.linter import Linter
from artlint.session import Session
from artlint.unwrapped import unwrapped
from artlint.workers import WorkerSetup, in_order, worker, worker_pool

Signatures = list[tuple[ArticleRef, dict[str, Any]]]
"""The signatures of a file or chunk's articles, in order: per article, rule code -> signature."""


def corpus_codes(linter: Linter) -> list[str]:
    """The codes of the run's active corpus rules."""
    return [a.rule.code for a in linter.rules if isinstance(a.rule, CorpusRule)]


def articles(linter: Linter, path: str, data: FileData) -> list[Article]:
    """The articles of one file (or chunk) as a check reads them; none for a file no format reads."""
    try:
        document = read_document(linter.pm, path, data, linter.settings.fields)
    except (InputError, RecursionError):
        return []
    return [] if document is None else [e for e in document.entries if isinstance(e, Article)]


def collect_data(linter: Linter, path: str, data: FileData, shown: str | None = None) -> Signatures:
    """The signatures of one file (or chunk)."""
    active = [a for a in linter.rules_for(path) if isinstance(a.rule, CorpusRule)]
    out: Signatures = []
    for entry in articles(linter, path, data):
        source = entry.source
        ref = ArticleRef(source.path, source.record, str(source).replace(source.path, shown or source.path, 1),
                         entry.identity)
        out.append((ref, {a.rule.code: _collect(a.rule, entry, a.options) for a in active}))
    return out


def _collect(rule: Any, article: Article, options: Any) -> Any:
    """What a corpus rule keeps of an article, read as its check reads it (Rule.as_written)."""
    try:
        return rule.collect(article if rule.as_written else unwrapped(article).article, options)
    except Exception:  # a plugin's bug costs its own corpus findings, not the run; the check pass reports it
        return None


def file_inputs(path: str) -> Iterator[tuple[str, FileData, str]]:
    """(path as its format sees it, data, path shown) for a file, a chunk at a time for large JSON Lines
    files, mirroring `run.py`."""
    if not is_large_jsonl(path, chunks.CHUNK_BYTES):
        yield path, FileData(path), path
        return
    plain = path[:-3] if path.lower().endswith(".gz") else path
    try:
        for chunk in read_chunks(path, chunks.CHUNK_BYTES):
            yield plain, FileData(plain, chunk.data, chunk.first_record, chunk.first_line), path
    except InputError:
        return


def inputs(linter: Linter, paths: Sequence[str], force_exclude: bool = False, stdin: bytes | None = None,
           stdin_filename: str | None = None) -> Iterator[tuple[str, FileData, str]]:
    """Every file (or chunk) a check of `paths` reads, in its order."""
    settings = linter.settings
    for item in walk(paths, settings.exclude, settings.root, force_exclude):
        if item.error:
            continue
        if item.path == "-":
            name = stdin_filename or "-"
            yield stdin_filename or stdin_name(stdin or b""), FileData(name, stdin or b""), name
        elif Path(item.path).is_file():
            yield from file_inputs(item.path)


def collect_paths(linter: Linter, paths: Sequence[str], **options: Any) -> Iterator[Signatures]:
    return (collect_data(linter, path, data, shown) for path, data, shown in inputs(linter, paths, **options))


def reduce_signatures(linter: Linter, parts: Iterable[Signatures]) -> dict[str, Any]:
    """Fold the signatures, in corpus order, into each corpus rule's knowledge (by rule code)."""
    reducers = {a.rule.code: a.rule.reducer(a.options) for a in linter.rules if isinstance(a.rule, CorpusRule)}
    for part in parts:
        for ref, signatures in part:
            for code, signature in signatures.items():
                reducer = reducers.get(code)
                if reducer is not None:
                    reducer.add(ref, signature)
    return {code: reducer.result() for code, reducer in reducers.items()}


def learn(linter: Linter, paths: Sequence[str], jobs: int = 1, setup: WorkerSetup | None = None,
          **options: Any) -> dict[str, Any]:
    """What the corpus under `paths` teaches the run's corpus rules (by rule code); with `jobs` > 1 and a
    `setup`, the signatures are collected by worker processes, in corpus order."""
    if not corpus_codes(linter):
        return {}
    if jobs <= 1 or setup is None:
        return reduce_signatures(linter, collect_paths(linter, paths, **options))
    return reduce_signatures(linter, _collected_by_workers(linter, setup, jobs, inputs(linter, paths, **options)))


def _collected_by_workers(linter: Linter, setup: WorkerSetup, jobs: int,
                          items: Iterator[tuple[str, FileData, str]]) -> Iterator[Signatures]:
    with worker_pool(linter, setup, jobs) as pool:
        for _, future in in_order(items, lambda item: pool.submit(_collect_in_worker, *item), 2 * jobs):
            yield future.result()


def _collect_in_worker(path: str, data: FileData, shown: str) -> Signatures:
    return collect_data(worker(), path, data, shown)


def arm(session: Session, knowledge: dict[str, Any]) -> None:
    """Give the corpus rules their knowledge, and rebuild the session's linter with them."""
    registry = session.registry
    for code, known in knowledge.items():
        rule = registry.rules.get(code)
        if isinstance(rule, CorpusRule):
            registry.rules[code] = rule.armed(known)
    old = session.linter
    session.linter = Linter(registry, session.settings, old.pm, old.select, old.ignore[len(session.settings.ignore):])
