"""Recent: a function of a line's text, remembered for the lines seen lately across articles."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import is_
from typing import Generic, TypeVar

T = TypeVar("T")

BUDGET = 1_000_000
"""Characters of line text remembered, per function (a few MB): scraped corpora repeat lines in neighbouring
records, menus and footers and the same story's paragraphs under another URL (two thirds of the text of
our dev corpus, nearly all within 2,000 lines of its last copy)."""


class Recent(Generic[T]):
    """`compute` of each text, computed once while the text stays remembered; a memory that would hold
    more than `budget` characters is emptied. The values are shared: never change them."""

    def __init__(self, compute: Callable[[str], T], budget: int = BUDGET) -> None:
        self.compute = compute
        self.budget = budget
        self.values: dict[str, T] = {}
        self.chars = 0

    def __call__(self, texts: Sequence[str]) -> list[T]:
        found: list[T | None] = list(map(self.values.get, texts))
        for i in compress(range(len(found)), map(is_, found, repeat(None))):
            text = texts[i]
            found[i] = self.values[text] = self.compute(text)
            self.chars += len(text)
            if self.chars > self.budget:
                self.values, self.chars = {}, 0
        return found  # type: ignore[return-value]
