"""The example plugin package, installed from its folder into a fresh virtual environment next to
artlint installed from this checkout: `artlint plugins` lists it with its version, `artlint rules`
shows its rules, `artlint check` and `artlint fix` use them, it can be switched off, and its own
test suite passes there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "artlint-plugin-example"
PLUGIN = "artlint-plugin-example:example"
"""How artlint names a third-party plugin: distribution name, then entry point name."""
VERSION = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
SCRUBBED = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "GITHUB_ACTIONS", "ARTLINT_DISABLE_PLUGIN_AUTOLOAD")
"""Environment that would let the outer interpreter's packages in, or change artlint's defaults."""

ARTICLE = textwrap.dedent("""\
    ---
    title: Harbour festival returns after five years
    url: https://www.gazette.example/local/harbour-festival-returns
    date: 2025-06-14
    ---
    The harbour festival returns this summer for the first time in five years, the organisers said.

    Stalls will line the quay from the ferry terminal to the old fish market.

    Sign up for The Morning Brief
    The five stories you need, in your inbox by 7am.

    The council has set aside money for extra buses on both days.

    "We have waited a long time for this," said the festival's chair.

    © 2025 The Example Gazette. All rights reserved.
    """)


@dataclass(frozen=True)
class Venv:
    path: Path
    env: dict[str, str]

    def exe(self, name: str) -> str:
        return str(self.path / ("Scripts" if os.name == "nt" else "bin") / name)

    def run(self, *args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.exe(args[0]), *args[1:]], check=False, cwd=cwd, env={**self.env, **(env or {})},
            capture_output=True, text=True, timeout=300,
        )


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """A plain venv (no system site-packages) with artlint from this checkout, the example plugin from
    its folder (both built as wheels, not editable, so the wheel must carry the plugin's YAML pack)
    and pytest."""
    path = tmp_path_factory.mktemp("plugin-package") / "venv"
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
    made = subprocess.run([sys.executable, "-m", "venv", str(path)], check=False, capture_output=True, text=True,
                          env=env)
    if made.returncode != 0:
        reason = (made.stderr or made.stdout).strip().splitlines()[-1:] or ["no output"]
        pytest.skip(f"`{sys.executable} -m venv` cannot create a virtual environment here: {reason[0]}")
    created = Venv(path, env)
    install = created.run(
        "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(ROOT), str(EXAMPLE), "pytest",
        cwd=path.parent,
    )
    assert install.returncode == 0, f"pip install failed:\n{install.stdout}\n{install.stderr}"
    return created


@pytest.fixture(scope="module")
def work(venv: Venv, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project folder with its own config (so no config above it is found) and one Gazette article."""
    folder = tmp_path_factory.mktemp("site")
    (folder / ".artlint.yaml").write_text("select: [ALL]\n", encoding="utf-8")
    (folder / "festival.md").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_plugins_lists_it_with_its_version_hooks_and_rules(venv: Venv, work: Path) -> None:
    result = venv.run("artlint", "plugins", cwd=work)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("hookspec version ")
    assert (
        f"{PLUGIN} {VERSION}: hooks artlint_register_packs, artlint_register_rules; "
        "rules gazette-footer, gazette-more-from, newsletter-teaser"
    ) in lines


def test_rules_shows_its_python_and_yaml_rules(venv: Venv, work: Path) -> None:
    result = venv.run("artlint", "rules", "--format", "json", cwd=work)
    assert result.returncode == 0, result.stderr
    mine = {r["code"]: r for r in json.loads(result.stdout) if r["origin"] == PLUGIN}
    assert {code: (r["name"], r["fixable"]) for code, r in mine.items()} == {
        "EXM101": ("newsletter-teaser", "safe or unsafe"),
        "EXM201": ("gazette-footer", "safe or unsafe"),
        "EXM401": ("gazette-more-from", "safe"),
    }
    text = venv.run("artlint", "rules", cwd=work).stdout
    assert any(line.startswith("EXM101  newsletter-teaser") and line.endswith(f"[{PLUGIN}]")
               for line in text.splitlines())
    manual = venv.run("artlint", "rule", "EXM101", cwd=work).stdout
    assert "\nFix safety\n" in manual and "\nOptions\n" in manual


def test_check_reports_both_rules(venv: Venv, work: Path) -> None:
    result = venv.run("artlint", "check", "--no-cache", "festival.md", cwd=work)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert ("festival.md:10:1: EXM101 [*] newsletter-teaser "
            "newsletter teaser for 'The Morning Brief' and 1 pitch line left in the body") in lines
    assert ("festival.md:17:1: EXM201 [*] gazette-footer "
            "Gazette footer line left in the body: '© 2025 The Example Gazette. All rights reserved.'") in lines


def test_fix_applies_its_fixes(venv: Venv, work: Path) -> None:
    result = venv.run("artlint", "fix", "--diff", "--select", "EXM", "festival.md", cwd=work)
    assert result.returncode == 1, result.stderr
    removed = [line[1:] for line in result.stdout.splitlines() if line.startswith("-") and not line.startswith("---")]
    assert removed == [
        "Sign up for The Morning Brief", "The five stories you need, in your inbox by 7am.", "",
        "© 2025 The Example Gazette. All rights reserved.",
    ]


def test_it_can_be_switched_off(venv: Venv, work: Path) -> None:
    disabled = venv.run("artlint", "check", "--no-cache", "--disable-plugin", "artlint-plugin-example", "festival.md",
                        cwd=work)
    assert "EXM" not in disabled.stdout and "share-prompt" in disabled.stdout
    no_autoload = venv.run("artlint", "plugins", cwd=work, env={"ARTLINT_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert no_autoload.returncode == 0 and PLUGIN not in no_autoload.stdout and "\nstructure " in no_autoload.stdout


def test_the_wheel_carries_the_yaml_pack(venv: Venv, work: Path) -> None:
    result = venv.run("python", "-c", "import artlint_plugin_example as m; print(m.PACK, m.PACK.is_file())", cwd=work)
    pack, exists = result.stdout.split()
    assert exists == "True" and Path(pack).is_relative_to(venv.path), result.stdout + result.stderr


def test_the_plugins_own_tests_pass(venv: Venv) -> None:
    # Run in place as its authors would, without leaving caches or bytecode in the checkout.
    result = venv.run("pytest", "-q", "-p", "no:cacheprovider", cwd=EXAMPLE, env={"PYTHONDONTWRITEBYTECODE": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout.splitlines()[-1]
