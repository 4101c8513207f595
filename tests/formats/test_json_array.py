""".json holding an array of articles (Scrapy's JSON feed): each object a record, fixed in place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from artlint.config import Settings
from artlint.formats.base import FileData
from artlint.testing import session

PARAGRAPH = "The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said."
ITEMS = [
    {"url": "https://news.example.com/a", "title": "Harbour reopens", "date": "2025-03-14",
     "text": f"{PARAGRAPH}\n\nAdvertisement\n\nThe first ferry left on time, its captain said on Monday."},
    {"url": "https://news.example.com/b", "title": "Ferry fares rise", "date": "2025-03-15", "text": PARAGRAPH,
     "tags": ["local", "transport"], "extra": {"k": "\u00e9"}},
    {"url": "https://news.example.com/c", "title": "Sea wall plan approved", "date": "2025-03-16",
     "text": f"Share this article\n\n{PARAGRAPH}"},
]


def process(tmp_path: Path, text: str, fix: bool = False):  # type: ignore[no-untyped-def]
    path = tmp_path / "items.json"
    path.write_bytes(text.encode())
    result = session(None, Settings(root=tmp_path)).linter.process(str(path), FileData(str(path)), fix=fix)
    assert result is not None
    return result


@pytest.mark.parametrize("indent", [None, 2])
def test_each_object_is_a_record_and_a_fix_rewrites_only_the_objects_it_changes(tmp_path: Path, indent: int | None) -> None:
    text = "[" + ",\n".join(json.dumps(item, indent=indent, ensure_ascii=False) for item in ITEMS) + "]\n"
    found = process(tmp_path, text).findings
    by_record = {(f.source.record, f.name) for f in found}
    assert (0, "advertisement") in by_record and (2, "share-prompt") in by_record
    assert not any(record == 1 for record, _ in by_record)
    share = next(f for f in found if f.name == "share-prompt")
    opening = text.rindex("{", 0, text.index('"https://news.example.com/c"'))
    assert share.source.line == text.count("\n", 0, opening) + 1
    fixed = process(tmp_path, text, fix=True).output.decode()
    items = json.loads(fixed)
    assert items[0]["text"] == f"{PARAGRAPH}\n\nThe first ferry left on time, its captain said on Monday."
    assert items[1] == ITEMS[1] and items[2]["text"] == PARAGRAPH
    second = json.dumps(ITEMS[1], indent=indent, ensure_ascii=False)
    assert second in fixed and fixed.startswith("[") and fixed.endswith("]\n") and fixed.count(",\n{") == 2


def test_an_element_that_is_no_object_is_a_malformed_record_and_the_others_are_linted(tmp_path: Path) -> None:
    text = json.dumps([ITEMS[0], "not an article", [1, 2], ITEMS[2]])
    found = process(tmp_path, text).findings
    malformed = [(f.source.record, f.message) for f in found if f.code == "ART902"]
    assert malformed == [(1, "expected a JSON object (one article), found str"),
                         (2, "expected a JSON object (one article), found list")]
    assert {f.source.record for f in found if f.code != "ART902"} == {0, 3}


@pytest.mark.parametrize(("text", "message"), [
    ('[{"title": "A", "text": "x"},\n {"title": ]', "invalid JSON at line 2 column 12"),
    ('[{"title": "A", "text": "x"}] trailing', "invalid JSON at line 1: extra data after the array"),
])
def test_a_broken_array_is_one_error_naming_the_place(tmp_path: Path, text: str, message: str) -> None:
    found = process(tmp_path, text).findings
    assert len(found) == 1 and message in found[0].message


def test_an_empty_array_holds_no_article(tmp_path: Path) -> None:
    result = process(tmp_path, "[ ]\n", fix=True)
    assert result.findings == [] and result.output is None
