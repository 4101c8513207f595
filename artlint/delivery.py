"""What `fix` does with a fixed file: write it atomically, show it as a diff, or pass it to stdout."""

from __future__ import annotations

import gzip
import os
from typing import BinaryIO, TextIO

from artlint.fielddiff import line_diff, record_diff, text_diff
from artlint.formats import stdin_name
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
    """The diff of a fixed file: for JSON and JSON Lines (told by the name, or for stdin by how the text opens),
    each changed record's changed fields line by line (artlint.fielddiff), as the streamed path shows them."""
    if path.lower().endswith(".gz"):
        before, after = gzip.decompress(before), gzip.decompress(after)
    name = stdin_name(before) if path == "-" else path
    suffix = name.lower().removesuffix(".gz").rsplit(".", 1)[-1]
    if suffix == "json":
        fields = record_diff(path, before, after)
        if fields:
            return fields
    elif suffix in ("jsonl", "ndjson"):
        old_lines, new_lines = before.splitlines(keepends=True), after.splitlines(keepends=True)
        if len(old_lines) == len(new_lines):
            return "".join(line_diff(path, number, old, new)
                           for number, (old, new) in enumerate(zip(old_lines, new_lines, strict=True), 1) if old != new)
    return text_diff(path, before.decode("utf-8", errors="replace"), after.decode("utf-8", errors="replace"))
