"""JSON of Markdown scrapers: fields in nested objects ('metadata.title', 'data.content'), read and rewritten
in place, every other byte kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from artlint.config import Settings
from artlint.formats.base import FileData
from artlint.formats.fieldvalues import field_keys, lookup, without
from artlint.testing import session

BODY = ("[Skip to main content](https://news.example.com/a#main)\n\n"
        "The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.\n\n"
        "Advertisement\n\n"
        "Repairs cost 2.4 million pounds and were paid for by the county council, officials said on Monday.")
FIXED = ("The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.\n\n"
         "Repairs cost 2.4 million pounds and were paid for by the county council, officials said on Monday.")
FIRECRAWL = {"markdown": BODY, "metadata": {"title": "Harbour reopens", "sourceURL": "https://news.example.com/a",
                                            "statusCode": 200, "publishedTime": "2025-03-14", "ogSiteName": "Example"}}
JINA = {"code": 200, "data": {"title": "Harbour reopens", "url": "https://news.example.com/b",
                              "content": "Published March 14, 2025\n\n" + BODY, "usage": {"tokens": 40}}}


def test_dotted_paths_reach_into_objects_and_a_literal_dotted_key_comes_first() -> None:
    data = {"metadata": {"title": "Nested", "inner": {"x": "deep"}}, "plain": "p"}
    assert lookup(data, "metadata.title", nested=True) == (True, "Nested")
    assert lookup(data, "metadata.inner.x", nested=True) == (True, "deep")
    assert lookup(data, "metadata.title") == (False, None)
    assert lookup(data, "plain.x", nested=True) == (False, None)
    assert lookup({"metadata.title": "Literal", "metadata": {"title": "Nested"}}, "metadata.title", nested=True) == (True, "Literal")
    keys = field_keys(data, {"title": ("title", "metadata.title")}, nested=True)
    assert keys == {"title": "metadata.title"}
    assert without(data, keys.values()) == {"metadata": {"inner": {"x": "deep"}}, "plain": "p"}
    assert data["metadata"]["title"] == "Nested"


def lint(tmp_path: Path, records: list[dict], fix: bool = True) -> tuple[list[dict], list]:  # type: ignore[type-arg]
    path = tmp_path / "scrape.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = session(None, Settings(root=tmp_path)).linter.process(str(path), FileData(str(path)), fix=fix, unsafe=True)
    assert result is not None
    if fix and result.output is not None:
        path.write_bytes(result.output)
    return [json.loads(line) for line in path.read_text().splitlines()], result.findings


def test_firecrawl_and_jina_records_are_articles_with_title_url_date_and_body(tmp_path: Path) -> None:
    _, findings = lint(tmp_path, [FIRECRAWL, JINA], fix=False)
    by_record = {(f.source.record, f.name) for f in findings}
    assert (0, "navigation-leftover") in by_record and (0, "advertisement") in by_record
    assert (1, "navigation-leftover") in by_record
    assert not any(name in ("missing-title", "empty-body") for _, name in by_record)
    assert (0, "missing-date") not in by_record and (1, "missing-date") in by_record


def test_fixes_rewrite_the_nested_body_and_add_a_missing_date_beside_it(tmp_path: Path) -> None:
    (firecrawl, jina), _ = lint(tmp_path, [FIRECRAWL, JINA])
    assert firecrawl == {**FIRECRAWL, "markdown": FIXED}
    assert jina["data"]["content"].strip() == FIXED
    assert jina["data"]["publishedTime"] == "2025-03-14"
    assert {k: v for k, v in jina["data"].items() if k not in ("content", "publishedTime")} == {
        k: v for k, v in JINA["data"].items() if k != "content"}
    assert jina["code"] == 200 and list(jina) == ["code", "data"]


def test_a_pretty_printed_nested_record_keeps_its_layout(tmp_path: Path) -> None:
    record = {"data": {"title": "Harbour reopens", "content": "Published March 14, 2025\n\n" + FIXED}}
    text = json.dumps(record, indent=2) + "\n"
    path = tmp_path / "page.json"
    path.write_text(text)
    result = session(None, Settings(root=tmp_path)).linter.process(str(path), FileData(str(path)), fix=True, unsafe=True)
    assert result is not None and result.output is not None
    fixed = result.output.decode()
    assert json.loads(fixed)["data"] == {"title": "Harbour reopens", "content": FIXED, "publishedTime": "2025-03-14"}
    assert fixed == text.replace('"Published March 14, 2025\\n\\n', '"').replace(
        '.\"\n  }', '.",\n    "publishedTime": "2025-03-14"\n  }')


@pytest.mark.parametrize("fields", [{"body": ["page.markdown"], "title": ["page.meta.headline"]}])
def test_configured_paths_reach_deeper(tmp_path: Path, fields: dict) -> None:  # type: ignore[type-arg]
    (tmp_path / ".artlint.yaml").write_text(json.dumps({"fields": fields}))
    record = {"page": {"markdown": BODY, "meta": {"headline": "Harbour reopens"}}, "date": "2025-03-14"}
    path = tmp_path / "deep.jsonl"
    path.write_text(json.dumps(record) + "\n")
    from artlint.config import load_settings

    settings = load_settings(tmp_path / ".artlint.yaml")
    result = session(None, settings).linter.process(str(path), FileData(str(path)), fix=True, unsafe=True)
    assert result is not None and result.output is not None
    fixed = json.loads(result.output)
    assert fixed["page"]["markdown"] == FIXED and fixed["page"]["meta"] == {"headline": "Harbour reopens"}


def test_a_missing_field_goes_beside_the_body_else_to_the_top_level_never_into_an_unrelated_object(tmp_path: Path) -> None:
    record = {"data": {"title": "Harbour reopens", "content": "By Lena Marsh\n\n" + FIXED}, "metadata": {"k": 1}}
    (fixed,), _ = lint(tmp_path, [record])
    assert fixed["author"] == "Lena Marsh" and fixed["metadata"] == {"k": 1}
    assert fixed["data"]["content"].strip() == FIXED


def test_a_configured_path_whose_objects_are_missing_is_created_and_one_through_a_string_is_refused(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".artlint.yaml").write_text('fields: {date: ["page.meta.published"]}\n')
    dated = "Published March 14, 2025\n\n" + FIXED
    (tmp_path / "a.jsonl").write_text(json.dumps({"title": "Harbour reopens", "text": dated}) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"title": "Harbour reopens", "text": dated, "page": {"meta": "x"}}) + "\n")
    run_cli("fix", "--unsafe-fixes", "a.jsonl")
    assert json.loads((tmp_path / "a.jsonl").read_text())["page"] == {"meta": {"published": "2025-03-14"}}
    result = run_cli("fix", "--unsafe-fixes", "b.jsonl")
    assert "cannot add the field 'page.meta.published': 'page.meta' is not an object" in result.output
    assert json.loads((tmp_path / "b.jsonl").read_text())["page"] == {"meta": "x"}


def test_a_duplicate_key_in_an_object_that_holds_a_field_is_refused_with_its_place(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = '{"markdown": "The harbour reopened.",\n "metadata": {"title": "A",\n   "title": "Harbour reopens"}}'
    (tmp_path / "page.json").write_text(text)
    result = run_cli("check", "page.json")
    assert "ART902" in result.output and "duplicate key 'title' at line 3 column 4" in result.output


def test_firecrawl_api_responses_are_read_under_data(tmp_path: Path) -> None:
    response = {"success": True, "data": {"markdown": BODY, "metadata": {"title": "Harbour reopens",
                                                                         "sourceURL": "https://news.example.com/a"}}}
    (fixed,), findings = lint(tmp_path, [response])
    assert not {f.name for f in findings} & {"missing-title", "empty-body"}
    assert fixed["data"]["markdown"] == FIXED and fixed["success"] is True


def test_a_body_object_without_text_is_no_body() -> None:
    data = {"markdown": {"raw_markdown": "", "fit_markdown": "Text"}, "text": "Plain body"}
    assert field_keys(data, {"body": ("markdown.raw_markdown", "markdown", "text")}, nested=True) == {"body": "text"}


def test_an_added_member_follows_the_record_s_own_spacing(tmp_path: Path) -> None:
    byline = "By Lena Marsh\n\n" + FIXED
    dated = "Published March 14, 2025\n\n" + FIXED
    records = [json.dumps({"data": {"title": "Harbour reopens", "content": byline}}, separators=(",", ":")),
               json.dumps({"markdown": dated, "metadata": {}}, separators=(",", ":")),
               json.dumps({"text": byline})]
    path = tmp_path / "compact.jsonl"
    path.write_text("\n".join(records) + "\n")
    result = session(None, Settings(root=tmp_path)).linter.process(str(path), FileData(str(path)), fix=True, unsafe=True)
    assert result is not None and result.output is not None
    fixed = result.output.decode().splitlines()
    assert fixed[0].endswith('},"author":"Lena Marsh"}')
    assert fixed[1].endswith('"metadata":{},"date":"2025-03-14"}')
    assert fixed[2].endswith('.", "author": "Lena Marsh"}')
