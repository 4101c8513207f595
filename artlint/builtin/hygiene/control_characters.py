"""control-characters: C0 and C1 control characters and stray zero-width characters in the text."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.builtin.hygiene.mojibake import runs
from artlint.builtin.hygiene.scan import among_marks, texts, whole_words
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.rule import Rule

_SUSPECT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]+")
_JOINERS = "\u200c\u200d\u2060"
SEPARATING = "\x0b\x0c\x1c\x1d\x1e\x1f\x85"
"""Controls that stood for a break (vertical tab, form feed, information separators, next line): a space
takes their place between two words."""
_NAMES = {"\u200b": "zero-width space", "\ufeff": "zero-width no-break space (BOM)", "\u200c": "zero-width non-joiner",
          "\u200d": "zero-width joiner", "\u2060": "word joiner"}
_UNSPACED = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x3040, 0x30FF), (0x4E00, 0x9FFF))
"""Thai, Lao, Myanmar, Khmer, kana and CJK: scripts written without spaces, where U+200B marks word breaks."""


class ControlCharacters(Rule):
    """Control characters and stray zero-width characters inside the text.

    Why
    C0 controls (NUL, backspace, vertical tab, form feed, ...), DEL and C1 controls (U+0080-U+009F) are never
    text: they come from binary junk, bad conversions or Word exports, break JSON tools and terminals, and hide
    inside words so that searches miss them. Zero-width spaces and byte order marks in mid-text are invisible
    junk from web pages. Tab, line feed and carriage return are left to the formats. Legitimate invisible
    characters are kept: zero-width joiners and non-joiners inside emoji sequences and in Persian, Arabic or
    Indic words (only a joiner between ASCII characters or spaces is flagged), zero-width spaces that mark
    word breaks in Thai, Lao, Khmer, Myanmar, Japanese or Chinese, soft hyphens (U+00AD, a hyphenation hint),
    and bidirectional marks. C1 characters that belong to mojibake, complete or cut short, are left to the
    mojibake rule.

    Example
    before: The harbour\\u200b reopened\\x00 on Monday.\\x0bThe ferry followed.
    after:  The harbour reopened on Monday. The ferry followed.

    Fix safety
    Safe: deleting C0 and C1 controls, DEL, U+200B and U+FEFF (a vertical tab, form feed, information separator
    or NEL between two words becomes a space). Deleting a joiner that stands between spaces or alone on a line is safe; deleting
    one between two ASCII letters or digits is unsafe, as a typesetter may have placed it on purpose. In Markdown,
    a control character among the marks that open a line (`#`, `>`, `-`, a number) is reported without a fix:
    deleting it could turn the line into a heading, quote or list item; so is one between a lone CR and a line
    break (deleting it would make them a CRLF).
    """

    code = "ART303"
    name = "control-characters"
    fixable = "safe or unsafe"
    as_written = True

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        for name, value in texts(article):
            if value.replace("\n", " ").isprintable():
                continue  # every character _SUSPECT looks for is unprintable: one C loop clears most fields
            markdown = name == BODY and article.markup == "markdown"
            mojibake: set[int] | None = None
            for match in _SUSPECT.finditer(value):
                if mojibake is None and any("\x80" <= c <= "\x9f" for c in match.group()):
                    mojibake = {i for m, _ in runs(value) for i in range(m.start(), m.end())}
                flagged = [i for i in range(match.start(), match.end()) if _junk(value, i, mojibake or set())]
                for start, end in _groups(flagged):
                    yield self.report(name, value, start, end, markdown)

    def report(self, name: str, value: str, start: int, end: int, markdown: bool) -> Finding:
        chars = value[start:end]
        unsafe = any(c in _JOINERS for c in chars) and value[start - 1 : start].isalnum() and value[end : end + 1].isalnum()
        separating = chars[0] in SEPARATING and value[start - 1 : start].strip() and value[end : end + 1].strip()
        fix: Fix | None = Fix(Applicability.UNSAFE if unsafe else Applicability.SAFE,
                  (whole_words(name, value, start, end, " " if separating else ""),), "delete the control characters")
        if markdown and among_marks(value, start):
            fix = None  # deleting it could turn the line into a heading, quote or list item: the author decides
        if value[start - 1 : start] == "\r" and value[end : end + 1] == "\n":
            fix = None  # deleting it would make a lone CR and the line break one CRLF, a new line ending
        what = ", ".join(_NAMES.get(c) or f"control character U+{ord(c):04X}" for c in dict.fromkeys(chars))
        return self.finding(Span(name, start, end), f"invisible junk in the text: {what}", fix)


def _junk(value: str, index: int, mojibake: set[int]) -> bool:
    char = value[index]
    if "\x80" <= char <= "\x9f":
        return index not in mojibake
    before, after = value[index - 1 : index] if index else " ", value[index + 1 : index + 2] or " "
    if char in _JOINERS:
        return before.isascii() and after.isascii()
    if char == "\u200b":
        return not any(low <= ord(c) <= high for c in before + after for low, high in _UNSPACED)
    return True


def _groups(indices: list[int]) -> Iterator[tuple[int, int]]:
    """Consecutive indices as [start, end) ranges."""
    start = previous = -2
    for index in indices:
        if index != previous + 1:
            if start >= 0:
                yield start, previous + 1
            start = index
        previous = index
    if start >= 0:
        yield start, previous + 1
