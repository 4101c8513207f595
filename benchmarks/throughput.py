"""Throughput of `artlint check` on a corpus of JSON Lines articles: articles/s and MB/s of article text through
the real linter (parse JSONL + all built-in rules), against a floor baseline (parse the JSONL, split the text
into lines, search one alternation of navigation phrases in each lower-cased line); peak RSS; and the wall
time of one `artlint check` subprocess on the same records.

Usage: python benchmarks/throughput.py CORPUS_DIR [--limit N]
CORPUS_DIR holds corpus.jsonl.gz (one article per line with url, title, date and text).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from artlint.config import Settings
from artlint.formats.base import FileData
from artlint.session import open_session

FIELDS = ("url", "title", "date", "text")


def write_jsonl(corpus: Path, limit: int | None, path: Path) -> tuple[int, int]:
    """Write the records as a user's .jsonl file (article fields only), streaming; returns their count and
    the bytes of their text."""
    articles = text_bytes = 0
    with gzip.open(corpus / "corpus.jsonl.gz", "rt", encoding="utf-8") as source, open(path, "wb") as out:
        for raw in source:
            if limit is not None and articles >= limit:
                break
            record = json.loads(raw)
            articles += 1
            text_bytes += len(record["text"].encode("utf-8"))
            out.write(json.dumps({k: record[k] for k in FIELDS}, ensure_ascii=False).encode("utf-8") + b"\n")
    return articles, text_bytes


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One alternation of the lower-cased phrases, longest first; search it in lower-cased lines. (re.IGNORECASE
    on a large alternation of literals is about 10x slower in CPython, which would flatter artlint.)"""
    ordered = sorted({p.lower() for p in phrases if p}, key=lambda p: (-len(p), p))
    return re.compile("|".join(re.escape(p) for p in ordered))


def baseline(data: bytes, pattern: re.Pattern[str] | None) -> int:
    """Parse every record, split its text into lines, search the pattern in each line (if any); returns the hits."""
    hits = 0
    for raw in data.splitlines():
        lines = json.loads(raw)["text"].split("\n")
        if pattern is not None:
            hits += sum(1 for line in lines if pattern.search(line.lower()))
    return hits


def timed(label: str, seconds: float, articles: int, text_bytes: int) -> str:
    return (f"{label:<34} {seconds:8.2f} s  {articles / seconds:9.0f} articles/s  "
            f"{text_bytes / 1e6 / seconds:7.2f} MB/s")


def peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def run_cli(path: Path) -> float:
    """Wall time of `artlint check` on the file in a fresh process, run from the file's temporary folder so that
    no project config applies; the report goes to /dev/null."""
    command = [sys.executable, "-m", "artlint", "check", "--exit-zero", str(path)]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=path.parent, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"artlint check failed ({done.returncode}): {done.stderr.decode(errors='replace').strip()}")
    return seconds


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder with corpus.jsonl.gz")
    parser.add_argument("--limit", type=int, help="only the first N records")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.jsonl"
        articles, text_bytes = write_jsonl(args.corpus, args.limit, path)
        # The subprocess runs first: a child's peak RSS includes its parent's at the fork, so keep that small.
        seconds = run_cli(path)
        data = path.read_bytes()
    print(f"{articles} articles, {text_bytes / 1e6:.1f} MB of article text ({len(data) / 1e6:.1f} MB of JSONL)\n")

    started = time.perf_counter()
    session = open_session(settings=Settings())  # defaults only: no config file of the current folder
    setup = time.perf_counter() - started
    rules = [r for r in session.registry.rules.values() if not r.code.startswith("ART9")]

    started = time.perf_counter()
    result = session.linter.process("corpus.jsonl", FileData("corpus.jsonl", data))
    linted = time.perf_counter() - started
    assert result is not None
    print(timed(f"artlint check ({len(rules)} rules)", linted, articles, text_bytes))
    print(f"{'':<34} {len(result.findings)} findings; session setup {setup:.2f} s (not counted)")

    phrases = session.registry.lexicons.entry("navigation").phrases
    started = time.perf_counter()
    hits = baseline(data, phrase_pattern(phrases))
    floor = time.perf_counter() - started
    print(timed(f"baseline ({len(phrases)} phrases, 1 regex)", floor, articles, text_bytes))
    print(f"{'':<34} {hits} lines hit")
    started = time.perf_counter()
    baseline(data, None)
    parsing = time.perf_counter() - started
    print(timed("of which parse + split only", parsing, articles, text_bytes))
    print(f"\nartlint check / baseline: {linted / floor:.2f}x the time; / parse + split: {linted / parsing:.1f}x")
    print(f"peak RSS of this process: {peak_rss_mb(resource.RUSAGE_SELF):.0f} MB (corpus held in memory)")

    print(f"\n{timed('artlint check subprocess (wall)', seconds, articles, text_bytes)}")
    print(f"peak RSS of the subprocess: {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB")


if __name__ == "__main__":
    main()
