"""The pre-commit hooks of .pre-commit-hooks.yaml, run by the real pre-commit in temporary git repositories.

How the hooks are reached: the way users reach them, a `repo:` URL and a `rev:` commit in
`.pre-commit-config.yaml`. The hook repository is a git repository made once per module from this
checkout's working tree (tracked and untracked-but-not-ignored files, so uncommitted work is
tested too; on a clean CI clone that is exactly the committed tree) and committed; its commit is
the `rev:`. `pre-commit try-repo CHECKOUT` was rejected: it builds a fresh store in a temporary
folder on every call (ignoring PRE_COMMIT_HOME, so each test would pip-install artlint again),
its shadow repo takes only staged and tracked-modified files (a new file such as the hooks
manifest itself would be missed), and it never goes through `pre-commit install` and `git commit`.

One PRE_COMMIT_HOME (a temporary folder) serves the whole module, so the hook's virtualenv is
built once. Git and pre-commit run with the user's global git config and hook-related variables
(GIT_DIR, SKIP, GITHUB_ACTIONS, ...) removed, so neither the machine nor a surrounding git hook
changes the outcome.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

if shutil.which("git") is None:
    pytest.skip("git is not installed: pre-commit needs git to run its hooks", allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_IN_COPY = {".git", ".ci-venv", ".venv", "venv", ".tox", ".mypy_cache", ".pytest_cache", ".ruff_cache",
                   ".artlint_cache", "__pycache__", "build", "dist"}

BAD = """\
Kellmouth harbour reopens to fishing fleet after storm repairs
June 3, 2024

The first trawlers tied up at Kellmouth's north quay on Monday morning, ending a six-week closure.

Advertisement

Harbour master Ruth Okafor said the repaired wall had passed its final inspection on Friday.
"""
DEBRIS = "Advertisement"  # an exact advertisement label: a safe fix even between paragraphs
CLEAN = BAD.replace(f"{DEBRIS}\n\n", "")
MARKDOWN = """\
---
title: Ferry operator warns of winter timetable cuts
date: 2024-06-03
---

The island ferry will sail twice a day instead of four times from November, the operator said.

RECOMMENDED

Islanders say the cuts will make it harder to reach the hospital on the mainland.
"""
RECORD = {
    "title": "Museum panels restored",
    "date": "2024-06-03",
    "text": "Museum panels restored\nThe painted panels of the customs house are back on show after two years.",
}

Run = Callable[..., "subprocess.CompletedProcess[str]"]


def _environment(pre_commit_home: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items()
        if not k.startswith(("GIT_", "PRE_COMMIT")) and k not in {"SKIP", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"}
    }
    env.update(
        PRE_COMMIT_HOME=str(pre_commit_home),
        PRE_COMMIT_COLOR="never",
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_AUTHOR_NAME="artlint tests", GIT_AUTHOR_EMAIL="tests@artlint.invalid",
        GIT_COMMITTER_NAME="artlint tests", GIT_COMMITTER_EMAIL="tests@artlint.invalid",
    )
    return env


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Run a command with the module's isolated environment; stdout and stderr together in .stdout."""
    env = _environment(tmp_path_factory.mktemp("pre-commit-home"))

    def run_(*args: str | Path, cwd: Path, check: bool = False, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, text=True, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, timeout=timeout, check=False)
        if check and result.returncode != 0:
            pytest.fail(f"{' '.join(map(str, args))} exited {result.returncode} in {cwd}:\n{result.stdout}")
        return result

    return run_


def _git_init(path: Path, run: Run) -> None:
    run("git", "init", "--quiet", cwd=path, check=True)
    run("git", "config", "user.name", "artlint tests", cwd=path, check=True)
    run("git", "config", "user.email", "tests@artlint.invalid", cwd=path, check=True)
    run("git", "config", "commit.gpgsign", "false", cwd=path, check=True)


def _commit_all(path: Path, run: Run, message: str) -> None:
    run("git", "add", "--all", cwd=path, check=True)
    run("git", "commit", "--quiet", "--no-verify", "-m", message, cwd=path, check=True)


def _checkout_files() -> list[str] | None:
    """The checkout's files that git would commit (None when the checkout is no git work tree git can read)."""
    try:
        out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return [name for name in out.decode().split("\0") if name and (ROOT / name).is_file()]


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory, run: Run) -> tuple[Path, str]:
    """A git repository holding this checkout's working tree, and the commit of it: the `repo:` and `rev:`."""
    assert (ROOT / ".pre-commit-hooks.yaml").is_file(), f"{ROOT}/.pre-commit-hooks.yaml is missing"
    repo = tmp_path_factory.mktemp("hook-repo")
    files = _checkout_files()
    if files is None:  # an unpacked sdist, or a checkout git refuses to read: copy the tree
        shutil.copytree(ROOT, repo, dirs_exist_ok=True, ignore=lambda _d, names: SKIPPED_IN_COPY & set(names))
    else:
        for name in files:
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, repo / name)
    _git_init(repo, run)
    _commit_all(repo, run, "artlint under test")
    rev = run("git", "rev-parse", "HEAD", cwd=repo, check=True).stdout.strip()
    return repo, rev


def _config(hook_repo: tuple[Path, str], hook_ids: Sequence[str]) -> str:
    repo, rev = hook_repo
    hooks = "".join(f"  - id: {hook_id}\n" for hook_id in hook_ids)
    return f"repos:\n- repo: {json.dumps(str(repo))}\n  rev: {rev}\n  hooks:\n{hooks}"


@pytest.fixture(scope="module")
def installed(hook_repo: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory, run: Run) -> None:
    """Build the hooks' virtualenv once (pip-installs artlint from the hook repo) for every test to share."""
    project = tmp_path_factory.mktemp("install")
    _git_init(project, run)
    (project / ".pre-commit-config.yaml").write_text(_config(hook_repo, ["artlint", "artlint-fix"]))
    run(sys.executable, "-m", "pre_commit", "install-hooks", cwd=project, check=True, timeout=600)


@pytest.fixture
def project(tmp_path: Path, hook_repo: tuple[Path, str], installed: None, run: Run) -> Callable[..., Path]:
    """A fresh git repository whose committed .pre-commit-config.yaml uses the given hooks of the hook repo."""

    def make(*hook_ids: str, install: bool = True) -> Path:
        path = tmp_path / "project"
        path.mkdir()
        _git_init(path, run)
        (path / ".pre-commit-config.yaml").write_text(_config(hook_repo, hook_ids))
        _commit_all(path, run, "pre-commit config")
        if install:
            run(sys.executable, "-m", "pre_commit", "install", cwd=path, check=True)
        return path

    return make


def _commits(path: Path, run: Run) -> int:
    return int(run("git", "rev-list", "--count", "HEAD", cwd=path, check=True).stdout)


def test_check_hook_blocks_a_commit_of_a_bad_article(project: Callable[..., Path], run: Run) -> None:
    repo = project("artlint")
    (repo / "harbour.txt").write_text(BAD)
    run("git", "add", "harbour.txt", cwd=repo, check=True)

    result = run("git", "commit", "-m", "add article", cwd=repo)

    assert result.returncode != 0, result.stdout
    assert "harbour.txt:6:1: ART204" in result.stdout and "advertisement" in result.stdout, result.stdout
    assert _commits(repo, run) == 1
    assert (repo / "harbour.txt").read_text() == BAD  # the check hook never writes


def test_fix_hook_fixes_the_article_and_passes_on_the_rerun(project: Callable[..., Path], run: Run) -> None:
    repo = project("artlint-fix")
    (repo / "harbour.txt").write_text(BAD)
    run("git", "add", "harbour.txt", cwd=repo, check=True)

    first = run("git", "commit", "-m", "add article", cwd=repo)

    assert first.returncode != 0, first.stdout
    assert "files were modified by this hook" in first.stdout, first.stdout
    assert _commits(repo, run) == 1
    fixed = (repo / "harbour.txt").read_text()
    assert DEBRIS not in fixed
    kept = [line for line in fixed.splitlines() if line]
    assert kept == [line for line in BAD.splitlines() if line and line != DEBRIS]

    run("git", "add", "harbour.txt", cwd=repo, check=True)
    second = run("git", "commit", "-m", "add article", cwd=repo)

    assert second.returncode == 0, second.stdout
    assert "artlint (fix)" in second.stdout and "Passed" in second.stdout, second.stdout
    assert run("git", "show", "HEAD:harbour.txt", cwd=repo, check=True).stdout == fixed


def test_fix_hook_applies_no_unsafe_fix(project: Callable[..., Path], run: Run) -> None:
    repo = project("artlint-fix", install=False)
    unsafe_only = BAD.replace(DEBRIS, "3 June 2024 | COAST")  # a date-stamp line: only an unsafe fix deletes it
    (repo / "harbour.txt").write_text(unsafe_only)

    result = run(sys.executable, "-m", "pre_commit", "run", "artlint-fix", "--files", "harbour.txt", cwd=repo)

    assert result.returncode != 0, result.stdout
    assert "ART201 [-]" in result.stdout and "files were modified" not in result.stdout, result.stdout
    assert (repo / "harbour.txt").read_text() == unsafe_only


def test_a_clean_article_passes_both_hooks(project: Callable[..., Path], run: Run) -> None:
    repo = project("artlint", "artlint-fix")
    (repo / "harbour.txt").write_text(CLEAN)
    run("git", "add", "harbour.txt", cwd=repo, check=True)

    result = run("git", "commit", "-m", "add article", cwd=repo)

    assert result.returncode == 0, result.stdout
    assert result.stdout.count("Passed") == 2, result.stdout
    assert _commits(repo, run) == 2


def test_every_article_format_reaches_the_hook_and_nothing_else(project: Callable[..., Path], run: Run) -> None:
    repo = project("artlint", install=False)
    record = json.dumps(RECORD) + "\n"
    articles = {
        "scrape/harbour.txt": BAD, "scrape/ferry.md": MARKDOWN, "scrape/ferry.markdown": MARKDOWN,
        "scrape/panels.json": record, "scrape/feed.jsonl": record, "scrape/FEED.NDJSON": record,
    }
    others = {"tools/scrape.py": f"print({DEBRIS!r})\n", "README.md": f"# Archive\n\n{DEBRIS}\n",
              "scrape/LICENSE.txt": f"{DEBRIS}\n", "scrape/notes.rst": f"{DEBRIS}\n"}
    for name, text in {**articles, **others}.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text)
    (repo / "scrape/night.jsonl.gz").write_bytes(gzip.compress(record.encode()))
    names = [*articles, "scrape/night.jsonl.gz", *others]

    result = run(sys.executable, "-m", "pre_commit", "run", "artlint", "--files", *names, cwd=repo)

    assert result.returncode != 0, result.stdout
    for name in [*articles, "scrape/night.jsonl.gz"]:
        assert any(line.startswith(name) and " ART" in line for line in result.stdout.splitlines()), (name, result.stdout)
    for name in others:
        assert name not in result.stdout, (name, result.stdout)
    assert "ART901" not in result.stdout, result.stdout

    only_others = run(sys.executable, "-m", "pre_commit", "run", "artlint", "--files", *others, cwd=repo)

    assert only_others.returncode == 0, only_others.stdout
    assert "(no files to check)Skipped" in only_others.stdout, only_others.stdout


def test_the_hooks_exclude_what_a_folder_walk_passes_over() -> None:
    import re

    import yaml

    from artlint.discovery import is_project_file

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    names = ["README.md", "CHANGELOG.txt", "LICENSE.md", "docs/CONTRIBUTING.md", "requirements.txt",
             "requirements-dev.txt", "requirements-dev-py311.txt", "requirements_test.txt", "requirements-gpu.txt",
             "requirements.lock.txt", "requirements-py3.11.txt", "requirements-3.11.txt", "constraints.txt", "robots.txt", "web/package.json", "package-lock.json",
             "tsconfig.base.json", "composer.json", "renovate.json"]
    articles = ["scrape/harbour.txt", "scrape/package-deal.json", "night/requirements-for-visas.md", "news.jsonl",
                "night/requirements-for-student-visas-2025.txt", "night/constraints_on_housing.txt"]
    for hook in hooks:
        exclude = re.compile(hook["exclude"])
        for name in names:
            assert is_project_file(name.rsplit("/", 1)[-1]) and exclude.search(name), name
        for name in articles:
            assert not exclude.search(name) and not is_project_file(name.rsplit("/", 1)[-1]), name
