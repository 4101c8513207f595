"""Hostile configuration: YAML bombs, catastrophic regular expressions, objects in YAML."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from artlint.config import load_settings
from artlint.errors import ConfigError
from artlint.testing import lint_text

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
select: *i
"""


def test_yaml_bomb_in_config_is_refused_within_a_second(tmp_path: Path) -> None:
    path = tmp_path / ".artlint.yaml"
    path.write_text(BILLION_LAUGHS)
    start = time.perf_counter()
    with pytest.raises(ConfigError, match="refused as a YAML bomb"):
        load_settings(path)
    assert time.perf_counter() - start < 1.0


def test_yaml_bomb_in_front_matter_is_a_malformed_record() -> None:
    article = "---\n" + BILLION_LAUGHS.replace("select", "title") + "---\nBody text here.\n"
    start = time.perf_counter()
    findings = lint_text(article, "a.md")
    assert time.perf_counter() - start < 1.0
    assert [f.code for f in findings] == ["ART902"] and "YAML bomb" in findings[0].message


def test_python_objects_in_yaml_are_never_built(tmp_path: Path) -> None:
    path = tmp_path / ".artlint.yaml"
    path.write_text("select: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(ConfigError, match="invalid YAML"):
        load_settings(path)


def test_shared_anchors_within_reason_still_load(tmp_path: Path) -> None:
    path = tmp_path / ".artlint.yaml"
    path.write_text("ignore: &common [ART4]\nper-path-ignores:\n  'a/*': *common\n  'b/*': *common\n")
    assert load_settings(path).per_path_ignores == {"a/*": ["ART4"], "b/*": ["ART4"]}


def site_pack(tmp_path: Path, name: str, patterns: str) -> None:
    """A user pack with one line-match rule of these patterns (a YAML list), enabled in the folder's config."""
    (tmp_path / "site.yaml").write_text(
        f"pack: site\nrules:\n  - code: SITE001\n    name: {name}\n    kind: line-match\n"
        f"    summary: s\n    match:\n      patterns: {patterns}\n"
    )
    (tmp_path / ".artlint.yaml").write_text("packs: [site.yaml]\n")


def test_catastrophic_pattern_in_a_pack_is_refused_naming_pack_and_rule(run_cli, tmp_path: Path) -> None:
    site_pack(tmp_path, "greedy-promo", "['(\\w+\\s?)+!']")
    (tmp_path / "a.txt").write_text("Title line here\nText.\n")
    start = time.perf_counter()
    result = run_cli("check", "a.txt")
    assert time.perf_counter() - start < 1.0
    assert result.exit_code == 2
    assert "site.yaml: rules.0 (greedy-promo): pattern '(\\\\w+\\\\s?)+!' is refused" in result.output
    assert "possessive" in result.output and len(result.output.splitlines()) == 1


def test_the_same_pattern_made_possessive_is_accepted(run_cli, tmp_path: Path) -> None:
    site_pack(tmp_path, "greedy-promo", "['(?:\\w++\\s?)+!']")
    (tmp_path / "a.txt").write_text("Title line here\n2025-01-01\nBuy it now!\n")
    assert "a.txt:3:1: SITE001" in run_cli("check", "a.txt").output


@pytest.mark.parametrize("pattern", ["(a+)+$", "(x+x+)+y", "(\\w+\\s?)+$", "(.*a){12}"])
def test_guard_refuses_known_catastrophic_shapes(pattern: str) -> None:
    from artlint.regexguard import dangerous

    assert dangerous(pattern)


def test_a_pattern_that_does_not_compile_is_refused_when_the_pack_loads(run_cli, tmp_path: Path) -> None:
    site_pack(tmp_path, "broken-promo", "['Buy (now']")
    (tmp_path / "a.txt").write_text("Title line here\nText.\n")
    result = run_cli("check", "a.txt")
    assert result.exit_code == 2
    assert "site.yaml: rules.0 (broken-promo): bad pattern 'Buy (now'" in result.output


def test_patterns_that_only_clash_once_combined_are_refused_when_the_pack_loads(run_cli, tmp_path: Path) -> None:
    site_pack(tmp_path, "promo", "['(?i)buy now', 'order today']")
    (tmp_path / "a.txt").write_text("Title line here\nText.\n")
    (tmp_path / "b.txt").write_text("Another title here\nMore text.\n")
    result = run_cli("check", "a.txt", "b.txt")
    assert result.exit_code == 2
    assert "site.yaml: rules.0 (promo): patterns" in result.output and "do not combine" in result.output
    assert "ART903" not in result.output
