"""Every schema is a valid draft 2020-12 schema, and every shipped pack and lexicon validates."""

from __future__ import annotations

import pytest
import yaml
from jsonschema import Draft202012Validator

from artlint.data import data_dir
from artlint.schemas import load_schema, validate

SCHEMAS = sorted(p.name.removesuffix(".schema.json") for p in data_dir("schemas").glob("*.schema.json"))


@pytest.mark.parametrize("name", SCHEMAS)
def test_schema_is_valid(name: str) -> None:
    Draft202012Validator.check_schema(load_schema(name))


@pytest.mark.parametrize("path", sorted(data_dir("rules").glob("*.yaml")), ids=lambda p: p.name)
def test_builtin_pack_validates(path) -> None:  # type: ignore[no-untyped-def]
    assert validate(yaml.safe_load(path.read_text(encoding="utf-8")), "rule-pack") == []


@pytest.mark.parametrize("path", sorted((data_dir("rules") / "lexicons").glob("*.yaml")), ids=lambda p: p.name)
def test_lexicon_validates_and_is_named_for_its_language(path) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert validate(data, "lexicon") == []
    assert data["language"] == path.stem


def test_validation_errors_are_readable() -> None:
    problems = validate({"pack": "x", "rules": [{"code": "X1", "name": "Bad Name", "kind": "line-match", "summary": "s"}]}, "rule-pack")
    assert any(p.startswith("rules.0.code:") for p in problems)
    assert any(p.startswith("rules.0.name:") for p in problems)


def test_a_yaml_boolean_where_a_word_belongs_says_to_quote_it() -> None:
    """YAML 1.1 reads on, no and yes as booleans: a lexicon's `dateline_words: [published, on]` holds True."""
    data = yaml.safe_load("language: xx\ndateline_words: [published, on]\nmonths: {janvier: 1}\n")
    assert validate(data, "lexicon") == [
        "dateline_words.1: True is not of type 'string' (YAML reads on, off, yes and no as booleans: quote the word)"
    ]


def test_broken_user_pack_is_a_one_line_config_error(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "site.yaml").write_text("pack: site\nrules:\n  - code: SITE001\n    name: x\n    kind: line-matcher\n    summary: s\n")
    (tmp_path / ".artlint.yaml").write_text("packs: [site.yaml]\n")
    (tmp_path / "a.txt").write_text("Title line here\nText.\n")
    result = run_cli("check", "a.txt")
    assert result.exit_code == 2
    assert "site.yaml: rules.0 (x): unknown kind 'line-matcher'" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_match_option_the_kind_does_not_read_is_a_one_line_config_error(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "site.yaml").write_text(
        "pack: site\nrules:\n  - code: SITE001\n    name: site-tail\n    kind: section\n    summary: s\n"
        "    match: {phrases: [More from the Herald], keep_headings: true}\n"
    )
    (tmp_path / ".artlint.yaml").write_text("packs: [site.yaml]\n")
    (tmp_path / "a.txt").write_text("Title line here\nText.\n")
    result = run_cli("check", "a.txt")
    assert result.exit_code == 2
    assert ("site.yaml: rules.0 (site-tail): match option 'keep_headings' does nothing in kind 'section'; it reads "
            "after, lexicon, max_prose_after, max_words, patterns, phrases, prefixes") in result.output
    assert len(result.output.strip().splitlines()) == 1
