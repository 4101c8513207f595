"""`artlint new-rule` writes rules that work as written, with case files that pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from artlint.config import Settings
from artlint.testing import check_case, load_cases


@pytest.mark.parametrize("kind", ["yaml", "python"])
def test_new_rule_works_out_of_the_box(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    result = run_cli("new-rule", "site-promo", "--code", "SITE101", "--kind", kind)
    assert result.exit_code == 0, result.output
    rule_file = tmp_path / ("site-promo.yaml" if kind == "yaml" else "site_promo.py")
    assert rule_file.exists() and f"wrote {rule_file.name}" in result.output
    config = "packs: [site-promo.yaml]\n" if kind == "yaml" else "plugins: [site_promo]\n"
    (tmp_path / ".artlint.yaml").write_text(config)
    monkeypatch.syspath_prepend(str(tmp_path))

    cases = load_cases(tmp_path / "cases")
    assert {c.path.stem for c in cases} == {"pass", "fail"}
    settings = Settings(packs=[tmp_path / "site-promo.yaml"]) if kind == "yaml" else Settings(plugins=["site_promo"])
    for case in cases:
        check_case(case, settings)

    (tmp_path / "a.txt").write_text("Harbour reopens\nMarch 14, 2025\nRead the Morning Brief every day at 7\n")
    listed = json.loads(run_cli("rules", "--format", "json").output)
    assert any(r["code"] == "SITE101" for r in listed)
    assert "a.txt:3:1: SITE101 [*] site-promo" in run_cli("check", "a.txt").output


def test_new_rule_refuses_bad_names_and_never_overwrites(run_cli, tmp_path: Path) -> None:
    assert run_cli("new-rule", "Site Promo", "--code", "SITE101").exit_code == 2
    assert run_cli("new-rule", "site-promo", "--code", "S1").exit_code == 2
    assert run_cli("new-rule", "site-promo", "--code", "SITE101").exit_code == 0
    again = run_cli("new-rule", "site-promo", "--code", "SITE102")
    assert again.exit_code == 2 and "exists already" in again.output


def test_schema_command_prints_each_schema(run_cli) -> None:
    for name in ("config", "rule-pack", "lexicon", "report", "baseline"):
        assert json.loads(run_cli("schema", name).output)["$schema"].endswith("2020-12/schema")
