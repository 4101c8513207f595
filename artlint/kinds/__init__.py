"""Declarative check kinds for YAML rule packs, registered like any plugin's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from artlint.hookspecs import hookimpl
from artlint.kinds.line_match import LineMatchRule
from artlint.kinds.section import SectionRule


@hookimpl
def artlint_register_kinds(register: Callable[[str, Any], None]) -> None:
    register("line-match", LineMatchRule)
    register("section", SectionRule)
