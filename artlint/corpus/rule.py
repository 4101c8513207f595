"""CorpusRule: a rule that needs the whole corpus (a first pass collects, a reduction learns, a second pass checks)."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from artlint.article import Article
from artlint.findings import Finding
from artlint.rule import Rule


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """Where an article of the first pass stands: its key (the path its format saw, record index),
    how a report shows it, and its identity."""

    path: str
    record: int | None
    shown: str
    identity: str

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.path, self.record)

    def describe(self) -> str:
        return f"{self.shown} ({self.identity})" if self.identity and self.identity not in self.shown else self.shown


class Reducer(Protocol):
    def add(self, ref: ArticleRef, signature: Any) -> None: ...

    def result(self) -> Any: ...


class CorpusRule(Rule):
    """Subclass, write `collect` (a small picklable signature per article: hashes, never texts),
    `reducer` (folds the signatures, in the order of a serial run, into what the corpus taught) and
    `check_corpus` (the findings of one article, given that knowledge). Without a corpus pass
    (`--corpus`) the rule finds nothing."""

    knowledge: Any = None

    def collect(self, article: Article, options: Mapping[str, Any]) -> Any:
        raise NotImplementedError(f"corpus rule {self.name} has no collect()")

    def reducer(self, options: Mapping[str, Any]) -> Reducer:
        raise NotImplementedError(f"corpus rule {self.name} has no reducer()")

    def check_corpus(self, article: Article, options: Mapping[str, Any], knowledge: Any) -> Iterator[Finding]:
        raise NotImplementedError(f"corpus rule {self.name} has no check_corpus()")

    def armed(self, knowledge: Any) -> CorpusRule:
        """A copy of the rule that checks articles with what the corpus taught."""
        rule = copy.copy(self)
        rule.knowledge = knowledge
        return rule

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        if self.knowledge is not None:
            yield from self.check_corpus(article, options, self.knowledge)
