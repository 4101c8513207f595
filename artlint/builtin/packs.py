"""The built-in YAML rule packs and lexicons under rules/, registered like any plugin's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from artlint.data import builtin_lexicon_files, data_dir
from artlint.hookspecs import hookimpl


@hookimpl
def artlint_register_packs(register: Callable[[Path], None]) -> None:
    for path in sorted(data_dir("rules").glob("*.yaml")):
        register(path)


@hookimpl
def artlint_register_lexicons(register: Callable[[Path], None]) -> None:
    for path in builtin_lexicon_files():
        register(path)
