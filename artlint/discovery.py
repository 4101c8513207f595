"""Which files a run reads: the paths given, folders walked recursively, excludes applied."""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

PROJECT_FILES = ("readme", "changelog", "changes", "license", "licence", "contributing", "code_of_conduct", "security", "authors")
"""Documentation files of a repository, not articles: passed over in folder walks (linted when named)."""
SKIPPED_DIRS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".artlint_cache"}


def is_excluded(path: str, patterns: Iterable[str], root: Path | None = None) -> bool:
    candidates = {path.replace(os.sep, "/"), os.path.basename(path)}
    if root is not None:
        try:
            candidates.add(Path(path).resolve().relative_to(root).as_posix())
        except (ValueError, OSError, RuntimeError):  # outside the root, or a symlink loop
            pass
    return any(fnmatch.fnmatch(c, p) for p in patterns for c in candidates)


_QUALIFIERS = (r"(?:[-_.][a-z0-9]+|(?:[-_.](?:dev|devel|development|test|tests|testing|docs?|lint|ci|prod|production|"
               r"base|common|local|build|extras?|optional|all|min|minimal|typing|gpu|cpu|lock|full|rtd|py\d*|\d+))+)?")
"""What follows `requirements` in a pip requirements file's name: any one qualifier (`requirements-gpu.txt`), or
several of pip's usual words (`requirements-dev-py3.11.txt`), and no article slug of several words
(`requirements-for-visas.txt`)."""
MANIFESTS = re.compile(r"(?:requirements|constraints)" + _QUALIFIERS + r"\.txt|tsconfig(?:[-_.][a-z0-9]+)?\.json|robots\.txt"
                       r"|(?:package|package-lock|composer|renovate)\.json", re.IGNORECASE)
"""Manifests and configuration of a repository that share an article suffix: passed over in folder walks too."""


def is_project_file(name: str) -> bool:
    lowered = name.lower()
    return lowered.split(".", 1)[0] in PROJECT_FILES or MANIFESTS.fullmatch(lowered) is not None


@dataclass(frozen=True, slots=True)
class Found:
    """A file to read: named on the command line or found in a folder; or a folder that could not be read."""

    path: str
    named: bool = False
    error: str | None = None


def walk(paths: Iterable[str], exclude: Iterable[str] = (), root: Path | None = None,
         force_exclude: bool = False) -> Iterator[Found]:
    """The files under `paths`; `exclude` applies to files found in folders, and with `force_exclude`
    to files named on the command line too (as pre-commit names every file)."""
    exclude = list(exclude)
    for path in paths:
        if force_exclude and path != "-" and is_excluded(path, exclude, root):
            continue
        if path == "-" or not os.path.isdir(path):
            yield Found(path, named=True)
            continue
        unreadable: list[OSError] = []
        for folder, dirs, files in os.walk(path, onerror=unreadable.append):
            yield from _unreadable(unreadable)
            dirs[:] = sorted(
                d for d in dirs
                if d not in SKIPPED_DIRS and not d.startswith(".") and not is_excluded(os.path.join(folder, d), exclude, root)
            )
            for name in sorted(files):
                full = os.path.normpath(os.path.join(folder, name))
                if not name.startswith(".") and not is_project_file(name) and not is_excluded(full, exclude, root):
                    yield Found(full)
        yield from _unreadable(unreadable)


def _unreadable(errors: list[OSError]) -> Iterator[Found]:
    while errors:
        error = errors.pop(0)
        folder = str(error.filename)
        yield Found(folder, error=f"{folder}: cannot read folder: {error.strerror or error}")
