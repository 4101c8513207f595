"""JSON Lines (.jsonl, .jsonl.gz): one article per line, located by record index and line number;
an unchanged record is written back byte for byte."""

from __future__ import annotations

import codecs
import gzip
import zlib
from collections.abc import Mapping, Sequence

from artlint.article import Article, Source
from artlint.fixes import Edit
from artlint.formats.base import Document, InputError, RecordError, decode
from artlint.formats.jsonrecord import JsonRecord, parse_record, record_article, rewrite


class JsonlDocument(Document):
    format = "jsonl"

    def __init__(self, path: str, data: bytes, fields: Mapping[str, tuple[str, ...]],
                 first_record: int = 0, first_line: int = 1) -> None:
        self.path = path
        self.fields = fields
        self.first_record, self.first_line = first_record, first_line
        self.compressed = path.endswith(".gz")
        if self.compressed:
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError, zlib.error) as exc:
                raise InputError(f"not a valid gzip file: {exc}") from None
        # Records are split on byte line breaks, so the whole file must be UTF-8: refuse it once, not line by line.
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise InputError("UTF-16 JSON Lines are not supported; re-save the file as UTF-8")
        if b"\x00" in data[:8192]:
            raise InputError("binary file (NUL bytes); not an article")
        self.lines = data.splitlines(keepends=True)
        self.original_lines = list(self.lines)
        self.entries = []
        self.records: list[JsonRecord | None] = []
        self.line_of: list[int] = []
        for number, raw in enumerate(self.lines, start=1):
            if raw.strip():
                entry, parsed = self._parse(raw, len(self.entries), number)
                self.line_of.append(number - 1)
                self.entries.append(entry)
                self.records.append(parsed)

    def _parse(self, raw: bytes, record: int, number: int) -> tuple[Article | RecordError, JsonRecord | None]:
        source = Source(self.path, self.first_record + record, self.first_line - 1 + number, field_positions=True)
        try:
            text, _ = decode(raw)
            parsed = parse_record(text.rstrip("\r\n"))
            return record_article(parsed, source, self.format, self.fields), parsed
        except InputError as exc:
            return RecordError(source, str(exc)), None

    def update(self, index: int, values: Mapping[str, str], edits: Sequence[Edit]) -> Article:
        record, article = self.records[index], self.entries[index]
        assert record is not None and isinstance(article, Article)
        raw = self.lines[self.line_of[index]]
        ending = raw[len(raw.rstrip(b"\r\n")) :]
        text = rewrite(record, values, self.fields, edits)
        if "\n" in text or "\r" in text:
            raise InputError("a fix would break a record over several lines")
        try:
            new_raw = decode(raw)[1].encode(text) + ending
        except UnicodeEncodeError as exc:
            raise InputError(f"the fixed record cannot be written as UTF-8: {exc.reason}") from None
        result, parsed = self._parse(new_raw, index, self.line_of[index] + 1)
        if isinstance(result, RecordError):
            raise InputError(f"the fixed record does not parse: {result.message}")
        self.lines[self.line_of[index]] = new_raw
        self.entries[index], self.records[index] = result, parsed
        return result

    def revert(self, index: int) -> None:
        number = self.line_of[index]
        self.lines[number] = self.original_lines[number]
        self.entries[index], self.records[index] = self._parse(self.lines[number], index, number + 1)

    def to_bytes(self) -> bytes:
        data = b"".join(self.lines)
        return gzip.compress(data, mtime=0) if self.compressed else data
