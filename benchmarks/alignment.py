"""The dev corpus's line labels, computed: a scraped line is body when most of its words lie in a run of words that the
gold body also holds. Reproduces dev-scraped's `line_labels` and `line_cov` (benchmarks/wholepage.py --check-labels),
so that a corpus built from the same pages by another extractor is labelled by the same rule."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

SHINGLE = 3
"""Words in a run that must also stand in the gold body."""
CJK_SHINGLE = 4
"""Tokens in such a run in a text written in Chinese or Japanese characters, one token per character."""
BODY_COVERAGE = 0.8
"""The share of a line's words inside such runs that makes it body."""
CJK_SHARE = 0.3
"""A gold body with this share of CJK characters (spaces aside) is tokenised by character."""
TITLE_LINES = 5
"""A line among the first ones that repeats the scraped title is leftover: the gold body never holds the headline."""

_CJK = r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]"
_CJK_TOKEN = re.compile(_CJK + r"|(?:(?!" + _CJK + r")\w)+")
_CJK_CHAR = re.compile(_CJK)
_WORD = re.compile(r"\w+")

Tokenizer = Callable[[str], list[str]]


def words(text: str) -> list[str]:
    """The text's lower-cased words, after NFKC normalisation."""
    return [word.lower() for word in _WORD.findall(unicodedata.normalize("NFKC", text))]


def _characters(text: str) -> list[str]:
    return [token.lower() for token in _CJK_TOKEN.findall(unicodedata.normalize("NFKC", text))]


def writes_cjk(gold: str) -> bool:
    compact = re.sub(r"\s+", "", gold)
    return bool(compact) and len(_CJK_CHAR.findall(compact)) / len(compact) >= CJK_SHARE


def _reading(gold: str) -> tuple[Tokenizer, int]:
    return (_characters, CJK_SHINGLE) if writes_cjk(gold) else (words, SHINGLE)


def _covered(stream: Sequence[str], gold: Sequence[str], size: int) -> list[bool]:
    """For each token of the stream, whether a run of `size` tokens that holds it is also a run of the gold's."""
    runs = {tuple(gold[i : i + size]) for i in range(len(gold) - size + 1)}
    hit = [False] * len(stream)
    for i in range(len(stream) - size + 1):
        if tuple(stream[i : i + size]) in runs:
            hit[i : i + size] = [True] * size
    return hit


def label_lines(lines: Sequence[str], gold: str, title: str) -> tuple[list[str], list[float]]:
    """Each line's label ('body' or 'leftover') and the share of its words that runs shared with the gold cover.
    The runs cross line breaks, as the text reads on; a line without words is leftover."""
    tokenize, size = _reading(gold)
    tokens = [tokenize(line) for line in lines]
    hit = _covered([token for line in tokens for token in line], tokenize(gold), size)
    headline = tuple(words(title))
    labels, coverage, start = [], [], 0
    for index, (line, line_tokens) in enumerate(zip(lines, tokens, strict=True)):
        count = len(line_tokens)
        share = sum(hit[start : start + count]) / count if count else 0.0
        start += count
        repeats_title = index < TITLE_LINES and bool(headline) and tuple(words(line)) == headline
        labels.append("body" if share >= BODY_COVERAGE and not repeats_title else "leftover")
        coverage.append(round(share, 3))
    return labels, coverage


def gold_recall(lines: Sequence[str], gold: str) -> float:
    """The share of the gold body's tokens that runs shared with the text cover: how much of the article the
    extractor kept."""
    tokenize, size = _reading(gold)
    gold_tokens = tokenize(gold)
    hit = _covered(gold_tokens, [token for line in lines for token in tokenize(line)], size)
    return round(sum(hit) / len(gold_tokens), 4) if gold_tokens else 0.0
