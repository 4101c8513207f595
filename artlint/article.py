"""The document model: Article, Text, Line, Span, Placement, Source."""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from itertools import accumulate, count, repeat
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar
from urllib.parse import urlsplit

TITLE = "title"
BODY = "body"
DATE = "date"
URL = "url"
AUTHOR = "author"

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Span:
    """Offsets [start, end) inside one field of an article."""

    field: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}..{self.end} in {self.field!r}")


class Line(NamedTuple):
    """One line of a Text: 1-based number, offsets of its content, and its text without the terminator.
    A named tuple: a body's lines are built by the hundred thousand, and a tuple is the cheapest record."""

    number: int
    start: int
    end: int
    text: str

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


class Text:
    """A field's value with a line index, built once when first asked for."""

    __slots__ = ("__dict__", "_lines", "_starts", "value")

    def __init__(self, value: str) -> None:
        self.value = value
        self._starts: list[int] | None = None
        self._lines: tuple[Line, ...] | None = None

    def __repr__(self) -> str:
        return f"Text({self.value[:40]!r}{'...' if len(self.value) > 40 else ''})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)

    def __len__(self) -> int:
        return len(self.value)

    def memo(self, key: object, build: Callable[[Text], T]) -> T:
        """An analysis of this text (a layout, a score), built once and shared by every rule."""
        memos = self.__dict__.setdefault("_memos", {})
        if key not in memos:
            memos[key] = build(self)
        return memos[key]  # type: ignore[no-any-return]

    @property
    def lines(self) -> tuple[Line, ...]:
        if self._lines is None:
            parts = self.value.split("\n")
            if self._starts is None:
                self._starts = _starts(parts)
            self._lines = _index_lines(self.value, parts, self._starts)
        return self._lines

    @property
    def starts(self) -> list[int]:
        """Offset of each line's start; a final line break opens one more (empty) line."""
        if self._starts is None:
            self._starts = _starts(self.value.split("\n"))
        return self._starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset."""
        starts = self.starts
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def line_start(self, number: int) -> int:
        """Offset where 1-based line `number` starts; the text's length past the last line."""
        starts = self.starts
        if number - 1 < len(starts):
            return starts[number - 1]
        return len(self.value)

    def lines_span(self, field_name: str, first: int, last: int) -> Span:
        """The span that deletes whole lines first..last (1-based, inclusive) with their terminators."""
        return Span(field_name, self.line_start(first), self.line_start(last + 1))


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a field's lines stand in the file: field line n is file line first_line + n - 1,
    one further down for each hole (a field line number before which another file line stands)."""

    first_line: int = 1
    first_column: int = 1
    holes: tuple[int, ...] = ()
    joined: tuple[int, ...] = ()
    """Like holes, the lines a hard-wrapped paragraph joined into the line above (artlint.unwrapped): the file's
    lines below are further down by as many. Kept apart, as the first hole is the title's line in a plain text."""

    def file_position(self, line: int, column: int) -> tuple[int, int]:
        shift = sum(1 for hole in self.holes if line >= hole) + sum(1 for hole in self.joined if line >= hole)
        return (
            self.first_line + line - 1 + shift,
            column + self.first_column - 1 if line == 1 else column,
        )


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article comes from: path, and record index and file line for JSON Lines."""

    path: str
    record: int | None = None
    line: int | None = None
    field_positions: bool = False
    """True when finding positions are inside each field's text (JSON), not in the file."""

    def __str__(self) -> str:
        if self.record is None:
            return self.path
        return f"{self.path}:{self.line} [record {self.record}]"


@dataclass(frozen=True, slots=True)
class Article:
    """One scraped article: known fields as Text, everything else untouched in meta."""

    source: Source
    format: str
    fields: Mapping[str, Text]
    meta: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    placements: Mapping[str, Placement] = field(default_factory=lambda: MappingProxyType({}))
    structured: bool = False
    """True when the format has real metadata fields (JSON, front matter), not just text."""
    markup: str = "plain"
    """The syntax of the body: "plain", or "markdown" (where `<`, `&`, two trailing spaces,
    indentation and code blocks carry meaning). Rules ask this, never the file format."""
    shaped: frozenset[str] = frozenset()
    """Fields whose value in the file is neither text, null nor an empty list (a list of names, an
    object, a boolean): a fix cannot write them, so a rule offers none that would."""

    @classmethod
    def from_values(
        cls,
        values: Mapping[str, str | None],
        *,
        source: Source | None = None,
        format: str = "json",
        structured: bool = True,
        meta: Mapping[str, Any] | None = None,
        placements: Mapping[str, Placement] | None = None,
    ) -> Article:
        """Build an article from plain strings; None values are left out."""
        return cls(
            source=source or Source("<text>"),
            format=format,
            fields=MappingProxyType({k: Text(v) for k, v in values.items() if v is not None}),
            meta=MappingProxyType(dict(meta or {})),
            placements=MappingProxyType(dict(placements or {})),
            structured=structured,
        )

    def text(self, name: str) -> Text | None:
        return self.fields.get(name)

    def value(self, name: str) -> str:
        text = self.fields.get(name)
        return text.value if text is not None else ""

    @property
    def title(self) -> str:
        return self.value(TITLE).strip()

    @property
    def body(self) -> Text:
        return self.fields.get(BODY) or _EMPTY

    @property
    def site(self) -> str:
        """Where the article was published: its URL's host (without www.), else the folder it lies in."""
        host = url_host(self.value(URL)).removeprefix("www.")
        return host or os.path.basename(os.path.dirname(self.source.path)) or "."

    @property
    def identity(self) -> str:
        """What names this article inside its file, stable across edits: its id or URL field, else
        its record index; empty for a file that holds one article."""
        for key in ("id", "_id", "uuid"):
            value = self.meta.get(key)
            if isinstance(value, (str, int)) and not isinstance(value, bool):
                return str(value)
        if self.source.record is None:
            return ""
        return self.value(URL).strip() or str(self.source.record)

    def with_values(self, values: Mapping[str, str]) -> Article:
        fields = dict(self.fields)
        fields.update({k: Text(v) for k, v in values.items()})
        return replace(self, fields=MappingProxyType(fields))

    def file_position(self, field_name: str, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset in a field: in the file for text formats,
        inside the field's text for JSON."""
        text = self.fields.get(field_name) or _EMPTY
        line, column = text.position(min(offset, len(text.value)))
        placement = self.placements.get(field_name)
        return placement.file_position(line, column) if placement else (line, column)

    def file_range(self, field_name: str, start: int, end: int) -> tuple[int, int, int, int]:
        """file_position of both ends of a span: (line, column, end line, end column)."""
        text = self.fields.get(field_name) or _EMPTY
        starts, size = text.starts, len(text.value)
        start, end = min(start, size), min(end, size)
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, end, first) - 1
        placement = self.placements.get(field_name)
        if placement is None:
            return first + 1, start - starts[first] + 1, last + 1, end - starts[last] + 1
        return (*placement.file_position(first + 1, start - starts[first] + 1),
                *placement.file_position(last + 1, end - starts[last] + 1))


_EMPTY = Text("")


def _starts(parts: list[str]) -> list[int]:
    return list(accumulate(map((1).__add__, map(len, parts[:-1])), initial=0))


def _index_lines(value: str, parts: list[str], starts: list[int]) -> tuple[Line, ...]:
    """The lines of `value` split on "\\n" (`parts`), without a final "\\r"; built in C, no Python call per line."""
    if "\r" in value:
        parts = [part.removesuffix("\r") for part in parts]
    ends = map(int.__add__, starts, map(len, parts))
    lines = list(map(tuple.__new__, repeat(Line), zip(count(1), starts, ends, parts)))
    if len(lines) > 1 and lines[-1].start == len(value):
        lines.pop()  # a final terminator does not open another line
    return tuple(lines)


def url_host(url: str) -> str:
    """The lower-cased host of a URL; empty when there is none, or the text is no URL urlsplit
    accepts ('http://[zz]/', a bad port)."""
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""
