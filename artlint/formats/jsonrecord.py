"""One JSON article object: its fields, where each top-level value stands in the text, and surgical rewrites
that leave every other byte (key order, unknown fields, spacing, escapes) as it was."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from artlint.article import Article, Source, Text
from artlint.formats.base import InputError
from artlint.formats.fieldvalues import as_text, field_keys

_DECODER = json.JSONDecoder()
_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]
_WS = re.compile(r"[ \t\n\r]*")


@dataclass(slots=True)
class JsonRecord:
    text: str
    data: dict[str, Any]
    spans: dict[str, tuple[int, int]]
    """Top-level key -> (start, end) of its value in `text`."""
    close: int
    """Offset of the object's closing brace."""


def parse_record(text: str) -> JsonRecord:
    """Parse a JSON object and locate its top-level values; InputError says what is wrong and where."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # json's own message ends "... starting at" for some errors; the place is given before it
        raise InputError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg.removesuffix(' at')}") from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object (one article), found {type(data).__name__}")
    spans: dict[str, tuple[int, int]] = {}
    pos = _WS.match(text, 0).end() + 1  # type: ignore[union-attr]
    while True:
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        if text[pos] == "}":
            return JsonRecord(text, data, spans, pos)
        key, pos = _scanstring(text, pos + 1)
        pos = _WS.match(text, pos).end() + 1  # type: ignore[union-attr]
        start = _WS.match(text, pos).end()  # type: ignore[union-attr]
        _, end = _DECODER.raw_decode(text, start)
        spans[key] = (start, end)
        pos = _WS.match(text, end).end()  # type: ignore[union-attr]
        if text[pos] == ",":
            pos += 1


def record_article(record: JsonRecord, source: Source, fmt: str, fields: Mapping[str, tuple[str, ...]]) -> Article:
    keys = field_keys(record.data, fields)
    values = {name: as_text(record.data[key]) for name, key in keys.items()}
    meta = {k: v for k, v in record.data.items() if k not in keys.values()}
    return Article(
        source, fmt,
        MappingProxyType({name: Text(v) for name, v in values.items() if v is not None}),
        MappingProxyType(meta), structured=True,
    )


def rewrite(record: JsonRecord, values: Mapping[str, str], fields: Mapping[str, tuple[str, ...]]) -> str:
    """The record's text with new string values for some fields; nothing else changes."""
    text = record.text
    keys = field_keys(record.data, fields)
    ascii_only = _ascii_style(text)
    replacements: list[tuple[int, int, str]] = []
    for name, value in values.items():
        key = keys.get(name)
        if key is not None and not isinstance(record.data[key], (str, type(None))):
            raise InputError(f"field {key!r} is not a string; a fix cannot rewrite it")
        literal = json.dumps(value, ensure_ascii=ascii_only)
        if key is not None:
            start, end = record.spans[key]
            replacements.append((start, end, literal))
        else:
            new_key = fields.get(name, (name,))[0]
            at = len(text[: record.close].rstrip(" \t\r\n"))
            replacements.append((at, at, _new_member(record, new_key, literal, ascii_only)))
    for start, end, literal in sorted(replacements, reverse=True):
        text = text[:start] + literal + text[end:]
    return text


def _new_member(record: JsonRecord, key: str, literal: str, ascii_only: bool) -> str:
    """`, "key": value` in the object's own layout, to stand right after its last value."""
    text = record.text
    separator, indent, colon = "", "", ": "
    if record.spans:
        first_start, first_end = min(record.spans.values())
        colon = text[text.rfind('"', 0, first_start) + 1 : first_start] or ":"
        separator = ","
        after = _WS.match(text, first_end).end()  # type: ignore[union-attr]
        if text[after] == ",":  # the object's own space between members ("\r\n  ", " ", or none)
            indent = _WS.match(text, after + 1).group()  # type: ignore[union-attr]
        else:  # a single member: the space before it when it stands on its own line
            opening = _WS.match(text, _WS.match(text, 0).end() + 1).group()  # type: ignore[union-attr]
            indent = opening if "\n" in opening else " "
    return f"{separator}{indent}{json.dumps(key, ensure_ascii=ascii_only)}{colon}{literal}"


def _ascii_style(text: str) -> bool:
    """True when the record writes non-ASCII characters as \\u escapes (and has no raw ones)."""
    return "\\u" in text and all(ord(c) < 128 for c in text)
