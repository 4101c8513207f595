"""Diffs of fixed JSON and JSON Lines: each changed field's text, line by line, under its own header, instead of
one changed line holding the whole record (a fixed article body is one JSON string)."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from typing import Any


def diff_header(path: str) -> tuple[str, str]:
    """The --- and +++ names of a file: a/ and b/ before a relative path, an absolute path as it is (diff -u)."""
    if path.startswith("/"):
        return path, path
    return f"a/{path}", f"b/{path}"


def text_diff(label: str, before: str, after: str) -> str:
    """A unified diff of two texts, `label` naming both sides."""
    old, new = diff_header(label)
    diff = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True), old, new)
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in diff)


def record_diff(label: str, before: bytes | str, after: bytes | str) -> str | None:
    """The changed fields of one JSON value (an object, or an array of objects) as unified diffs, headed
    `label field` ('night.jsonl:3 text', 'article.json content.body'); None when either side is not JSON."""
    try:
        old, new = json.loads(before), json.loads(after)
    except ValueError:
        return None
    return "".join(_field_diff(f"{label} {field}" if field else label, old_text, new_text)
                   for field, old_text, new_text in _changed(old, new, ""))


def line_diff(path: str, number: int, before: bytes, after: bytes) -> str:
    """The diff of line `number` of a JSON Lines file: its record's changed fields (record_diff), or, for a line
    that is no JSON, a one-line hunk."""
    fields = record_diff(f"{path}:{number}", before, after)
    if fields:
        return fields
    old, new = diff_header(path)
    return f"--- {old}\n+++ {new}\n@@ -{number} +{number} @@\n-{_ended(before)}+{_ended(after)}"


def _ended(line: bytes) -> str:
    text = line.decode("utf-8", "replace")
    return text if text.endswith("\n") else text + "\n\\ No newline at end of file\n"


def _field_diff(label: str, before: str, after: str) -> str:
    """A field's lines, split at line feeds only (as the article's lines are): a last line that merely lost the
    break before a deleted line is no change, and a removed final line break shows as a removed empty line."""
    old, new = diff_header(label)
    return "".join(line + "\n" for line in difflib.unified_diff(before.split("\n"), after.split("\n"), old, new,
                                                              lineterm=""))


def _changed(old: Any, new: Any, path: str) -> Iterator[tuple[str, str, str]]:
    """(field path, old text, new text) of each value that differs; strings as they are, anything else as JSON."""
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(k for k in new if k not in old)]:
            yield from _changed(old.get(key), new.get(key), f"{path}.{key}" if path else str(key))
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            yield from _changed(a, b, f"{path}[{index}]")
    else:
        yield path, _text(old), _text(new)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
