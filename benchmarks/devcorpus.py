"""Reading a corpus in the dev-scraped format: corpus.jsonl.gz records beside gold.jsonl.gz truths, by id."""

from __future__ import annotations

import gzip
import json
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def gold_by_id(corpus: Path) -> dict[str, dict[str, Any]]:
    return {gold["id"]: gold for gold in read_jsonl(corpus / "gold.jsonl.gz")}


def labelled(corpus: Path) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(record, its gold) for every record that has a gold entry, in corpus order."""
    gold = gold_by_id(corpus)
    for record in read_jsonl(corpus / "corpus.jsonl.gz"):
        if record["id"] in gold:
            yield record, gold[record["id"]]


def hard_wrapped(record: dict[str, Any], gold: dict[str, Any], width: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The record with every line of its text broken at `width` columns, as html2text, lynx or a mail client writes
    it (textwrap; a word longer than the width stays whole), and its gold with each line's label on every line the
    line became: how artlint fares on hard-wrapped scraper output."""
    lines, labels = [], []
    for line, label in zip(record["text"].split("\n"), gold["line_labels"], strict=True):
        parts = textwrap.wrap(line, width, break_long_words=False) or [line]
        lines += parts
        labels += [label] * len(parts)
    return {**record, "text": "\n".join(lines)}, {**gold, "line_labels": labels}
