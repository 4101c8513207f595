"""YAML rule packs as users write them: whole-line phrases, patterns, prefixes, glued labels,
section markers that cut a tail block, and per-site scoping by URL host."""

from __future__ import annotations

import json
from pathlib import Path

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
      patterns: ['Photo \\d+ of \\d+']
      prefixes: [Subscribe to the Gazette]
  - code: GAZ102
    name: gazette-tail
    kind: section
    summary: The Gazette's "More from the Gazette" tail block.
    fix: unsafe
    hosts: [gazette.example]
    match:
      phrases: ["More from the Gazette"]
      after: 0.5
"""

BODY = (
    "The harbour reopened on Monday.\nGet the Gazette app\nPhoto 3 of 12\n"
    "Subscribe to the Gazette for 1 euro\nThe mayor spoke at noon.\nMore from the Gazette\n"
    "Storm closes road\nChoir wins contest"
)


def records(host: str) -> str:
    return json.dumps({"title": "Harbour reopens", "url": f"https://www.{host}/a", "date": "2025-03-14", "text": BODY})


def test_pack_rules_apply_to_their_site_only(run_cli, tmp_path: Path) -> None:
    (tmp_path / "gazette.yaml").write_text(PACK)
    (tmp_path / ".artlint.yaml").write_text("packs: [gazette.yaml]\nselect: [GAZ]\n")
    (tmp_path / "night.jsonl").write_text(records("gazette.example") + "\n" + records("courier.example") + "\n")
    findings = json.loads(run_cli("check", "--format", "json", "night.jsonl").output)["findings"]
    assert {f["record"] for f in findings} == {0}
    assert [(f["code"], f["line"], f["end_line"], f["fix"]["applicability"]) for f in findings] == [
        ("GAZ101", 2, 2, "safe"), ("GAZ101", 3, 3, "safe"), ("GAZ101", 4, 4, "unsafe"), ("GAZ102", 6, 8, "unsafe"),
    ]


def test_pack_fix_cuts_the_section_and_the_lines(run_cli, tmp_path: Path) -> None:
    (tmp_path / "gazette.yaml").write_text(PACK)
    (tmp_path / ".artlint.yaml").write_text("packs: [gazette.yaml]\nselect: [GAZ]\n")
    (tmp_path / "night.jsonl").write_text(records("gazette.example") + "\n")
    run_cli("fix", "--unsafe-fixes", "night.jsonl")
    text = json.loads((tmp_path / "night.jsonl").read_text())["text"]
    assert text == "The harbour reopened on Monday.\nThe mayor spoke at noon."  # the body had no final line break


def test_min_run_reports_runs_of_lexicon_lines(run_cli, tmp_path: Path) -> None:
    """A rule without phrases of its own visits only the lines the lexicon index hit; a run is still
    consecutive non-blank lines: a line between two hits breaks it, a blank line does not."""
    text = ("The harbour reopened on Monday.\nFacebook\nThe mayor spoke at noon.\nFacebook\nTwitter\n\nLinkedIn\n"
            "The ferry leaves at dawn.\n")
    assert _lines_found(run_cli, tmp_path, "      min_run: 2\n", text) == [4, 5, 7]


def test_a_rule_with_patterns_only_finds_its_lines_among_the_lexicon_hits(run_cli, tmp_path: Path) -> None:
    """A rule whose own matcher has only patterns visits the lines that hold a literal they need (here ' of ')
    and the lexicon's hits: a matching line, one in list markup and a lexicon line are found, a line with the
    literal that does not match the pattern is not."""
    text = ("The harbour reopened on Monday.\nPHOTO 3 OF 12\nThe mayor spoke of the storm at noon.\n- Image 4 of 12\n"
            "Facebook\nPhoto 5 of twelve\nThe ferry leaves at dawn.\n")
    assert _lines_found(run_cli, tmp_path, "      patterns: ['(?:photo|image) \\d+ of \\d+']\n", text) == [2, 4, 5]


def _lines_found(run_cli, tmp_path: Path, match: str, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The lines a one-rule line-match pack on the share-prompt lexicon (plus `match`, YAML lines) reports in `text`."""
    (tmp_path / "one.yaml").write_text(
        "pack: one\nrules:\n  - code: ONE101\n    name: one-rule\n    kind: line-match\n    summary: s\n"
        "    fix: unsafe\n    match:\n      lexicon: share-prompt\n" + match
    )
    (tmp_path / ".artlint.yaml").write_text("packs: [one.yaml]\nselect: [ONE101]\n")
    (tmp_path / "a.txt").write_text(text)
    findings = json.loads(run_cli("check", "--format", "json", "a.txt").output)["findings"]
    return [f["line"] for f in findings]
