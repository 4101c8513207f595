"""Peak memory and time of `artlint check` on one large JSON Lines file built from a corpus.

Usage: python benchmarks/memory.py CORPUS [--megabytes 1024] [--format jsonl]
The corpus records are repeated (with new ids) until the file reaches the size asked for; then
`artlint check` runs on it as a subprocess and the child's peak resident memory is read back.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def build(corpus: Path, target: Path, megabytes: int) -> tuple[int, int]:
    """Repeat the records of CORPUS (a .jsonl(.gz) file, or a folder with corpus.jsonl.gz) into `target`."""
    source = corpus / "corpus.jsonl.gz" if corpus.is_dir() else corpus
    with (gzip.open(source, "rt", encoding="utf-8") if source.name.endswith(".gz") else open(source, encoding="utf-8")) as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    written = count = 0
    with open(target, "w", encoding="utf-8") as out:
        while written < megabytes * 1_000_000:
            record = dict(records[count % len(records)], id=f"copy-{count}")
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            count += 1
    return count, written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--megabytes", type=int, default=1024)
    parser.add_argument("--format", default="jsonl", help="report format written to a file (jsonl streams)")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "night.jsonl"
        records, size = build(args.corpus, big, args.megabytes)
        print(f"{records} records, {size / 1e6:.0f} MB in {big.name}")
        start = time.perf_counter()
        command = [sys.executable, "-m", "artlint", "check", "--no-cache", "-j", str(args.jobs),
                   "--format", args.format, "-o", str(Path(tmp) / "report"), str(big)]
        subprocess.run(command, check=False, capture_output=True)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        report_size = (Path(tmp) / "report").stat().st_size
    print(f"artlint check -j {args.jobs} --format {args.format}: {seconds:.1f} s, {size / 1e6 / seconds:.2f} MB/s, "
          f"peak RSS {peak:.0f} MB, report {report_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
