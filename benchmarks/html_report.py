"""Size and speed of the HTML report for a corpus run: the page's size, the time to write it (the reporter alone,
texts read again from disk included), and the time headless Chromium takes to load it (`--dump-dom`, which runs
its script) and to render it (`--screenshot`), each against the same browser on an empty page.

Usage: python benchmarks/html_report.py CORPUS_DIR [--files N] [--repeat K] [--top N] [--keep FILE]
CORPUS_DIR holds corpus.jsonl.gz (one article per line with id, url, title, date and text). The records are written
as N .jsonl files in a temporary folder (K copies of each record, with their own id and URL, for a larger run) and
linted as `artlint check` would, with a rate gate on unrelated-spillover so that the page shows one.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from artlint.config import Settings
from artlint.findings import Severity
from artlint.gates import judge
from artlint.report import Report
from artlint.reporters.html import report_html
from artlint.run import run_files
from artlint.session import open_session

FIELDS = ("id", "url", "title", "date", "text")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
         "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]


def write_corpus(corpus: Path, folder: Path, files: int, repeat: int) -> int:
    """The records as `files` .jsonl files, round robin; returns how many were written."""
    outs = [open(folder / f"part-{n:02d}.jsonl", "w", encoding="utf-8") for n in range(files)]  # noqa: SIM115
    count = 0
    try:
        for copy in range(repeat):
            with gzip.open(corpus / "corpus.jsonl.gz", "rt", encoding="utf-8") as source:
                for raw in source:
                    record = {k: v for k, v in json.loads(raw).items() if k in FIELDS}
                    if copy:
                        record["id"] = f"{record.get('id')}-{copy}"
                        record["url"] = f"{record.get('url')}?copy={copy}"
                    outs[count % files].write(json.dumps(record, ensure_ascii=False) + "\n")
                    count += 1
    finally:
        for out in outs:
            out.close()
    return count


def best(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def chromium_run(browser: str, *args: str) -> list[str]:
    """One headless run with a fresh profile; returns the page's console lines (errors and logs)."""
    with tempfile.TemporaryDirectory(prefix="artlint-chromium-") as profile:
        done = subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True,
                              timeout=300, check=False)
    if done.returncode != 0:
        sys.exit(f"chromium failed ({done.returncode}): {done.stderr[-500:]}")
    return [line for line in done.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--files", type=int, default=1, help="number of .jsonl files (default 1)")
    parser.add_argument("--repeat", type=int, default=1, help="copies of each record (default 1; 22 gives ~100,000)")
    parser.add_argument("--top", type=int, default=50, help="articles shown (the reporter's default is 50)")
    parser.add_argument("--keep", type=Path, help="also copy the page to this file")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each step; the best is shown (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="artlint-html-") as temp:
        folder = Path(temp)
        (folder / "corpus").mkdir()
        articles = write_corpus(args.corpus, folder / "corpus", args.files, args.repeat)
        os.chdir(folder)  # no project config applies
        run = open_session(settings=Settings(root=folder))
        started = time.perf_counter()
        report = Report(rules=dict(run.registry.rules))
        report.results.extend(run_files(run.linter, ["corpus"]))
        lint_seconds = time.perf_counter() - started
        report.gates = judge(report, Severity.INFO, {"unrelated-spillover": 0.02}).gates
        page = folder / "report.html"

        def write() -> None:
            with open(page, "w", encoding="utf-8", errors="backslashreplace") as handle:
                report_html(report, handle, {"top": args.top})

        write_seconds = best(args.runs, write)
        size = page.stat().st_size
        print(f"articles          {articles:,} in {args.files} file{'s' * (args.files != 1)} "
              f"({len(report.findings):,} findings; lint {lint_seconds:.1f} s)")
        print(f"report size       {size:,} bytes ({size / 1e6:.2f} MB), top {args.top} articles")
        print(f"report write      {write_seconds:.2f} s")
        if args.keep:
            shutil.copy(page, args.keep)
        browser = shutil.which("chromium") or shutil.which("chromium-browser")
        if browser is None:
            print("chromium          not installed (apt-get install chromium): render time not measured")
            return
        blank = folder / "blank.html"
        blank.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
        console: list[str] = []
        for label, extra in (("load (--dump-dom)", ["--dump-dom"]),
                             ("render (--screenshot)", [f"--screenshot={folder / 'shot.png'}", "--window-size=1280,2000"])):
            empty = best(args.runs, partial(chromium_run, browser, *extra, blank.as_uri()))
            full = best(args.runs, partial(lambda *a: console.extend(chromium_run(*a)), browser, *extra, page.as_uri()))
            print(f"chromium {label:<22} {full:.2f} s (empty page {empty:.2f} s: the page itself {full - empty:.2f} s)")
        print(f"console messages  {len(console)}")
        for line in console[:5]:
            print("  " + line)


if __name__ == "__main__":
    main()
