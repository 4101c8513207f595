"""Repeated and parallel runs on a corpus: a cold run against a warm-cache rerun, and -j 2 against -j 1.

Usage: python benchmarks/workflow.py CORPUS_DIR [--files N] [--repeat R]
CORPUS_DIR holds corpus.jsonl.gz (the dev-scraped format). The records are written to a temporary
folder as N JSON Lines files (a nightly scrape split by site or hour), then `artlint check` runs on it
as a subprocess, as users run it; each figure is the best of R runs.
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def split_corpus(corpus: Path, folder: Path, files: int) -> tuple[int, int]:
    with gzip.open(corpus / "corpus.jsonl.gz", "rb") as handle:
        lines = [line for line in handle if line.strip()]
    for index in range(files):
        (folder / f"part-{index:03d}.jsonl").write_bytes(b"".join(lines[index::files]))
    return len(lines), sum(len(line) for line in lines)


def timed(args: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "artlint", "check", "--format", "json", "-o", "report.json", *args],
                   cwd=cwd, check=False, capture_output=True)
    return time.perf_counter() - start


def best(args: list[str], cwd: Path, repeat: int, before: list[str] | None = None) -> float:
    times = []
    for _ in range(repeat):
        if before is not None:
            subprocess.run([sys.executable, "-m", "artlint", *before], cwd=cwd, check=False, capture_output=True)
        times.append(timed(args, cwd))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--files", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "scrape").mkdir()
        records, size = split_corpus(args.corpus, work / "scrape", args.files)
        print(f"{records} records in {args.files} JSON Lines files, {size / 1e6:.1f} MB")
        cold = best(["scrape"], work, args.repeat, before=["clean"])
        warm = best(["scrape"], work, args.repeat)
        serial = best(["--no-cache", "-j", "1", "scrape"], work, args.repeat)
        parallel = best(["--no-cache", "-j", "2", "scrape"], work, args.repeat)
    rows = [
        ("cold run (empty cache)", cold), ("warm rerun (cache)", warm),
        ("-j 1 (no cache)", serial), ("-j 2 (no cache)", parallel),
    ]
    for label, seconds in rows:
        print(f"{label:<26}{seconds:8.2f} s {records / seconds:10.0f} articles/s {size / 1e6 / seconds:7.2f} MB/s")
    print(f"warm rerun: {cold / warm:.1f}x faster than cold; -j 2: {serial / parallel:.2f}x of -j 1")


if __name__ == "__main__":
    main()
