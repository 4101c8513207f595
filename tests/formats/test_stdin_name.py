"""stdin_name: the format of text piped to stdin without --stdin-filename, told by how it opens."""

from __future__ import annotations

import json

import pytest

from artlint.formats import stdin_name


@pytest.mark.parametrize(("data", "name"), [
    (b"[Updated 10:32] Harbour reopens after storm\n\nThe harbour reopened.\n", "stdin.txt"),
    (b"{Editor's note: this story has been updated.}\nThe harbour reopened.\n", "stdin.txt"),
    (b"---\nHarbour reopens\n---\nThe harbour reopened.\n", "stdin.txt"),  # rules, not front matter
    (b"---\ntitle: Harbour reopens\n---\nThe harbour reopened.\n", "stdin.md"),
    (b'{"title": "Harbour reopens", "text": "The harbour reopened."}\n', "stdin.json"),
    (b'{\n  "title": "Harbour reopens"\n}\n', "stdin.json"),
    (b'\xef\xbb\xbf[{"title": "Harbour reopens"}]', "stdin.json"),
    (b'{"title": "A"}\n{"title": "B"}\n', "stdin.jsonl"),
    ((json.dumps({"text": "x" * 70_000}) + "\n" + json.dumps({"text": "y"}) + "\n").encode(), "stdin.jsonl"),
    (b"Harbour reopens after storm\n", "stdin.txt"),
])
def test_the_format_is_told_by_how_the_input_opens(data: bytes, name: str) -> None:
    assert stdin_name(data) == name
