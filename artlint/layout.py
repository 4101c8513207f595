"""Layout: where each body line stands (before the first paragraph, among them, after the last), built once per body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from artlint.article import Article, Line
from artlint.textutil import WORD

PARAGRAPH_WORDS = 10
SHORT_PARAGRAPH_WORDS = 4
"""A body with no ten-word paragraph (a brief, a test case) is bounded by its sentences of four words or more."""
_CLOSES = re.compile(r"[.!?…。！？؟۔][\"'”’»)\]]*$")


class Zone(StrEnum):
    HEAD = "head"
    CORE = "core"
    TAIL = "tail"


@dataclass(slots=True)
class Layout:
    """The body's non-blank lines with their word counts and which of them read as paragraphs
    (at least ten words, closed like a sentence); the first and last paragraph bound the core."""

    lines: list[Line]
    tokens: list[list[str]]
    """Each line's words, lower-cased."""
    words: list[int]
    paragraph: list[bool]
    first: int
    last: int

    def zone(self, index: int) -> Zone:
        """Zone of the index-th non-blank line; with no paragraph at all, every line is CORE."""
        if self.first < 0:
            return Zone.CORE
        if index < self.first:
            return Zone.HEAD
        return Zone.TAIL if index > self.last else Zone.CORE

    def zones(self) -> list[Zone]:
        return [self.zone(i) for i in range(len(self.lines))]


def is_paragraph(text: str, word_count: int, least: int = PARAGRAPH_WORDS) -> bool:
    return word_count >= least and _CLOSES.search(text.rstrip()) is not None


def build_layout(lines: tuple[Line, ...]) -> Layout:
    kept = [line for line in lines if line.text.strip()]
    tokens = [WORD.findall(line.text.lower()) for line in kept]
    counts = [len(found) for found in tokens]
    paragraph = [is_paragraph(line.text, n) for line, n in zip(kept, counts)]
    if not any(paragraph):
        paragraph = [is_paragraph(line.text, n, SHORT_PARAGRAPH_WORDS) for line, n in zip(kept, counts)]
    indices = [i for i, p in enumerate(paragraph) if p]
    first, last = (indices[0], indices[-1]) if indices else (-1, -1)
    return Layout(kept, tokens, counts, paragraph, first, last)


def layout(article: Article) -> Layout:
    return article.body.memo("layout", lambda text: build_layout(text.lines))
