"""A hard-wrapped article as a reader sees it: each wrapped paragraph on one line (artlint.hardwrap)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from artlint.article import BODY, Article, Placement, Span, Text
from artlint.findings import Finding
from artlint.fixes import Edit, Fix
from artlint.hardwrap import paragraph_starts
from artlint.layout import layout
from artlint.textutil import capital_or_caseless


@dataclass(frozen=True, slots=True)
class Unwrapped:
    """The article with each hard-wrapped paragraph of its body joined into one line, by single spaces."""

    article: Article
    lines: dict[int, tuple[int, int]]
    """For each line number of that body that stands for other lines than its own, their first and last number."""

    anchors: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
    """Offsets in this body, and the original body's offsets they stand for: the text from each to the next is the
    same in both, but for a joining space (the original's line break) and the first character of a joined line (its
    indentation, so that a cut from the start of the line takes that too)."""
    firsts: Mapping[int, int] = field(default_factory=lambda: MappingProxyType({}))
    """For each joined line whose first line is indented, its start and where that line's text starts: a
    replacement from the start of the line leaves the indentation where it is."""
    joints: tuple[int, ...] = ()
    """The offsets of the joining spaces."""

    def original(self, number: int) -> tuple[int, int]:
        """The first and last number of the original body's lines that line `number` stands for."""
        return self.lines.get(number, (number, number))

    def offset(self, offset: int) -> int:
        """The original body's offset of an offset in this body: the start of a line stands for the start of the
        first line it joins, a joining space for the original's line break, every other character for itself."""
        here, there = self.anchors
        if not here:
            return offset
        index = bisect.bisect_right(here, offset) - 1
        return there[index] + offset - here[index]

    def _joins(self, span: Span) -> bool:
        """Whether the span holds a joining space."""
        index = bisect.bisect_left(self.joints, span.start)
        return index < len(self.joints) and self.joints[index] < span.end

    def span(self, span: Span) -> Span:
        return Span(BODY, self.offset(span.start), self.offset(span.end)) if span.field == BODY else span

    def _edit(self, edit: Edit) -> Edit:
        span = self.span(edit.span)
        if edit.replacement and edit.span.field == BODY and edit.span.start in self.firsts:
            start = self.firsts[edit.span.start]
            span = Span(BODY, start, start if edit.span.end == edit.span.start else span.end)
        return Edit(span, edit.replacement)

    def read(self, check: Callable[[Article], Iterable[Finding]], written: Article) -> list[Finding]:
        """The findings of a rule's `check` on this article, on the lines as `written`; but where a wrapped
        paragraph's second line opens like a sentence, the paragraph may be a line of its own that ran on into the
        next only for being as wide as the wrap ('Related reading: Heat pumps, explained in five charts' /
        'Warmlyt's round is the largest ...'): where the rule, reading the lines as written, deletes that first line
        alone and leaves the second, that stands for what it reports from the paragraph's start. (A first line that
        ends a sentence and opens another in its last three words is prose that goes on: 'We use cookies to improve
        our site. Read our' / 'Privacy Policy ...'; a headline's 'U.S.' or question mark is not.)"""
        found = [self.on_original(finding) for finding in check(self.article)]
        lines = written.body.lines
        doubtful = {lines[first - 1].start: (lines[first - 1].end, lines[first].start)
                    for first, last in self.lines.values() if last > first and _opens_sentence(lines[first].text)
                    and not _SENTENCE_GOES_ON.search(lines[first - 1].text)}
        if not doubtful:
            return found
        alone = [f for f in check(written) if f.span.field == BODY]
        flagged = {f.span.start for f in alone}
        alone = [f for f in alone if f.fix is not None and f.span.start in doubtful
                 and f.span.end <= doubtful[f.span.start][0] and doubtful[f.span.start][1] not in flagged]
        taken = {f.span.start for f in alone}
        return [f for f in found if f.span.field != BODY or f.span.start not in taken] + alone

    def on_original(self, finding: Finding) -> Finding:
        """A finding on this body as a finding on the original's lines. A fix that would replace text across a line
        break it joined is dropped (the replacement would run two lines into one); a deletion across one stays."""
        if not self.anchors[0]:
            return finding
        fix = finding.fix
        if fix is not None:
            joins = any(edit.replacement and edit.span.field == BODY and self._joins(edit.span) for edit in fix.edits)
            fix = None if joins else replace(fix, edits=tuple(map(self._edit, fix.edits)))
        return replace(finding, span=self.span(finding.span), fix=fix)


_SENTENCE_GOES_ON = re.compile(r"[.!?][\"'”’»)]*\s+(?:\S+\s+){0,2}\S+\s*$")
"""A sentence's end with one to three words after it, to the end of the line: the next sentence goes on below."""


def _opens_sentence(text: str) -> bool:
    """Whether the line's first letter is a capital, or of a script without case."""
    return capital_or_caseless(next((char for char in text if char.isalpha()), ""))


def wrapped_paragraphs(article: Article) -> list[tuple[int, int]]:
    """The first and last line number of each hard-wrapped paragraph of the body (of two lines or more)."""
    return [(first, last) for first, last, _ in _paragraphs(article)]


def wrapped_sentences(article: Article) -> list[tuple[int, int]]:
    """The same for the wrapped paragraphs whose last line closes like a sentence."""
    return [(first, last) for first, last, closes in _paragraphs(article) if closes]


def _paragraphs(article: Article) -> list[tuple[int, int, bool]]:
    return article.body.memo("wrapped paragraphs", lambda _: _read(article))


def _read(article: Article) -> list[tuple[int, int, bool]]:
    view = layout(article)
    starts = paragraph_starts([line.text.strip() for line in view.lines], [line.number for line in view.lines],
                              view.closes)
    last_of: dict[int, int] = {}
    for index, start in enumerate(starts):
        last_of[start] = index
    return [(view.lines[start].number, view.lines[end].number, view.closes[end])
            for start, end in last_of.items() if end != start]


def unwrapped(article: Article) -> Unwrapped:
    """The article with its hard-wrapped paragraphs on one line each; itself, line for line, when it has none."""
    paragraphs = wrapped_paragraphs(article)
    if not paragraphs:
        return Unwrapped(article, {})
    joined = dict(paragraphs)
    going_on = {number for first, last in paragraphs for number in range(first + 1, last + 1)}
    body = article.body.lines
    lines: list[str] = []
    numbers: dict[int, tuple[int, int]] = {}
    here: list[int] = []
    there: list[int] = []
    joints: list[int] = []
    piece_starts: dict[int, int] = {}
    size = 0
    for line in body:
        if line.number in going_on:
            continue
        here.append(size)
        there.append(line.start)
        if line.number in joined:
            last = joined[line.number]
            pieces: list[str] = []
            for number in range(line.number, last + 1):
                original = body[number - 1]
                piece = original.text.strip()
                at = original.start + len(original.text) - len(original.text.lstrip())
                if pieces:
                    joints.append(size)
                    size += 1
                    here.append(size)
                    there.append(at)
                elif at != line.start:  # the first character stands for the indentation too
                    here.append(size + 1)
                    there.append(at + 1)
                    piece_starts[size] = at
                pieces.append(piece)
                size += len(piece)
            lines.append(" ".join(pieces))
            numbers[len(lines)] = (line.number, last)
        else:
            lines.append(line.text)
            size += len(line.text)
            if len(lines) != line.number:
                numbers[len(lines)] = (line.number, line.number)
        size += 1
    value = "\n".join(lines) + ("\n" if article.body.value.endswith("\n") else "")
    here.append(len(value))  # the end stands for the end, past a last line's trailing spaces
    there.append(len(article.body.value))
    read = replace(article.with_values({BODY: value}), placements=MappingProxyType(
        {**article.placements, BODY: _placement(article.placements.get(BODY), numbers, going_on)}))
    return Unwrapped(read, numbers, (tuple(here), tuple(there)), MappingProxyType(piece_starts), tuple(joints))


def _placement(placement: Placement | None, numbers: dict[int, tuple[int, int]], going_on: set[int]) -> Placement:
    """Where the joined body's lines stand in the file: each joined line where its first line stands, the lines
    it joins below it (Placement.joined), the original's holes where they stand among the joined lines."""
    first_line, first_column, holes = (placement.first_line, placement.first_column, placement.holes) if placement \
        else (1, 1, ())
    own = tuple(hole - sum(number < hole for number in going_on) for hole in holes)
    joins = tuple(number + 1 for number, (first, last) in numbers.items() for _ in range(last - first))
    return Placement(first_line, first_column, own, joins)


def ends_sentence(fix: Fix, body: Text, sentences: list[tuple[int, int]]) -> bool:
    """Whether the fix deletes the last lines of a hard-wrapped sentence (wrapped_sentences) but not its first: a
    phrase that a line rule knows ('Twitter.') ended the sentence on a line of its own. (A rule that knows one line
    of a wrapped caption or notice, 'Image: Northmere Polar Group', still deletes it: those end in no full stop.)"""
    for edit in fix.edits:
        cut = edit.span
        if cut.field != BODY or not edit.is_deletion or cut.end <= cut.start:
            continue
        for first, last in sentences:
            if body.line_start(first) < cut.start < body.lines[last - 1].end <= cut.end:
                return True
    return False
