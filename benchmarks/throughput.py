"""Throughput of `artlint check` on a corpus of JSON Lines articles, against a floor, in one run on one machine.

Prints articles/s and MB/s of article text for:
- `artlint check --no-cache` (all built-in rules) as a user runs it, in one process and with `-j 2`;
- the floor: read the JSONL, parse each record, split its text into lines, and search each line with one
  precompiled case-insensitive alternation of the navigation phrases of the en lexicon (read from the lexicon
  file). The alternation is anchored to the whole line, as the phrases are whole-line phrases (that is what
  navigation-leftover flags); unanchored, CPython's re tries every phrase at every character and the floor
  drops below 1 MB/s, a floor no one would write;
then the ratio of their times, the `-j 2` speedup, and the peak RSS of `artlint check` on a generated 1 GB
JSON Lines file (the logic of benchmarks/memory.py; --skip-memory leaves it out).

Usage: python benchmarks/throughput.py CORPUS [--limit N] [--skip-memory] [--megabytes 1024]
CORPUS is a .jsonl or .jsonl.gz file (or a folder with corpus.jsonl.gz), one article per line with url,
title, date and text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from memory import build

import artlint

FIELDS = ("url", "title", "date", "text")
LEXICON = Path(artlint.__file__).parent.parent / "rules" / "lexicons" / "en.yaml"


def corpus_file(corpus: Path) -> Path:
    return corpus / "corpus.jsonl.gz" if corpus.is_dir() else corpus


def open_text(path: Path) -> Any:
    return gzip.open(path, "rt", encoding="utf-8") if path.name.endswith(".gz") else open(path, encoding="utf-8")


def write_jsonl(corpus: Path, limit: int | None, path: Path) -> tuple[int, int]:
    """Write the records as a user's .jsonl file (article fields only), streaming; returns their count and
    the bytes of their text."""
    articles = text_bytes = 0
    with open_text(corpus_file(corpus)) as source, open(path, "wb") as out:
        for raw in source:
            if limit is not None and articles >= limit:
                break
            if not raw.strip():
                continue
            record = json.loads(raw)
            articles += 1
            text_bytes += len(record["text"].encode("utf-8"))
            out.write(json.dumps({k: record[k] for k in FIELDS if k in record}, ensure_ascii=False).encode("utf-8") + b"\n")
    return articles, text_bytes


def json_parser() -> tuple[str, Callable[[bytes], Any]]:
    """The fastest JSON parser installed: orjson if it is, else the standard library's."""
    try:
        import orjson
    except ImportError:
        return "json (stdlib)", json.loads
    return f"orjson {orjson.__version__}", orjson.loads


def navigation_phrases(lexicon: Path = LEXICON) -> list[str]:
    data = yaml.safe_load(lexicon.read_text(encoding="utf-8"))
    return list(data["entries"]["navigation"]["phrases"])


def floor_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive alternation of the phrases, matching a whole line (edge punctuation allowed)."""
    return re.compile(r"^\W*(?:" + "|".join(map(re.escape, phrases)) + r")\W*$", re.IGNORECASE)


def floor(path: Path, pattern: re.Pattern[str], loads: Callable[[bytes], Any]) -> int:
    """Read the JSONL, parse each record, split its text into lines, search the pattern in each; the hits."""
    search = pattern.search
    hits = 0
    with open(path, "rb") as handle:
        for raw in handle:
            for line in loads(raw)["text"].splitlines():
                if search(line):
                    hits += 1
    return hits


def run_child(command: Sequence[str], cwd: Path) -> tuple[float, float, float]:
    """Wall time, CPU time (its worker processes included) and peak RSS (MB; the largest single process
    of the run) of a command."""
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    errors = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({child.returncode}): {errors.decode(errors='replace').strip()}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # kilobytes on Linux


def parallel_ceiling(jobs: int = 2) -> float:
    """How much faster `jobs` CPU-bound processes finish than as many run one after another, on this machine
    right now (other users' load included): the most a -j speedup can show."""
    command = [sys.executable, "-c", "sum(range(20_000_000))"]
    started = time.perf_counter()
    subprocess.run(command, check=True)
    alone = time.perf_counter() - started
    started = time.perf_counter()
    children = [subprocess.Popen(command) for _ in range(jobs)]
    for child in children:
        child.wait()
    return jobs * alone / (time.perf_counter() - started)


def check_command(path: Path, jobs: int) -> list[str]:
    """`artlint check` as a user runs it on a corpus, without the cache (it would answer a rerun at once);
    run from the file's temporary folder, so no project config applies."""
    return [sys.executable, "-m", "artlint", "check", "--no-cache", "-j", str(jobs), "--exit-zero", str(path)]


def timed(label: str, seconds: float, articles: int, text_bytes: int) -> str:
    return (f"{label:<40} {seconds:8.2f} s  {articles / seconds:9.0f} articles/s  "
            f"{text_bytes / 1e6 / seconds:7.2f} MB/s")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help=".jsonl(.gz) file, or a folder with corpus.jsonl.gz")
    parser.add_argument("--limit", type=int, help="only the first N records")
    parser.add_argument("--skip-memory", action="store_true", help="leave out the 1 GB peak-memory run")
    parser.add_argument("--megabytes", type=int, default=1024, help="size of the generated file for peak memory")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        path = tmp / "corpus.jsonl"
        articles, text_bytes = write_jsonl(args.corpus, args.limit, path)
        print(f"{articles} articles, {text_bytes / 1e6:.1f} MB of article text "
              f"({path.stat().st_size / 1e6:.1f} MB of JSONL)\n")

        (tmp / "empty.jsonl").write_bytes(b"")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (above the CPUs, wall times measure "
              "the contention: read the CPU times too)")
        startup, startup_cpu, _ = run_child(check_command(tmp / "empty.jsonl", 1), tmp)
        one, one_cpu, one_rss = run_child(check_command(path, 1), tmp)
        print(timed("artlint check (1 process)", one, articles, text_bytes)
              + f"  CPU {one_cpu:.2f} s, peak RSS {one_rss:.0f} MB; startup {startup:.2f} s (CPU {startup_cpu:.2f} s)")
        two, two_cpu, _ = run_child(check_command(path, 2), tmp)
        print(timed("artlint check -j 2", two, articles, text_bytes) + f"  CPU {two_cpu:.2f} s (all processes)")

        name, loads = json_parser()
        phrases = navigation_phrases()
        started = time.perf_counter()
        cpu = time.process_time()
        hits = floor(path, floor_pattern(phrases), loads)
        bottom = time.perf_counter() - started
        bottom_cpu = time.process_time() - cpu
        print(timed(f"floor ({len(phrases)} phrases, {name})", bottom, articles, text_bytes)
              + f"  CPU {bottom_cpu:.2f} s; {hits} lines hit")

        print(f"\nartlint check / floor: {one / bottom:.2f}x the time, {one_cpu / bottom_cpu:.2f}x the CPU time "
              f"(target <= 2.5x); {text_bytes / 1e6 / one:.2f} MB/s (target >= 9)")
        print(f"-j 2 speedup: {one / two:.2f}x of one process (target >= 1.8x); "
              f"-j 2 spends {two_cpu / one_cpu:.2f}x the CPU time of one process; "
              f"2 busy loops run {parallel_ceiling(2):.2f}x as fast as 1 on this machine now")
        print(f"load average {os.getloadavg()[0]:.1f}")

        if not args.skip_memory:
            big = tmp / "night.jsonl"
            records, size = build(args.corpus, big, args.megabytes)
            path.unlink()
            command = [*check_command(big, 1), "--format", "jsonl", "-o", str(tmp / "report.jsonl")]
            seconds, _, peak = run_child(command, tmp)
            print(f"\n{records} records, {size / 1e6:.0f} MB of JSONL: artlint check --format jsonl {seconds:.1f} s, "
                  f"{size / 1e6 / seconds:.2f} MB/s of JSONL, peak RSS {peak:.0f} MB (target < 300)")


if __name__ == "__main__":
    main()
