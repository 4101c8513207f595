"""Reading a corpus in the dev-scraped format: corpus.jsonl.gz records beside gold.jsonl.gz truths, by id."""

from __future__ import annotations

import gzip
import json
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
