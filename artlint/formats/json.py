"""JSON (.json): one article object; positions are inside each field's text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from artlint.article import Article, Source
from artlint.fixes import Edit
from artlint.formats.base import Document, InputError, RecordError, decode
from artlint.formats.jsonrecord import parse_record, record_article, rewrite


class JsonDocument(Document):
    format = "json"

    def __init__(self, path: str, data: bytes, fields: Mapping[str, tuple[str, ...]]) -> None:
        self.path = path
        self.fields = fields
        self.original, self.encoding = decode(data)
        self._set(self.original)

    def _set(self, content: str) -> None:
        self.content = content
        try:
            self.record = parse_record(content)
        except InputError as exc:
            self.entries = [RecordError(Source(self.path), str(exc))]
            return
        self.entries = [record_article(self.record, Source(self.path, field_positions=True), self.format, self.fields)]

    def update(self, index: int, values: Mapping[str, str], edits: Sequence[Edit]) -> Article:
        content = rewrite(self.record, values, self.fields, edits)
        try:
            self.encoding.encode(content)
        except UnicodeEncodeError as exc:
            raise InputError(f"the fixed JSON cannot be written as {self.encoding.name}: {exc.reason}") from None
        self._set(content)
        result = self.entries[0]
        if isinstance(result, RecordError):
            raise InputError(f"the fixed JSON does not parse: {result.message}")
        return result

    def revert(self, index: int) -> None:
        self._set(self.original)

    def to_bytes(self) -> bytes:
        return self.encoding.encode(self.content)
