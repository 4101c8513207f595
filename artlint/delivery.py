"""What `fix` does with a fixed file: write it atomically, show it as a diff, or pass it to stdout."""

from __future__ import annotations

import difflib
import gzip
import os
from typing import BinaryIO, TextIO

from artlint.linter import FileResult
from artlint.writer import replace_with, write_atomic


def deliver(result: FileResult, diff: bool, stdout: TextIO, stdout_bytes: BinaryIO) -> str | None:
    """Write the fixed file, print its diff, or for stdin print it whole. A symlink is written through
    to its target; the target's path is returned when it differs from the path given, so that the
    caller can say so."""
    if diff:
        if result.diff is not None:
            stdout.write(result.diff)
        elif result.output is not None:
            stdout.write(unified_diff(result.path, result.original or b"", result.output))
        return None
    if result.stdin:
        stdout_bytes.write(result.output if result.output is not None else result.original or b"")
        stdout_bytes.flush()
        return None
    if result.output_path is None and result.output is None:
        return None
    target = os.path.realpath(result.path)
    if result.output_path is not None:
        replace_with(result.output_path, target)
    elif result.output is not None:
        write_atomic(target, result.output)
    return target if os.path.islink(result.path) else None


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    def lines(data: bytes) -> list[str]:
        if path.endswith(".gz"):
            data = gzip.decompress(data)
        return data.decode("utf-8", errors="replace").splitlines(keepends=True)

    diff = difflib.unified_diff(lines(before), lines(after), fromfile=f"a/{path}", tofile=f"b/{path}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in diff)
