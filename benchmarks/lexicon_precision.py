"""Precision of each lexicon category on a gold-labelled corpus: how many whole lines an entry matches, and
what share of them the gold labels call leftover, per category and per guessed article language.

Usage: python benchmarks/lexicon_precision.py CORPUS_DIR [--worst N] [--min-matches K]
CORPUS_DIR holds corpus.jsonl.gz and gold.jsonl.gz (see the corpus README for the format). A line counts as
matched when it is a phrase or pattern of the entry ("exact") or starts with a prefix or glues a label to a
link ("weak"). --worst lists the phrases, patterns and prefixes whose matches are mostly body lines.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from devcorpus import labelled

from artlint.builtin.packs import artlint_register_lexicons
from artlint.lexicons import Lexicons, PhraseList
from artlint.phrases import PhraseMatcher, compile_prefixes
from artlint.textutil import normalize

CATEGORIES = (
    "navigation", "reading-time", "share-prompt", "advertisement", "cookie-notice", "caption-credit",
    "related-link", "comment-section", "legal-footer", "spillover-markers", "truncation-markers", "byline",
)  # fmt: skip
WORD = re.compile(r"\w+")


def guess_language(text: str, stopwords: dict[str, frozenset[str]]) -> str:
    """The language whose common words (the lexicons' stopwords) occur most often in the text ('?' when none do)."""
    counts = Counter(w.casefold() for w in WORD.findall(text[:4000]))
    scores = {lang: sum(counts[w] for w in words) for lang, words in stopwords.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else "?"


def records(corpus: Path) -> Iterator[tuple[list[str], list[str]]]:
    """(lines, labels) per article."""
    for record, gold in labelled(corpus):
        yield record["text"].split("\n"), gold["line_labels"]


class Explainer:
    """Which single phrase, pattern or prefix of an entry matched a line (for the --worst list)."""

    def __init__(self, entry: PhraseList) -> None:
        self.patterns = [(p, re.compile(p, re.IGNORECASE)) for p in entry.patterns]
        self.prefixes = [(p, compile_prefixes([p])) for p in entry.prefixes]
        self.phrases = entry.phrases

    def which(self, text: str) -> str:
        norm = normalize(text)
        if norm in self.phrases:
            return f"phrase {norm!r}"
        for source, pattern in self.patterns:
            if pattern.fullmatch(text):
                return f"pattern {source[:70]!r}"
        for source, prefix in self.prefixes:
            if prefix and prefix.match(text):
                return f"prefix {source!r}"
        return "glued label"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--worst", type=int, default=0, help="list the N entries with the lowest precision")
    parser.add_argument("--min-matches", type=int, default=5, help="only entries matching at least this many lines")
    args = parser.parse_args()

    lexicons = Lexicons()
    artlint_register_lexicons(lexicons.add_file)
    matchers = {key: PhraseMatcher(lexicons.entry(key)) for key in CATEGORIES}
    explainers = {key: Explainer(lexicons.entry(key)) for key in CATEGORIES}
    tally: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    by_source: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    lines_total: Counter[str] = Counter()
    for lines, labels in records(args.corpus):
        language = guess_language("\n".join(lines), lexicons.stopwords)
        lines_total[language] += len(lines)
        for text, label in zip(lines, labels):
            text = text.strip()
            if not text:
                continue
            for key, matcher in matchers.items():
                if matcher.exact(text):
                    how = "exact"
                elif matcher.prefixed(text) or matcher.glued_label(text):
                    how = "weak"
                else:
                    continue
                for lang in (language, "all"):
                    tally[(key, lang, how)][label] += 1
                if args.worst:
                    by_source[(key, explainers[key].which(text))][label] += 1

    print("lines per guessed language:", dict(lines_total.most_common()))
    print(f"{'category':<20}{'lang':<6}{'exact':>8}{'prec':>7}{'weak':>8}{'prec':>7}")
    languages = ["all", *sorted({lang for (_, lang, _) in tally if lang != "all"})]
    for key in CATEGORIES:
        for lang in languages:
            exact, weak = tally.get((key, lang, "exact"), Counter()), tally.get((key, lang, "weak"), Counter())
            if lang != "all" and not (exact or weak):
                continue
            print(f"{key:<20}{lang:<6}{_cells(exact)}{_cells(weak)}")
    if args.worst:
        print(f"\nlowest precision (at least {args.min_matches} matches):")
        rows = [(c["leftover"] / sum(c.values()), sum(c.values()), key, source) for (key, source), c in by_source.items()]
        rows = [r for r in rows if r[1] >= args.min_matches]
        for precision, count, key, source in sorted(rows)[: args.worst]:
            print(f"  {precision:5.2f} {count:6d}  {key:<18} {source}")


def _cells(counts: Counter[str]) -> str:
    total = sum(counts.values())
    precision = f"{counts['leftover'] / total:.2f}" if total else "-"
    return f"{total:>8}{precision:>7}"


if __name__ == "__main__":
    main()
