"""Fixes as data: Applicability, Edit, Fix, and applying edits to field values."""

from __future__ import annotations

import enum
import re
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass

from artlint.article import BODY, Article, Span, Text
from artlint.textutil import BLOCK_MARKUP


class Applicability(enum.StrEnum):
    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text of a span (empty replacement: delete it; empty span: insert)."""

    span: Span
    replacement: str = ""

    @property
    def is_deletion(self) -> bool:
        return not self.replacement


@dataclass(frozen=True, slots=True)
class Fix:
    applicability: Applicability
    edits: tuple[Edit, ...]
    message: str = ""

    @classmethod
    def delete(cls, span: Span, applicability: Applicability, message: str = "") -> Fix:
        return cls(applicability, (Edit(span),), message)

    def applies(self, unsafe: bool) -> bool:
        if self.applicability is Applicability.SAFE:
            return True
        return unsafe and self.applicability is Applicability.UNSAFE


def select_fixes(fixes: Iterable[Fix]) -> list[Fix]:
    """The fixes whose edits overlap no chosen fix's, larger fixes first (a block cut wins over a line
    deletion inside it); a fix goes in whole or not at all."""
    chosen: list[Fix] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for fix in sorted(fixes, key=lambda f: -sum(e.span.end - e.span.start for e in f.edits)):
        if any(_overlaps(taken.get(e.span.field, ()), e.span) for e in fix.edits):
            continue
        for edit in fix.edits:
            taken.setdefault(edit.span.field, []).append((edit.span.start, edit.span.end))
        chosen.append(fix)
    return chosen


def _overlaps(ranges: Iterable[tuple[int, int]], span: Span) -> bool:
    for start, end in ranges:
        if span.start < end and start < span.end:
            return True
        if span.start == span.end == start == end:
            return True
    return False


def apply_edits(value: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits of one field to its value."""
    parts: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.span.start, e.span.end)):
        start, end = edit.span.start, min(edit.span.end, len(value))
        parts.append(value[position:start])
        parts.append(edit.replacement)
        position = max(position, end)
    parts.append(value[position:])
    return "".join(parts)


def shift_offset(offset: int, edits: Sequence[Edit]) -> int:
    """Where an offset lands after the edits: deletions before it pull it back, insertions before it push it on."""
    delta = 0
    for edit in edits:
        start, end = edit.span.start, edit.span.end
        if start == end == offset:
            continue  # text inserted at the offset goes after whatever stands there
        if end <= offset:
            delta += len(edit.replacement) - (end - start)
        elif start < offset:
            delta -= offset - start
    return offset + delta


def group_by_field(edits: Iterable[Edit]) -> Mapping[str, list[Edit]]:
    grouped: dict[str, list[Edit]] = {}
    for edit in edits:
        grouped.setdefault(edit.span.field, []).append(edit)
    return grouped


_UNDERLINE = re.compile(r" {0,3}(?:=+|-+)[ \t]*(?:\r?\n|\r?\Z)")


def underline_end(body: str, at: int) -> int | None:
    """Where the Markdown heading underline ('=====', '-----') that starts at offset `at` ends, if one does."""
    underline = _UNDERLINE.match(body, at)
    return underline.end() if underline else None


_NOT_HEADING_TEXT = BLOCK_MARKUP
"""A line that cannot be a Setext heading's text (a list item, quote, heading, table row or fence): a '---'
under it is a thematic break."""


def with_heading_underlines(body: Text, edits: Sequence[Edit], holes: Container[int] = ()) -> list[Edit]:
    """Markdown: a deletion of whole body lines whose last line is underlined as a heading takes the underline
    too. Left behind, it would stand as stray text, or make the paragraph above it a heading (and so, perhaps,
    the title). `holes`: body line numbers before which another file line stands (the title's heading, cut
    out of the body): a line there is not under the deleted one."""
    value = body.value
    starts = sorted(e.span.start for e in edits if e.span.field == BODY)
    extended = []
    for edit in edits:
        span = edit.span
        if span.field == BODY and edit.is_deletion and span.end > span.start and value[span.end - 1] == "\n" \
                and (span.start == 0 or value[span.start - 1] == "\n"):
            end = underline_end(value, span.end)
            last = value[max(value.rfind("\n", 0, span.end - 1) + 1, span.start) : span.end]
            if end is not None and last.strip() and not _NOT_HEADING_TEXT.match(last) \
                    and body.position(span.end)[0] not in holes and not any(span.end <= s < end for s in starts):
                edit = Edit(Span(BODY, span.start, end))
        extended.append(edit)
    return extended


def keeping_unterminated_ends(article: Article, edits: Sequence[Edit]) -> list[Edit]:
    """A field that does not end in a line break still does not after its last lines are deleted: the line
    breaks and blank lines before them go too ('... website.\\nShare' -> '... website.', not '... website.\\n'),
    taking in the edits of white space there (a pile of blank lines made one). Not when another file line stands
    among the field's lines below the last kept one (a plain-text title cut out of the body): the line break
    before it is that line's too."""
    extended = list(edits)
    for name, own in group_by_field(edits).items():
        text = article.text(name)
        value = text.value if text is not None else ""
        if not value or value[-1] in "\r\n":
            continue
        frontier = len(value)
        for edit in sorted(own, key=lambda e: (e.span.start, e.span.end), reverse=True):
            if not edit.is_deletion or edit.span.end < frontier:
                break
            frontier = min(frontier, edit.span.start)
        if frontier == len(value) or value[frontier - 1 : frontier] not in ("\n", "\r"):
            continue  # the field's end is kept, or the deletion does not start at a line's start
        start = frontier
        while start and (value[start - 1].isspace() or value[start - 1] in _INVISIBLE):
            start -= 1
        placement = article.placements.get(name)
        first = text.position(start)[0]  # type: ignore[union-attr]
        if not start or any(hole > first for hole in (placement.holes if placement else ())):
            continue
        inside = [e for e in own if e.span.start < frontier and start < e.span.end]
        if all(start <= e.span.start and e.span.end <= frontier and not e.replacement.strip() for e in inside):
            extended = [e for e in extended if e not in inside] + [Edit(Span(name, start, frontier))]
    return extended


_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")
