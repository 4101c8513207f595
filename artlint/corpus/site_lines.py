"""Counting lines per site in bounded memory: each line once per distinct article identity."""

from __future__ import annotations

from array import array
from collections import Counter
from typing import Any

from artlint.corpus.rule import ArticleRef

SATURATED = 32
"""Distinct identities tracked per line exactly; past this a line's count is a plain number."""
BUDGET = 2_000_000
"""Lines tracked at once; past this, lines seen in one article only are forgotten (their later counts
may come out one lower per pruning: a line that recurs in many articles is never at risk)."""


class SiteLines:
    """key -> the identity hash of the one article that has the line, a set of them, or -count once
    saturated. Keys are 64-bit line keys (site and text); the lowest bit flags a sentence-like line."""

    def __init__(self, budget: int = BUDGET) -> None:
        self.lines: dict[int, Any] = {}
        self.identities: set[int] = set()
        self.site_articles: Counter[str] = Counter()
        self.key_site: dict[int, str] = {}
        """The site of each line found in more than one article."""
        self.budget = budget
        self.prunings = 0

    def add(self, ref: ArticleRef, signature: Any) -> None:
        if signature is None:
            return
        site, identity, packed = signature
        keys = array("Q")
        keys.frombytes(packed)
        first_copy = identity not in self.identities
        if first_copy:
            self.identities.add(identity)
            self.site_articles[site] += 1
        lines = self.lines
        for key in keys:
            seen = lines.get(key)
            if seen is None:
                lines[key] = identity
            elif isinstance(seen, set):
                seen.add(identity)
                if len(seen) >= SATURATED:
                    lines[key] = -len(seen)
            elif seen < 0:
                if first_copy:
                    lines[key] = seen - 1
            elif seen != identity:
                lines[key] = {seen, identity}
                self.key_site[key] = site
        if len(lines) > self.budget:
            self.prune()

    def prune(self) -> None:
        self.prunings += 1
        self.lines = {k: v for k, v in self.lines.items() if not isinstance(v, int) or v < 0}

    def count(self, key: int) -> int:
        seen = self.lines.get(key)
        if seen is None:
            return 0
        if isinstance(seen, set):
            return len(seen)
        return -seen if seen < 0 else 1

    def recurring(self) -> dict[int, tuple[str, int]]:
        """Every line found in more than one distinct article: its site and count."""
        return {key: (site, self.count(key)) for key, site in self.key_site.items()}
