"""Quality of `artlint fix --unsafe-fixes` against a gold-labelled corpus: leftover-line precision and recall,
body lines lost, bag-of-words F1 against the gold body, missing-date figures, per rule and per extractor.

Usage: python benchmarks/quality.py CORPUS_DIR [--limit N] [--select CODES] [--show-disagreements K]
CORPUS_DIR holds corpus.jsonl.gz and gold.jsonl.gz (see the corpus README for the format).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from artlint.config import Settings
from artlint.findings import Finding
from artlint.formats.base import FileData
from artlint.linter import Linter
from artlint.session import open_session

CHUNK = 500  # records per in-memory .jsonl file; rules see one article at a time, so only memory depends on it
FIELDS = ("url", "title", "date", "text")
TOKEN = re.compile(r"\w+")

Line = tuple[str, int, str, str]
"""A disagreement: record id, line number, the line, and the rule whose fix removed it ("" when kept)."""


@dataclass(slots=True)
class Tally:
    """Line and text figures summed over a set of records."""

    records: int = 0
    lines: int = 0
    leftover: int = 0
    removed: int = 0
    removed_leftover: int = 0
    trimmed: int = 0
    f1_before: float = 0.0
    f1_after: float = 0.0

    def row(self, name: str) -> list[str]:
        lost = self.removed - self.removed_leftover
        return [name, str(self.records), str(self.lines), pct(self.leftover, self.lines), str(self.removed),
                pct(self.removed_leftover, self.removed), pct(self.removed_leftover, self.leftover), str(lost),
                pct(lost, self.lines - self.leftover), f"{self.f1_before / max(self.records, 1):.4f}",
                f"{self.f1_after / max(self.records, 1):.4f}"]


@dataclass(slots=True)
class RuleTally:
    findings: int = 0
    fixable: int = 0
    lines: int = 0
    leftover: int = 0


@dataclass(slots=True)
class Results:
    overall: Tally = field(default_factory=Tally)
    extractors: defaultdict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    rules: defaultdict[tuple[str, str], RuleTally] = field(default_factory=lambda: defaultdict(RuleTally))
    dates: Counter[str] = field(default_factory=Counter)
    lost: list[Line] = field(default_factory=list)
    missed: list[Line] = field(default_factory=list)


def pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def token_f1(text: str, gold: Counter[str]) -> float:
    tokens = Counter(TOKEN.findall(text.lower()))
    total = tokens.total() + gold.total()
    return 2 * (tokens & gold).total() / total if total else 1.0


def kept_lines(before: Sequence[str], after: Sequence[str]) -> tuple[list[bool], int]:
    """Which original lines survive in the fixed text, and how many of those a fix changed in place.
    Fixes delete whole lines, so nearly everything aligns as equal or deleted blocks."""
    kept = [False] * len(before)
    trimmed = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            kept[i1:i2] = [True] * (i2 - i1)
        elif tag == "replace":  # a line trimmed in place still stands; an emptied trailing line does not
            rest = [line.strip() for line in after[j1:j2] if line.strip()]
            for i in range(i1, i2):
                kept[i] = any(piece in before[i] for piece in rest)
                trimmed += kept[i]
    return kept, trimmed


def deleted_lines(finding: Finding, starts: Sequence[int], ends: Sequence[int]) -> set[int]:
    """Indexes of the body lines (content from starts[i] to ends[i]) that the finding's fix deletes whole."""
    lines: set[int] = set()
    for edit in finding.fix.edits if finding.fix and finding.fix.applies(True) else ():
        if edit.span.field == "body" and edit.is_deletion:
            lines.update(range(bisect_left(starts, edit.span.start), bisect_right(ends, edit.span.end)))
    return lines


def record_index(finding: Finding) -> int:
    return finding.source.record or 0 if finding.source else 0


def lint_chunk(linter: Linter, records: list[dict[str, Any]]) -> tuple[list[list[Finding]], list[dict[str, Any]],
                                                                       list[Finding]]:
    """For one .jsonl file of the records: the findings of `artlint check` per record, the records after
    `artlint fix --unsafe-fixes`, and the engine's findings (ART9xx) during the fix."""
    data = b"".join(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False).encode() + b"\n" for r in records)
    name = "corpus.jsonl"
    checked = linter.process(name, FileData(name, data))
    fixed = linter.process(name, FileData(name, data), fix=True, unsafe=True)
    assert checked is not None and fixed is not None
    found: list[list[Finding]] = [[] for _ in records]
    for finding in checked.findings:
        found[record_index(finding)].append(finding)
    output = fixed.output if fixed.output is not None else data
    engine = [f for f in fixed.findings if f.code.startswith("ART9")]
    return found, [json.loads(line) for line in output.splitlines()], engine


def score(record: dict[str, Any], gold: dict[str, Any], findings: list[Finding], fixed: dict[str, Any],
          results: Results) -> None:
    before, labels = record["text"].split("\n"), gold["line_labels"]
    kept, trimmed = kept_lines(before, (fixed.get("text") or "").split("\n"))
    removed = [label for k, label in zip(kept, labels, strict=True) if not k]
    gold_tokens = Counter(TOKEN.findall(gold["gold_body"].lower()))
    f1_before, f1_after = token_f1(record["text"], gold_tokens), token_f1(fixed.get("text") or "", gold_tokens)
    for tally in (results.overall, results.extractors[gold["extractor"]]):
        tally.records += 1
        tally.lines += len(before)
        tally.leftover += labels.count("leftover")
        tally.removed += len(removed)
        tally.removed_leftover += removed.count("leftover")
        tally.trimmed += trimmed
        tally.f1_before += f1_before
        tally.f1_after += f1_after
    cut_by = score_rules(before, labels, findings, results.rules)
    for index, (line, k, label) in enumerate(zip(before, kept, labels, strict=True)):
        if not k and label == "body":
            results.lost.append((gold["id"], index + 1, line, cut_by.get(index, "a later fix round")))
        elif k and label == "leftover":
            results.missed.append((gold["id"], index + 1, line, ""))
    flagged = any(f.name == "missing-date" for f in findings)
    truth = record["date"] is None and bool(gold["gold_date"])
    filled = fixed.get("date") if record["date"] is None else None
    results.dates.update(flagged=flagged, truth=truth, hit=flagged and truth, filled=bool(filled),
                         filled_known=bool(filled and gold["gold_date"]),
                         filled_right=bool(filled) and filled == gold["gold_date"])


def score_rules(before: Sequence[str], labels: Sequence[str], findings: list[Finding],
                rules: defaultdict[tuple[str, str], RuleTally]) -> dict[int, str]:
    """Count each rule's findings and the lines its fixes would delete; returns line index -> rule name."""
    starts, ends, offset = [], [], 0
    for line in before:
        starts.append(offset)
        ends.append(offset + len(line))
        offset += len(line) + 1
    cut_by: dict[int, str] = {}
    for finding in findings:
        tally = rules[(finding.code, finding.name)]
        cut = deleted_lines(finding, starts, ends)
        tally.findings += 1
        tally.fixable += bool(finding.fix and finding.fix.applies(True))
        tally.lines += len(cut)
        tally.leftover += sum(1 for i in cut if labels[i] == "leftover")
        cut_by.update((i, finding.name) for i in cut)
    return cut_by


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(x) for x in column) for column in zip(headers, *rows, strict=True)]
    for row in [headers, *rows]:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))))


def common(lines: list[Line], k: int) -> list[tuple[int, Line]]:
    """The k most frequent lines (case, spacing and digits folded), each with its count and first occurrence."""
    shapes = [re.sub(r"\d+", "0", " ".join(line[2].lower().split())) for line in lines]
    first: dict[str, Line] = {}
    for shape, line in zip(shapes, lines, strict=True):
        first.setdefault(shape, line)
    return [(n, first[shape]) for shape, n in Counter(shapes).most_common(k)]


def report(results: Results, k: int) -> None:
    print("\nLeftover-line removal (artlint fix --unsafe-fixes) against the gold line labels")
    table(["", "records", "lines", "leftover", "removed", "precision", "recall", "body lost", "lost %",
           "F1 before", "F1 after"],
          [results.overall.row("all"), *(results.extractors[e].row(e) for e in sorted(results.extractors))])
    print(f"(precision/recall: of removed lines that are leftover; F1: bag of words against gold_body, mean per "
          f"record; lines kept but changed in place: {results.overall.trimmed})")
    print("\nPer rule (findings of `artlint check`; lines: body lines its fixes would delete in the first round)")
    table(["code", "name", "findings", "fixable", "lines", "leftover", "body", "precision"],
          [[code, name, str(t.findings), str(t.fixable), str(t.lines), str(t.leftover), str(t.lines - t.leftover),
            pct(t.leftover, t.lines)] for (code, name), t in sorted(results.rules.items())])
    d = results.dates
    print("\nmissing-date (truth: the record's date is null and the page has a gold date)")
    print(f"  flagged {d['flagged']}, truth {d['truth']}: precision {pct(d['hit'], d['flagged'])}, "
          f"recall {pct(d['hit'], d['truth'])}")
    print(f"  dates filled by the fix {d['filled']}: {d['filled_known']} where a gold date exists, "
          f"{d['filled_right']} equal to it ({pct(d['filled_right'], d['filled_known'])}); "
          f"right fills cover {pct(d['filled_right'], d['truth'])} of truth")
    if k:
        for title, lines in (("removed lines gold calls body", results.lost), ("leftover lines kept", results.missed)):
            # Lines without a letter ("1", "|", "}") are mostly label artefacts: the alignment cannot call them body.
            worded = [line for line in lines if any(c.isalpha() for c in line[2])]
            print(f"\nMost common {title} ({len(lines)} in all; {len(lines) - len(worded)} without a letter not shown),"
                  " with the first record and line")
            for count, (rid, number, text, rule) in common(worded, k):
                print(f"  {count:5d}  {rid}:{number}  {text[:100]!r}" + (f"  [{rule}]" if rule else ""))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder with corpus.jsonl.gz and gold.jsonl.gz")
    parser.add_argument("--limit", type=int, help="only the first N records")
    parser.add_argument("--select", action="append", help="rules to run (codes, prefixes, names; comma-separated)")
    parser.add_argument("--show-disagreements", type=int, default=0, metavar="K",
                        help="print the K most common lines removed though body, and kept though leftover")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    records = list(read_jsonl(args.corpus / "corpus.jsonl.gz"))[: args.limit]
    gold = {g["id"]: g for g in read_jsonl(args.corpus / "gold.jsonl.gz")}
    select = [s.strip() for value in args.select or () for s in value.split(",") if s.strip()] or None
    linter = open_session(settings=Settings(), select=select).linter  # defaults: no config file of the cwd
    results, engine, linting = Results(), [], 0.0
    for at in range(0, len(records), CHUNK):
        chunk = records[at : at + CHUNK]
        tick = time.perf_counter()
        found, fixed, failures = lint_chunk(linter, chunk)
        linting += time.perf_counter() - tick
        engine += [f"{f.code} {f.name} in {chunk[record_index(f)]['id']}: {f.message}" for f in failures]
        for record, findings, after in zip(chunk, found, fixed, strict=True):
            score(record, gold[record["id"]], findings, after, results)
    report(results, args.show_disagreements)
    if engine:
        print("\nEngine findings during the fix:", *engine, sep="\n  ")
    print(f"\n{len(records)} records; wall time {time.perf_counter() - started:.1f} s "
          f"(artlint check + fix {linting:.1f} s)")


if __name__ == "__main__":
    main()
