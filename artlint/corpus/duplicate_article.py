"""duplicate-article: the same article, or nearly, saved again elsewhere in the corpus."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import BODY, Article, Span
from artlint.corpus.rule import ArticleRef, CorpusRule
from artlint.corpus.signatures import BINS, band_rows, exact_key, minhash, similarity, text_words
from artlint.findings import Finding, Severity


class DuplicateArticle(CorpusRule):
    """An article whose body is the same as, or nearly the same as, an earlier article of the corpus.

    Why
    Copies skew every count and leak between training and test splits. Scrapers save a page again
    under another URL, through another extractor, or in tomorrow's crawl.

    Example
    before: a.jsonl record 0 "The harbour reopened on Monday ..." / b.jsonl record 4 the same text
    after:  b.jsonl record 4 is reported as a copy of a.jsonl record 0 (the first one is kept)

    Fix safety
    No fix: which copy to keep, and whether to drop a record, is the pipeline's decision.

    Options
    threshold: the estimated Jaccard similarity (0-1) of 5-word shingles from which a body is a
    near-duplicate (default 0.8). Exact copies (same words) are always reported. Candidates come
    from MinHash signatures banded for locality-sensitive hashing, so time grows linearly with the corpus.
    """

    code = "ART407"
    name = "duplicate-article"
    severity = Severity.WARNING
    defaults = {"threshold": 0.8}
    options_schema = {"threshold": {"type": "number", "minimum": 0.3, "maximum": 1}}

    def collect(self, article: Article, options: Mapping[str, Any]) -> Any:
        words = text_words(article.body.value)
        return (exact_key(words), minhash(words)) if words else None

    def reducer(self, options: Mapping[str, Any]) -> Duplicates:
        return Duplicates(options["threshold"])

    def check_corpus(self, article: Article, options: Mapping[str, Any], knowledge: Any) -> Iterator[Finding]:
        found = knowledge.get((article.source.path, article.source.record))
        if found is None:
            return
        first, alike = found
        lines = article.body.lines
        end = lines[0].end if lines else 0
        what = "an exact copy" if alike >= 1 else f"a near-duplicate ({alike:.0%} alike)"
        yield self.finding(Span(BODY, 0, end), f"body is {what} of {first}")


class Duplicates:
    """Folds signatures in corpus order: each later copy points at the first article it copies."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.rows = band_rows(threshold)
        self.exact: dict[int, str] = {}
        self.firsts: list[tuple[bytes, str]] = []
        self.buckets: dict[tuple[int, bytes], int] = {}
        self.found: dict[tuple[str, int | None], tuple[str, float]] = {}

    def add(self, ref: ArticleRef, signature: Any) -> None:
        if signature is None:
            return
        exact, sketch = signature
        first = self.exact.get(exact)
        if first is not None:
            self.found[ref.key] = (first, 1.0)
            return
        described = ref.describe()
        self.exact[exact] = described
        if sketch is None:
            return
        width = self.rows * 4
        bands = [(index, sketch[index * width : (index + 1) * width]) for index in range(BINS // self.rows)]
        best, best_alike = None, 0.0
        for candidate in {self.buckets[band] for band in bands if band in self.buckets}:
            alike = similarity(sketch, self.firsts[candidate][0])
            if alike >= self.threshold and (alike > best_alike or (alike == best_alike and best is not None and candidate < best)):
                best, best_alike = candidate, alike
        if best is not None:
            self.found[ref.key] = (self.firsts[best][1], min(best_alike, 0.99))
            return
        index = len(self.firsts)
        self.firsts.append((sketch, described))
        for band in bands:
            self.buckets.setdefault(band, index)

    def result(self) -> dict[tuple[str, int | None], tuple[str, float]]:
        return self.found

