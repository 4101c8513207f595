"""URLs that urllib refuses ("t://]", "http://[zz]/"): found by benchmarks/fuzz.py. Reading the article's site
must not crash the run, and no rule may raise on them (ART903)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from artlint.config import Settings
from artlint.testing import lint_text, run_text

BAD_URLS = ["t://]", "http://[::1", "http://[zz]/", "http://a\u2100b/"]


@pytest.mark.parametrize("url", BAD_URLS)
def test_an_unparsable_url_has_no_site_and_does_not_crash(url: str) -> None:
    record = json.dumps({"title": "Harbour reopens", "text": "The harbour reopened.", "url": url})
    result = run_text(record + "\n", "night.jsonl")
    assert result.sites == {0: "."}


@pytest.mark.parametrize("url", BAD_URLS)
def test_duplicate_headline_lints_an_article_with_an_unparsable_url(url: str) -> None:
    record = json.dumps({"title": "Harbour reopens after storm - Gazette",
                         "text": "Harbour reopens after storm - Gazette\nThe harbour reopened.", "url": url})
    codes = [f.code for f in lint_text(record, "a.json", select=["duplicate-headline"])]
    assert codes == ["ART401"]


PACK = """\
pack: gazette
rules:
  - code: GAZ101
    name: gazette-promo
    kind: line-match
    summary: The Gazette's own promo lines.
    fix: safe
    hosts: [gazette.example]
    match:
      phrases: ["Get the Gazette app"]
"""


def test_a_host_scoped_pack_rule_lints_an_article_with_an_unparsable_url(tmp_path: Path) -> None:
    (tmp_path / "gazette.yaml").write_text(PACK)
    record = json.dumps({"title": "Harbour reopens", "text": "Get the Gazette app\nThe harbour reopened.",
                         "url": "http://[zz]/"})
    settings = Settings(packs=[tmp_path / "gazette.yaml"], select=["GAZ"])
    assert [f.code for f in lint_text(record, "a.json", settings=settings)] == []  # not the Gazette's article
