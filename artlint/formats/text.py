"""Plain text (.txt): the title is the first line of the article proper, every other line is body."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from artlint.article import BODY, TITLE, Article, Placement, Source, Text
from artlint.fixes import Edit, shift_offset
from artlint.formats.base import Document, Encoding, InputError, decode_lines
from artlint.formats.headerlines import title_line_index

# A line with its terminator. Only "\n" ends a line, as in Text's line index (str.splitlines also breaks at
# \f, \x85 and \u2028, which would put the title on the wrong line).
LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")


def split_title(content: str) -> tuple[str, str, int, int]:
    """(title line with its terminator, body, title's 0-based line index, body offset where the title stood)."""
    lines = LINE.findall(content)
    index = title_line_index([line.rstrip("\r\n") for line in lines])
    if index is None:
        return "", content, -1, 0
    anchor = sum(len(line) for line in lines[:index])
    title = lines[index]
    return title, content[:anchor] + content[anchor + len(title) :], index, anchor


def text_article(path: str, fmt: str, title_line: str, body: str, index: int) -> Article:
    """The article of a text whose title stood at line `index` (0-based, -1 for none) above the body's text."""
    fields = {BODY: Text(body)}
    # The title line is a hole in the body's line numbering, unless it ends the file: then no body line follows it.
    placements = {BODY: Placement(1, 1, (index + 1,) if index >= 0 and title_line.endswith("\n") else ())}
    if index >= 0:
        fields[TITLE] = Text(title_line.rstrip("\r\n"))
        placements[TITLE] = Placement(1 + index)
    return Article(Source(path), fmt, MappingProxyType(fields), placements=MappingProxyType(placements))


class TextDocument(Document):
    format = "text"

    def __init__(self, path: str, data: bytes) -> None:
        self.path = path
        self.original, self.encoding = decode_lines(data)
        self._set(self.original)

    def _set(self, content: str) -> None:
        self.content = content
        self.title_line, self.body, self.index, self.anchor = split_title(content)
        self.entries = [text_article(self.path, self.format, self.title_line, self.body, self.index)]

    def update(self, index: int, values: Mapping[str, str], edits: Sequence[Edit]) -> Article:
        self._set(readable(rejoin(self.title_line, self.body, self.anchor, values, edits), self.encoding))
        return self.entries[0]  # type: ignore[return-value]

    def revert(self, index: int) -> None:
        self._set(self.original)

    def to_bytes(self) -> bytes:
        return self.encoding.encode(self.content)


def rejoin(title_line: str, body: str, anchor: int, values: Mapping[str, str], edits: Sequence[Edit]) -> str:
    """Body and title line put back together after edits: the title goes where its anchor moved."""
    if TITLE in values:
        if "\n" in values[TITLE]:
            raise InputError("a fix would put a line break into the title line")
        title_line = values[TITLE] + title_line[len(title_line.rstrip("\r\n")) :]
    unknown = set(values) - {TITLE, BODY}
    if unknown:
        raise InputError(f"plain text has no {', '.join(sorted(unknown))} field to write")
    new_body = values.get(BODY, body)
    at = shift_offset(anchor, [e for e in edits if e.span.field == BODY]) if BODY in values else anchor
    return new_body[:at] + title_line + new_body[at:]


def readable(content: str, encoding: Encoding) -> str:
    """The fixed content, when the file it makes reads back as that same text; InputError otherwise (deleting
    every LF line can leave a lone CR as the only line break, or a U+FEFF at the start that reads as a BOM)."""
    try:
        text, _ = decode_lines(encoding.encode(content))
    except (InputError, UnicodeEncodeError) as exc:
        raise InputError(f"the fixed file would not read again: {exc}") from None
    if text != content:
        raise InputError("the fixed file would read back differently (it would start with U+FEFF, read as a BOM)")
    return content


def parse_text(path: str, data: bytes) -> TextDocument:
    return TextDocument(path, data)
