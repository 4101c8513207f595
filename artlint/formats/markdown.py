"""Markdown (.md): optional YAML front matter (or Jina Reader's envelope), then the body; a leading `# Heading`
is the title otherwise."""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

import yaml

from artlint.article import AUTHOR, BODY, TITLE, Article, Placement, Source, Text
from artlint.fixes import Edit, shift_offset
from artlint.formats.base import Document, InputError, RecordError, decode_lines
from artlint.formats.fieldvalues import as_text, field_keys, shaped
from artlint.formats.readerenvelope import set_envelope_field, split_envelope
from artlint.formats.text import LINE, TextDocument, readable
from artlint.yamlload import safe_load

_OPEN = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_HEADING = re.compile(r"#[ \t]+(\S[^\r\n]*?)[ \t#]*\r?$", re.MULTILINE)
_SETEXT_UNDERLINE = re.compile(r" {0,3}=+[ \t]*")
_SETEXT_TEXT = re.compile(r"[ \t]*(\S[^\r\n]*?)[ \t]*\r?$", re.MULTILINE)


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

    def _set(self, content: str, tail: str | None = None, enveloped: bool | None = None) -> None:
        """`tail` and `enveloped`, after a fix: the summaries and whether there is an envelope at all, as the first
        read found them (a fix that removes a control character from the title line must not make one appear)."""
        self.content = content
        self.front, self.matter = split_front_matter(content, self.path)
        self.envelope = split_envelope(content, tail) if self.matter is None and enveloped is not False else None
        if enveloped and self.envelope is None:
            raise InputError("a fix would break Jina Reader's envelope")
        self.keys = field_keys(self.matter, self.fields) if self.matter is not None else {}
        body = content[len(self.front) :]
        values = {name: as_text(self.matter[key]) for name, key in self.keys.items()} if self.matter else {}
        if self.envelope is not None:
            self.front, body, values = self.envelope.head, self.envelope.body(content), dict(self.envelope.values)
        body_line = self.front.count("\n") + 1
        self.heading_line, self.heading_at = "", -1
        if not values.get(TITLE):
            self.heading_line, self.heading_at, index = find_heading(body)
        else:
            index = -1
        if index >= 0:
            body = body[: self.heading_at] + body[self.heading_at + len(self.heading_line) :]
        fields = {BODY: Text(body)}
        holes = (index + 1,) * self.heading_line.count("\n")  # no body line follows a heading that ends the file
        placements = {BODY: Placement(body_line, 1, holes)}
        if index >= 0:
            heading = heading_text(self.heading_line)
            fields[TITLE] = Text(self.heading_line[heading.start(1) : heading.end(1)] if heading else "")
            placements[TITLE] = Placement(body_line + index, heading.start(1) + 1 if heading else 1)
        for name, value in values.items():
            if value is not None and name != BODY:
                fields.setdefault(name, Text(value))
                line, column = self.envelope.places[name] if self.envelope else (_key_line(self.front, self.keys[name]), 1)
                placements.setdefault(name, Placement(line, column))
        meta = {k: v for k, v in (self.matter or {}).items() if k not in self.keys.values()}
        self.entries = [Article(
            Source(self.path), self.format, MappingProxyType(fields), MappingProxyType(meta),
            MappingProxyType(placements), structured=self.matter is not None or self.envelope is not None,
            markup="markdown", shaped=self._shaped(),
        )]

    def _shaped(self) -> frozenset[str]:
        if self.envelope is not None:
            return frozenset({AUTHOR})  # the envelope has no line for it
        return shaped(self.matter, self.keys) if self.matter else frozenset()

    def update(self, index: int, values: Mapping[str, str], edits: Sequence[Edit]) -> Article:
        front, heading_line = self.front, self.heading_line
        for name, value in values.items():
            if name == BODY:
                continue
            if name == TITLE and self.heading_at >= 0:
                heading_line = retitle(heading_line, value)
                continue
            if self.envelope is not None:
                front = set_envelope_field(front, name, value)
                continue
            if self.matter is None:
                raise InputError(f"cannot write field {name!r} in a Markdown file without front matter")
            key = self.keys.get(name, name)
            front = set_front_matter_key(front, key, [value] if self.matter.get(key) == [] else value)
        tail = self.envelope.tail if self.envelope else ""
        body = self.content[len(self.front) : len(self.content) - len(tail)]
        if BODY in values or heading_line != self.heading_line:
            new_body = values.get(BODY, self.entries[0].body.value)  # type: ignore[union-attr]
            if self.heading_at >= 0:
                at = shift_offset(self.heading_at, [e for e in edits if e.span.field == BODY])
                new_body = new_body[:at] + heading_line + new_body[at:]
            body = new_body
        self._set(readable(front + body + tail, self.encoding), tail, self.envelope is not None)
        return self.entries[0]  # type: ignore[return-value]

    def revert(self, index: int) -> None:
        self._set(self.original)

    def to_bytes(self) -> bytes:
        return self.encoding.encode(self.content)


class ReaderTextDocument(MarkdownDocument):
    """A .txt file that Jina Reader wrote: its envelope, then the page as Markdown."""

    format = "text"


def text_document(path: str, data: bytes, fields: Mapping[str, tuple[str, ...]]) -> Document:
    """A .txt file: plain text, unless it starts with Jina Reader's envelope."""
    if data.startswith((b"Title:", codecs.BOM_UTF8 + b"Title:")):
        document = ReaderTextDocument(path, data, fields)
        if document.envelope is not None:
            return document
    return TextDocument(path, data)


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
    """(heading lines with terminators, offset, 0-based line index) of the first `# Heading`, or of the first
    line underlined with '==='; ('', -1, -1) if there is none. Only the line right above the underline counts
    (Markdown would make the whole paragraph above it the heading): so what stands above that line, and fixes
    there, never change the title.
    Lines above it (site chrome such as "Skip to content" or "3 min read") do not hide it: otherwise a fix
    that deletes them would turn the heading into the title, and the fix would be rejected."""
    offset = 0
    lines = LINE.findall(body)
    for index, line in enumerate(lines):
        if _HEADING.match(line.rstrip("\r\n")):
            return line, offset, index
        underlined = index + 1 < len(lines) and _SETEXT_UNDERLINE.fullmatch(lines[index + 1].rstrip("\r\n"))
        if underlined and line.strip():
            return line + lines[index + 1], offset, index
        offset += len(line)
    return "", -1, -1


def heading_text(heading_line: str) -> re.Match[str] | None:
    """The heading's text as group 1 of a match on its first line."""
    return _HEADING.match(heading_line) or _SETEXT_TEXT.match(heading_line)


def retitle(heading_line: str, title: str) -> str:
    """The heading (with its terminators) with new heading text."""
    heading = heading_text(heading_line)
    if heading is None or "\n" in title or "\r" in title or not title.strip() or title != title.strip():
        raise InputError("a fix would make the Markdown heading line something else than that title")
    return heading_line[: heading.start(1)] + title + heading_line[heading.end(1) :]


def set_front_matter_key(front: str, key: str, value: str | list[str]) -> str:
    """Front matter with one top-level key set to a scalar or a list of them (replaced in place with the
    lines its old value spanned, or added before the closing line)."""
    newline = "\r\n" if "\r\n" in front else "\n"
    line = yaml.safe_dump({key: value}, allow_unicode=True, default_flow_style=False, width=10**6).rstrip("\n")
    line = line.replace("\n", newline)
    opening = _OPEN.match(front).end()  # type: ignore[union-attr]
    closing = _CLOSE.search(front, opening)
    assert closing is not None
    span = _value_span(front[opening : closing.start()], key)
    if span is not None:
        return front[: opening + span[0]] + line + front[opening + span[1] :]
    if front[opening : closing.start()].lstrip().startswith("{"):
        raise InputError(f"the front matter is a flow mapping ({{...}}); a fix cannot add the key {key!r} to it")
    return front[: closing.start()] + line + newline + front[closing.start() :]


def _value_span(matter: str, key: str) -> tuple[int, int] | None:
    """Where a top-level key of the front matter's text stands, from the key to the end of its value (all the
    lines a folded scalar, a block or a list spans, without the line break after it); None when it has none."""
    try:
        node = yaml.compose(matter, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(node, yaml.MappingNode) or node.flow_style:
        return None  # a flow mapping ({title: ...}) is left to the caller, which cannot write into it
    found = None
    for name, value in node.value:
        if isinstance(name, yaml.ScalarNode) and name.value == key:
            end = value.end_mark.index
            while end > name.start_mark.index and matter[end - 1] in "\r\n":
                end -= 1
            found = name.start_mark.index, end  # a key given twice has the value YAML reads last
    return found


def _key_line(front: str, key: str) -> int:
    match = re.search(rf"^{re.escape(key)}[ \t]*:", front, re.MULTILINE)
    return front.count("\n", 0, match.start()) + 1 if match else 1
