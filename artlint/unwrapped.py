"""A hard-wrapped article as a reader sees it: each wrapped paragraph on one line (artlint.hardwrap)."""

from __future__ import annotations

from dataclasses import dataclass

from artlint.article import BODY, Article
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


def unwrapped(article: Article) -> Unwrapped:
    """The article with its hard-wrapped paragraphs on one line each; itself, line for line, when it has none."""
    view = layout(article)
    texts = [line.text.strip() for line in view.lines]
    starts = paragraph_starts(texts, [line.number for line in view.lines], view.closes)
    if all(start == index for index, start in enumerate(starts)):
        return Unwrapped(article, {})
    last_of: dict[int, int] = {}
    for index, start in enumerate(starts):
        last_of[start] = index
    joined = {view.lines[start].number: (start, end) for start, end in last_of.items() if end != start}
    going_on = {view.lines[index].number for index, start in enumerate(starts) if start != index}
    lines: list[str] = []
    numbers: dict[int, tuple[int, int]] = {}
    for line in article.body.lines:
        if line.number in going_on:
            continue
        if line.number in joined:
            start, end = joined[line.number]
            lines.append(" ".join(texts[start : end + 1]))
            numbers[len(lines)] = (line.number, view.lines[end].number)
        else:
            lines.append(line.text)
            if len(lines) != line.number:
                numbers[len(lines)] = (line.number, line.number)
    ending = "\n" if article.body.value.endswith("\n") else ""
    return Unwrapped(article.with_values({BODY: "\n".join(lines) + ending}), numbers)
