"""What site-boilerplate (ART210) adds to leftover-line recall, at what precision, and what the corpus pass costs.

Usage: python benchmarks/site_boilerplate.py CORPUS_DIR   (a folder with corpus.jsonl.gz and gold.jsonl.gz)
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from devcorpus import gold_by_id

from artlint.config import Settings
from artlint.corpus.passes import arm, articles, inputs, learn
from artlint.session import open_session


def flagged_lines(linter, path: str, codes: set[str] | None, exclude: set[str]) -> dict[str, set[int]]:  # type: ignore[no-untyped-def]
    """Article id -> body line numbers (1-based) that a fix of the selected rules would delete or edit."""
    out: dict[str, set[int]] = {}
    for name, data, _ in inputs(linter, [path]):
        for article in articles(linter, name, data):
            lines = out.setdefault(article.identity, set())
            for finding in linter.lint_article(article):
                if finding.code in exclude or (codes is not None and finding.code not in codes) or finding.fix is None:
                    continue
                if finding.span.field == "body":
                    lines.update(range(finding.line or 1, (finding.end_line or finding.line or 1) + 1))
    return out


def main(folder: Path) -> None:
    corpus = str(folder / "corpus.jsonl.gz")
    gold = {i: g["line_labels"] for i, g in gold_by_id(folder).items()}
    leftover = {(i, n + 1) for i, labels in gold.items() for n, label in enumerate(labels) if label == "leftover"}
    started = time.perf_counter()
    others = flagged_lines(open_session(settings=Settings()).linter, corpus, None, {"ART210", "ART407"})
    check_seconds = time.perf_counter() - started
    removed = {(i, n) for i, lines in others.items() for n in lines}
    print(f"leftover lines (gold): {len(leftover)}; found by the other rules: {len(removed & leftover)} "
          f"(recall {len(removed & leftover) / len(leftover):.1%}); check of the other rules {check_seconds:.1f}s")
    for min_articles in (5, 3, 2):
        settings = Settings(rule_options={"site-boilerplate": {"min_articles": min_articles}})
        session = open_session(settings=settings, select=["ART210"])
        started = time.perf_counter()
        knowledge = learn(session.linter, [corpus])
        corpus_seconds = time.perf_counter() - started
        arm(session, knowledge)
        found = flagged_lines(session.linter, corpus, {"ART210"}, set())
        flagged = {(i, n) for i, lines in found.items() for n in lines}
        right = flagged & leftover
        new = right - removed
        precision = len(right) / len(flagged) if flagged else float("nan")
        print(f"min_articles={min_articles}: lines flagged {len(flagged)}, precision {precision:.1%}, "
              f"leftover not found by other rules {len(new)}, recall gain {len(new) / len(leftover):+.2%} "
              f"(to {len(removed & leftover | new) / len(leftover):.1%}); corpus pass {corpus_seconds:.1f}s "
              f"({corpus_seconds / check_seconds:.0%} of the check)")
    session = open_session(settings=Settings(), select=["ART210", "ART407"])
    started = time.perf_counter()
    knowledge = learn(session.linter, [corpus])
    both = time.perf_counter() - started
    print(f"corpus pass of both corpus rules (defaults) {both:.1f}s ({both / check_seconds:.0%} of the check); "
          f"duplicate articles: {len(knowledge['ART407'])}")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
