"""Check artlint against a seed article and its editor's verdict: which lines each rule flags, and
which lines `fix --unsafe-fixes` removes.

Usage: python benchmarks/seed.py SEED.txt [--expect-remove 1,2,5,6,21,29,31-47]

Lines with text are compared with the verdict; blank lines are checked for structure instead: where
a deleted line stood between two blank lines, one of them goes too, and no run of blank lines may end
up longer than the longest of the original.
"""

from __future__ import annotations

import argparse
import difflib
from pathlib import Path

from artlint.testing import fix_text, lint_text


def parse_lines(spec: str) -> set[int]:
    numbers: set[int] = set()
    for part in filter(None, spec.split(",")):
        first, _, last = part.partition("-")
        numbers.update(range(int(first), int(last or first) + 1))
    return numbers


def removed_lines(before: str, after: str) -> set[int]:
    old, new = before.splitlines(), after.splitlines()
    removed: set[int] = set()
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag in ("delete", "replace"):
            removed.update(range(i1 + 1, i2 + 1))
    return removed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", type=Path)
    parser.add_argument("--expect-remove", default="1,2,5,6,21,29,31-47")
    args = parser.parse_args()
    text = args.seed.read_text(encoding="utf-8")
    for finding in lint_text(text, args.seed.name):
        end = f"-{finding.end_line}" if finding.end_line != finding.line else ""
        print(f"line {finding.line}{end}: {finding.code} {finding.name}")
    fixed = fix_text(text, args.seed.name, unsafe=True)
    blank = {number for number, line in enumerate(text.splitlines(), 1) if not line.strip()}
    removed = removed_lines(text, fixed) - blank
    expected = parse_lines(args.expect_remove) - blank
    print(f"lines with text removed by fix --unsafe-fixes: {sorted(removed)}")
    print(f"expected: {sorted(expected)}; missing {sorted(expected - removed)}; extra {sorted(removed - expected)}")
    runs_ok = longest_blank_run(fixed) <= longest_blank_run(text)
    print(f"longest run of blank lines: {longest_blank_run(text)} before, {longest_blank_run(fixed)} after")
    print("MATCH" if removed == expected and runs_ok else "MISMATCH")


def longest_blank_run(text: str) -> int:
    longest = run = 0
    for line in text.splitlines():
        run = run + 1 if not line.strip() else 0
        longest = max(longest, run)
    return longest


if __name__ == "__main__":
    main()
