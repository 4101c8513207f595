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
    it (textwrap; a word longer than the width stays whole), and its gold with each line's label (and every other
    per-line value) on every line the line became: how artlint fares on hard-wrapped scraper output."""
    text = record["text"].split("\n")
    parts = [textwrap.wrap(line, width, break_long_words=False) or [line] for line in text]
    per_line = {key: [value for part, item in zip(parts, values, strict=True) for value in [item] * len(part)]
                for key, values in gold.items() if isinstance(values, list) and len(values) == len(text)}
    return {**record, "text": "\n".join(line for part in parts for line in part)}, {**gold, **per_line}
