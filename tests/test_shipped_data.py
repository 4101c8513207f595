"""artlint's own rules/ data is checked by these tests, not on every run; anyone else's files are checked on load."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from artlint.data import data_dir, shipped
from artlint.errors import PackError
from artlint.lexicons import load_lexicons
from artlint.regexguard import dangerous

PACKS = sorted(data_dir("rules").glob("*.yaml"))


def test_only_files_under_the_shipped_rules_folder_count_as_shipped(tmp_path: Path) -> None:
    assert shipped(data_dir("rules") / "lexicons" / "en.yaml")
    assert not shipped(tmp_path / "en.yaml")
    assert not shipped(data_dir("schemas") / "config.schema.json")


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.name)
def test_built_in_pack_patterns_compile_and_pass_the_guard(path: Path) -> None:
    for spec in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]:
        for pattern in (spec.get("match") or {}).get("patterns", []):
            assert dangerous(pattern) is None, pattern


def test_a_lexicon_of_ones_own_is_still_guarded_and_validated(tmp_path: Path) -> None:
    load_lexicons([data_dir("rules") / "lexicons" / "en.yaml"])
    catastrophic = tmp_path / "xx.yaml"
    catastrophic.write_text("language: xx\nentries:\n  navigation:\n    patterns: ['(a+)+$']\n")
    with pytest.raises(PackError, match=r"xx\.yaml: entries\.navigation: pattern '\(a\+\)\+\$' is refused"):
        load_lexicons([catastrophic])
    malformed = tmp_path / "yy.yaml"
    malformed.write_text("language: yy\nentries: [navigation]\n")
    with pytest.raises(PackError, match=r"yy\.yaml: invalid lexicon"):
        load_lexicons([malformed])
