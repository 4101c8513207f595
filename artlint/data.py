"""Where the shipped data lives: rules/ and schemas/, inside the wheel or beside the source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """`rules` or `schemas`: artlint/_data/NAME in an installed wheel, else the checkout's top-level NAME."""
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"artlint data folder {name!r} is missing from the installation")


@cache
def builtin_lexicon_files() -> tuple[Path, ...]:
    """The shipped lexicons under rules/lexicons/, one file per language, in name order."""
    return tuple(sorted((data_dir("rules") / "lexicons").glob("*.yaml")))


def shipped(path: str | Path) -> bool:
    """A file of artlint's own rules/ data: its tests validate it against the schemas and pass its
    patterns through the regex guard, so a run need not do either again."""
    try:
        return Path(path).resolve().is_relative_to(data_dir("rules"))
    except (OSError, FileNotFoundError):
        return False
