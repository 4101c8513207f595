"""What every format shares: file bytes, decoding that can be undone exactly, field names, Document."""

from __future__ import annotations

import codecs
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from artlint.article import Article, Source
from artlint.fixes import Edit

DEFAULT_FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "title": ("title", "headline", "metadata.title", "data.title", "data.metadata.title"),
    "date": ("date", "date_publish", "published", "publish_date", "datePublished", "metadata.publishedTime",
             "data.publishedTime", "data.metadata.publishedTime"),
    "body": ("text", "body", "maintext", "content", "articleBody", "markdown.raw_markdown", "markdown",
             "data.content", "data.markdown"),
    "url": ("url", "metadata.sourceURL", "metadata.url", "data.url", "data.metadata.sourceURL"),
    "author": ("author", "authors", "byline", "metadata.author", "data.metadata.author"),
})
"""Key names of news-please, newspaper, trafilatura and schema.org, then the JSON of Markdown scrapers:
Firecrawl's documents ('markdown', 'metadata.title', 'metadata.sourceURL') and its API responses (the same
under 'data'), crawl4ai ('markdown.raw_markdown') and Jina Reader ('data.content'). A dotted name is a path
into nested objects, in JSON and JSON Lines."""


class InputError(Exception):
    """A file that cannot be read as an article file; the message says why in one line."""


class FileData:
    """A file's bytes, read once and only when a format asks. A chunk of a larger JSON Lines file says
    where it starts: the index of its first record and the file line of its first line."""

    def __init__(self, path: str, data: bytes | None = None, first_record: int = 0, first_line: int = 1) -> None:
        self.path = path
        self._data = data
        self.first_record = first_record
        self.first_line = first_line

    def read(self) -> bytes:
        if self._data is None:
            try:
                with open(self.path, "rb") as handle:
                    self._data = handle.read()
            except OSError as exc:
                raise InputError(f"cannot read: {exc.strerror or exc}") from None
        return self._data


@dataclass(frozen=True, slots=True)
class Encoding:
    """How text was stored, so that it is written back the same way."""

    name: str = "utf-8"
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.name)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_STARTS = frozenset(bom[:1] for bom, _ in _BOMS)
_UTF8 = Encoding()


def decode(data: bytes) -> tuple[str, Encoding]:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused with the reason."""
    for bom, name in _BOMS if data[:1] in _BOM_STARTS else ():
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), Encoding(name, bom)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {name} at byte {exc.start + len(bom)}") from None
    if data.find(b"\x00", 0, 8192) != -1:
        raise InputError("binary file (NUL bytes); not an article")
    try:
        return data.decode("utf-8"), _UTF8
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid UTF-8 at byte {exc.start}: {data[exc.start:exc.start + 4]!r}") from None


def decode_lines(data: bytes) -> tuple[str, Encoding]:
    """`decode`, for formats read line by line: text whose only line breaks are lone CRs (classic Mac
    files) is refused rather than read as one long line."""
    text, encoding = decode(data)
    if "\r" in text and "\n" not in text.rstrip("\r"):
        if text.rstrip("\r").count("\r"):
            raise InputError("lines end in CR only (classic Mac); convert them to LF or CRLF")
    return text, encoding


@dataclass(frozen=True, slots=True)
class RecordError:
    """A file or record that could not be parsed; it becomes an ART9xx finding."""

    source: Source
    message: str


Entry = Article | RecordError


class Document:
    """A parsed file: its entries (articles or record errors), and how to write changed articles back."""

    format: str = ""
    path: str = ""
    entries: list[Entry]

    def update(self, index: int, values: Mapping[str, str], edits: Sequence[Edit]) -> Article:
        """Write new field values for entry `index` (produced by `edits`), parse the result again and
        return the new article. Raises InputError when the format cannot hold the change."""
        raise NotImplementedError

    def revert(self, index: int) -> None:
        """Put entry `index` back as it was when the file was read."""
        raise NotImplementedError

    def to_bytes(self) -> bytes:
        raise NotImplementedError
