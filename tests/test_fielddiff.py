"""fix --diff of JSON: each changed field line by line, under its own header."""

from __future__ import annotations

import json

from artlint.fielddiff import line_diff, record_diff


def test_a_field_splits_at_line_feeds_only() -> None:
    before = json.dumps({"text": "Advertisement\nFirst half.\u2028Second half\x0bthird."})
    after = json.dumps({"text": "First half.\u2028Second half\x0bthird."})
    assert record_diff("a.json", before, after) == (
        "--- a/a.json text\n+++ b/a.json text\n@@ -1,2 +1 @@\n-Advertisement\n First half.\u2028Second half\x0bthird.\n"
    )


def test_a_removed_final_line_break_shows_as_a_removed_empty_line() -> None:
    diff = record_diff("a.json", json.dumps({"text": "One line.\n", "n": 1}), json.dumps({"text": "One line.", "n": 2}))
    assert diff == ("--- a/a.json text\n+++ b/a.json text\n@@ -1,2 +1 @@\n One line.\n-\n"
                    "--- a/a.json n\n+++ b/a.json n\n@@ -1 +1 @@\n-1\n+2\n")


def test_nested_fields_and_arrays_are_named_by_their_path() -> None:
    before = json.dumps([{"content": {"body": "A\nB"}}])
    after = json.dumps([{"content": {"body": "A"}}])
    assert record_diff("a.json", before, after).startswith("--- a/a.json [0].content.body\n")  # type: ignore[union-attr]


def test_a_line_that_is_no_json_is_a_one_line_hunk() -> None:
    assert line_diff("/data/n.jsonl", 3, b"not json\n", b"not json!\n") == (
        "--- /data/n.jsonl\n+++ /data/n.jsonl\n@@ -3 +3 @@\n-not json\n+not json!\n"
    )
    assert record_diff("x", b"{", b"{}") is None
