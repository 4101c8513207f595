"""A JSON file holding an array of articles (Scrapy's JSON feed, a crawler's list of pages): each object is a
record, located like a JSON Lines record by index and line; only the objects a fix changes are rewritten."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from artlint.article import Article, Source
from artlint.fixes import Edit
from artlint.formats.base import Document, Encoding, InputError, RecordError
from artlint.formats.jsonrecord import JsonRecord, parse_record, record_article, rewrite

_DECODER = json.JSONDecoder()
_WS = re.compile(r"[ \t\n\r]*")


def is_array(content: str) -> bool:
    start = _WS.match(content).end()  # type: ignore[union-attr]
    return content[start : start + 1] == "["


class JsonArrayDocument(Document):
    format = "json"

    def __init__(self, path: str, content: str, encoding: Encoding, fields: Mapping[str, tuple[str, ...]]) -> None:
        self.path = path
        self.fields = fields
        self.encoding = encoding
        self.parts = _split(content)
        """The text before the first element, then each element and the text after it (a comma and space, or
        the closing bracket and what follows): element i is parts[2 * i + 1]."""
        self.original_parts = list(self.parts)
        self.entries = []
        self.records: list[JsonRecord | None] = []
        self.lines: list[int] = []
        line = 1
        for index in range(len(self.parts) // 2):
            line += self.parts[2 * index].count("\n")
            self.lines.append(line)
            entry, record = self._parse(index)
            self.entries.append(entry)
            self.records.append(record)
            line += self.parts[2 * index + 1].count("\n")

    def _parse(self, index: int) -> tuple[Article | RecordError, JsonRecord | None]:
        source = Source(self.path, index, self.lines[index], field_positions=True)
        text = self.parts[2 * index + 1]
        try:
            if not text.startswith("{"):
                kind = type(_DECODER.raw_decode(text)[0]).__name__
                raise InputError(f"expected a JSON object (one article), found {kind}")
            record = parse_record(text)
            return record_article(record, source, self.format, self.fields), record
        except InputError as exc:
            return RecordError(source, str(exc)), None

    def update(self, index: int, values: Mapping[str, str], edits: Sequence[Edit]) -> Article:
        record = self.records[index]
        assert record is not None
        text = rewrite(record, values, self.fields, edits)
        try:
            self.encoding.encode(text)
        except UnicodeEncodeError as exc:
            raise InputError(f"the fixed JSON cannot be written as {self.encoding.name}: {exc.reason}") from None
        previous = self.parts[2 * index + 1]
        self.parts[2 * index + 1] = text
        result, parsed = self._parse(index)
        if isinstance(result, RecordError):
            self.parts[2 * index + 1] = previous
            raise InputError(f"the fixed record does not parse: {result.message}")
        self.entries[index], self.records[index] = result, parsed
        return result

    def revert(self, index: int) -> None:
        self.parts[2 * index + 1] = self.original_parts[2 * index + 1]
        self.entries[index], self.records[index] = self._parse(index)

    def to_bytes(self) -> bytes:
        return self.encoding.encode("".join(self.parts))


def _split(content: str) -> list[str]:
    """The array's text cut around its elements: [before the first, element, after it (a comma and space, or
    the closing bracket and what follows), element, ...]; InputError (with the place) when it is not one
    JSON array."""
    start = _WS.match(content).end()  # type: ignore[union-attr]
    try:
        _, end = _DECODER.raw_decode(content, start)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg.removesuffix(' at')}") from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply") from None
    if _WS.match(content, end).end() != len(content):  # type: ignore[union-attr]
        raise InputError(f"invalid JSON at line {content.count(chr(10), 0, end) + 1}: extra data after the array")
    pos = _WS.match(content, start + 1).end()  # type: ignore[union-attr]
    if content[pos] == "]":
        return [content]
    parts = [content[:pos]]
    while True:
        _, after = _DECODER.raw_decode(content, pos)
        parts.append(content[pos:after])
        following = _WS.match(content, after).end()  # type: ignore[union-attr]
        if content[following] != ",":
            parts.append(content[after:])
            return parts
        pos = _WS.match(content, following + 1).end()  # type: ignore[union-attr]
        parts.append(content[after:pos])
