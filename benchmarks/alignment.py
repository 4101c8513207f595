"""The dev corpus's line labels, computed: a scraped line is body when most of its words lie in a run of words that the
gold body also holds. Reproduces dev-scraped's `line_labels`, `line_cov` and `gold_recall`, so that a corpus built from
the same pages by another extractor (benchmarks/wholepage.py) is labelled by the same rule.

Usage: python benchmarks/alignment.py CORPUS_DIR   (relabels every record and prints how many agree with the corpus)
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from devcorpus import labelled

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
    """At least CJK_SHARE of the text's characters, spaces aside, are Chinese or Japanese."""
    compact = re.sub(r"\s+", "", gold)
    return bool(compact) and len(_CJK_CHAR.findall(compact)) / len(compact) >= CJK_SHARE


def _reading(gold: str) -> tuple[Tokenizer, int]:
    """Tokens one per CJK character (a Latin text's Chinese name too), and the run length the gold's script asks."""
    return _characters, CJK_SHINGLE if writes_cjk(gold) else SHINGLE


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
    The runs cross line breaks, as the text reads on; a line without words is leftover, and so is a line among the
    first TITLE_LINES whose words are the title's."""
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


def agreement(corpus: Path) -> Iterator[tuple[str, Counter[str]]]:
    """Per extractor, how many records and lines the rule labels as the corpus does, and how many records get the
    same coverage and gold recall."""
    counts: dict[str, Counter[str]] = {}
    for record, gold in labelled(corpus):
        lines = record["text"].split("\n") if record["text"] else []
        labels, coverage = label_lines(lines, gold["gold_body"], record["title"] or "")
        expected = gold["line_labels"]
        counts.setdefault(gold["extractor"], Counter()).update(
            records=1, lines=max(len(labels), len(expected)), same=labels == expected,
            agree=sum(a == b for a, b in zip(labels, expected, strict=False)), coverage=coverage == gold["line_cov"],
            recall=gold_recall(lines, gold["gold_body"]) == gold["gold_recall"])
    yield from sorted(counts.items())


def main(corpus: Path) -> None:
    for extractor, c in agreement(corpus):
        print(f"{extractor:20} labels: {c['same']}/{c['records']} records, {c['agree']}/{c['lines']} lines; "
              f"coverage: {c['coverage']}/{c['records']} records; gold recall: {c['recall']}/{c['records']} records")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
