"""A hard-wrapped article as a reader sees it: each wrapped paragraph on one line (artlint.hardwrap)."""

from __future__ import annotations

from dataclasses import dataclass

from artlint.article import BODY, Article
from artlint.layout import layout


@dataclass(frozen=True, slots=True)
class Unwrapped:
    article: Article
    """The article with each hard-wrapped paragraph of its body joined into one line, by single spaces."""
    lines: dict[int, tuple[int, int]]
    """For each line number of that body, the first and last number of the original lines it stands for."""

    def original(self, number: int) -> tuple[int, int]:
        return self.lines.get(number, (number, number))


def unwrapped(article: Article) -> Unwrapped:
    """The article with its hard-wrapped paragraphs on one line each; itself, line for line, when it has none."""
    view = layout(article)
    starts = view.wrapped_from
    if all(start == index for index, start in enumerate(starts)):
        return Unwrapped(article, {})
    last_of: dict[int, int] = {}
    for index, start in enumerate(starts):
        last_of[start] = index
    lines, numbers = [], {}
    skip = {view.lines[index].number for index, start in enumerate(starts) if start != index}
    first_of = {view.lines[start].number: (start, end) for start, end in last_of.items() if end != start}
    for line in article.body.lines:
        if line.number in skip:
            continue
        if line.number in first_of:
            start, end = first_of[line.number]
            lines.append(" ".join(view.lines[index].text.strip() for index in range(start, end + 1)))
            numbers[len(lines)] = (line.number, view.lines[end].number)
        else:
            lines.append(line.text)
            if len(lines) != line.number:
                numbers[len(lines)] = (line.number, line.number)
    ending = "\n" if article.body.value.endswith("\n") else ""
    return Unwrapped(article.with_values({BODY: "\n".join(lines) + ending}), numbers)
