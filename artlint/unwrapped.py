"""A hard-wrapped article as a reader sees it: each wrapped paragraph on one line (artlint.hardwrap)."""

from __future__ import annotations

from dataclasses import dataclass

from artlint.article import BODY, Article, Text
from artlint.fixes import Fix
from artlint.hardwrap import paragraph_starts
from artlint.layout import layout


@dataclass(frozen=True, slots=True)
class Unwrapped:
    """The article with each hard-wrapped paragraph of its body joined into one line, by single spaces."""

    article: Article
    lines: dict[int, tuple[int, int]]
    """For each line number of that body that stands for other lines than its own, their first and last number."""

    def original(self, number: int) -> tuple[int, int]:
        """The first and last number of the original body's lines that line `number` stands for."""
        return self.lines.get(number, (number, number))


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
    for line in body:
        if line.number in going_on:
            continue
        if line.number in joined:
            last = joined[line.number]
            lines.append(" ".join(body[number - 1].text.strip() for number in range(line.number, last + 1)))
            numbers[len(lines)] = (line.number, last)
        else:
            lines.append(line.text)
            if len(lines) != line.number:
                numbers[len(lines)] = (line.number, line.number)
    ending = "\n" if article.body.value.endswith("\n") else ""
    return Unwrapped(article.with_values({BODY: "\n".join(lines) + ending}), numbers)


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
