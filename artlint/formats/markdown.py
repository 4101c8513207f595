"""Markdown (.md): optional YAML front matter, then the body; a leading `# Heading` is the title otherwise."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

import yaml

from artlint.article import BODY, TITLE, Article, Placement, Source, Text
from artlint.fixes import Edit, shift_offset
from artlint.formats.base import Document, InputError, RecordError, decode_lines
from artlint.formats.fieldvalues import as_text, field_keys, shaped
from artlint.formats.text import LINE, readable
from artlint.yamlload import safe_load

_OPEN = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_HEADING = re.compile(r"#[ \t]+(\S.*?)[ \t#]*$")


class MarkdownDocument(Document):
    format = "markdown"

    def __init__(self, path: str, data: bytes, fields: Mapping[str, tuple[str, ...]]) -> None:
        self.path = path
        self.fields = fields
        self.original, self.encoding = decode_lines(data)
        try:
            self._set(self.original)
        except InputError as exc:  # broken front matter is a malformed record (ART902), not an unreadable file
            self.content = self.original
            self.entries = [RecordError(Source(self.path), str(exc))]

    def _set(self, content: str) -> None:
        self.content = content
        self.front, self.matter = split_front_matter(content, self.path)
        self.keys = field_keys(self.matter, self.fields) if self.matter is not None else {}
        body = content[len(self.front) :]
        body_line = self.front.count("\n") + 1
        values = {name: as_text(self.matter[key]) for name, key in self.keys.items()} if self.matter else {}
        self.heading_line, self.heading_at = "", -1
        if not values.get(TITLE):
            self.heading_line, self.heading_at, index = find_heading(body)
        else:
            index = -1
        if index >= 0:
            body = body[: self.heading_at] + body[self.heading_at + len(self.heading_line) :]
        fields = {BODY: Text(body)}
        hole = index >= 0 and self.heading_line.endswith("\n")  # no body line follows a heading that ends the file
        placements = {BODY: Placement(body_line, 1, (index + 1,) if hole else ())}
        if index >= 0:
            heading = _HEADING.match(self.heading_line.rstrip("\r\n"))
            fields[TITLE] = Text(heading.group(1) if heading else "")
            placements[TITLE] = Placement(body_line + index, heading.start(1) + 1 if heading else 1)
        for name, value in values.items():
            if value is not None and name != BODY:
                fields.setdefault(name, Text(value))
                placements.setdefault(name, Placement(_key_line(self.front, self.keys[name])))
        meta = {k: v for k, v in (self.matter or {}).items() if k not in self.keys.values()}
        self.entries = [Article(
            Source(self.path), self.format, MappingProxyType(fields), MappingProxyType(meta),
            MappingProxyType(placements), structured=self.matter is not None, markup="markdown",
            shaped=shaped(self.matter, self.keys) if self.matter else frozenset(),
        )]

    def update(self, index: int, values: Mapping[str, str], edits: Sequence[Edit]) -> Article:
        front, heading_line = self.front, self.heading_line
        for name, value in values.items():
            if name == BODY:
                continue
            if name == TITLE and self.heading_at >= 0:
                heading_line = retitle(heading_line, value)
                continue
            if self.matter is None:
                raise InputError(f"cannot write field {name!r} in a Markdown file without front matter")
            key = self.keys.get(name, name)
            front = set_front_matter_key(front, key, [value] if self.matter.get(key) == [] else value)
        body = self.content[len(self.front) :]
        if BODY in values or heading_line != self.heading_line:
            new_body = values.get(BODY, self.entries[0].body.value)  # type: ignore[union-attr]
            if self.heading_at >= 0:
                at = shift_offset(self.heading_at, [e for e in edits if e.span.field == BODY])
                new_body = new_body[:at] + heading_line + new_body[at:]
            body = new_body
        self._set(readable(front + body, self.encoding))
        return self.entries[0]  # type: ignore[return-value]

    def revert(self, index: int) -> None:
        self._set(self.original)

    def to_bytes(self) -> bytes:
        return self.encoding.encode(self.content)


def split_front_matter(content: str, path: str) -> tuple[str, dict[str, Any] | None]:
    """(front matter text with both delimiters, its mapping or None)."""
    opening = _OPEN.match(content)
    if not opening:
        return "", None
    closing = _CLOSE.search(content, opening.end())
    if not closing:
        raise InputError("front matter opened with '---' is never closed")
    try:
        matter = safe_load(content[opening.end() : closing.start()])
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise InputError(f"invalid YAML front matter{where}: {getattr(exc, 'problem', exc)}") from None
    except RecursionError:
        raise InputError("invalid YAML front matter: nested too deeply") from None
    if matter is None:
        matter = {}
    if not isinstance(matter, dict):
        raise InputError("front matter is not a mapping of keys to values")
    return content[: closing.end()], matter


def find_heading(body: str) -> tuple[str, int, int]:
    """(heading line with terminator, its offset, its 0-based line index) of the first `# Heading`, or ('', -1, -1).
    Lines above it (site chrome such as "Skip to content" or "3 min read") do not hide it: otherwise a fix
    that deletes them would turn the heading into the title, and the fix would be rejected."""
    offset = 0
    for index, line in enumerate(LINE.findall(body)):
        if _HEADING.match(line.rstrip("\r\n")):
            return line, offset, index
        offset += len(line)
    return "", -1, -1


def retitle(heading_line: str, title: str) -> str:
    """The `# Heading` line (with its terminator) with new heading text."""
    heading = _HEADING.match(heading_line.rstrip("\r\n"))
    if heading is None or "\n" in title or "\r" in title or not title.strip() or title != title.strip():
        raise InputError("a fix would make the Markdown heading line something else than that title")
    return heading_line[: heading.start(1)] + title + heading_line[heading.end(1) :]


def set_front_matter_key(front: str, key: str, value: str | list[str]) -> str:
    """Front matter with one top-level key set to a scalar or a list of them (replaced in place, or added
    before the closing line)."""
    newline = "\r\n" if "\r\n" in front else "\n"
    line = yaml.safe_dump({key: value}, allow_unicode=True, default_flow_style=False, width=10**6).rstrip("\n")
    line = line.replace("\n", newline)
    existing = re.compile(rf"^([\"']?){re.escape(key)}\1[ \t]*:[^\n]*$", re.MULTILINE)
    if existing.search(front):
        return existing.sub(lambda _: line + ("\r" if newline == "\r\n" else ""), front, count=1)
    opening = _OPEN.match(front).end()  # type: ignore[union-attr]
    closing = _CLOSE.search(front, opening)
    assert closing is not None
    if front[opening : closing.start()].lstrip().startswith("{"):
        raise InputError(f"the front matter is a flow mapping ({{...}}); a fix cannot add the key {key!r} to it")
    return front[: closing.start()] + line + newline + front[closing.start() :]


def _key_line(front: str, key: str) -> int:
    match = re.search(rf"^{re.escape(key)}[ \t]*:", front, re.MULTILINE)
    return front.count("\n", 0, match.start()) + 1 if match else 1
