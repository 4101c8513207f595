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
