"""Configuration: discovery, validation with readable errors, and its effect on a run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from artlint.config import find_config, load_settings
from artlint.errors import ConfigError

ARTICLE = "Harbour reopens after storm\nMarch 14, 2025\n\nAdvertisement\n\nThe harbour reopened on Monday after a week of repairs to the sea wall.\n"


def test_found_upward_from_the_working_directory(tmp_path: Path) -> None:
    (tmp_path / ".artlint.yaml").write_text("ignore: [ART2]\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / ".artlint.yaml"
    assert load_settings(start=deep).ignore == ["ART2"]


def test_pyproject_tool_section(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.artlint]\nfail-level = "error"\n')
    settings = load_settings(start=tmp_path)
    assert settings.fail_level == "error"


def test_pyproject_without_section_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / ".artlint.yaml").write_text("select: [ART4]\n")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(inner) == tmp_path / ".artlint.yaml"


def test_typo_names_file_key_and_suggestion(tmp_path: Path) -> None:
    path = tmp_path / ".artlint.yaml"
    path.write_text("selct: [ART2]\n")
    with pytest.raises(ConfigError) as error:
        load_settings(path)
    assert str(error.value) == f"{path}: unknown key 'selct' (did you mean 'select'?)"


def test_wrong_type_names_the_key_path(tmp_path: Path) -> None:
    path = tmp_path / ".artlint.yaml"
    path.write_text("severity:\n  navigation-leftover: fatal\n")
    with pytest.raises(ConfigError, match=r"severity\.navigation-leftover: 'fatal' is not one of"):
        load_settings(path)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / ".artlint.yaml"
    path.write_text("select: [ART2\nignore: x\n")
    with pytest.raises(ConfigError, match=r"line \d+: invalid YAML"):
        load_settings(path)


def test_config_error_exits_2(run_cli, tmp_path: Path) -> None:
    (tmp_path / ".artlint.yaml").write_text("fail_level: error\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run_cli("check", "a.txt")
    assert result.exit_code == 2
    assert "unknown key 'fail_level' (did you mean 'fail-level'?)" in result.output


def test_per_path_ignores_severity_and_options(run_cli, tmp_path: Path) -> None:
    (tmp_path / ".artlint.yaml").write_text(
        "per-path-ignores:\n  'archive/*': [advertisement]\n"
        "severity:\n  ART2: error\n"
        "rules:\n  missing-date: {opening_lines: 1}\n"
    )
    for folder in ("archive", "new"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(ARTICLE)
    findings = json.loads(run_cli("check", "--format", "json", ".").output)["findings"]
    by_path = {(f["path"], f["name"], f["severity"]) for f in findings}
    assert ("new/a.txt", "advertisement", "error") in by_path
    assert not any(p == "archive/a.txt" and n == "advertisement" for p, n, _ in by_path)
    # opening_lines: 1 sees only the blank-free first body line, the dateline, so no missing-date
    assert not any(n == "missing-date" for _, n, _ in by_path)


def test_field_mapping_and_extra_pack(run_cli, tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_text(
        "pack: site\nrules:\n  - code: SITE001\n    name: gazette-footer\n    kind: line-match\n"
        "    summary: The Gazette's footer line.\n    fix: safe\n"
        "    match:\n      phrases: ['Halden Gazette - all the news that floats']\n"
    )
    (tmp_path / ".artlint.yaml").write_text("packs: [site.yaml]\nfields:\n  body: story\n  title: [hed]\n")
    (tmp_path / "a.json").write_text(json.dumps({
        "hed": "Harbour reopens", "date": "2025-03-14",
        "story": "The harbour reopened.\nHalden Gazette - all the news that floats",
    }))
    result = run_cli("check", "a.json")
    assert "a.json body:2:1: SITE001 [*] gazette-footer" in result.output


def test_explicit_config_option(run_cli, tmp_path: Path) -> None:
    (tmp_path / "strict.yaml").write_text("ignore: [ALL]\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert run_cli("check", "--config", "strict.yaml", "a.txt").exit_code == 0
    missing = run_cli("check", "--config", "nope.yaml", "a.txt")
    assert missing.exit_code == 2 and "nope.yaml: config file not found" in missing.output


def test_rule_options_are_validated(run_cli, tmp_path: Path) -> None:
    (tmp_path / ".artlint.yaml").write_text("rules:\n  duplicate-headline: {near_line: 3}\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run_cli("check", "a.txt")
    assert result.exit_code == 2
    assert "rules.duplicate-headline: unknown key 'near_line' (did you mean 'near_lines'?)" in result.output


def test_most_specific_severity_wins(run_cli, tmp_path: Path) -> None:
    (tmp_path / ".artlint.yaml").write_text("severity:\n  ART204: error\n  ART2: info\n  ALL: warning\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    findings = json.loads(run_cli("check", "--format", "json", "a.txt").output)["findings"]
    assert {(f["name"], f["severity"]) for f in findings} == {("advertisement", "error")}


def test_unknown_language_is_a_config_error(run_cli, tmp_path: Path) -> None:
    (tmp_path / ".artlint.yaml").write_text("languages: [eng]\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run_cli("check", "a.txt")
    assert result.exit_code == 2
    known = "ar, bg, ca, cs, da, de, el, en, es, fi, fr, he, hr, hu, id, it, ja, ko, nl, no, pl, pt, ro, ru, sk, sv, tr, uk, zh"
    assert f"languages: no lexicon for 'eng'; known: {known}" in result.output


def test_force_exclude_applies_excludes_to_named_files(run_cli, tmp_path: Path) -> None:
    (tmp_path / ".artlint.yaml").write_text("exclude: ['drafts/*']\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(ARTICLE)
    assert run_cli("check", "drafts/a.txt").exit_code == 1
    assert run_cli("check", "--force-exclude", "drafts/a.txt").exit_code == 0
    assert run_cli("check", ".").exit_code == 0
