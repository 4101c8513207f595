"""The project keeps its promises about itself: every rule documented and covered by cases,
the README's two commands are what CI runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from artlint.config import Settings
from artlint.session import open_session
from artlint.testing import load_cases

ROOT = Path(__file__).resolve().parent.parent
RULES = sorted(open_session(settings=Settings(), autoload=False).registry.rules.values(), key=lambda r: r.code)
"""artlint's own rules only: a plugin installed beside it brings its own cases."""
CASES = load_cases(ROOT / "tests" / "rules" / "cases")
ENGINE_TESTED_ELSEWHERE = {"unreadable-file", "rule-error", "fix-not-converged", "fix-rejected"}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_is_documented(rule) -> None:  # type: ignore[no-untyped-def]
    doc = rule.documentation()
    assert rule.summary and not rule.summary.startswith(rule.name)
    for section in ("Why", "Example", "Fix safety"):
        assert f"\n{section}\n" in doc, f"{rule.name}: no {section} section"


@pytest.mark.parametrize("rule", [r for r in RULES if r.name not in ENGINE_TESTED_ELSEWHERE], ids=lambda r: r.name)
def test_rule_has_pass_and_fail_cases(rule) -> None:  # type: ignore[no-untyped-def]
    kinds = {c.path.stem.split("-")[0] for c in CASES if c.rule == rule.name}
    assert "fail" in kinds, f"{rule.name}: no fail case"
    if not rule.code.startswith("ART9"):
        assert "pass" in kinds, f"{rule.name}: no pass case"


def test_readme_starts_with_the_two_commands_and_ci_runs_them() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0].strip() for b in readme.split("```sh\n")[1:3]]
    assert blocks == ["pip install . && artlint check examples/", "pip install -e '.[test]' && pytest"]
    for command in blocks:
        assert command in ci
