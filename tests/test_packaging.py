"""The wheel carries rules/ and schemas/, and an installed wheel uses its own copies."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True, capture_output=True,
    )
    return next(out.glob("artlint-*.whl"))


def test_wheel_contains_data_and_entry_points(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "artlint/_data/rules/navigation-leftover.yaml" in names
    assert "artlint/_data/rules/lexicons/en.yaml" in names
    for schema in ("config", "rule-pack", "lexicon", "report"):
        assert f"artlint/_data/schemas/{schema}.schema.json" in names
    assert "artlint/py.typed" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[artlint]" in text and "formats = artlint.formats" in text


def test_installed_wheel_reads_its_own_data(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        check=True, capture_output=True,
    )
    article = tmp_path / "a.txt"
    article.write_text("Harbour reopens after storm\n2025-03-14\n\nAdvertisement\nThe harbour reopened.\n")
    script = (
        "import artlint.data, sys, runpy\n"
        "print(artlint.data.data_dir('rules'))\n"
        "print(artlint.data.data_dir('schemas'))\n"
        "sys.argv = ['artlint', 'check', sys.argv[1]]\n"
        "runpy.run_module('artlint', run_name='__main__')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(article)],
        env={"PYTHONPATH": str(target), "PATH": ""}, cwd=tmp_path, capture_output=True, text=True,
    )
    rules_dir, schemas_dir = result.stdout.splitlines()[:2]
    assert Path(rules_dir) == target / "artlint" / "_data" / "rules"
    assert Path(schemas_dir) == target / "artlint" / "_data" / "schemas"
    assert "ART204 [*] advertisement" in result.stdout, result.stderr
