"""The plugin engine: built-ins through entry points, third-party plugins found the same way,
broken plugins reported in one line, and no state shared between runs."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from artlint.errors import PluginError
from artlint.plugins import make_plugin_manager
from artlint.session import open_session
from artlint.testing import lint_text

RULE_MODULE = '''
from artlint import Rule, Span, hookimpl

class ShoutingLine(Rule):
    """A body line in capitals only.

    Why
    Test rule.
    """
    code = "{code}"
    name = "{name}"

    def check(self, article, options):
        for line in article.body.lines:
            if line.text.strip() and line.text.isupper():
                yield self.finding(Span("body", line.start, line.end), "shouting")

@hookimpl
def artlint_register_rules(register):
    register(ShoutingLine)
'''


def install_plugin(site: Path, dist: str, module: str, source: str) -> None:
    """A real installed distribution: a module plus a dist-info folder with an `artlint` entry point."""
    site.mkdir(exist_ok=True)
    (site / f"{module}.py").write_text(textwrap.dedent(source))
    info = site / f"{dist.replace('-', '_')}-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.2.3\n")
    (info / "entry_points.txt").write_text(f"[artlint]\nrules = {module}\n")


def test_builtins_come_through_entry_points() -> None:
    loaded = make_plugin_manager()
    names = {name for name, _ in loaded.manager.list_name_plugin()}
    assert {"formats", "reporters", "kinds", "metadata", "structure", "engine", "packs"} <= names
    assert loaded.errors == []


def test_third_party_entry_point_adds_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugin(tmp_path, "artlint-shout", "artlint_shout", RULE_MODULE.format(code="SHOUT001", name="shouting-line"))
    monkeypatch.syspath_prepend(str(tmp_path))
    session = open_session()
    rule = session.registry.lookup("shouting-line")
    assert rule is not None and rule.origin == "artlint-shout:rules"
    assert [f.code for f in lint_text("A quiet title here\n2025-01-01\nTHIS IS LOUD\n", select=["SHOUT001"])] == ["SHOUT001"]


def test_autoload_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugin(tmp_path, "artlint-shout", "artlint_shout", RULE_MODULE.format(code="SHOUT001", name="shouting-line"))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv("ARTLINT_DISABLE_PLUGIN_AUTOLOAD", "1")
    assert open_session().registry.lookup("shouting-line") is None
    assert open_session().registry.lookup("navigation-leftover") is not None


def test_plugin_that_fails_to_import_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugin(tmp_path, "artlint-broken", "artlint_broken", "import not_a_module_anywhere\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    loaded = make_plugin_manager()
    assert loaded.errors == [
        "plugin 'artlint-broken:rules' failed to import: ModuleNotFoundError: No module named 'not_a_module_anywhere'"
    ]
    with pytest.raises(PluginError, match="artlint-broken:rules"):
        open_session()


def test_misspelt_hook_fails_registration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = "from artlint import hookimpl\n\n@hookimpl\ndef artlint_register_rulez(register):\n    pass\n"
    install_plugin(tmp_path, "artlint-typo", "artlint_typo", source)
    monkeypatch.syspath_prepend(str(tmp_path))
    loaded = make_plugin_manager()
    assert len(loaded.errors) == 1
    assert loaded.errors[0].startswith("plugin 'artlint-typo:rules' failed to register:")
    assert "artlint_register_rulez" in loaded.errors[0]


def test_duplicate_rule_code_names_both_plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugin(tmp_path, "artlint-dup", "artlint_dup", RULE_MODULE.format(code="ART201", name="shouting-line"))
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError, match=r"rule code 'ART201' is registered twice: by 'artlint-dup:rules' and by 'packs'"):
        open_session()


def test_broken_plugin_is_one_line_and_the_others_still_run(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugin(tmp_path / "site", "artlint-broken", "artlint_broken", "raise RuntimeError('boom')\n")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    (tmp_path / "a.txt").write_text("Title line here\n2025-01-01\nAdvertisement\nText.\n")
    result = run_cli("check", "a.txt")
    assert result.exit_code == 2
    assert result.stderr == "artlint: error: plugin 'artlint-broken:rules' failed to import: RuntimeError: boom\n"
    assert "a.txt:3:1: ART204" in result.stdout
    listing = run_cli("plugins")
    assert listing.exit_code == 2 and "artlint-broken" in listing.stderr and "structure" in listing.stdout


def test_plugin_that_raises_while_registering_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = "from artlint import hookimpl\n\n@hookimpl\ndef artlint_register_rules(register):\n    raise ValueError('no rules today')\n"
    install_plugin(tmp_path, "artlint-moody", "artlint_moody", source)
    monkeypatch.syspath_prepend(str(tmp_path))
    session = open_session(strict=False)
    assert session.errors == ["plugin 'artlint-moody:rules' failed in artlint_register_rules: ValueError: no rules today"]
    assert session.registry.lookup("navigation-leftover") is not None


def test_require_and_disable_plugin(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_plugin(tmp_path / "site", "artlint-shout", "artlint_shout", RULE_MODULE.format(code="SHOUT001", name="shouting-line"))
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    (tmp_path / "a.txt").write_text("A quiet title here\n2025-01-01\nTHIS IS LOUD AND LONG ENOUGH\n")
    assert "SHOUT001" in run_cli("check", "--require-plugin", "artlint-shout", "a.txt").output
    missing = run_cli("check", "--require-plugin", "artlint-nope", "a.txt")
    assert missing.exit_code == 2 and "required plugin 'artlint-nope' is not installed" in missing.output
    disabled = run_cli("check", "--disable-plugin", "artlint-shout", "a.txt")
    assert "SHOUT001" not in disabled.output
    both = run_cli("check", "--disable-plugin", "artlint-shout", "--require-plugin", "artlint-shout", "a.txt")
    assert both.exit_code == 2


def test_an_implementation_may_take_a_subset_of_the_hook_arguments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pluggy passes only the arguments an implementation names, so a hook can grow new arguments
    without breaking plugins written against an older contract."""
    source = (
        "from artlint import hookimpl\n\n"
        "@hookimpl\ndef artlint_parse_file(path):\n"
        "    assert path\n    return None\n"
    )
    (tmp_path / "old_plugin.py").write_text(source)
    monkeypatch.syspath_prepend(str(tmp_path))
    from artlint.config import Settings

    assert [f.code for f in lint_text("Title line here\n2025-01-01\nShare\n", settings=Settings(plugins=["old_plugin"]))] == ["ART203"]


def test_local_plugin_module_from_config(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "house_rules.py").write_text(RULE_MODULE.format(code="HOUSE001", name="shouting-line"))
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / ".artlint.yaml").write_text("plugins: [house_rules]\nselect: [HOUSE001]\n")
    (tmp_path / "a.txt").write_text("Title line here\n2025-01-01\nLOUD LINE HERE\n")
    result = run_cli("check", "a.txt")
    assert "a.txt:3:1: HOUSE001 shouting-line shouting" in result.output


def test_rule_that_raises_becomes_a_finding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = RULE_MODULE.format(code="BOOM001", name="boom").replace(
        "for line in article.body.lines:", "raise KeyError('x')\n        for line in article.body.lines:"
    )
    (tmp_path / "boom_rules.py").write_text(source)
    monkeypatch.syspath_prepend(str(tmp_path))
    from artlint.config import Settings

    findings = lint_text("Title line here\n2025-01-01\nAdvertisement\n", settings=Settings(plugins=["boom_rules"]))
    codes = [f.code for f in findings]
    assert "ART903" in codes and "ART204" in codes
    assert "rule boom (plugin boom_rules) raised KeyError" in next(f.message for f in findings if f.code == "ART903")


def test_each_run_gets_its_own_manager(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "house_rules.py").write_text(RULE_MODULE.format(code="HOUSE001", name="shouting-line"))
    monkeypatch.syspath_prepend(str(tmp_path))
    from artlint.config import Settings

    with_plugin = open_session(settings=Settings(plugins=["house_rules"]))
    without = open_session()
    assert with_plugin.plugins.manager is not without.plugins.manager
    assert with_plugin.registry.lookup("HOUSE001") is not None
    assert without.registry.lookup("HOUSE001") is None
