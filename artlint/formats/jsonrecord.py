"""One JSON article object: its fields, where each top-level value stands in the text, and surgical rewrites
that leave every other byte (key order, unknown fields, spacing, escapes) as it was."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from artlint.article import BODY, Article, Source, Span, Text
from artlint.fixes import Edit, group_by_field
from artlint.formats.base import InputError
from artlint.formats.fieldvalues import as_text, field_keys, lookup, shaped, without

_DECODER = json.JSONDecoder()
_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]
_WS = re.compile(r"[ \t\n\r]*")
# One decoded character each: an escaped surrogate pair (json joins it), any other escape, in that order.
_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.", re.DOTALL)
# Lone surrogates are escaped even in raw style: they cannot be encoded, and json reads them back from \uXXXX.
_MUST_ESCAPE = re.compile(r'["\\\x00-\x1f\ud800-\udfff]')
_MUST_ESCAPE_ASCII = re.compile(r'["\\]|[^ -~]')
_COLON = re.compile(r'"[ \t\n\r]*:[ \t]*')
_SHORT = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


class JsonRecord:
    """A parsed JSON object and its text; where its top-level values stand is found only when a fix asks."""

    __slots__ = ("_close", "_spans", "data", "duplicates", "text")
    nested = True
    """Fields may be named by dotted paths into nested objects ('metadata.title')."""

    def __init__(self, text: str, data: dict[str, Any], duplicates: bool = True) -> None:
        self.text = text
        self.data = data
        self.duplicates = duplicates
        """Whether some nested object holds a key twice (json keeps the last value); only then does
        record_article look for it along the fields' paths."""
        self._spans: dict[str, tuple[int, int]] | None = None
        self._close = 0

    @property
    def spans(self) -> dict[str, tuple[int, int]]:
        """Top-level key -> (start, end) of its value in `text`."""
        if self._spans is None:
            self._spans, self._close = _locate(self.text)
        return self._spans

    @property
    def close(self) -> int:
        """Offset of the object's closing brace."""
        if self._spans is None:
            self._spans, self._close = _locate(self.text)
        return self._close

    def member(self, key: str) -> tuple[int, int]:
        """(start, end) of the value of a top-level key, or of a dotted path into nested objects."""
        if key in self.spans:
            return self.spans[key]
        *parents, last = key.split(".")
        return self.object_at(parents)[0][last]

    def object_at(self, path: Sequence[str]) -> tuple[dict[str, tuple[int, int]], int, int]:
        """The spans of an object's members, its opening and its closing brace: the record's own for an
        empty path, else the object reached by the path's keys."""
        if not path:
            return self.spans, 0, self.close
        start, _ = self.member(".".join(path))
        spans, close = _locate(self.text, start)
        return spans, start, close


def parse_record(text: str) -> JsonRecord:
    """Parse a JSON object; InputError says what is wrong and where (a duplicate key too: json.loads
    keeps the last value silently, and the first would never be linted)."""
    top: list[list[tuple[str, Any]]] = []
    duplicates = False

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicates
        top.append(items)  # the outermost object is completed last
        built = dict(items)
        duplicates = duplicates or len(built) != len(items)
        return built

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        # json's own message ends "... starting at" for some errors; the place is given before it
        raise InputError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg.removesuffix(' at')}") from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object (one article), found {type(data).__name__}")
    if len(top[-1]) != len(data):
        _locate(text)  # raises, naming the duplicate and its place
    return JsonRecord(text, data, duplicates)


def _locate(text: str, start: int = 0) -> tuple[dict[str, tuple[int, int]], int]:
    """Where each member's value of the JSON object that opens at `start` stands, and its closing brace;
    InputError on a duplicate key."""
    spans: dict[str, tuple[int, int]] = {}
    pos = _WS.match(text, start).end() + 1  # type: ignore[union-attr]
    while True:
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        if text[pos] == "}":
            return spans, pos
        key_at = pos
        key, pos = _scanstring(text, pos + 1)
        if key in spans:
            line = text.count("\n", 0, key_at) + 1
            column = key_at - text.rfind("\n", 0, key_at)
            raise InputError(f"duplicate key {key!r} at line {line} column {column}: keep one of them")
        pos = _WS.match(text, pos).end() + 1  # type: ignore[union-attr]
        start = _WS.match(text, pos).end()  # type: ignore[union-attr]
        _, end = _DECODER.raw_decode(text, start)
        spans[key] = (start, end)
        pos = _WS.match(text, end).end()  # type: ignore[union-attr]
        if text[pos] == ",":
            pos += 1


def record_article(record: JsonRecord, source: Source, fmt: str, fields: Mapping[str, tuple[str, ...]]) -> Article:
    """The record's article; InputError when a nested object that holds a field has a duplicate key (json
    keeps the last value silently; a duplicate elsewhere in a nested value is left alone)."""
    keys = field_keys(record.data, fields, nested=True)
    if record.duplicates:
        for key in keys.values():
            if key not in record.data:
                record.member(key)  # raises, naming the duplicate and its place, if it lies on this path
    values = {name: as_text(lookup(record.data, key, True)[1]) for name, key in keys.items()}
    return Article(
        source, fmt,
        MappingProxyType({name: Text(v) for name, v in values.items() if v is not None}),
        MappingProxyType(without(record.data, keys.values())), structured=True,
        shaped=shaped(record.data, keys, nested=True),
    )


def rewrite(record: JsonRecord, values: Mapping[str, str], fields: Mapping[str, tuple[str, ...]],
            edits: Sequence[Edit] = ()) -> str:
    """The record's text with new string values for some fields; nothing else changes. A string field's
    literal gets the `edits` spliced in (without edits: its changed middle), so escapes outside them stay
    as written; a missing or null field gets a fresh literal, an empty list a list of it ("authors": [] of
    news-please)."""
    text = record.text
    keys = field_keys(record.data, fields, nested=True)
    ascii_only = _ascii_style(text)
    by_field = group_by_field(edits)
    replacements: list[tuple[int, int, str]] = []
    for name, value in values.items():
        key = keys.get(name)
        if key is None:
            parent, new_keys = _new_place(record, fields.get(name, (name,)), keys.get(BODY))
            spans, opening, close = record.object_at(parent)
            at = len(text[:close].rstrip(" \t\r\n"))
            replacements.append((at, at, _new_member(text, spans, opening, new_keys, string_literal(value, ascii_only), ascii_only)))
            continue
        old = lookup(record.data, key, True)[1]
        start, end = record.member(key)
        if old is None or old == []:
            literal = string_literal(value, ascii_only)
            replacements.append((start, end, literal if old is None else f"[{literal}]"))
            continue
        if not isinstance(old, str):
            raise InputError(f"field {key!r} is not a string; a fix cannot rewrite it")
        literal = splice_literal(text[start:end], old, by_field.get(name) or [_difference(name, old, value)], ascii_only)
        try:
            spliced = json.loads(literal)
        except ValueError:
            spliced = None
        if spliced != value:
            raise InputError(f"field {key!r} would not read back as the fixed text; the record is kept")
        replacements.append((start, end, literal))
    for start, end, literal in sorted(replacements, reverse=True):
        text = text[:start] + literal + text[end:]
    return text


def raw_offsets(literal: str) -> list[int]:
    """For a JSON string literal (quotes included): where each decoded character's raw form starts in it,
    then where the closing quote stands. An escaped surrogate pair is one character, as json decodes it."""
    offsets: list[int] = []
    pos, close = 1, len(literal) - 1
    for match in _ESCAPE.finditer(literal, 1, close):
        offsets.extend(range(pos, match.start()))
        offsets.append(match.start())
        pos = match.end()
    offsets.extend(range(pos, close))
    offsets.append(close)
    return offsets


def splice_literal(literal: str, value: str, edits: Sequence[Edit], ascii_only: bool) -> str:
    """`literal` (which decodes to `value`) with the edits applied: raw text between them is kept as it is,
    replacements are escaped in the record's style. Offsets past the end are clamped, as apply_edits does."""
    offsets = raw_offsets(literal)
    if len(offsets) != len(value) + 1:
        raise InputError("a JSON string could not be mapped to its decoded text; the record is kept")
    parts: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.span.start, e.span.end)):
        start, end = min(edit.span.start, len(value)), min(edit.span.end, len(value))
        parts.append(literal[position : offsets[start]])
        parts.append(escape(edit.replacement, ascii_only))
        position = max(position, offsets[end])
    parts.append(literal[position:])
    return "".join(parts)


def string_literal(value: str, ascii_only: bool) -> str:
    """A fresh JSON string literal: json.dumps's output, except that lone surrogates are escaped in raw style."""
    return f'"{escape(value, ascii_only)}"'


def escape(value: str, ascii_only: bool) -> str:
    """The inside of a JSON string literal for `value`: quote, backslash, control characters and lone
    surrogates escaped; with `ascii_only`, every non-ASCII character as \\uXXXX (pairs above U+FFFF)."""
    return (_MUST_ESCAPE_ASCII if ascii_only else _MUST_ESCAPE).sub(_escape_char, value)


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 | (code >> 10):04x}\\u{0xDC00 | (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def _difference(name: str, old: str, new: str) -> Edit:
    """One edit turning `old` into `new`: whatever lies between their common start and common end."""
    prefix = len(os.path.commonprefix([old, new]))
    room = min(len(old), len(new)) - prefix
    suffix = min(len(os.path.commonprefix([old[::-1], new[::-1]])), room)
    return Edit(Span(name, prefix, len(old) - suffix), new[prefix : len(new) - suffix])


def _new_place(record: JsonRecord, candidates: Sequence[str], beside: str | None) -> tuple[list[str], list[str]]:
    """Where a missing field is added: (the path of the object it goes into, the keys to write there, more
    than one when the candidate's own objects are missing too). The first candidate in the object that holds
    the field `beside` (the body: 'data.publishedTime' beside 'data.content'), else the first that is not a
    path, else the first path, under the deepest of its objects that exists."""
    home = beside.rpartition(".")[0] if beside and beside not in record.data else ""
    if home:
        for key in candidates:
            if key.rpartition(".")[0] == home:
                return home.split("."), [key.rpartition(".")[2]]
    for key in candidates:
        if "." not in key:
            return [], [key]
    parts = candidates[0].split(".")
    depth, node = 0, record.data
    while depth < len(parts) - 1 and isinstance(node.get(parts[depth]), dict):
        node, depth = node[parts[depth]], depth + 1
    if depth < len(parts) - 1 and parts[depth] in node:
        raise InputError(f"cannot add the field {candidates[0]!r}: {'.'.join(parts[: depth + 1])!r} is not an object")
    return parts[:depth], parts[depth:]


def _new_member(text: str, spans: Mapping[str, tuple[int, int]], opening: int, keys: Sequence[str], literal: str,
                ascii_only: bool) -> str:
    """`, "key": value` in the layout of the object that opens at `opening` (its members at `spans`), to
    stand right after its last value; with more keys, the value sits in new objects: `"a": {"b": value}`."""
    separator, indent = "", ""
    colon = found.group()[1:] if (found := _COLON.search(text)) else ": "  # an empty object: the record's style
    if spans:
        first_start, first_end = min(spans.values())
        colon = text[text.rfind('"', 0, first_start) + 1 : first_start] or ":"
        separator = ","
        after = _WS.match(text, first_end).end()  # type: ignore[union-attr]
        if text[after] == ",":  # the object's own space between members ("\r\n  ", " ", or none)
            indent = _WS.match(text, after + 1).group()  # type: ignore[union-attr]
        else:  # a single member: the space before it when it stands on its own line
            space = _WS.match(text, _WS.match(text, opening).end() + 1).group()  # type: ignore[union-attr]
            indent = space if "\n" in space or not colon.endswith(" ") else " "
    for key in reversed(keys[1:]):
        literal = f"{{{string_literal(key, ascii_only)}{colon}{literal}}}"
    return f"{separator}{indent}{string_literal(keys[0], ascii_only)}{colon}{literal}"


def _ascii_style(text: str) -> bool:
    """True when the record writes non-ASCII characters as \\u escapes (and has no raw ones)."""
    return "\\u" in text and all(ord(c) < 128 for c in text)
