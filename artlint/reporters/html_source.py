"""The HTML report's article texts: the shown articles parsed again from the bytes the run linted."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, BinaryIO, cast

from artlint.article import Article
from artlint.config import load_settings
from artlint.errors import ArtlintError
from artlint.formats import artlint_parse_file, stdin_name
from artlint.formats.base import DEFAULT_FIELDS, FileData, InputError
from artlint.linter import FileResult

Key = tuple[str, int | None]
"""An article of the run: the result's path and its record index (None for a file of one article)."""

GZIP_MAGIC = b"\x1f\x8b"
BLOCK = 16 * 1024 * 1024


def report_fields(report: Any) -> Mapping[str, tuple[str, ...]]:
    """The run's field names: the report's own when it carries them, else the configuration found from the
    working directory (as the CLI finds it without --config), else the defaults. A wrong guess is caught by
    the fingerprint check in `matches`."""
    fields = getattr(report, "fields", None)
    if fields:
        return fields
    try:
        return load_settings().fields
    except (ArtlintError, OSError):  # a broken config has already been reported by the run; the report still renders
        return DEFAULT_FIELDS


def load_articles(results: Iterable[FileResult], wanted: Mapping[str, set[int | None]],
                  fields: Mapping[str, tuple[str, ...]]) -> dict[Key, Article]:
    """The wanted articles by (path, record). A file that cannot be read again is left out: its articles are
    shown by their findings alone."""
    found: dict[Key, Article] = {}
    for result in results:
        records = wanted.get(result.path)
        if not records or result.error is not None:
            continue
        try:
            for article in _articles(result, records, fields):
                found[(result.path, article.source.record)] = article
        except (InputError, OSError, EOFError, ValueError, zlib.error):  # gone, or no longer what was linted
            pass
    return found


def _articles(result: FileResult, records: set[int | None], fields: Mapping[str, tuple[str, ...]]) -> Iterator[Article]:
    data = result.output if result.output is not None else result.original
    name = stdin_name(data or b"") if result.path == "-" else result.path
    plain = name[:-3] if name.lower().endswith(".gz") else name
    if plain.lower().endswith((".jsonl", ".ndjson")):
        yield from _records(result.path, plain, data, records, fields)
        return
    if data is None:
        with open(result.path, "rb") as handle:
            data = handle.read()
    document = artlint_parse_file(path=name, data=FileData(name, data), fields=fields)
    for entry in document.entries if document is not None else ():
        if isinstance(entry, Article) and entry.source.record in records:
            yield entry


def _records(path: str, plain: str, data: bytes | None, records: set[int | None],
             fields: Mapping[str, tuple[str, ...]]) -> Iterator[Article]:
    """Only the wanted records of a JSON Lines file, read in blocks (a streamed file is read from disk again, up
    to the last wanted record), each parsed as a one-line file that starts at its record."""
    last = max((r for r in records if r is not None), default=-1)
    with _open(path, data) as handle:
        record = 0
        for number, raw in enumerate(_lines(handle), start=1):
            if not raw or raw.isspace():
                continue
            if record in records:
                document = artlint_parse_file(path=plain, data=FileData(plain, raw, record, number), fields=fields)
                for entry in document.entries if document is not None else ():
                    if isinstance(entry, Article):
                        yield entry
            record += 1
            if record > last:
                return


def _open(path: str, data: bytes | None) -> BinaryIO:
    if data is None:
        with open(path, "rb") as probe:
            compressed = probe.read(2) == GZIP_MAGIC
        return cast(BinaryIO, gzip.open(path, "rb")) if compressed else open(path, "rb")
    if data.startswith(GZIP_MAGIC):
        return cast(BinaryIO, gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb"))
    return io.BytesIO(data)


def _lines(handle: BinaryIO) -> Iterator[bytes]:
    """The lines as the JSON Lines reader splits them (bytes.splitlines: also at a lone CR), without their line
    breaks. Big blocks split in C: a file of long lines is read several times faster than line by line."""
    carry = b""
    while True:
        block = handle.read(BLOCK)
        if not block:
            break
        pieces = (carry + block if carry else block).split(b"\n")
        carry = pieces.pop()
        for piece in pieces:
            yield from _split_cr(piece)
    if carry:
        yield from _split_cr(carry)


def _split_cr(line: bytes) -> Iterator[bytes]:
    if line.find(b"\r", 0, len(line) - 1) == -1:
        yield line
    else:
        yield from line.splitlines()
