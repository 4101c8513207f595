"""What `fix` does with a fixed file: write it atomically, show it as a diff, or pass it to stdout."""

from __future__ import annotations

import difflib
import gzip
import os
from typing import BinaryIO, TextIO

from artlint.linter import FileResult
from artlint.writer import replace_with, write_atomic


def deliver(result: FileResult, diff: bool, stdout: TextIO, stdout_bytes: BinaryIO) -> None:
    """Write the fixed file (through a symlink to its target), print its diff, or for stdin print it whole."""
    if diff:
        if result.diff is not None:
            stdout.write(result.diff)
        elif result.output is not None:
            stdout.write(unified_diff(result.path, result.original or b"", result.output))
        return
    if result.output_path is not None:
        replace_with(result.output_path, os.path.realpath(result.path))
        return
    if result.stdin:
        stdout_bytes.write(result.output if result.output is not None else result.original or b"")
        stdout_bytes.flush()
    elif result.output is not None:
        write_atomic(os.path.realpath(result.path), result.output)


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    def lines(data: bytes) -> list[str]:
        if path.endswith(".gz"):
            data = gzip.decompress(data)
        return data.decode("utf-8", errors="replace").splitlines(keepends=True)

    diff = difflib.unified_diff(lines(before), lines(after), fromfile=f"a/{path}", tofile=f"b/{path}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in diff)
