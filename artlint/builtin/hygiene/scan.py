"""What the hygiene rules share: the fields they read, Markdown code to leave alone, edits that keep words whole."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from artlint.article import BODY, TITLE, Article, Span
from artlint.fixes import Edit

FIELDS = (TITLE, BODY)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)
_INDENTED = re.compile(r"^(?: {4}|\t)[^\n]*", re.MULTILINE)
_CODE_SPAN = re.compile(r"(`+)[^`\n]+?\1(?!`)")
_APOSTROPHES = "'\u2019"
_MARKS = re.compile(r"[ \t#>*+\-\d.)]*")


def texts(article: Article) -> Iterator[tuple[str, str]]:
    """(field name, value) of the non-empty fields that hold prose: the title and the body. A title without a
    letter or digit is left out: cleaning it would leave nothing, and an empty title is another rule's finding."""
    for name in FIELDS:
        text = article.fields.get(name)
        if text is not None and text.value and (name != TITLE or any(c.isalnum() for c in text.value)):
            yield name, text.value


def among_marks(value: str, start: int) -> bool:
    """True when only Markdown's line-opening marks (`#`, `>`, `-`, a number) and spaces precede `start` on its
    line: an edit there could turn the line into a heading, quote or list item."""
    return _MARKS.fullmatch(value, value.rfind("\n", 0, start) + 1, start) is not None


class Code:
    """Where code stands in a Markdown field (fenced and indented blocks, code spans): text whose `<`, `&`
    and spaces are meant literally. Plain text has none."""

    def __init__(self, value: str, markdown: bool) -> None:
        ranges: list[tuple[int, int]] = []
        if markdown:
            ranges.extend(_fences(value))
            if "    " in value or "\t" in value:
                ranges.extend(m.span() for m in _INDENTED.finditer(value))
            if "`" in value:
                ranges.extend(m.span() for m in _CODE_SPAN.finditer(value))
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def covers(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps code."""
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start


def _fences(value: str) -> Iterator[tuple[int, int]]:
    if "```" not in value and "~~~" not in value:
        return
    position = 0
    while (opening := _FENCE.search(value, position)) is not None:
        fence = opening.group(1)
        closing = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*\r?$", re.MULTILINE)
        line_end = value.find("\n", opening.end())
        found = closing.search(value, line_end + 1) if line_end >= 0 else None
        end = found.end() if found else len(value)
        yield opening.start(), end
        position = max(end, opening.end())


def _wordy(char: str) -> bool:
    return char.isalnum() or char == "_" or char in _APOSTROPHES


def whole_words(field: str, value: str, start: int, end: int, replacement: str) -> Edit:
    """An edit replacing [start, end); where that changes a word ('caf' + 'é' from 'Ã©', 'ab' + 'cd' once a
    control character between them goes, '7Â' losing its 'Â'), it spans the whole words around it, so that the
    fix declares the word it makes ('café') rather than creating it unseen."""
    before = start > 0 and _wordy(value[start - 1])
    after = end < len(value) and _wordy(value[end])
    cut = value[start:end]
    glued = not replacement and before and after
    widen_left = before and (glued or _wordy(cut[:1] or " ") or _wordy(replacement[:1] or " "))
    widen_right = after and (glued or _wordy(cut[-1:] or " ") or _wordy(replacement[-1:] or " "))
    left, right = start, end
    while widen_left and left > 0 and _wordy(value[left - 1]):
        left -= 1
    while widen_right and right < len(value) and _wordy(value[right]):
        right += 1
    return Edit(Span(field, left, right), value[left:start] + replacement + value[end:right])
