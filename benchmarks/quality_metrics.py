"""Metrics for benchmarks/quality.py: bag-of-words F1, the article-extraction-benchmark's shingle metric, and
the alignment of a text's lines before and after a fix."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

WORD = re.compile(r"\w+")

Counts = tuple[int, int, int]
"""True positives, false positives and false negatives of one page."""


def pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def bag(text: str) -> Counter[str]:
    """The text's lower-cased words with their counts."""
    return Counter(WORD.findall(text.lower()))


def token_f1(text: str, gold: Counter[str]) -> float:
    """F1 of the text's bag of lower-cased words against the gold bag; 1.0 when both are empty."""
    tokens = bag(text)
    total = tokens.total() + gold.total()
    return 2 * (tokens & gold).total() / total if total else 1.0


def oracle_text(lines: Sequence[str], labels: Sequence[str]) -> str:
    """The text a perfect line fixer would leave: exactly the lines the gold labels call body."""
    return "\n".join(line for line, label in zip(lines, labels, strict=True) if label == "body")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Runs of n consecutive words (case kept), with their counts, as the article-extraction-benchmark counts
    them: a text of fewer than n words is one shorter shingle, an empty text none."""
    words = WORD.findall(text)
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words[i : i + n])


def shingle_counts(gold: str, predicted: str) -> Counts:
    """Shingles of the predicted text that are in the gold text, only in the prediction, only in the gold."""
    true, pred = shingles(gold), shingles(predicted)
    return (true & pred).total(), (pred - true).total(), (true - pred).total()


def page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def page_recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def shingle_scores(pages: Iterable[Counts]) -> tuple[float | None, float | None, float | None]:
    """Mean precision (over pages with a prediction), mean recall (over pages with a gold text) and the F1 of
    the two means, as the article-extraction-benchmark's evaluate.py reports them."""
    pages = list(pages)
    precisions = [page_precision(*c) for c in pages if c[0] + c[1] > 0]
    recalls = [page_recall(*c) for c in pages if c[0] + c[2] > 0]
    precision = statistics.mean(precisions) if precisions else None
    recall = statistics.mean(recalls) if recalls else None
    return precision, recall, f1(precision, recall)


def _repaired(old: str, new: str) -> bool:
    """The same line with characters fixed (mojibake decoded, entities, control characters, spaces)."""
    return SequenceMatcher(None, old.strip(), new, autojunk=False).ratio() >= 0.8


def kept_lines(before: Sequence[str], after: Sequence[str]) -> tuple[list[bool], int]:
    """Which original lines survive in the fixed text, and how many of those a fix changed in place.
    Fixes delete whole lines, so nearly everything aligns as equal or deleted blocks."""
    kept = [False] * len(before)
    trimmed = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            kept[i1:i2] = [True] * (i2 - i1)
        elif tag == "replace":  # a line trimmed or repaired in place still stands; an emptied one does not
            rest = [line.strip() for line in after[j1:j2] if line.strip()]
            for i in range(i1, i2):
                kept[i] = any(piece in before[i] or _repaired(before[i], piece) for piece in rest)
                trimmed += kept[i]
    return kept, trimmed
