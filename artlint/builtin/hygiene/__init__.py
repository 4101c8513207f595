"""ART3xx: text hygiene rules (markup, encoding, invisible characters, white space)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from artlint.builtin.hygiene.control_characters import ControlCharacters
from artlint.builtin.hygiene.html_remnant import HtmlRemnant
from artlint.builtin.hygiene.mojibake import Mojibake
from artlint.builtin.hygiene.whitespace import Whitespace
from artlint.hookspecs import hookimpl


@hookimpl
def artlint_register_rules(register: Callable[[Any], None]) -> None:
    for rule in (HtmlRemnant, Mojibake, ControlCharacters, Whitespace):
        register(rule)
