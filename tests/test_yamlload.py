"""YAML loading: libyaml's fast path gives the values and the errors of PyYAML's own parser."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from artlint import yamlload
from artlint.data import data_dir
from artlint.errors import ConfigError

BUILT_IN = sorted(data_dir("rules").rglob("*.yaml"))


@pytest.mark.skipif(yamlload._FAST_LOADER is None, reason="PyYAML was built without libyaml")
@pytest.mark.parametrize("path", BUILT_IN, ids=lambda p: p.name)
def test_fast_path_reads_the_built_in_data_as_pyyaml_does(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert yamlload.safe_load(text, fast=True) == yaml.load(text, Loader=yaml.SafeLoader)


def test_an_error_reads_the_same_with_or_without_libyaml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text("rules:\n  - code: X\n    name: [unclosed\n  - code: Y\n")
    monkeypatch.setattr(yamlload, "shipped", lambda _: True)
    messages = []
    for fast in (yamlload._FAST_LOADER, None):
        monkeypatch.setattr(yamlload, "_FAST_LOADER", fast)
        with pytest.raises(ConfigError) as caught:
            yamlload.load_yaml_file(path, ConfigError)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert messages[0].startswith(f"{path}: line 4: invalid YAML: ")


def test_a_users_yaml_is_judged_by_pyyaml_whether_or_not_libyaml_is_there() -> None:
    lenient = "title:\tFerry timetable\n"  # libyaml accepts the tab; PyYAML's own parser does not
    with pytest.raises(yaml.YAMLError):
        yamlload.safe_load(lenient)
