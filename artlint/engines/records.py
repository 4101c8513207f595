"""The article-level API for other engines (Spark mapPartitions, Ray map_batches): records in, findings out."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from artlint.article import Article
from artlint.formats import read_document
from artlint.formats.base import FileData
from artlint.linter import Linter
from artlint.session import open_session


@functools.lru_cache(maxsize=4)
def record_linter(config: str | None = None, select: tuple[str, ...] | None = None) -> Linter:
    """One linter per process and configuration (opening a session loads plugins and packs once)."""
    return open_session(config=Path(config) if config else None, select=select).linter


def lint_records(records: Iterable[Mapping[str, Any]], config: str | None = None,
                 select: tuple[str, ...] | None = None) -> Iterator[list[dict[str, Any]]]:
    """For each record (a mapping with the keys of a JSON Lines line: title, text, url, date, ...), in
    order, the list of its findings as plain dicts (code, name, severity, message, field, line, column)."""
    linter = record_linter(config, select)
    for record in records:
        data = FileData("record.json", json.dumps(dict(record), default=str).encode("utf-8"))
        document = read_document(linter.pm, "record.json", data, linter.settings.fields)
        entries = document.entries if document is not None else []
        article = entries[0] if entries and isinstance(entries[0], Article) else None
        found = linter.lint_article(article) if article is not None else []
        yield [{"code": f.code, "name": f.name, "severity": str(f.severity), "message": f.message,
                "field": f.span.field, "line": f.line, "column": f.column} for f in found]
