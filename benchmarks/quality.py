"""Quality of `artlint fix` (safe fixes only, and with --unsafe-fixes) against a gold-labelled corpus: leftover-line
precision and recall, body lines lost, bag-of-words F1 against the gold body, the article-extraction-benchmark's
shingle metric, missing-date figures, per rule and per extractor.

The shipped page-debris model was fitted on this corpus (benchmarks/train_scorer.py), so the unsafe figures are
partly those of pages it has seen. The "unseen sites" figures are the honest ones: the same unsafe fix, with each
record's lines scored by the model that train_scorer.py fitted without the record's host bucket (--unseen DIR).

Usage: python benchmarks/quality.py CORPUS_DIR [--limit N] [--select CODES] [--show-disagreements K] [--jobs N]
                                   [--json FILE] [--unseen DIR] [--threshold P] [--wrap COLUMNS]
CORPUS_DIR holds corpus.jsonl.gz and gold.jsonl.gz (see the corpus README for the format).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from devcorpus import hard_wrapped, labelled
from quality_metrics import (
    Counts,
    bag,
    f1,
    kept_lines,
    oracle_text,
    pct,
    ratio,
    shingle_counts,
    shingle_scores,
    token_f1,
)
from split import BUCKETS, host_bucket

from artlint.config import Settings
from artlint.findings import Finding
from artlint.formats.base import FileData
from artlint.linefeatures import FEATURES
from artlint.linemodel import LineModel
from artlint.linter import Linter
from artlint.session import open_session

CHUNK = 250  # records per in-memory .jsonl file; rules see one article at a time, so only memory depends on it
FIELDS = ("url", "title", "date", "text")
NAME = "corpus.jsonl"
"""The name the in-memory .jsonl files are linted under."""
SOURCE = "source "
"""Prefix of the groups by the pages' source (asb: news pages; wcxb: web pages of every kind)."""
MODES = ("safe", "unsafe", "unseen")
"""Safe fixes; unsafe fixes; unsafe fixes with page-debris scoring each record by the model of unseen sites."""
WHEN = ("before", *MODES)
UNSEEN = Path(__file__).parent / "models"

Line = tuple[str, int, str, str]
"""A disagreement: record id, line number, the line, and the rule whose fix removed it ("" when kept)."""
COPY_STAYS = "; a copy stays"
"""Appended to that rule when the same text stays elsewhere in the fixed article (a duplicate removed)."""


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
    f1_oracle: float = 0.0

    def add(self, other: Tally) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, Any]:
        precision, recall = ratio(self.removed_leftover, self.removed), ratio(self.removed_leftover, self.leftover)
        lost = self.removed - self.removed_leftover
        return {**asdict(self), "f1_before": ratio(self.f1_before, self.records),
                "f1_after": ratio(self.f1_after, self.records), "f1_oracle": ratio(self.f1_oracle, self.records),
                "precision": precision, "recall": recall,
                "f1": f1(precision, recall), "body_lost": lost, "body_lost_rate": ratio(lost, self.lines - self.leftover)}

    def row(self, name: str) -> list[str]:
        fig = self.figures()
        return [name, str(self.records), str(self.lines), pct(self.leftover, self.lines), str(self.removed),
                pct(self.removed_leftover, self.removed), pct(self.removed_leftover, self.leftover), num(fig["f1"]),
                str(fig["body_lost"]), pct(fig["body_lost"], self.lines - self.leftover), num(fig["f1_before"]),
                num(fig["f1_after"]), num(fig["f1_oracle"])]


@dataclass(slots=True)
class RuleTally:
    findings: int = 0
    fixable: int = 0
    lines: int = 0
    leftover: int = 0


@dataclass(slots=True)
class Scored:
    """What one record contributes: its groups, a tally per fix mode, shingle counts (asb pages only) before and
    per mode, rule tallies, missing-date facts, and the lines the unsafe fix got wrong."""

    groups: list[str]
    tallies: dict[str, Tally]
    shingles: dict[str, Counts] | None
    rules: dict[tuple[str, str], RuleTally]
    dates: Counter[str]
    lost: list[Line]
    missed: list[Line]


@dataclass(slots=True)
class Results:
    tallies: dict[str, defaultdict[str, Tally]] = field(default_factory=lambda: {m: defaultdict(Tally) for m in MODES})
    shingles: defaultdict[str, dict[str, list[Counts]]] = field(
        default_factory=lambda: defaultdict(lambda: {w: [] for w in WHEN}))
    rules: defaultdict[tuple[str, str], RuleTally] = field(default_factory=lambda: defaultdict(RuleTally))
    dates: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    lost: list[Line] = field(default_factory=list)
    missed: list[Line] = field(default_factory=list)
    engine: list[str] = field(default_factory=list)

    def add(self, scored: Scored) -> None:
        for group in scored.groups:
            for mode in MODES:
                self.tallies[mode][group].add(scored.tallies[mode])
            self.dates[group].update(scored.dates)
            if scored.shingles is not None:
                for when in WHEN:
                    self.shingles[group][when].append(scored.shingles[when])
        for key, rule in scored.rules.items():
            total = self.rules[key]
            total.findings, total.fixable = total.findings + rule.findings, total.fixable + rule.fixable
            total.lines, total.leftover = total.lines + rule.lines, total.leftover + rule.leftover
        self.lost += scored.lost
        self.missed += scored.missed

    def groups(self) -> list[str]:
        """"all", then the extractors, then the sources of the pages (news pages of the article-extraction
        benchmark, web pages of other kinds)."""
        names = [n for n in self.tallies["unsafe"] if n != "all"]
        return ["all", *sorted(n for n in names if not n.startswith(SOURCE)), *sorted(n for n in names if n.startswith(SOURCE))]


def num(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def deleted_lines(finding: Finding, starts: Sequence[int], ends: Sequence[int]) -> set[int]:
    """Indexes of the body lines (content from starts[i] to ends[i]) that the finding's fix deletes whole."""
    lines: set[int] = set()
    for edit in finding.fix.edits if finding.fix and finding.fix.applies(True) else ():
        if edit.span.field == "body" and edit.is_deletion:
            lines.update(range(bisect_left(starts, edit.span.start), bisect_right(ends, edit.span.end)))
    return lines


def record_index(finding: Finding) -> int:
    return finding.source.record or 0 if finding.source else 0


_linter: Linter | None = None
_unseen: dict[int, LineModel] = {}


def start_worker(select: list[str] | None, unseen: Path = UNSEEN, threshold: float | None = None) -> None:
    """Open this process's own artlint session (defaults: no config file of the cwd; page-debris's `threshold`
    option when given, for every model) and load the models of unseen sites."""
    global _linter
    options = {"page-debris": {"threshold": threshold}} if threshold is not None else {}
    _linter = open_session(settings=Settings(rule_options=options), select=select).linter
    _unseen.update({b: LineModel.load(unseen / f"page-debris-unseen-{b}.json", FEATURES) for b in range(BUCKETS)})


def jsonl(records: Sequence[dict[str, Any]]) -> bytes:
    """The records' article fields as the text of a .jsonl file."""
    return b"".join(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False).encode() + b"\n" for r in records)


def fixed_records(data: bytes, unsafe: bool) -> tuple[list[dict[str, Any]], list[Finding]]:
    """`artlint fix` (with --unsafe-fixes when `unsafe`) of an in-memory .jsonl file: its records after the fix,
    and the fix's findings."""
    assert _linter is not None
    result = _linter.process(NAME, FileData(NAME, data), fix=True, unsafe=unsafe)
    assert result is not None
    output = result.output if result.output is not None else data
    return [json.loads(line) for line in output.splitlines()], result.findings


def fix_unseen(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`artlint fix --unsafe-fixes` with page-debris scoring each record by the model of its unseen sites."""
    assert _linter is not None
    rule = _linter.registry.lookup("page-debris")
    shipped = getattr(rule, "model", None)
    fixed: list[dict[str, Any]] = [{} for _ in records]
    try:
        for bucket, model in _unseen.items():
            which = [i for i, r in enumerate(records) if host_bucket(r.get("url") or "") == bucket]
            if rule is not None:
                rule.model = model  # type: ignore[attr-defined]
            for i, record in zip(which, fixed_records(jsonl([records[i] for i in which]), True)[0], strict=True):
                fixed[i] = record
    finally:
        if rule is not None:
            rule.model = shipped  # type: ignore[attr-defined]
    return fixed


def lint_chunk(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> tuple[list[Scored], list[str]]:
    """For one .jsonl file of (record, gold) pairs: `artlint check`, `artlint fix`, `artlint fix --unsafe-fixes` and
    the unsafe fix with the models of unseen sites, each record scored, and the engine's findings (ART9xx) during the
    first two fixes."""
    assert _linter is not None
    records = [record for record, _ in pairs]
    data = jsonl(records)
    checked = _linter.process(NAME, FileData(NAME, data))
    assert checked is not None
    found: list[list[Finding]] = [[] for _ in records]
    for finding in checked.findings:
        found[record_index(finding)].append(finding)
    fixed, engine = {}, []
    for mode in ("safe", "unsafe"):
        fixed[mode], fix_findings = fixed_records(data, mode == "unsafe")
        engine += [f"{f.code} {f.name} ({mode}) in {records[record_index(f)].get('id')}: {f.message}"
                   for f in fix_findings if f.code.startswith("ART9")]
    fixed["unseen"] = fix_unseen(records)
    scored = [score(record, gold, findings, {m: fixed[m][i] for m in MODES})
              for i, ((record, gold), findings) in enumerate(zip(pairs, found, strict=True))]
    return scored, engine


def score(record: dict[str, Any], gold: dict[str, Any], findings: list[Finding],
          fixed: dict[str, dict[str, Any]]) -> Scored:
    before, labels = record["text"].split("\n"), gold["line_labels"]
    gold_tokens = bag(gold["gold_body"])
    f1_before = token_f1(record["text"], gold_tokens)
    f1_oracle = token_f1(oracle_text(before, labels), gold_tokens)
    tallies, kept = {}, {}
    for mode in MODES:
        after = fixed[mode].get("text") or ""
        kept[mode], trimmed = kept_lines(before, after.split("\n"))
        removed = [label for k, label in zip(kept[mode], labels, strict=True) if not k]
        tallies[mode] = Tally(1, len(before), labels.count("leftover"), len(removed), removed.count("leftover"),
                              trimmed, f1_before, token_f1(after, gold_tokens), f1_oracle)
    asb = None
    if gold.get("source") == "asb":
        asb = {"before": shingle_counts(gold["gold_body"], record["text"]),
               **{m: shingle_counts(gold["gold_body"], fixed[m].get("text") or "") for m in MODES}}
    rules: defaultdict[tuple[str, str], RuleTally] = defaultdict(RuleTally)
    cut_by = score_rules(before, labels, findings, rules)
    lost, missed = [], []
    staying = {line.strip() for line, k in zip(before, kept["unsafe"], strict=True) if k and line.strip()}
    for index, (line, k, label) in enumerate(zip(before, kept["unsafe"], labels, strict=True)):
        if not k and label == "body":
            rule = cut_by.get(index, "a later fix round")
            lost.append((gold["id"], index + 1, line, rule + COPY_STAYS if line.strip() in staying else rule))
        elif k and label == "leftover":
            missed.append((gold["id"], index + 1, line, ""))
    groups = ["all", gold["extractor"], f"{SOURCE}{gold.get('source') or '?'}"]
    return Scored(groups, tallies, asb, dict(rules), date_facts(record, gold, findings, fixed["unsafe"]), lost, missed)


def date_facts(record: dict[str, Any], gold: dict[str, Any], findings: list[Finding],
               fixed: dict[str, Any]) -> Counter[str]:
    """Positive: the record as scraped has no date. Flagged: missing-date reports it."""
    positive, flagged = record["date"] is None, any(f.name == "missing-date" for f in findings)
    filled = fixed.get("date") if positive else None
    return Counter(records=1, positive=positive, negative=not positive, hit=flagged and positive,
                   false_alarm=flagged and not positive, positive_gold=positive and bool(gold["gold_date"]),
                   filled=bool(filled), filled_known=bool(filled and gold["gold_date"]),
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


def worded(lines: list[Line]) -> list[Line]:
    """Lines without a letter ("1", "|", "}") are mostly label artefacts: the alignment cannot call them body."""
    return [line for line in lines if any(c.isalpha() for c in line[2])]


def figures(results: Results, k: int) -> dict[str, Any]:
    """Every figure of the report, as JSON-ready data."""
    groups = results.groups()
    return {
        "modes": {mode: {g: results.tallies[mode][g].figures() for g in groups} for mode in MODES},
        "asb": {g: {w: dict(zip(("precision", "recall", "f1"), shingle_scores(pages), strict=True),
                               pages=len(pages)) for w, pages in results.shingles[g].items()}
                for g in groups if g in results.shingles and not g.startswith(SOURCE)},
        "missing_date": {g: {**results.dates[g], "recall": ratio(results.dates[g]["hit"], results.dates[g]["positive"]),
                             "false_positive_rate": ratio(results.dates[g]["false_alarm"], results.dates[g]["negative"])}
                         for g in groups},
        "rules": [{"code": c, "name": n, **asdict(t), "precision": ratio(t.leftover, t.lines)}
                  for (c, n), t in sorted(results.rules.items())],
        "false_positives": [{"count": n, "id": r, "line": i, "text": s, "rule": rule}
                            for n, (r, i, s, rule) in common(worded(results.lost), k)],
        "false_negatives": [{"count": n, "id": r, "line": i, "text": s}
                            for n, (r, i, s, _) in common(worded(results.missed), k)],
        "engine": results.engine,
    }


def report(results: Results, fig: dict[str, Any]) -> None:
    groups = results.groups()
    for mode, how in (("safe", "artlint fix: safe fixes only"), ("unsafe", "artlint fix --unsafe-fixes"),
                      ("unseen", "artlint fix --unsafe-fixes, page-debris on unseen sites")):
        print(f"\nLeftover-line removal ({how}) against the gold line labels")
        table(["", "records", "lines", "leftover", "removed", "precision", "recall", "F1", "body lost", "lost %",
               "F1 before", "F1 after", "F1 oracle"], [results.tallies[mode][g].row(g) for g in groups])
        print("(precision/recall/F1: of removed lines that are leftover; F1 before/after: bag of words against "
              "gold_body,\n mean per record; F1 oracle: the same for a text of exactly the body-labelled lines, the "
              f"most a line fixer can reach;\n lines kept but changed in place: {results.tallies[mode]['all'].trimmed})")
    print("\narticle-extraction-benchmark pages (source asb): precision and recall of 4-word shingles per page "
          "against the gold body;\nmean precision, mean recall and F1 of the means, before fixing and per fix mode")
    table(["", "pages", *(f"{w} {m}" for w in WHEN for m in ("P", "R", "F1"))],
          [[g, str(a["before"]["pages"]), *(num(a[w][m]) for w in WHEN for m in ("precision", "recall", "f1"))]
           for g, a in fig["asb"].items()])
    print("\nPer rule (findings of `artlint check`; lines: body lines its fixes would delete in the first round)")
    table(["code", "name", "findings", "fixable", "lines", "leftover", "body", "precision"],
          [[r["code"], r["name"], str(r["findings"]), str(r["fixable"]), str(r["lines"]), str(r["leftover"]),
            str(r["lines"] - r["leftover"]), pct(r["leftover"], r["lines"])] for r in fig["rules"]])
    print("\nmissing-date (positive: the record's date is null; flagged: ART102 reports it)")
    table(["", "records", "positive", "with gold date", "flagged", "recall", "negative", "false alarms", "FP rate"],
          [[g, str(d["records"]), str(d["positive"]), str(d["positive_gold"]), str(d["hit"] + d["false_alarm"]),
            pct(d["hit"], d["positive"]), str(d["negative"]), str(d["false_alarm"]), pct(d["false_alarm"], d["negative"])]
           for g, d in fig["missing_date"].items()])
    d = results.dates["all"]
    print(f"  dates filled by the unsafe fix {d['filled']}: {d['filled_known']} where a gold date exists, "
          f"{d['filled_right']} equal to it ({pct(d['filled_right'], d['filled_known'])})")
    copies = sum(1 for line in results.lost if line[3].endswith(COPY_STAYS))
    print(f"\nBody lines removed in unsafe mode: {len(results.lost)}; of them {copies} ({pct(copies, len(results.lost))}) "
          "are a second copy of a line\nthat stays in the fixed text (no words lost; the labels call both copies body)")
    for title, lines, key in (("removed lines gold calls body (false positives)", results.lost, "false_positives"),
                              ("leftover lines kept (false negatives)", results.missed, "false_negatives")):
        if fig[key]:
            print(f"\nMost common {title}, unsafe mode ({len(lines)} in all; {len(lines) - len(worded(lines))} "
                  "without a letter not shown), with the first record and line")
            for row in fig[key]:
                print(f"  {row['count']:5d}  {row['id']}:{row['line']}  {row['text'][:100]!r}"
                      + (f"  [{row['rule']}]" if row.get("rule") else ""))
    if results.engine:
        print("\nEngine findings during the fix:", *results.engine, sep="\n  ")


def chunks(corpus: Path, limit: int | None,
           wrap: int | None = None) -> Iterator[list[tuple[dict[str, Any], dict[str, Any]]]]:
    """The records with their gold, CHUNK at a time; with `wrap`, their texts hard-wrapped at that many columns."""
    pairs = list(labelled(corpus))[:limit]
    if wrap:
        pairs = [hard_wrapped(record, gold, wrap) for record, gold in pairs]
    for at in range(0, len(pairs), CHUNK):
        yield pairs[at : at + CHUNK]


def run(corpus: Path, limit: int | None, select: list[str] | None, jobs: int, unseen: Path = UNSEEN,
        threshold: float | None = None, wrap: int | None = None) -> Iterator[tuple[list[Scored], list[str]]]:
    """The scored chunks in corpus order, from `jobs` worker processes (or this one)."""
    if jobs <= 1:
        start_worker(select, unseen, threshold)
        yield from map(lint_chunk, chunks(corpus, limit, wrap))
        return
    with Pool(jobs, start_worker, (select, unseen, threshold)) as pool:
        yield from pool.imap(lint_chunk, chunks(corpus, limit, wrap))


def columns(value: str) -> int:
    """A wrap width for --wrap: a whole number of columns, 1 or more."""
    width = int(value)
    if width < 1:
        raise argparse.ArgumentTypeError(f"--wrap needs a width of 1 column or more, not {value}")
    return width


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder with corpus.jsonl.gz and gold.jsonl.gz")
    parser.add_argument("--limit", type=int, help="only the first N records")
    parser.add_argument("--select", action="append", help="rules to run (codes, prefixes, names; comma-separated)")
    parser.add_argument("--show-disagreements", type=int, default=20, metavar="K",
                        help="print the K most common lines removed though body, and kept though leftover (default 20)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes, each with its own session (default 2)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every figure as JSON to FILE")
    parser.add_argument("--unseen", type=Path, default=UNSEEN, metavar="DIR",
                        help="the models of unseen sites that train_scorer.py wrote (default: benchmarks/models)")
    parser.add_argument("--threshold", type=float, metavar="P",
                        help="page-debris's cut as a probability, for the shipped and the unseen-site models alike "
                             "(default: the models' own); to weigh another operating point")
    parser.add_argument("--wrap", type=columns, metavar="COLUMNS",
                        help="hard-wrap every record's text at COLUMNS first, each line's label on the lines it "
                             "becomes (as html2text, lynx or a mail client writes it): the figures on wrapped output")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    select = [s.strip() for value in args.select or () for s in value.split(",") if s.strip()] or None
    results = Results()
    runs = run(args.corpus, args.limit, select, args.jobs, args.unseen, args.threshold, args.wrap)
    for scored, engine in runs:
        for one in scored:
            results.add(one)
        results.engine += engine
    fig = figures(results, args.show_disagreements)
    report(results, fig)
    wall = time.perf_counter() - started
    records = results.tallies["unsafe"]["all"].records
    print(f"\n{records} records; wall time {wall:.1f} s with {args.jobs} worker process(es)")
    if args.json:
        args.json.write_text(json.dumps({"records": records, "wall_time": wall, **fig}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
