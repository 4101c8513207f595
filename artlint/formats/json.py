"""JSON (.json): one article object, or an array of them (artlint.formats.jsonarray); positions are inside
each field's text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from artlint.article import Article, Source
from artlint.fixes import Edit
from artlint.formats.base import Document, InputError, RecordError, decode
from artlint.formats.jsonarray import JsonArrayDocument, is_array
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
            self.entries = [record_article(self.record, Source(self.path, field_positions=True), self.format, self.fields)]
        except InputError as exc:
            self.entries = [RecordError(Source(self.path), str(exc))]

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


def json_document(path: str, data: bytes, fields: Mapping[str, tuple[str, ...]]) -> Document:
    """A .json file: one article, or an array of articles."""
    content, encoding = decode(data)
    if is_array(content):
        return JsonArrayDocument(path, content, encoding, fields)
    return JsonDocument(path, data, fields)
